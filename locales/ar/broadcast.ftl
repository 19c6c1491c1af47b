## الرسائل الجماعية والاشتراك في المواضيع والملخّص الأسبوعي.
## $form: [m] أنتَ، [f] أنتِ، *[p] أنتم.

menu-broadcast = 📣 إرسال رسالة جماعية
menu-subscriptions = 🔔 مواضيع التحديثات

topic-announcements = إعلانات عامة
topic-settlement_news = أخبار المجتمعات والبلدات
topic-volunteering = طلبات التطوّع
topic-digest = الملخّص الأسبوعي

channel-telegram = تيليغرام
channel-whatsapp = واتساب
channel-terminal = الطرفية

segment-field-language = اللغة
segment-field-channel = القناة
segment-field-region_interest = المنطقة المفضّلة
segment-field-residence_region = منطقة السكن
segment-field-academy = الكلية التحضيرية
segment-field-skill = مجال التطوّع

## ما يراه المستلمون.
broadcast-unsubscribe = 🔕 إيقاف «{ $topic }»
broadcast-urgent-mark = 🚨 عاجل
unsubscribed = { $form ->
        [m] تم: لن تصلك بعد الآن رسائل «{ $topic }». يمكنك تغيير ذلك في أي وقت من «مواضيع التحديثات» في القائمة.
        [f] تم: لن تصلكِ بعد الآن رسائل «{ $topic }». يمكنكِ تغيير ذلك في أي وقت من «مواضيع التحديثات» في القائمة.
       *[p] تم: لن تصلكم بعد الآن رسائل «{ $topic }». يمكنكم تغيير ذلك في أي وقت من «مواضيع التحديثات» في القائمة.
    }
resubscribe = 🔔 إعادة الاشتراك
resubscribed = { $form ->
        [m] ستصلك رسائل «{ $topic }» من جديد ✔️
        [f] ستصلكِ رسائل «{ $topic }» من جديد ✔️
       *[p] ستصلكم رسائل «{ $topic }» من جديد ✔️
    }
subscriptions-prompt = { $form ->
        [m] أي رسائل تحبّ أن تصلك؟ اضغط على موضوع لتشغيله أو إيقافه.
        [f] أي رسائل تحبّين أن تصلكِ؟ اضغطي على موضوع لتشغيله أو إيقافه.
       *[p] أي رسائل تحبّون أن تصلكم؟ اضغطوا على موضوع لتشغيله أو إيقافه.
    }
subscriptions-done = ✔️ انتهيت
digest-title = { $form ->
        [m] 🗓️ ملخّصك الأسبوعي
        [f] 🗓️ ملخّصكِ الأسبوعي
       *[p] 🗓️ ملخّصكم الأسبوعي
    }

## كتابة رسالة جماعية (للمنسّقين).
broadcast-audience-prompt = { $form ->
        [m] 📣 لمن الرسالة؟ اختر جمهورًا محفوظًا أو كوّن جمهورًا جديدًا.
        [f] 📣 لمن الرسالة؟ اختاري جمهورًا محفوظًا أو كوّني جمهورًا جديدًا.
       *[p] 📣 لمن الرسالة؟ اختاروا جمهورًا محفوظًا أو كوّنوا جمهورًا جديدًا.
    }
broadcast-build = 🧩 تكوين جمهور
broadcast-all = 👥 الجميع
broadcast-everyone = كل من وافق على تلقّي الرسائل
broadcast-field-prompt = حسب ماذا نصفّي؟
broadcast-values-prompt = { $field }: أي قيم؟ { $form ->
        [m] اضغط على واحدة، أو اكتب عدة قيم تفصل بينها فواصل.
        [f] اضغطي على واحدة، أو اكتبي عدة قيم تفصل بينها فواصل.
       *[p] اضغطوا على واحدة، أو اكتبوا عدة قيم تفصل بينها فواصل.
    }
