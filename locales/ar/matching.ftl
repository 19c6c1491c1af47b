## مطابقة المتطوعين: ملفات التطوع، طلبات المساعدة، العروض، المتابعة، المنسقون.

menu-ask-help = 🤝 طلب مساعدة
menu-volunteer = 🙋 ملف التطوع
menu-help-requests = 📋 طلبات المساعدة (للمنسقين)

help-cat-budget = إرشاد في إدارة ميزانية البيت
help-cat-food_rescue = إنقاذ الطعام
help-cat-medicine = جمع الأدوية
help-cat-contact_person = شخص داعم لمن يمر بضائقة
help-cat-rides = توصيلات
help-cat-tutoring = دروس تقوية
help-cat-elderly_visits = زيارات لكبار السن
help-cat-home_repairs = تصليحات في البيت
help-cat-translation = ترجمة
help-cat-emotional_support = إسعاف نفسي أولي

help-urgency-today = اليوم
help-urgency-week = هذا الأسبوع
help-urgency-flexible = مرن

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
help-state-offered = عُرض على متطوع
help-state-matched = وُجد متطوع
help-state-resolved = أُغلق بنجاح
help-state-escalated = لدى المنسقين
help-state-cancelled = أُلغي

help-event-opened = فُتح
help-event-offered = عُرض
help-event-declined = رُفض
help-event-expired = انتهت مهلة العرض
help-event-matched = قُبل
help-event-assigned = عُيّن يدويًا
help-event-followup = سُئل إن كان قد حُلّ
help-event-resolved = حُلّ
help-event-reopened = أُعيد فتحه
help-event-escalated = حُوّل إلى المنسقين
help-event-search = بحث من جديد
help-event-cancelled = أُلغي

help-filter-paused = في استراحة
help-filter-asked = سُئل من قبل
help-filter-skill = لا يملك المهارة
help-filter-language = لا لغة مشتركة
help-filter-place = ليس في المنطقة
help-filter-time = لا وقت مشترك
help-filter-load = وصل إلى الحد الأقصى

help-part-name-proximity = القرب
help-part-name-availability = التوفر
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
locality-which = أي بلدة تقصد؟
locality-again = ✏️ الكتابة من جديد
locality-not-found = لم أجد بلدة بهذا الاسم. هل يمكن كتابته بشكل آخر؟
ask-name = كيف نناديك؟ (يظهر الاسم فقط لمن يتم التنسيق معه)
ask-name-invalid = هل يمكن كتابة اسم حتى { $limit ->
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }؟
ask-phone = يمكنك ترك رقم هاتف للتواصل. يُعطى الرقم فقط بعد التنسيق، وللطرف الآخر فقط.
ask-phone-skip = بدون هاتف، عبر البوت

vol-intro = رائع أنك تريد التطوع 💛 بضعة أسئلة قصيرة، ويمكنك تغيير كل شيء في أي وقت.
vol-skills-prompt = كيف يمكنك المساعدة؟ اختر ما تشاء، ثم «انتهيت».
vol-regions-prompt = في أي مناطق؟ اختر أكثر من منطقة، أو «عن بُعد» (بالهاتف أو الفيديو).
vol-remote = 🌐 عن بُعد
vol-localities-prompt = هل تضيف بلدات معيّنة؟ اكتب اسم البلدة، أو «انتهيت».
    المختار: { $chosen }
vol-days-prompt = في أي أيام الأسبوع؟
vol-every-day = كل الأسبوع
vol-parts-prompt = وفي أي أوقات اليوم؟
vol-languages-prompt = ما اللغات التي تتحدثها؟
vol-load-prompt = كم طلبًا مفتوحًا في الوقت نفسه على الأكثر؟
vol-registered = تم تسجيلك متطوعًا 🎉 عندما يصل طلب يناسبك سأرسله إليك.
vol-summary =
    🙋 ملفك
    الاسم: { $name }
    المهارات: { $skills }
    المناطق: { $places }
    الأوقات: { $times }
    اللغات: { $languages }
    { $load ->
        [one] طلب واحد في كل مرة
        [two] حتى طلبين في الوقت نفسه
        [few] حتى { $load } طلبات في الوقت نفسه
       *[other] حتى { $load } طلبًا في الوقت نفسه
    }
    الحالة: { $status }
