## مطابقة المتطوّعين: ملفات التطوّع، طلبات المساعدة، العروض، المتابعة، المنسّقون.
## $form: [m] أنتَ، [f] أنتِ، *[p] أنتم.

menu-ask-help = 🤝 طلب مساعدة
menu-volunteer = 🙋 ملف التطوّع
menu-help-requests = 📋 كل طلبات المساعدة

help-cat-budget = مرافقة في إدارة ميزانية البيت
help-cat-food_rescue = إنقاذ الطعام
help-cat-medicine = إحضار الأدوية
help-cat-contact_person = شخص داعم لمن يمرّ بضائقة
help-cat-rides = توصيلات
help-cat-tutoring = دروس تقوية
help-cat-elderly_visits = زيارات لكبار السن
help-cat-home_repairs = تصليحات في البيت
help-cat-translation = ترجمة
help-cat-emotional_support = إسعاف نفسي أولي

help-urgency-today = اليوم
help-urgency-week = هذا الأسبوع
help-urgency-flexible = الوقت مرن

help-day-sun = الأحد
help-day-mon = الاثنين
help-day-tue = الثلاثاء
help-day-wed = الأربعاء
help-day-thu = الخميس
help-day-fri = الجمعة
help-day-sat = السبت
help-part-morning = صباحًا
help-part-afternoon = ظهرًا
help-part-evening = مساءً

help-state-open = مفتوح
help-state-offered = عُرض على متطوّع
help-state-matched = وُجد متطوّع
help-state-resolved = أُغلق بنجاح
help-state-escalated = حُوّل إلى المنسّقين
help-state-cancelled = أُلغي

help-event-opened = فُتح
help-event-offered = عُرض
help-event-declined = اعتُذر عنه
help-event-expired = انتهت مهلة العرض
help-event-matched = قُبل
help-event-assigned = عُيّن يدويًا
help-event-followup = سُئل صاحبه إن حُلّ
help-event-resolved = حُلّ
help-event-reopened = فُتح من جديد
help-event-escalated = حُوّل إلى المنسّقين
help-event-search = بحث من جديد
help-event-cancelled = أُلغي

help-filter-paused = في استراحة
help-filter-asked = سُئل من قبل
help-filter-skill = ليس من مجالاته
help-filter-language = لا لغة مشتركة
help-filter-place = خارج المنطقة
help-filter-time = لا وقت مشترك
help-filter-load = بلغ الحد الأقصى

help-part-name-proximity = القرب
help-part-name-availability = التوفّر
help-part-name-load = العبء
help-part-name-fairness = العدالة
help-part-name-reliability = الموثوقية

help-someone = شخص من المجتمع
help-summary =
    📌 طلب رقم { $number }: { $category }
    📍 { $place }
    ⏱️ { $urgency } · { $times }

choose-done = ✔️ انتهيت
choose-at-least-one = يجب اختيار خيار واحد على الأقل.
locality-which = أي بلدة المقصودة؟
locality-again = ✏️ الكتابة من جديد
locality-not-found = { $form ->
        [m] لم أجد بلدة بهذا الاسم. هل تجرّب كتابتها بشكل آخر؟
        [f] لم أجد بلدة بهذا الاسم. هل تجرّبين كتابتها بشكل آخر؟
       *[p] لم أجد بلدة بهذا الاسم. هل تجرّبون كتابتها بشكل آخر؟
    }
ask-name = { $form ->
        [m] بأي اسم نناديك؟ (يظهر الاسم فقط لمن ننسّق معهم)
        [f] بأي اسم نناديكِ؟ (يظهر الاسم فقط لمن ننسّق معهم)
       *[p] بأي اسم نناديكم؟ (يظهر الاسم فقط لمن ننسّق معهم)
    }
ask-name-invalid = هل يمكن كتابة اسم حتى { $limit ->
        [one] حرف واحد
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }؟
ask-phone = { $form ->
        [m] يمكنك أن تترك رقم هاتف ليتواصلوا معك. نعطي الرقم فقط بعد التنسيق، وللطرف الآخر وحده.
        [f] يمكنكِ أن تتركي رقم هاتف ليتواصلوا معكِ. نعطي الرقم فقط بعد التنسيق، وللطرف الآخر وحده.
       *[p] يمكنكم أن تتركوا رقم هاتف ليتواصلوا معكم. نعطي الرقم فقط بعد التنسيق، وللطرف الآخر وحده.
    }
