## اللقاءات البيتية (חוגי בית). $form: [m] أنتَ، [f] أنتِ، *[p] أنتم.

menu-meetings = 🏠 لقاءات بيتية
menu-my-meetings = 📅 لقاءاتي
menu-meetings-admin = 🗂️ إدارة اللقاءات

## وصف لقاء
meeting-status-open = التسجيل مفتوح
meeting-status-full = مكتمل – قائمة الانتظار مفتوحة
meeting-status-past = انعقد
meeting-status-cancelled = أُلغي
meeting-site = 🌱 يعرّفنا على: { $site }
meeting-when = 🗓️ { $when } ({ $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    })
meeting-where = 📍 { $place }، { $region }
meeting-address = 🏡 العنوان: { $address }
meeting-seats-left = { $seats ->
        [zero] لم يبقَ أي مقعد
        [one] بقي مقعد واحد
        [two] بقي مقعدان
        [few] بقيت { $seats } مقاعد
        [many] بقي { $seats } مقعدًا
       *[other] بقي { $seats } مقعد
    }
meeting-someone = أحد المشاركين
meeting-minutes = { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }

## التصفّح
meetings-pick-region = في أي منطقة نبحث عن لقاء بيتي؟
meetings-all-regions = 🌍 كل البلاد
meetings-everywhere = في كل البلاد
meetings-change-region = 🧭 منطقة أخرى
meetings-to-menu = ↩️ إلى القائمة
meetings-none = { $form ->
        [m] لا توجد حاليًا لقاءات بيتية قريبة { $where }. جرّب منطقة أخرى، أو عد إلينا بعد بضعة أيام.
        [f] لا توجد حاليًا لقاءات بيتية قريبة { $where }. جرّبي منطقة أخرى، أو عودي إلينا بعد بضعة أيام.
       *[p] لا توجد حاليًا لقاءات بيتية قريبة { $where }. جرّبوا منطقة أخرى، أو عودوا إلينا بعد بضعة أيام.
    }
meetings-list = { $form ->
        [m] اللقاءات البيتية { $where } ({ $count }، صفحة { $page } من { $pages }). اختر لقاءً لترى تفاصيله:
        [f] اللقاءات البيتية { $where } ({ $count }، صفحة { $page } من { $pages }). اختاري لقاءً لتري تفاصيله:
       *[p] اللقاءات البيتية { $where } ({ $count }، صفحة { $page } من { $pages }). اختاروا لقاءً لتروا تفاصيله:
    }
# RTL: the next page is to the left, the previous to the right
meetings-more = ⬅️ المزيد
meetings-previous = ➡️ السابق
meetings-mine = 📅 لقاءاتي
meetings-back = ↩️ رجوع
meetings-browse = 🔎 البحث عن لقاء بيتي
meetings-mine-title = { $form ->
        [m] لقاءاتك (✅ مسجَّل · ⏳ في الانتظار · 🔑 مضيف):
        [f] لقاءاتكِ (✅ مسجَّلة · ⏳ في الانتظار · 🔑 مضيفة):
       *[p] لقاءاتكم (✅ مسجَّلون · ⏳ في الانتظار · 🔑 مضيفون):
    }
meetings-mine-empty = { $form ->
        [m] لم تسجّل بعد في أي لقاء بيتي.
        [f] لم تسجّلي بعد في أي لقاء بيتي.
       *[p] لم تسجّلوا بعد في أي لقاء بيتي.
    }
meeting-gone = هذا اللقاء لم يعد موجودًا.

## لقاء واحد
meeting-you-are-in = ✅ { $form ->
        [m] أنت مسجَّل
        [f] أنتِ مسجَّلة
       *[p] أنتم مسجَّلون
    } ({ $seats ->
        [one] مقعد واحد
        [two] مقعدان
        [few] { $seats } مقاعد
        [many] { $seats } مقعدًا
       *[other] { $seats } مقعد
    }).
meeting-you-wait = ⏳ { $form ->
        [m] أنت على قائمة الانتظار
        [f] أنتِ على قائمة الانتظار
       *[p] أنتم على قائمة الانتظار
    } ({ $seats ->
        [one] مقعد واحد
        [two] مقعدان
        [few] { $seats } مقاعد
        [many] { $seats } مقعدًا
       *[other] { $seats } مقعد
    }). سنرسل إشعارًا فور تحرّر مقعد.
