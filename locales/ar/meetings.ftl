## اللقاءات البيتية (חוגי בית). الصياغة محايدة للجنس قدر الإمكان، فلا حاجة إلى $form.

menu-meetings = 🏠 لقاءات بيتية
menu-my-meetings = 📅 لقاءاتي
menu-meetings-admin = 🗂️ إدارة اللقاءات البيتية

## وصف لقاء
meeting-status-open = مفتوح
meeting-status-full = مكتمل – قائمة الانتظار مفتوحة
meeting-status-past = انعقد سابقًا
meeting-status-cancelled = أُلغي
meeting-site = 🌱 يُعرَض: { $site }
meeting-when = 🗓️ { $when } ({ $minutes ->
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    })
meeting-where = 📍 { $place }، { $region }
meeting-address = 🏡 العنوان: { $address }
meeting-seats-left = { $seats ->
        [zero] لم يبقَ أي مكان
        [one] بقي مكان واحد
        [two] بقي مكانان
        [few] بقيت { $seats } أماكن
        [many] بقي { $seats } مكانًا
       *[other] بقي { $seats } مكان
    }
meeting-someone = أحد المشاركين
meeting-minutes = { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }

## التصفّح
meetings-pick-region = في أي منطقة أبحث لك عن لقاء؟
meetings-all-regions = 🌍 كل المناطق
meetings-everywhere = في كل البلاد
meetings-change-region = 🧭 منطقة أخرى
meetings-to-menu = ↩️ القائمة
meetings-none = لا توجد حاليًا لقاءات بيتية قريبة { $where }. يمكنك تجربة منطقة أخرى، أو العودة إلينا بعد بضعة أيام.
meetings-list = اللقاءات البيتية { $where } ({ $count }، صفحة { $page } من { $pages }). اختر لقاءً لرؤية التفاصيل:
meetings-more = ⬅️ المزيد
meetings-previous = ➡️ السابق
meetings-mine = 📅 لقاءاتي
meetings-back = ↩️ رجوع
meetings-browse = 🔎 البحث عن لقاء بيتي
meetings-mine-title = لقاءاتك (✅ مسجَّل · ⏳ في الانتظار · 🔑 مضيف):
meetings-mine-empty = لم تسجّل بعد في أي لقاء بيتي.
meeting-gone = هذا اللقاء لم يعد موجودًا.

## لقاء واحد
meeting-you-are-in = ✅ تم تسجيلك ({ $seats ->
        [one] مكان واحد
        [two] مكانان
        [few] { $seats } أماكن
        [many] { $seats } مكانًا
       *[other] { $seats } مكان
    }).
meeting-you-wait = ⏳ أنت على قائمة الانتظار ({ $seats ->
        [one] مكان واحد
        [two] مكانان
        [few] { $seats } أماكن
        [many] { $seats } مكانًا
       *[other] { $seats } مكان
    }). سنخبرك فور أن يتوفر مكان.
meeting-sign-up = ✋ التسجيل
meeting-join-waitlist = ⏳ الانضمام إلى قائمة الانتظار
meeting-cancel-seat = ❌ إلغاء تسجيلي
meeting-leave-waitlist = ❌ الخروج من قائمة الانتظار
meeting-calendar-again = 🗓️ ملف التقويم مرة أخرى
meeting-how-many = كم عددكم، بما في ذلك أنت؟ اضغط على رقم أو اكتبه.
meeting-seats-invalid = يُرجى كتابة رقم من 1 إلى { $most }.
meeting-your-name = بأي اسم نعرّفك للمضيفين؟ (يكفي الاسم الأول)
meeting-name-invalid = يُرجى كتابة اسم لا يزيد على { $most } حرفًا.
meeting-full-offer = للأسف، حُجزت الأماكن الأخيرة للتو 😕 هل نضعك على قائمة الانتظار؟ إذا توفر مكان فسيكون لك تلقائيًا.
meeting-confirmed = تم تسجيلك! 🎉 بانتظارك هناك.
meeting-calendar-caption = 🗓️ ملف تقويم – افتحه لإضافة اللقاء إلى تقويمك.
meeting-waitlisted = أنت الآن على قائمة الانتظار (رقم { $position }). إذا توفر مكان فسينتقل إليك تلقائيًا وسنرسل لك العنوان.
meeting-already = أنت مسجَّل في هذا اللقاء من قبل.
meeting-closed = التسجيل لهذا اللقاء مغلق.
meeting-cancel-sure = هل تريد إلغاء تسجيلك؟ سينتقل مكانك إلى التالي في قائمة الانتظار.
meeting-cancel-yes = نعم، ألغِ التسجيل
meeting-cancel-no = لا، أبقِه
meeting-seat-cancelled = أُلغي تسجيلك وأصبح المكان متاحًا. شكرًا لإعلامنا 🙏
meeting-nothing-to-cancel = لم أجد تسجيلًا فعّالًا لهذا اللقاء.