broadcast-values-unknown = لا أعرف هذه القيمة. يمكن الضغط على أحد الخيارات، أو كتابتها تمامًا كما تظهر، مع فواصل بينها.
broadcast-more-prompt =
    الجمهور حتى الآن:
    { $conditions }
    { $total ->
        [zero] أي لا أحد.
        [one] أي شخص واحد.
        [two] أي شخصان.
        [few] أي { $total } أشخاص.
        [many] أي { $total } شخصًا.
       *[other] أي { $total } شخص.
    } نضيف شرطًا (يضيّق الجمهور)، أم نتابع؟
broadcast-add-condition = ➕ إضافة شرط
broadcast-conditions-done = ✅ متابعة
broadcast-save-prompt = { $form ->
        [m] لتستخدم هذا الجمهور مرة أخرى، اكتب له اسمًا. أو تخطَّ هذه الخطوة.
        [f] لتستخدمي هذا الجمهور مرة أخرى، اكتبي له اسمًا. أو تخطَّي هذه الخطوة.
       *[p] لتستخدموا هذا الجمهور مرة أخرى، اكتبوا له اسمًا. أو تخطَّوا هذه الخطوة.
    }
broadcast-save-skip = تخطٍّ
broadcast-save-invalid = نحتاج إلى اسم طوله من حرف واحد إلى { $limit ->
        [one] حرف واحد
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }.
broadcast-saved = حُفظ الجمهور «{ $name }» ✔️
broadcast-topic-prompt = ما موضوع الرسالة؟ تصل فقط إلى المشتركين في الموضوع، ويمكن إلغاء الاشتراك بضغطة واحدة.
broadcast-audience-summary = الجمهور: { $audience }
broadcast-split = { $total ->
        [zero] لا مستلمين
        [one] مستلم واحد
        [two] مستلمان
        [few] { $total } مستلمين
        [many] { $total } مستلمًا
       *[other] { $total } مستلم
    } · حسب القناة: { $channels } · حسب اللغة: { $languages }
broadcast-scope-note = { $form ->
        [m] (ضمن منطقتك فقط: { $region })
        [f] (ضمن منطقتكِ فقط: { $region })
       *[p] (ضمن منطقتكم فقط: { $region })
    }
broadcast-nobody = لا أحد يطابق. نغيّر الجمهور؟
broadcast-change-audience = ↩️ تغيير الجمهور
broadcast-continue = ✍️ كتابة الرسالة
broadcast-text-prompt = { $form ->
        [m] اكتب الرسالة كما سيراها المستلمون.
        [f] اكتبي الرسالة كما سيراها المستلمون.
       *[p] اكتبوا الرسالة كما سيراها المستلمون.
    }
broadcast-per-language = 🌐 نص منفصل لكل لغة
broadcast-text-lang-prompt = النص باللغة { $lang }:
broadcast-button-prompt = نضيف زرًا يفتح شيئًا في البوت؟
broadcast-no-button = دون زر
broadcast-preview-intro = 👀 معاينة، تمامًا كما سيراها المستلمون:
broadcast-preview-question = نرسل؟
broadcast-send-now = 📤 إرسال الآن
broadcast-send-urgent = 🚨 إرسال الآن كرسالة عاجلة
broadcast-send-later = ⏰ جدولة
broadcast-edit-text = ✏️ تعديل النص
broadcast-drop = 🗑️ إلغاء الرسالة
broadcast-dropped = أُلغيت الرسالة. لم يُرسل شيء.
broadcast-when-prompt = متى نرسل؟ مثلًا «18:30» أو «غدًا 09:00» أو «{ $example }» (بتوقيت إسرائيل).
broadcast-when-invalid = لم أفهم الوقت. يمكن كتابة «18:30» أو «غدًا 09:00» أو «{ $example }».
broadcast-when-past = هذا الوقت مضى. نحتاج إلى وقت لاحق.
broadcast-when-now = الآن
broadcast-confirm = { $total ->
        [one] نرسل إلى شخص واحد، { $when }؟
        [two] نرسل إلى شخصين، { $when }؟
        [few] نرسل إلى { $total } أشخاص، { $when }؟
        [many] نرسل إلى { $total } شخصًا، { $when }؟
       *[other] نرسل إلى { $total } شخص، { $when }؟
    }