meeting-sign-up = ✋ التسجيل
meeting-join-waitlist = ⏳ إلى قائمة الانتظار
meeting-cancel-seat = ❌ إلغاء التسجيل
meeting-leave-waitlist = ❌ الخروج من قائمة الانتظار
meeting-calendar-again = 🗓️ ملف التقويم مرة أخرى
meeting-how-many = { $form ->
        [m] كم شخصًا ستأتون، وأنت منهم؟ اضغط على رقم أو اكتبه.
        [f] كم شخصًا ستأتون، وأنتِ منهم؟ اضغطي على رقم أو اكتبيه.
       *[p] كم شخصًا ستأتون، وأنتم منهم؟ اضغطوا على رقم أو اكتبوه.
    }
meeting-seats-invalid = نحتاج إلى رقم من 1 إلى { $most }.
meeting-your-name = { $form ->
        [m] بأي اسم نعرّف المضيفين عليك؟ (يكفي الاسم الأول)
        [f] بأي اسم نعرّف المضيفين عليكِ؟ (يكفي الاسم الأول)
       *[p] بأي اسم نعرّف المضيفين عليكم؟ (يكفي الاسم الأول)
    }
meeting-name-invalid = يمكن كتابة اسم حتى { $most ->
        [one] حرف واحد
        [two] حرفين
        [few] { $most } أحرف
        [many] { $most } حرفًا
       *[other] { $most } حرف
    }.
meeting-full-offer = { $form ->
        [m] للأسف، حُجزت المقاعد الأخيرة للتو 😕 هل نضعك على قائمة الانتظار؟ إذا تحرّر مقعد فسيكون لك تلقائيًا.
        [f] للأسف، حُجزت المقاعد الأخيرة للتو 😕 هل نضعكِ على قائمة الانتظار؟ إذا تحرّر مقعد فسيكون لكِ تلقائيًا.
       *[p] للأسف، حُجزت المقاعد الأخيرة للتو 😕 هل نضعكم على قائمة الانتظار؟ إذا تحرّر مقعد فسيكون لكم تلقائيًا.
    }
meeting-confirmed = { $form ->
        [m] تم تسجيلك! 🎉 ننتظرك.
        [f] تم تسجيلكِ! 🎉 ننتظركِ.
       *[p] تم تسجيلكم! 🎉 ننتظركم.
    }
meeting-calendar-caption = { $form ->
        [m] 🗓️ ملف تقويم – افتحه لتضيف اللقاء إلى تقويمك.
        [f] 🗓️ ملف تقويم – افتحيه لتضيفي اللقاء إلى تقويمكِ.
       *[p] 🗓️ ملف تقويم – افتحوه لتضيفوا اللقاء إلى تقويمكم.
    }
meeting-waitlisted = { $form ->
        [m] أنت الآن على قائمة الانتظار (رقم { $position }). إذا تحرّر مقعد فسينتقل إليك تلقائيًا وسنرسل لك العنوان.
        [f] أنتِ الآن على قائمة الانتظار (رقم { $position }). إذا تحرّر مقعد فسينتقل إليكِ تلقائيًا وسنرسل لكِ العنوان.
       *[p] أنتم الآن على قائمة الانتظار (رقم { $position }). إذا تحرّر مقعد فسينتقل إليكم تلقائيًا وسنرسل لكم العنوان.
    }
meeting-already = { $form ->
        [m] أنت مسجَّل في هذا اللقاء من قبل.
        [f] أنتِ مسجَّلة في هذا اللقاء من قبل.
       *[p] أنتم مسجَّلون في هذا اللقاء من قبل.
    }
meeting-closed = التسجيل لهذا اللقاء مغلق.
meeting-cancel-sure = نلغي التسجيل؟ سينتقل المقعد إلى التالي في قائمة الانتظار.
meeting-cancel-yes = نعم، ألغوا التسجيل
meeting-cancel-no = لا، أبقوا التسجيل
meeting-seat-cancelled = { $form ->
        [m] أُلغي التسجيل وتحرّر المقعد. شكرًا لأنك أخبرتنا 🙏
        [f] أُلغي التسجيل وتحرّر المقعد. شكرًا لأنكِ أخبرتِنا 🙏
       *[p] أُلغي التسجيل وتحرّر المقعد. شكرًا لأنكم أخبرتمونا 🙏
    }
meeting-nothing-to-cancel = لم أجد تسجيلًا فعّالًا لهذا اللقاء.

## رسائل تُرسَل لاحقًا
meeting-promoted = { $form ->
        [m] تحرّر مقعد – أنت مسجَّل! 🎉
        [f] تحرّر مقعد – أنتِ مسجَّلة! 🎉
       *[p] تحرّر مقعد – أنتم مسجَّلون! 🎉
    }