ask-phone-skip = دون هاتف، عبر البوت

vol-intro = { $form ->
        [m] جميل أنك جئت لتتطوّع 💛 بضعة أسئلة قصيرة، ويمكنك تغيير كل شيء في أي وقت.
        [f] جميل أنكِ جئتِ لتتطوّعي 💛 بضعة أسئلة قصيرة، ويمكنكِ تغيير كل شيء في أي وقت.
       *[p] جميل أنكم جئتم لتتطوّعوا 💛 بضعة أسئلة قصيرة، ويمكنكم تغيير كل شيء في أي وقت.
    }
vol-skills-prompt = { $form ->
        [m] بماذا تستطيع أن تساعد؟ يمكنك اختيار أكثر من مجال، ثم «انتهيت».
        [f] بماذا تستطيعين أن تساعدي؟ يمكنكِ اختيار أكثر من مجال، ثم «انتهيت».
       *[p] بماذا تستطيعون أن تساعدوا؟ يمكنكم اختيار أكثر من مجال، ثم «انتهيت».
    }
vol-regions-prompt = في أي مناطق؟ يمكن اختيار أكثر من منطقة، أو «عن بُعد» (بالهاتف أو بالفيديو).
vol-remote = 🌐 عن بُعد
vol-localities-prompt = { $form ->
        [m]
            يمكنك إضافة بلدات معيّنة: اكتب اسم بلدة، أو «انتهيت».
            اخترت: { $chosen }
        [f]
            يمكنكِ إضافة بلدات معيّنة: اكتبي اسم بلدة، أو «انتهيت».
            اخترتِ: { $chosen }
       *[p]
            يمكنكم إضافة بلدات معيّنة: اكتبوا اسم بلدة، أو «انتهيت».
            اخترتم: { $chosen }
    }
vol-days-prompt = في أي أيام الأسبوع؟
vol-every-day = كل الأسبوع
vol-parts-prompt = وفي أي أوقات اليوم؟
vol-languages-prompt = { $form ->
        [m] ما اللغات التي تتحدّثها؟
        [f] ما اللغات التي تتحدّثينها؟
       *[p] ما اللغات التي تتحدّثونها؟
    }
vol-load-prompt = كم طلبًا مفتوحًا في الوقت نفسه على الأكثر؟
vol-registered = { $form ->
        [m] سُجّلتَ متطوّعًا 🎉 عندما يصل طلب يناسبك سأرسله إليك.
        [f] سُجّلتِ متطوّعة 🎉 عندما يصل طلب يناسبكِ سأرسله إليكِ.
       *[p] سُجّلتم متطوّعين 🎉 عندما يصل طلب يناسبكم سأرسله إليكم.
    }
vol-summary =
    🙋 { $form ->
        [m] ملفك
        [f] ملفكِ
       *[p] ملفكم
    }
    الاسم: { $name }
    المجالات: { $skills }
    المناطق: { $places }
    الأوقات: { $times }
    اللغات: { $languages }
    { $load ->
        [one] طلب واحد في كل مرة
        [two] حتى طلبين في الوقت نفسه
        [few] حتى { $load } طلبات في الوقت نفسه
        [many] حتى { $load } طلبًا في الوقت نفسه
       *[other] حتى { $load } طلب في الوقت نفسه
    }
    الحالة: { $status }
vol-status-active = فعّال ✅
vol-status-paused = في استراحة ⏸️
vol-edit-skills = المجالات
vol-edit-places = المناطق
vol-edit-times = الأوقات
vol-edit-languages = اللغات
vol-edit-load = الحد الأقصى
vol-pause = ⏸️ استراحة
vol-resume = ▶️ العودة إلى النشاط
vol-my-requests = 📋 طلباتي
vol-finish = 🏠 إلى القائمة
vol-paused = { $form ->
        [m] ملفك في استراحة: لن أرسل لك عروضًا حتى تعود إلى النشاط.
        [f] ملفكِ في استراحة: لن أرسل لكِ عروضًا حتى تعودي إلى النشاط.
       *[p] ملفكم في استراحة: لن أرسل لكم عروضًا حتى تعودوا إلى النشاط.
    }
