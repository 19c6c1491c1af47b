## الرسائل الجماعية والاشتراك في المواضيع والملخص الأسبوعي.

menu-broadcast = 📣 إرسال رسالة جماعية
menu-subscriptions = 🔔 مواضيع التحديثات

topic-announcements = إعلانات عامة
topic-settlement_news = أخبار البلدات والمجتمعات
topic-volunteering = طلبات التطوع
topic-digest = الملخص الأسبوعي

channel-telegram = تيليغرام
channel-whatsapp = واتساب
channel-terminal = الطرفية

segment-field-language = اللغة
segment-field-channel = القناة
segment-field-region_interest = المنطقة المفضّلة
segment-field-residence_region = منطقة السكن
segment-field-academy = الكلية التحضيرية
segment-field-skill = مهارة التطوع

## ما يراه المستلمون.
broadcast-unsubscribe = 🔕 إيقاف «{ $topic }»
broadcast-urgent-mark = 🚨 عاجل
unsubscribed = تم: لن تصلك بعد الآن رسائل «{ $topic }». يمكنك تغيير ذلك في أي وقت من «مواضيع التحديثات» في القائمة.
resubscribe = 🔔 تراجع
resubscribed = ستصلك رسائل «{ $topic }» مجددًا ✔️
subscriptions-prompt = ما الرسائل التي تودّ استلامها؟ اضغط على موضوع لتشغيله أو إيقافه.
subscriptions-done = ✔️ تم
digest-title = 🗓️ ملخصك الأسبوعي

## كتابة رسالة جماعية (للمنسقين).
broadcast-audience-prompt = 📣 لمن هذه الرسالة؟ اختر جمهورًا محفوظًا أو كوّن جمهورًا جديدًا.
broadcast-build = 🧩 تكوين جمهور
broadcast-all = 👥 الجميع
broadcast-everyone = كل من وافق على استلام الرسائل
broadcast-field-prompt = التصفية حسب ماذا؟
broadcast-values-prompt = { $field }: أي قيم؟ اضغط على واحدة، أو اكتب عدة قيم تفصل بينها فواصل.
broadcast-values-unknown = لا أعرف هذه القيمة. اضغط على أحد الخيارات، أو اكتبها تمامًا كما تظهر، مع فواصل بينها.
broadcast-more-prompt =
    الجمهور حتى الآن:
    { $conditions }
    العدد: { $total }. هل تضيف شرطًا آخر (يضيّق الجمهور)، أم نتابع؟