meeting-cancelled-notice = { $form ->
        [m] ❗ أُلغي اللقاء البيتي «{ $title }» ({ $when }). نعتذر! يمكنك أن تجد لقاءً آخر في «لقاءات بيتية» في القائمة.
        [f] ❗ أُلغي اللقاء البيتي «{ $title }» ({ $when }). نعتذر! يمكنكِ أن تجدي لقاءً آخر في «لقاءات بيتية» في القائمة.
       *[p] ❗ أُلغي اللقاء البيتي «{ $title }» ({ $when }). نعتذر! يمكنكم أن تجدوا لقاءً آخر في «لقاءات بيتية» في القائمة.
    }
meeting-changed-notice = { $form ->
        [m] ✏️ انتبه: تغيّرت تفاصيل اللقاء. هذه هي التفاصيل الجديدة:
        [f] ✏️ انتبهي: تغيّرت تفاصيل اللقاء. هذه هي التفاصيل الجديدة:
       *[p] ✏️ انتبهوا: تغيّرت تفاصيل اللقاء. هذه هي التفاصيل الجديدة:
    }
meeting-reminder = ⏰ تذكير: نلتقي قريبًا!
meeting-reminder-ask = ⏰ تذكير: اللقاء { $day }! { $form ->
        [m] هل ما زلت قادمًا؟
        [f] هل ما زلتِ قادمة؟
       *[p] هل ما زلتم قادمين؟
    }
meeting-still-coming-yes = ✅ { $form ->
        [m] نعم، قادم
        [f] نعم، قادمة
       *[p] نعم، قادمون
    }
meeting-still-coming-no = ❌ لن أستطيع الحضور
meeting-see-you = رائع، نلتقي هناك! 👋
meeting-host-signup = ✋ تسجيل جديد في «{ $title }»: { $name } ({ $seats ->
        [one] مقعد واحد
        [two] مقعدان
        [few] { $seats } مقاعد
        [many] { $seats } مقعدًا
       *[other] { $seats } مقعد
    }). الإشغال: { $fill }.
meeting-host-waitlisted = ⏳ إلى قائمة الانتظار في «{ $title }»: { $name } ({ $seats ->
        [one] مقعد واحد
        [two] مقعدان
        [few] { $seats } مقاعد
        [many] { $seats } مقعدًا
       *[other] { $seats } مقعد
    }).
meeting-host-cancelled = ❌ إلغاء تسجيل في «{ $title }»: { $name } ({ $seats ->
        [one] مقعد واحد
        [two] مقعدان
        [few] { $seats } مقاعد
        [many] { $seats } مقعدًا
       *[other] { $seats } مقعد
    }). الإشغال: { $fill }.
meeting-host-promoted = ⬆️ من قائمة الانتظار إلى المسجَّلين في «{ $title }»: { $name }. الإشغال: { $fill }.
meeting-host-assigned = 🔑 { $form ->
        [m] أنت مضيف «{ $title }» ({ $when }). سنخبرك بكل تسجيل وإلغاء، ويمكنك أن ترى المشاركين في «لقاءاتي».
        [f] أنتِ مضيفة «{ $title }» ({ $when }). سنخبركِ بكل تسجيل وإلغاء، ويمكنكِ أن تري المشاركين في «لقاءاتي».
       *[p] أنتم مضيفو «{ $title }» ({ $when }). سنخبركم بكل تسجيل وإلغاء، ويمكنكم أن تروا المشاركين في «لقاءاتي».
    }

## التقييم
meeting-feedback-ask = كيف كان «{ $title }»؟ { $form ->
        [m] قيّمه من 1 إلى 5 ⭐
        [f] قيّميه من 1 إلى 5 ⭐
       *[p] قيّموه من 1 إلى 5 ⭐
    }
meeting-feedback-comment = { $form ->
        [m] شكرًا! هل تودّ أن تضيف كلمة؟ اكتبها هنا، أو تخطَّ هذه الخطوة.
        [f] شكرًا! هل تودّين أن تضيفي كلمة؟ اكتبيها هنا، أو تخطَّي هذه الخطوة.
       *[p] شكرًا! هل تودّون أن تضيفوا كلمة؟ اكتبوها هنا، أو تخطَّوا هذه الخطوة.
    }
meeting-feedback-skip = ⏭️ تخطٍّ
meeting-comment-invalid = يمكن كتابة { $most ->
        [one] حرف واحد
        [two] حرفين
        [few] { $most } أحرف
        [many] { $most } حرفًا
       *[other] { $most } حرف
    } على الأكثر.