vol-status-active = فعّال ✅
vol-status-paused = في استراحة ⏸️
vol-edit-skills = المهارات
vol-edit-places = المناطق
vol-edit-times = الأوقات
vol-edit-languages = اللغات
vol-edit-load = الحد الأقصى
vol-pause = ⏸️ استراحة
vol-resume = ▶️ استئناف
vol-my-requests = 📋 طلباتي
vol-finish = 🏠 القائمة
vol-paused = ملفك في استراحة: لن تصلك عروض حتى تستأنف.
vol-resumed = عدت فعّالًا من جديد 💪
vol-no-requests = لم تتولَّ أي طلب بعد.
vol-requests-title = طلباتك:
vol-request-line = رقم { $number } { $category } · { $place } · { $state }

req-who-prompt = لمن الطلب؟ (الاسم)
req-who-phone = ما رقم هاتفه؟ (يُعطى فقط للمتطوع الذي يقبل الطلب)
req-who-phone-skip = لا يوجد رقم
req-category-prompt = بماذا تحتاج المساعدة؟
req-description-prompt = صف باختصار ما المطلوب (حتى { $limit ->
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }). بدون اسم أو هاتف — هذه تُعطى فقط للمتطوع الذي يقبل.
req-description-invalid = هل يمكن أن يكون الوصف حتى { $limit ->
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }؟
req-skip = تخطٍّ
req-locality-prompt = في أي بلدة؟
req-urgency-prompt = متى تحتاج المساعدة؟
req-times-prompt = ما الأوقات المناسبة؟ يمكن اختيار أكثر من وقت، ثم «انتهيت».
req-any-time = أي وقت
req-language-prompt = بأي لغة يسهل عليك الحديث؟
req-phone-prompt = كيف يتواصل معك المتطوع؟ يمكنك مشاركة رقم هاتف أو كتابته، أو التحدث عبر البوت. يُعطى الرقم فقط لمن يقبل الطلب.
req-phone-skip = عبر البوت
req-confirm =
    هذا هو الطلب:
    { $summary }
    هل نرسله؟
req-send = ✅ إرسال
req-cancel = إلغاء
req-cancelled = لم يُرسل الطلب.
req-sent = تم إرسال الطلب رقم { $number } 🙏 نبحث عن متطوع وسنخبرك فور قبول أحدهم.

offer-text =
    🤝 طلب مساعدة يناسبك:
    { $summary }
    هل تستطيع المساعدة؟ إن لم يصلنا رد خلال { $within } سننقله لغيرك.
offer-accept = ✅ أستطيع
offer-decline = ❌ ليس هذه المرة
offer-accepted = شكرًا جزيلًا! 🙏 تفاصيل التواصل في الطريق إليك.
offer-declined-thanks = شكرًا على الرد! سننقل الطلب لشخص آخر.
offer-expired = لم يصلنا رد بخصوص الطلب رقم { $number }، فنقلناه لغيرك. لا بأس 🙂
offer-taken-later = الطلب رقم { $number } أخذه متطوع آخر. شكرًا على استعدادك 💛
offer-withdrawn = الطلب رقم { $number } لم يعد بحاجة للمساعدة: ألغاه صاحبه. شكرًا على استعدادك 💛
offer-already-taken = متطوع آخر قبل هذا الطلب. شكرًا على استعدادك 💛
offer-already-accepted = لقد قبلت هذا الطلب من قبل.
offer-already-declined = لقد اعتذرت عن هذا الطلب من قبل.
offer-already-expired = انتهت مهلة هذا العرض ونُقل الطلب لغيرك.

contact-with-phone = { $name }، الهاتف: { $phone }
contact-write-here = { $name } (لا يوجد هاتف: يمكن الكتابة عبر البوت بالزر أدناه)
contact-write-button = ✉️ الكتابة عبر البوت
matched-volunteer =
    شكرًا جزيلًا! 🙏 الطلب لديك الآن.
    { $summary }
    التواصل: { $contact }
matched-requester = أخبار جيدة! 🎉 وُجد متطوع للطلب رقم { $number } ({ $category }): { $contact }