vol-resumed = { $form ->
        [m] عدت إلى النشاط 💪
        [f] عدتِ إلى النشاط 💪
       *[p] عدتم إلى النشاط 💪
    }
vol-no-requests = { $form ->
        [m] لا توجد بعد طلبات تولّيتها.
        [f] لا توجد بعد طلبات تولّيتِها.
       *[p] لا توجد بعد طلبات تولّيتموها.
    }
vol-requests-title = { $form ->
        [m] طلباتك:
        [f] طلباتكِ:
       *[p] طلباتكم:
    }
vol-request-line = رقم { $number } { $category } · { $place } · { $state }

req-who-prompt = لمن الطلب؟ (الاسم)
req-who-phone = ما رقم هاتف هذا الشخص؟ (يُعطى فقط لمن يقبل الطلب من المتطوّعين)
req-who-phone-skip = لا يوجد رقم
req-category-prompt = بماذا نحتاج إلى المساعدة؟
req-description-prompt = { $form ->
        [m] صِف باختصار ما المطلوب (حتى { $limit ->
            [one] حرف واحد
            [two] حرفين
            [few] { $limit } أحرف
            [many] { $limit } حرفًا
           *[other] { $limit } حرف
        }). دون اسم ودون هاتف – هذه نعطيها فقط لمن يقبل الطلب.
        [f] صِفي باختصار ما المطلوب (حتى { $limit ->
            [one] حرف واحد
            [two] حرفين
            [few] { $limit } أحرف
            [many] { $limit } حرفًا
           *[other] { $limit } حرف
        }). دون اسم ودون هاتف – هذه نعطيها فقط لمن يقبل الطلب.
       *[p] صِفوا باختصار ما المطلوب (حتى { $limit ->
            [one] حرف واحد
            [two] حرفين
            [few] { $limit } أحرف
            [many] { $limit } حرفًا
           *[other] { $limit } حرف
        }). دون اسم ودون هاتف – هذه نعطيها فقط لمن يقبل الطلب.
    }
req-description-invalid = هل يمكن أن يكون الوصف حتى { $limit ->
        [one] حرف واحد
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }؟
req-skip = تخطٍّ
req-locality-prompt = في أي بلدة؟
req-urgency-prompt = متى نحتاج إلى المساعدة؟
req-times-prompt = ما الأوقات المناسبة؟ يمكن اختيار أكثر من وقت، ثم «انتهيت».
req-any-time = أي وقت
req-language-prompt = بأي لغة يسهل الحديث؟
req-phone-prompt = كيف يتواصل المتطوّع أو المتطوّعة؟ يمكن مشاركة رقم هاتف أو كتابته، أو الحديث عبر البوت. نعطي الرقم فقط لمن يقبل الطلب.
req-phone-skip = عبر البوت
req-confirm =
    هذا هو الطلب:
    { $summary }
    هل نرسله؟
req-send = ✅ إرسال
req-cancel = إلغاء
req-cancelled = لم يُرسل الطلب.
req-sent = { $form ->
        [m] أُرسل الطلب رقم { $number } 🙏 نبحث الآن عن متطوّع، وسنخبرك فور أن يقبله أحد.
        [f] أُرسل الطلب رقم { $number } 🙏 نبحث الآن عن متطوّع، وسنخبركِ فور أن يقبله أحد.
       *[p] أُرسل الطلب رقم { $number } 🙏 نبحث الآن عن متطوّع، وسنخبركم فور أن يقبله أحد.
    }

# $within is duration-hours / duration-minutes (shared.ftl), in the genitive «خلال» needs.
offer-text = { $form ->
        [m]
            🤝 طلب مساعدة يناسبك:
            { $summary }
            هل تستطيع أن تساعد؟ إذا لم يصلنا ردّ خلال { $within } فسننقل الطلب إلى غيرك.
        [f]
            🤝 طلب مساعدة يناسبكِ:
            { $summary }
            هل تستطيعين أن تساعدي؟ إذا لم يصلنا ردّ خلال { $within } فسننقل الطلب إلى غيركِ.
       *[p]
            🤝 طلب مساعدة يناسبكم:
            { $summary }
            هل تستطيعون أن تساعدوا؟ إذا لم يصلنا ردّ خلال { $within } فسننقل الطلب إلى غيركم.
    }