meeting-feedback-thanks = شكرًا على التقييم 💙
meeting-lead-ask = { $form ->
        [m] هل تودّ أن نخبرك عندما تتشكّل مجموعة { $region }؟
        [f] هل تودّين أن نخبركِ عندما تتشكّل مجموعة { $region }؟
       *[p] هل تودّون أن نخبركم عندما تتشكّل مجموعة { $region }؟
    }
meeting-lead-yes = نعم، أخبروني
meeting-lead-no = ليس الآن
meeting-lead-saved = { $form ->
        [m] سجّلنا ذلك! سيتواصل معك أحد المنسّقين أو المنسّقات عندما تتشكّل مجموعة 🌱
        [f] سجّلنا ذلك! سيتواصل معكِ أحد المنسّقين أو المنسّقات عندما تتشكّل مجموعة 🌱
       *[p] سجّلنا ذلك! سيتواصل معكم أحد المنسّقين أو المنسّقات عندما تتشكّل مجموعة 🌱
    }
meeting-lead-declined = { $form ->
        [m] لا بأس أبدًا. يمكنك دائمًا أن تعود إلينا.
        [f] لا بأس أبدًا. يمكنكِ دائمًا أن تعودي إلينا.
       *[p] لا بأس أبدًا. يمكنكم دائمًا أن تعودوا إلينا.
    }

## المضيفون والمنسّقون
meeting-not-yours = لا صلاحية لإدارة هذا اللقاء.
meetings-all-title = { $count ->
        [one] اللقاء القادم الوحيد، مع الإشغال:
        [two] اللقاءان القادمان، مع الإشغال:
        [few] كل اللقاءات القادمة ({ $count } لقاءات)، مع الإشغال:
        [many] كل اللقاءات القادمة ({ $count } لقاءً)، مع الإشغال:
       *[other] كل اللقاءات القادمة ({ $count } لقاء)، مع الإشغال:
    }
meetings-all-empty = لا توجد لقاءات قادمة.
meeting-new = ➕ لقاء جديد
meeting-fill = 👥 الإشغال { $fill } · في الانتظار: { $waiting } · أكّدوا الحضور: { $reconfirmed }
meeting-attendees = 👥 قائمة المشاركين
meeting-mark-attendance = ☑️ تسجيل الحضور
meeting-edit = ✏️ تعديل
meeting-set-host = 🔑 تعيين المضيف
meeting-cancel-meeting = 🚫 إلغاء اللقاء
meeting-attendees-title = المشاركون في «{ $title }» – { $fill }:
meeting-attendee-line = { $number }. { $name } · { $seats } { $marks }
meeting-no-attendees = لم يسجّل أحد بعد.
meeting-attendee-legend = ✔️ أكّد الحضور · ⏳ في الانتظار · ✅ حضر · ❌ لم يحضر
# RTL: the arrows point left, the reading direction
meeting-attendance-prompt = { $form ->
        [m] اضغط على اسم لتعلّمه: ▫️ ← ✅ حضر ← ❌ لم يحضر.
        [f] اضغطي على اسم لتعلّميه: ▫️ ← ✅ حضر ← ❌ لم يحضر.
       *[p] اضغطوا على اسم لتعلّموه: ▫️ ← ✅ حضر ← ❌ لم يحضر.
    }
meeting-attendance-done = ✔️ انتهيت
meeting-attendance-saved = حُفظ الحضور.
meeting-edit-which = ماذا نغيّر؟
meeting-field-starts_at = 🗓️ الموعد
meeting-field-address = 🏡 العنوان
meeting-field-capacity = 👥 عدد المقاعد
meeting-field-duration = ⏱️ المدة
meeting-field-title = 🏷️ الاسم
meeting-field-notes = 📝 ملاحظات
meeting-edit-prompt-starts_at = ما الموعد الجديد؟ مثلًا { $example }
meeting-edit-prompt-address = ما العنوان الجديد؟
meeting-edit-prompt-capacity = كم مقعدًا يوجد؟
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
meeting-number-invalid = نحتاج إلى رقم موجب.
meeting-capacity-invalid = { $taken ->
        [one] نحتاج إلى رقم لا يقل عن المقعد المحجوز.
        [two] نحتاج إلى رقم لا يقل عن المقعدين المحجوزين.
        [few] نحتاج إلى رقم لا يقل عن { $taken } مقاعد محجوزة.
        [many] نحتاج إلى رقم لا يقل عن { $taken } مقعدًا محجوزًا.
       *[other] نحتاج إلى رقم لا يقل عن { $taken } مقعد محجوز.
    }