broadcast-confirm-urgent = 🚨 نرسل رسالة عاجلة الآن إلى { $total ->
        [one] شخص واحد
        [two] شخصين
        [few] { $total } أشخاص
        [many] { $total } شخصًا
       *[other] { $total } شخص
    }؟ الرسائل العاجلة تُرسل أيضًا يوم السبت وفي الليل.
broadcast-yes = ✅ نعم، أرسلوا
broadcast-no = ↩️ إلى المعاينة
broadcast-queued = الرسالة الجماعية رقم { $id } في طابور الإرسال ({ $when }) ✔️ سأرسل تحديثات عن التقدّم.

## التقدّم والتحكّم والتقرير.
broadcast-progress = 📊 الرسالة الجماعية رقم { $id }: أُرسلت: { $sent } · متبقّية: { $remaining } · معلّقة: { $held } · فشلت: { $failed }.
broadcast-report =
    ✅ انتهى إرسال الرسالة الجماعية رقم { $id }.
    المستلمون: { $recipients }
    أُرسلت: { $sent } ({ $receipts })
    فشلت: { $failed } – { $failed_reasons }
    معلّقة: { $held } – { $held_reasons }
    غير معروف: { $unknown } · أُلغيت: { $cancelled }
broadcast-pause = ⏸️ إيقاف مؤقت
broadcast-resume = ▶️ متابعة الإرسال
broadcast-cancel = ⛔ إلغاء ما لم يُرسل بعد
broadcast-export = 📥 تصدير التقرير
broadcast-paused = ⏸️ أُوقفت الرسالة الجماعية رقم { $id } مؤقتًا؛ { $count ->
        [zero] لا رسائل تنتظر.
        [one] رسالة واحدة تنتظر.
        [two] رسالتان تنتظران.
        [few] { $count } رسائل تنتظر.
        [many] { $count } رسالةً تنتظر.
       *[other] { $count } رسالة تنتظر.
    }
broadcast-resumed = ▶️ يستمر إرسال الرسالة الجماعية رقم { $id } ({ $count ->
        [zero] لا رسائل متبقّية
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالةً
       *[other] { $count } رسالة
    }).
broadcast-cancelled = ⛔ أُلغيت الرسالة الجماعية رقم { $id }: { $count ->
        [zero] لم تبقَ رسائل للإلغاء.
        [one] لن تُرسل رسالة واحدة.
        [two] لن تُرسل رسالتان.
        [few] لن تُرسل { $count } رسائل.
        [many] لن تُرسل { $count } رسالةً.
       *[other] لن تُرسل { $count } رسالة.
    }
broadcast-not-sending = الرسالة الجماعية رقم { $id } لا تُرسل الآن.
broadcast-not-paused = الرسالة الجماعية رقم { $id } ليست موقوفة.

words-tomorrow = غدا, غدًا, بكرة

## Receipts and who is unknown in the report (issue 20).
broadcast-receipts = { $channels }: وصلت: { $delivered } · قُرئت: { $read }
broadcast-no-receipts = { $channels }: لا يبلّغ عن الوصول والقراءة
broadcast-unknown-who = ❓ لا نعرف إن وصلت الرسالة إلى: { $people }
broadcast-unknown-more = { $count ->
        [one] وشخص آخر
        [two] وشخصان آخران
        [few] و{ $count } أشخاص آخرين
        [many] و{ $count } شخصًا آخر
       *[other] و{ $count } شخص آخر
    } – كلهم في التقرير المُصدَّر.
broadcast-unknown-person = المستلم رقم { $id }