offer-accept = ✅ { $form ->
        [m] نعم، أستطيع
        [f] نعم، أستطيع
       *[p] نعم، نستطيع
    }
offer-decline = ❌ ليس هذه المرة
offer-accepted = { $form ->
        [m] شكرًا جزيلًا! 🙏 تفاصيل التواصل في الطريق إليك.
        [f] شكرًا جزيلًا! 🙏 تفاصيل التواصل في الطريق إليكِ.
       *[p] شكرًا جزيلًا! 🙏 تفاصيل التواصل في الطريق إليكم.
    }
offer-declined-thanks = شكرًا على الرد! سننقل الطلب إلى شخص آخر.
offer-expired = لم يصلنا رد بخصوص الطلب رقم { $number }، فنقلناه إلى متطوّع آخر. لا بأس أبدًا 🙂
offer-taken-later = الطلب رقم { $number } قبله متطوّع آخر. شكرًا على الاستعداد للمساعدة 💛
offer-withdrawn = الطلب رقم { $number } لم يعد بحاجة إلى مساعدة: ألغاه صاحبه. شكرًا على الاستعداد للمساعدة 💛
offer-already-taken = متطوّع آخر قبل هذا الطلب. شكرًا على الاستعداد للمساعدة 💛
offer-already-accepted = { $form ->
        [m] لقد قبلتَ هذا الطلب من قبل، شكرًا!
        [f] لقد قبلتِ هذا الطلب من قبل، شكرًا!
       *[p] لقد قبلتم هذا الطلب من قبل، شكرًا!
    }
offer-already-declined = { $form ->
        [m] لقد رددتَ على هذا العرض من قبل.
        [f] لقد رددتِ على هذا العرض من قبل.
       *[p] لقد رددتم على هذا العرض من قبل.
    }
offer-already-expired = انتهت مهلة هذا العرض ونُقل الطلب إلى متطوّع آخر.

contact-with-phone = { $name }، الهاتف: { $phone }
contact-write-here = { $name } (لا يوجد هاتف: يمكن الكتابة عبر البوت بالزر في الأسفل)
contact-write-button = ✉️ الكتابة عبر البوت
matched-volunteer = { $form ->
        [m]
            شكرًا جزيلًا! 🙏 الطلب بين يديك الآن.
            { $summary }
            التواصل: { $contact }
        [f]
            شكرًا جزيلًا! 🙏 الطلب بين يديكِ الآن.
            { $summary }
            التواصل: { $contact }
       *[p]
            شكرًا جزيلًا! 🙏 الطلب بين أيديكم الآن.
            { $summary }
            التواصل: { $contact }
    }
matched-requester = أخبار سارّة! 🎉 وجدنا من يتطوّع للطلب رقم { $number } ({ $category }): { $contact }

followup-text = ما أخبار الطلب رقم { $number } ({ $category })؟ هل حُلّ؟
followup-yes = ✅ نعم، حُلّ
followup-no = ❌ ليس بعد
followup-thanks-yes = رائع! أغلقنا الطلب. شكرًا 💛
followup-thanks-no = شكرًا على التحديث. سنبحث من جديد عمّن يستطيع المساعدة.
followup-already = الطلب حُدّث من قبل ({ $state }).

escalation-text = { $form ->
        [m]
            ⚠️ طلب يحتاج إلى انتباهك:
            { $summary }
            السبب: { $reason }
        [f]
            ⚠️ طلب يحتاج إلى انتباهكِ:
            { $summary }
            السبب: { $reason }
       *[p]
            ⚠️ طلب يحتاج إلى انتباهكم:
            { $summary }
            السبب: { $reason }
    }
escalation-none = لم يُعثر على أي متطوّع مناسب.
escalation-unanswered = { $offers ->
        [one] عرض واحد
        [two] عرضان متتاليان
        [few] { $offers } عروض متتالية
        [many] { $offers } عرضًا متتاليًا
       *[other] { $offers } عرض متتالٍ
    } دون أن يقبل أحد.