meeting-host-prompt = { $form ->
        [m] من المضيف أو المضيفة؟ اكتب رقم هاتف أو معرّف قناة (مثلًا tg:123456).
        [f] من المضيف أو المضيفة؟ اكتبي رقم هاتف أو معرّف قناة (مثلًا tg:123456).
       *[p] من المضيف أو المضيفة؟ اكتبوا رقم هاتف أو معرّف قناة (مثلًا tg:123456).
    }
meeting-host-unknown = لا أعرف شخصًا بهذا الرقم. يجب على من يستضيف أن يكتب للبوت أولًا (وأن يربط رقم هاتفه، إذا كان البحث بالهاتف).
meeting-host-saved = حدّثنا المضيف، وسيصله إشعار.
meeting-cancel-meeting-sure = { $count ->
        [zero] نلغي اللقاء؟ لا توجد مقاعد محجوزة.
        [one] نلغي اللقاء؟ هناك مقعد واحد محجوز – سيصل إشعار إلى كل المسجَّلين ومن في قائمة الانتظار.
        [two] نلغي اللقاء؟ هناك مقعدان محجوزان – سيصل إشعار إلى كل المسجَّلين ومن في قائمة الانتظار.
        [few] نلغي اللقاء؟ هناك { $count } مقاعد محجوزة – سيصل إشعار إلى كل المسجَّلين ومن في قائمة الانتظار.
        [many] نلغي اللقاء؟ هناك { $count } مقعدًا محجوزًا – سيصل إشعار إلى كل المسجَّلين ومن في قائمة الانتظار.
       *[other] نلغي اللقاء؟ هناك { $count } مقعد محجوز – سيصل إشعار إلى كل المسجَّلين ومن في قائمة الانتظار.
    }
meeting-cancel-meeting-yes = نعم، ألغوا اللقاء
meeting-cancelled-done = أُلغي اللقاء. { $count ->
        [zero] لا أحد يحتاج إلى إشعار.
        [one] سيصل إشعار إلى شخص واحد.
        [two] سيصل إشعار إلى شخصين.
        [few] سيصل إشعار إلى { $count } أشخاص.
        [many] سيصل إشعار إلى { $count } شخصًا.
       *[other] سيصل إشعار إلى { $count } شخص.
    }

## لقاء جديد
meeting-new-title = لقاء بيتي جديد 🏠 ما اسم اللقاء؟
meeting-new-site = أي بلدة أو نواة أو مجتمع سيتعرّف عليه المشاركون في اللقاء؟
meeting-new-locality = في أي بلدة يُعقد اللقاء؟
meeting-new-locality-unknown = لم أجد بلدة بهذا الاسم. هل نجرّب كتابتها بشكل آخر؟
meeting-new-pick-locality = أيّها المقصودة؟
meeting-new-type-again = ✍️ الكتابة من جديد
meeting-new-starts-at = متى؟ مثلًا { $example } (بتوقيت إسرائيل)
meeting-new-duration = كم يستغرق؟ يمكن الاختيار أو كتابة عدد الدقائق.
meeting-new-capacity = كم مقعدًا يوجد؟
meeting-new-address = ما العنوان؟ (يظهر فقط للمسجَّلين وللمضيفين)
meeting-new-host = من المضيف أو المضيفة؟ رقم هاتف أو معرّف قناة (tg:123456)، أو تخطٍّ.
meeting-new-language = بأي لغة يكون اللقاء؟
meeting-new-notes = ملاحظات للمشاركين (ماذا يُحضرون، موقف السيارات…)؟ يمكن التخطّي.
meeting-new-skip = ⏭️ تخطٍّ
meeting-new-check = هكذا سيبدو. هل ننشره؟
meeting-new-publish = 📣 نشر
meeting-new-drop = 🗑️ عدم الحفظ
meeting-new-dropped = لم يُحفظ اللقاء.
meeting-new-published = نُشر «{ $title }» ✔️ وضُبطت التذكيرات.

## الملخص الأسبوعي
meeting-digest-line = 🏠 { $when } · { $place }: { $title } ({ $seats ->
        [one] آخر مقعد
        [two] مقعدان
        [few] { $seats } مقاعد
        [many] { $seats } مقعدًا
       *[other] { $seats } مقعد
    })

## The day of a meeting, seen from the message ($day in meeting-reminder-ask)
meeting-day-today = اليوم
meeting-day-tomorrow = غدًا
meeting-day-on = يوم { $date }
