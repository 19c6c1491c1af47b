## A garin's linked Telegram group (conversations/garinim/group_link.py)
garin-group-link-button = 🔗 ربط مجموعة تيليغرام
garin-link-code = 🔗 لربط مجموعة تيليغرام بـ«{ $garin }»: { $form ->
        [m] أضِف
        [f] أضيفي
       *[p] أضيفوا
    } البوت إلى المجموعة مشرفًا، ثم { $form ->
        [m] أرسِل
        [f] أرسِلي
       *[p] أرسِلوا
    } فيها:
    /link_garin { $code }
    الرمز يعمل مرة واحدة، { $form ->
        [m] لك وحدك
        [f] لكِ وحدكِ
       *[p] لكم وحدكم
    }، { $minutes ->
        [zero] لمدة { $minutes } دقيقة
        [one] لمدة دقيقة واحدة
        [two] لمدة دقيقتين
        [few] لمدة { $minutes } دقائق
        [many] لمدة { $minutes } دقيقة
       *[other] لمدة { $minutes } دقيقة
    }.
garin-link-usage = لربط هذه المجموعة بنواة، يُرسَل /link_garin مع الرمز من شاشة النواة في المحادثة الخاصة مع البوت.
garin-link-not-admin = ⚠️ لربط المجموعة يجب أن يكون البوت مشرفًا فيها. بعد تعيينه مشرفًا، يُرسَل الأمر مرة أخرى.
garin-link-bad-code = ⚠️ هذا الرمز لا يعمل: انتهت صلاحيته أو استُخدم من قبل. الرمز الجديد موجود في شاشة النواة في المحادثة الخاصة مع البوت.
garin-link-not-allowed = ⛔ فقط من طلب هذا الرمز يمكنه ربط المجموعة أو فصلها، وفقط لنواة يرافقها أو ينسّقها.
garin-link-done = ✅ هذه المجموعة مرتبطة الآن بـ«{ $garin }». ستُنشر رسائل المجموعة للنواة هنا أيضًا.
garin-unlink-none = هذه المجموعة غير مرتبطة بأي نواة.
garin-unlink-done = لم تعد هذه المجموعة مرتبطة بـ«{ $garin }». لن تُنشر رسائل النواة هنا بعد الآن.
garin-group-lost = ⚠️ أُزيل البوت من مجموعة تيليغرام الخاصة بـ«{ $garin }»، لذلك لم تعد المجموعة مرتبطة بالنواة. يواصل الأعضاء تلقّي رسائل النواة في المحادثة الخاصة. يمكن ربط مجموعة من جديد من شاشة النواة.
garin-group-demoted = ⚠️ لم يعد البوت مشرفًا في مجموعة تيليغرام الخاصة بـ«{ $garin }». ما زال ينشر رسائل النواة هناك، لكنه لا يستطيع إنشاء روابط انضمام للأعضاء حتى يصبح مشرفًا من جديد.
garin-group-join = 🔗 الانضمام إلى مجموعة تيليغرام
garin-group-invite-failed = ⚠️ تعذّر الآن إنشاء رابط للمجموعة: ربما لم يعد البوت مشرفًا فيها. يمكن لمنسّق النواة المساعدة.
garin-group-none = ليس لهذه النواة مجموعة تيليغرام بعد.
garin-group-invite = 🔗 رابط الانضمام { $form ->
        [m] الخاص بك
        [f] الخاص بكِ
       *[p] الخاص بكم
    } إلى مجموعة تيليغرام لـ«{ $garin }» (لشخص واحد، { $hours ->
        [zero] صالح لمدة { $hours } ساعة
        [one] صالح لمدة ساعة واحدة
        [two] صالح لمدة ساعتين
        [few] صالح لمدة { $hours } ساعات
        [many] صالح لمدة { $hours } ساعة
       *[other] صالح لمدة { $hours } ساعة
    }):
garin-group-relayed = 💬 رسائل المجموعة لـ«{ $garin }» { $form ->
        [m] تصلك
        [f] تصلكِ
       *[p] تصلكم
    } هنا، و«✍️ الكتابة للمجموعة» تردّ على الجميع، ومنهم الأعضاء في مجموعة تيليغرام.

## Invitations that expire (conversations/garinim/expiry.py)
garin-invitation-expired = ⌛ انتهت صلاحية الدعوة إلى «{ $garin }»: انتهى وقت الرد عليها.
garin-invitation-reminder = ⏳ تذكير: الدعوة إلى النواة «{ $garin }» سارية حتى { $expires }. { $form ->
        [m] هل تودّ
        [f] هل تودّين
       *[p] هل تودّون
    } الانضمام؟
garin-invitations-expired = ⌛ «{ $garin }»: { $count ->
        [zero] لم تنتهِ أي دعوة
        [one] انتهت دعوة واحدة دون رد
        [two] انتهت دعوتان دون رد
        [few] انتهت { $count } دعوات دون رد
        [many] انتهت { $count } دعوة دون رد
       *[other] انتهت { $count } دعوة دون رد
    }: { $names }.
garin-invitations-expired-lead = ⌛ «{ $garin }»: { $count ->
        [zero] لم تنتهِ أي دعوة.
        [one] انتهت دعوة واحدة دون رد.
        [two] انتهت دعوتان دون رد.
        [few] انتهت { $count } دعوات دون رد.
        [many] انتهت { $count } دعوة دون رد.
       *[other] انتهت { $count } دعوة دون رد.
    }

## Outbox kinds
outbox-kind-garin-group-post = رسالة النواة في مجموعة تيليغرام
outbox-kind-garin-group-lost = مجموعة تيليغرام فُصلت
outbox-kind-garin-invitation-reminder = تذكير بدعوة إلى النواة
outbox-kind-garin-invitations-expired = دعوات إلى النواة انتهت
outbox-kind-garin-invitation-expire = انتهاء دعوة إلى النواة
outbox-kind-garin-invitation-remind = تذكير مجدول بدعوة إلى النواة
outbox-kind-garin-group-demoted = مجموعة تيليغرام: البوت لم يعد مشرفًا