## رسائل تُرسَل لاحقًا
meeting-promoted = توفر مكان – تم تسجيلك! 🎉
meeting-cancelled-notice = ❗ أُلغي اللقاء البيتي «{ $title }» ({ $when }). نعتذر! يمكنك إيجاد لقاء آخر تحت «لقاءات بيتية» في القائمة.
meeting-changed-notice = ✏️ يُرجى الانتباه: تغيّرت تفاصيل اللقاء. إليك التفاصيل المحدّثة:
meeting-reminder = ⏰ تذكير: نلتقي قريبًا!
meeting-reminder-ask = ⏰ تذكير: اللقاء { $day }! هل ما زلت قادمًا؟
meeting-still-coming-yes = ✅ سأحضر
meeting-still-coming-no = ❌ لن أتمكن من الحضور
meeting-see-you = رائع، نراك هناك! 👋
meeting-host-signup = ✋ سجّل { $name } في «{ $title }» ({ $seats ->
        [one] مكان واحد
        [two] مكانان
        [few] { $seats } أماكن
        [many] { $seats } مكانًا
       *[other] { $seats } مكان
    }). الإشغال: { $fill }.
meeting-host-waitlisted = ⏳ انضم { $name } إلى قائمة الانتظار في «{ $title }» (الأماكن: { $seats }).
meeting-host-cancelled = ❌ ألغى { $name } تسجيله في «{ $title }» (الأماكن: { $seats }). الإشغال: { $fill }.
meeting-host-promoted = ⬆️ انتقل { $name } من قائمة الانتظار إلى المسجَّلين في «{ $title }». الإشغال: { $fill }.
meeting-host-assigned = 🔑 أنت مضيف «{ $title }» ({ $when }). سنخبرك بكل تسجيل وإلغاء، ويمكنك رؤية المشاركين تحت «لقاءاتي».

## التقييم
meeting-feedback-ask = كيف كان «{ $title }»؟ قيّمه من 1 إلى 5 ⭐
meeting-feedback-comment = شكرًا! هل تودّ إضافة شيء؟ اكتبه هنا، أو تخطَّ هذه الخطوة.
meeting-feedback-skip = ⏭️ تخطٍّ
meeting-comment-invalid = يُرجى ألا يزيد النص على { $most } حرفًا.
meeting-feedback-thanks = شكرًا على رأيك 💙
meeting-lead-ask = هل تودّ أن نخبرك عندما تتشكّل مجموعة { $region }؟
meeting-lead-yes = نعم، أبلغوني
meeting-lead-no = ليس الآن
meeting-lead-saved = سجّلنا ذلك! سيتواصل معك أحد المنسقين عندما تتشكّل مجموعة 🌱
meeting-lead-declined = لا بأس. يمكنك دائمًا العودة إلينا.

