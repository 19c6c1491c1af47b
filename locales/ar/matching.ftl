## Volunteer matching (Arabic). Keys missing here fall back to Hebrew.

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
ask-name-invalid = هل يمكن كتابة اسم حتى { $limit } حرفًا؟
ask-phone = يمكنك ترك رقم هاتف للتواصل. يُعطى الرقم فقط بعد التنسيق، وللطرف الآخر فقط.
ask-phone-skip = بدون هاتف، عبر البوت

req-who-prompt = لمن الطلب؟ (الاسم)
req-who-phone = ما رقم هاتفه؟ (يُعطى فقط للمتطوع الذي يقبل الطلب)
req-who-phone-skip = لا يوجد رقم
req-category-prompt = بماذا تحتاج المساعدة؟
req-description-prompt = صف باختصار ما المطلوب (حتى { $limit } حرفًا). بدون اسم أو هاتف — هذه تُعطى فقط للمتطوع الذي يقبل.
req-description-invalid = هل يمكن أن يكون الوصف حتى { $limit } حرفًا؟
req-skip = تخطٍّ
req-locality-prompt = في أي بلدة؟
req-urgency-prompt = متى تحتاج المساعدة؟
req-times-prompt = ما الأوقات المناسبة؟ يمكن اختيار أكثر من وقت، ثم „انتهيت”.
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
    هل تستطيع المساعدة؟ إن لم يصلنا رد خلال { $hours } ساعات سننقله لغيرك.
offer-accept = ✅ أستطيع
offer-decline = ❌ ليس هذه المرة
offer-accepted = شكرًا جزيلًا! 🙏 تفاصيل التواصل في الطريق إليك.
offer-declined-thanks = شكرًا على الرد! سننقل الطلب لشخص آخر.
offer-expired = لم يصلنا رد بخصوص الطلب رقم { $number }، فنقلناه لغيرك. لا بأس 🙂
offer-taken-later = الطلب رقم { $number } أخذه متطوع آخر. شكرًا على استعدادك 💛
offer-withdrawn = الطلب رقم { $number } لم يعد بحاجة للمساعدة: ألغاه صاحبه. شكرًا على استعدادك 💛
offer-already-taken = متطوع آخر قبل هذا الطلب. شكرًا على استعدادك 💛

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

relay-prompt = ماذا أكتب؟ سأنقل رسالتك كما هي.
relay-sent = أُرسلت الرسالة ✉️
relay-closed = الكتابة عبر البوت ممكنة فقط لطلب منسّق حاليًا.
relay-invalid = هل يمكن أن تكون الرسالة حتى { $limit } حرفًا؟
relay-message = ✉️ رسالة من { $name } (طلب رقم { $number }):
    { $text }
relay-reply = ✉️ الرد

digest-volunteering-line = • { $category } · { $place } · { $urgency }

req-mine-title = طلباتك المفتوحة:
req-new = ➕ طلب جديد
req-cancel-one = ❌ إلغاء الطلب رقم { $number }
req-withdrawn = أُلغي الطلب رقم { $number }. إذا احتجت المساعدة مرة أخرى، نحن هنا.
request-cancelled-volunteer = أُلغي الطلب رقم { $number } من قبل صاحبه. شكرًا على مساعدتك 💛