followup-text = كيف حال الطلب رقم { $number } ({ $category })؟ هل حُلّ؟
followup-yes = ✅ نعم، حُلّ
followup-no = ❌ ليس بعد
followup-thanks-yes = رائع! أغلقنا الطلب. شكرًا 💛
followup-thanks-no = شكرًا على التحديث. سنبحث من جديد عمّن يستطيع المساعدة.
followup-already = الطلب حُدّث من قبل ({ $state }).

escalation-text =
    ⚠️ طلب يحتاج إلى انتباهكم:
    { $summary }
    السبب: { $reason }
escalation-none = لم يُعثر على متطوع مناسب.
escalation-unanswered = { $offers ->
        [one] عرض واحد
        [two] عرضان متتاليان
        [few] { $offers } عروض متتالية
       *[other] { $offers } عرضًا متتاليًا
    } دون أن يقبل أحد.
escalation-assign = 👤 تعيين يدوي
escalation-search = 🔄 البحث من جديد

admin-list-title = الطلبات الجارية:
admin-list-empty = لا توجد طلبات جارية حاليًا.
admin-request-line = رقم { $number } { $category } · { $state }
admin-new-request = ➕ طلب باسم شخص آخر
admin-back = ↩️ رجوع
admin-request-gone = لم يُعثر على هذا الطلب.
admin-detail =
    { $summary }
    الحالة: { $state }
    { $history }
    لماذا هؤلاء المتطوعون؟ (النتيجة = المكوّنات × الأوزان)
    { $why }
admin-pick-prompt =
    من نعيّن؟ (النتيجة = المكوّنات × الأوزان)
    { $why }
admin-assigned = عُيّن { $name } للطلب رقم { $number }. حصل الطرفان على تفاصيل التواصل.
admin-assign-failed = لا يمكن التعيين: الطلب لم يعد مفتوحًا.
admin-searching = نبحث من جديد. حالة الطلب الآن: { $state }

relay-prompt = ماذا أكتب؟ سأنقل رسالتك كما هي.
relay-sent = أُرسلت الرسالة ✉️
relay-closed = الكتابة عبر البوت ممكنة فقط لطلب منسّق حاليًا.
relay-invalid = هل يمكن أن تكون الرسالة حتى { $limit ->
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }؟
relay-message = ✉️ رسالة من { $name } (طلب رقم { $number }):
    { $text }
relay-reply = ✉️ الرد

digest-volunteering-line = • { $category } · { $place } · { $urgency }

req-mine-title = طلباتك المفتوحة:
req-new = ➕ طلب جديد
req-cancel-one = ❌ إلغاء الطلب رقم { $number }
req-withdrawn = أُلغي الطلب رقم { $number }. إذا احتجت المساعدة مرة أخرى، نحن هنا.
request-cancelled-volunteer = أُلغي الطلب رقم { $number } من قبل صاحبه. شكرًا على مساعدتك 💛
help-summary-new =
    📌 طلب جديد: { $category }
    📍 { $place }
    ⏱️ { $urgency } · { $times }
offer-already-withdrawn = هذا الطلب لم يعد بحاجة إلى مساعدة: لقد أُلغي. شكرًا على استعدادك 💛
help-relaxed-time = دون مراعاة الأوقات
help-relaxed-place = خارج المنطقة أيضًا
admin-search-widened = لم يوافق أحد كل الشروط، فوسّعنا البحث ({ $relaxed }). حالة الطلب: { $state }
admin-search-nobody = حتى البحث الموسّع (دون أوقات وخارج المنطقة) لم يجد متطوعًا جديدًا. يمكن التعيين يدويًا.
escalation-excluded = { $total ->
        [one] فُحص متطوع واحد ولم يناسب
       *[other] فُحص { $total } متطوعين ولم يناسبوا
    }: { $counts }
escalation-no-volunteers = لا يوجد متطوعون نشطون بعد.
words-weekdays = أيام الأسبوع, أيام العمل, من الأحد إلى الخميس
request-released-volunteer = شكرًا على مساعدتك في الطلب رقم { $number } 💛 أخبرنا صاحب الطلب أنه لم يُحل بعد، لذا سنبحث عن متطوع آخر. لا حاجة لفعل شيء.