## المضيفون والمنسقون
meeting-not-yours = لا تملك صلاحية إدارة هذا اللقاء.
meetings-all-title = كل اللقاءات القادمة ({ $count })، مع نسبة الإشغال:
meetings-all-empty = لا توجد لقاءات قادمة.
meeting-new = ➕ لقاء جديد
meeting-fill = 👥 الإشغال { $fill } · في الانتظار: { $waiting } · أكّدوا الحضور: { $reconfirmed }
meeting-attendees = 👥 قائمة المشاركين
meeting-mark-attendance = ☑️ تسجيل من حضر
meeting-edit = ✏️ تعديل
meeting-set-host = 🔑 تعيين المضيف
meeting-cancel-meeting = 🚫 إلغاء اللقاء
meeting-attendees-title = المشاركون في «{ $title }» – { $fill }:
meeting-attendee-line = { $number }. { $name } · { $seats } { $marks }
meeting-no-attendees = لم يسجّل أحد بعد.
meeting-attendee-legend = ✔️ أكّد الحضور · ⏳ في الانتظار · ✅ حضر · ❌ لم يحضر
meeting-attendance-prompt = اضغط على اسم لتعليمه: ▫️ ← ✅ حضر ← ❌ لم يحضر.
meeting-attendance-done = ✔️ انتهيت
meeting-attendance-saved = حُفظ الحضور.
meeting-edit-which = ماذا تريد أن تغيّر؟
meeting-field-starts_at = 🗓️ الموعد
meeting-field-address = 🏡 العنوان
meeting-field-capacity = 👥 عدد الأماكن
meeting-field-duration = ⏱️ المدة
meeting-field-title = 🏷️ الاسم
meeting-field-notes = 📝 ملاحظات
meeting-edit-prompt-starts_at = ما الموعد الجديد؟ مثلًا { $example }
meeting-edit-prompt-address = ما العنوان الجديد؟
meeting-edit-prompt-capacity = كم عدد الأماكن؟
meeting-edit-prompt-duration = كم دقيقة سيستغرق اللقاء؟
meeting-edit-prompt-title = ما الاسم الجديد؟
meeting-edit-prompt-notes = ما الملاحظات؟
meeting-edit-saved = حُفظ ✔️ { $count ->
        [0] {""}
        [one] أبلغنا مشاركًا واحدًا.
        [two] أبلغنا مشاركَين.
        [few] أبلغنا { $count } مشاركين.
        [many] أبلغنا { $count } مشاركًا.
       *[other] أبلغنا { $count } مشارك.
    }
meeting-when-invalid = لم أستطع قراءة موعد في المستقبل. مثلًا: { $example }
meeting-number-invalid = يُرجى كتابة رقم موجب.
meeting-capacity-invalid = يُرجى كتابة رقم لا يقل عن عدد الأماكن المحجوزة ({ $taken }).
meeting-host-prompt = من المضيف؟ اكتب رقم هاتف أو معرّف قناة (مثلًا tg:123456).
meeting-host-unknown = لا أعرف أحدًا بهذا الوصف. على المضيف أن يكتب للبوت أولًا (وأن يربط رقم هاتفه، إن كان البحث بالهاتف).
meeting-host-saved = عُيّن المضيف وسيصله إشعار.
meeting-cancel-meeting-sure = هل تريد إلغاء هذا اللقاء؟ عدد الأماكن المحجوزة: { $count } – سيصل إشعار لكل المسجَّلين ولمن في قائمة الانتظار.
meeting-cancel-meeting-yes = نعم، ألغِ اللقاء
meeting-cancelled-done = أُلغي اللقاء. سيصل إشعار إلى { $count } من الأشخاص.

## لقاء جديد
meeting-new-title = لقاء بيتي جديد 🏠 ما اسم اللقاء؟
meeting-new-site = أي بلدة أو مجموعة أو مجتمع يُعرَض في اللقاء؟
meeting-new-locality = في أي بلدة يُعقد اللقاء؟
meeting-new-locality-unknown = لم أجد بلدة بهذا الاسم. هل تجرّب كتابة أخرى؟
meeting-new-pick-locality = أيّها تقصد؟
meeting-new-type-again = ✍️ الكتابة من جديد
meeting-new-starts-at = متى؟ مثلًا { $example } (بتوقيت إسرائيل)
meeting-new-duration = كم المدة؟ اختر أو اكتب عدد الدقائق.
meeting-new-capacity = كم عدد الأماكن؟
meeting-new-address = ما العنوان؟ (يظهر فقط للمسجَّلين وللمضيفين)
meeting-new-host = من المضيف؟ رقم هاتف أو معرّف قناة (tg:123456)، أو تخطَّ هذه الخطوة.
meeting-new-language = بأي لغة سيكون اللقاء؟
meeting-new-notes = ملاحظات للمشاركين (ماذا يُحضرون، موقف السيارات…)؟ يمكنك التخطي.
meeting-new-skip = ⏭️ تخطٍّ
meeting-new-check = هكذا سيبدو. هل ننشره؟
meeting-new-publish = 📣 نشر
meeting-new-drop = 🗑️ تجاهل
meeting-new-dropped = لم يُحفظ اللقاء.
meeting-new-published = نُشر «{ $title }» ✔️ وضُبطت التذكيرات.

## الملخص الأسبوعي
meeting-digest-line = 🏠 { $when } · { $place }: { $title } ({ $seats ->
        [one] آخر مكان
        [two] مكانان
        [few] { $seats } أماكن
        [many] { $seats } مكانًا
       *[other] { $seats } مكان
    })

meeting-day-today = اليوم
meeting-day-tomorrow = غدًا
meeting-day-on = يوم { $date }