escalation-assign = 👤 تعيين يدوي
escalation-search = 🔄 البحث من جديد

admin-list-title = الطلبات الجارية:
admin-list-empty = لا توجد طلبات جارية حاليًا.
admin-request-line = رقم { $number } { $category } · { $state }
admin-new-request = ➕ طلب باسم شخص آخر
admin-back = ↩️ رجوع
admin-request-gone = لم يُعثر على الطلب.
admin-detail =
    { $summary }
    الحالة: { $state }
    { $history }
    لماذا هؤلاء المتطوّعون؟ (النتيجة = المكوّنات × الأوزان)
    { $why }
admin-pick-prompt =
    من نعيّن؟ (النتيجة = المكوّنات × الأوزان)
    { $why }
admin-assigned = عُيّن { $name } للطلب رقم { $number }. وصلت تفاصيل التواصل إلى الطرفين.
admin-assign-failed = لا يمكن التعيين: الطلب لم يعد مفتوحًا.
admin-searching = نبحث من جديد. حالة الطلب: { $state }

relay-prompt = ماذا أكتب؟ سأنقل الرسالة كما هي.
relay-sent = أُرسلت الرسالة ✉️
relay-closed = الكتابة عبر البوت ممكنة فقط في طلب مُعيَّن حاليًا.
relay-invalid = هل يمكن أن تكون الرسالة حتى { $limit ->
        [one] حرف واحد
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }؟
relay-message = ✉️ رسالة من { $name } (الطلب رقم { $number }):
    { $text }
relay-reply = ✉️ الرد

digest-volunteering-line = • { $category } · { $place } · { $urgency }

req-mine-title = { $form ->
        [m] طلباتك المفتوحة:
        [f] طلباتكِ المفتوحة:
       *[p] طلباتكم المفتوحة:
    }
req-new = ➕ طلب جديد
req-cancel-one = ❌ إلغاء الطلب رقم { $number }
req-withdrawn = { $form ->
        [m] أُلغي الطلب رقم { $number }. إذا احتجت إلى المساعدة مرة أخرى، فنحن هنا.
        [f] أُلغي الطلب رقم { $number }. إذا احتجتِ إلى المساعدة مرة أخرى، فنحن هنا.
       *[p] أُلغي الطلب رقم { $number }. إذا احتجتم إلى المساعدة مرة أخرى، فنحن هنا.
    }
request-cancelled-volunteer = ألغى صاحب الطلب الطلبَ رقم { $number }. شكرًا على المساعدة والاستعداد 💛
help-summary-new =
    📌 طلب جديد: { $category }
    📍 { $place }
    ⏱️ { $urgency } · { $times }
offer-already-withdrawn = هذا الطلب لم يعد بحاجة إلى مساعدة: لقد أُلغي. شكرًا على الاستعداد للمساعدة 💛
help-relaxed-time = دون مراعاة الأوقات
help-relaxed-place = خارج المنطقة أيضًا
admin-search-widened = لم نجد من يطابق كل الشروط، فوسّعنا البحث ({ $relaxed }). حالة الطلب: { $state }
admin-search-nobody = حتى البحث الموسّع (دون أوقات وخارج المنطقة) لم يجد متطوّعًا جديدًا. يمكن التعيين يدويًا.
escalation-excluded = { $total ->
        [one] فُحص متطوّع واحد ولم يناسب
        [two] فُحص متطوّعان ولم يناسبا
        [few] فُحص { $total } متطوّعين ولم يناسبوا
        [many] فُحص { $total } متطوّعًا ولم يناسبوا
       *[other] فُحص { $total } متطوّع ولم يناسبوا
    }: { $counts }
escalation-no-volunteers = لا يوجد متطوّعون فعّالون بعد.
words-weekdays = أيام الأسبوع, أيام العمل, من الأحد إلى الخميس, الأحد إلى الخميس
request-released-volunteer = شكرًا على المساعدة في الطلب رقم { $number } 💛 أخبرنا صاحب الطلب أنه لم يُحلّ بعد، لذلك سنبحث عن متطوّع آخر. لا حاجة إلى فعل أي شيء.