broadcast-add-condition = ➕ إضافة شرط
broadcast-conditions-done = ✅ متابعة
broadcast-save-prompt = لاستخدام هذا الجمهور لاحقًا، اكتب له اسمًا. أو تخطَّ هذه الخطوة.
broadcast-save-skip = تخطٍّ
broadcast-save-invalid = يُرجى كتابة اسم من 1 إلى { $limit } حرفًا.
broadcast-saved = حُفظ الجمهور «{ $name }» ✔️
broadcast-topic-prompt = ما موضوع هذه الرسالة؟ ستصل فقط إلى المشتركين فيه، ويمكنهم إلغاء الاشتراك بضغطة واحدة.
broadcast-audience-summary = الجمهور: { $audience }
broadcast-split = المستلمون: { $total } · حسب القناة: { $channels } · حسب اللغة: { $languages }
broadcast-scope-note = (ضمن منطقتك فقط: { $region })
broadcast-nobody = لا أحد يطابق الشروط. هل تغيّر الجمهور؟
broadcast-change-audience = ↩️ تغيير الجمهور
broadcast-continue = ✍️ كتابة الرسالة
broadcast-text-prompt = اكتب الرسالة كما يجب أن يراها المستلمون.
broadcast-per-language = 🌐 نص منفصل لكل لغة
broadcast-text-lang-prompt = اكتب النص باللغة: { $lang }
broadcast-button-prompt = هل تضيف زرًا يفتح شيئًا في البوت؟
broadcast-no-button = بدون زر
broadcast-preview-intro = 👀 معاينة، تمامًا كما سيراها المستلمون:
broadcast-preview-question = هل نرسلها؟
broadcast-send-now = 📤 إرسال الآن
broadcast-send-urgent = 🚨 إرسال الآن كرسالة عاجلة
broadcast-send-later = ⏰ جدولة
broadcast-edit-text = ✏️ تعديل النص
broadcast-drop = 🗑️ تجاهل
broadcast-dropped = تم التجاهل. لم يُرسل شيء.
broadcast-when-prompt = متى تُرسل؟ مثلًا «18:30» أو «غدًا 09:00» أو «{ $example }» (بتوقيت إسرائيل).
broadcast-when-invalid = لم أستطع قراءة هذا الوقت. جرّب «18:30» أو «غدًا 09:00» أو «{ $example }».
broadcast-when-past = هذا الوقت قد مضى. يُرجى اختيار وقت لاحق.
broadcast-when-now = الآن
broadcast-confirm = { $total ->
    [one] هل نرسل إلى شخص واحد، { $when }؟
    [two] هل نرسل إلى شخصين، { $when }؟
    [few] هل نرسل إلى { $total } أشخاص، { $when }؟
   *[other] هل نرسل إلى { $total } شخصًا، { $when }؟
}
broadcast-confirm-urgent = 🚨 هل نرسل رسالة عاجلة الآن إلى { $total ->
    [one] شخص واحد
    [two] شخصين
    [few] { $total } أشخاص
   *[other] { $total } شخصًا
}؟ الرسائل العاجلة تُرسل أيضًا يوم السبت وفي الليل.
broadcast-yes = ✅ نعم، أرسل
broadcast-no = ↩️ العودة إلى المعاينة
broadcast-queued = الرسالة الجماعية رقم { $id } في قائمة الإرسال ({ $when }) ✔️ سأطلعك على التقدم.

## التقدم والتحكم والتقرير.
broadcast-progress = 📊 الرسالة الجماعية رقم { $id }: أُرسل { $sent }، متبقٍّ { $remaining }، معلّق { $held }، فشل { $failed }.
broadcast-report =
    ✅ انتهت الرسالة الجماعية رقم { $id }.
    المستلمون: { $recipients }
    أُرسل: { $sent } ({ $receipts })
    فشل: { $failed } — { $failed_reasons }
    معلّق: { $held } — { $held_reasons }
    غير معروف: { $unknown } · أُلغي: { $cancelled }
broadcast-pause = ⏸️ إيقاف مؤقت
broadcast-resume = ▶️ استئناف
broadcast-cancel = ⛔ إلغاء الباقي
broadcast-export = 📥 تصدير التقرير
broadcast-paused = ⏸️ الرسالة الجماعية رقم { $id } متوقفة مؤقتًا؛ رسائل بالانتظار: { $count }.
broadcast-resumed = ▶️ تستمر الرسالة الجماعية رقم { $id } (الرسائل: { $count }).
broadcast-cancelled = ⛔ أُلغيت الرسالة الجماعية رقم { $id }: لن تُرسل { $count } من الرسائل.
broadcast-not-sending = الرسالة الجماعية رقم { $id } لا تُرسل الآن.
broadcast-not-paused = الرسالة الجماعية رقم { $id } ليست متوقفة.

words-tomorrow = غدا, غدًا

## Receipts and who is unknown in the report (issue 20).
broadcast-receipts = { $channels }: وصل { $delivered }، قُرئ { $read }
broadcast-no-receipts = { $channels } لا يبلّغ عن الوصول والقراءة
broadcast-unknown-who = ❓ لا نعرف إن وصلت الرسالة إلى: { $people }
broadcast-unknown-more = و{ $count } آخرين — جميعهم في التقرير المُصدَّر.
broadcast-unknown-person = مستلم رقم { $id }
