## الأنوية (غرعينيم): المهتمّون، اقتراحات الأنوية، الدعوات، صفحة النواة، رسائل المجموعة. $form: m / f / p.

menu-garin = 🌱 نواتي
menu-garin-admin = 🌱 الأنوية والمهتمّون

garin-any = غير محدّد
garin-someone = عضو في النواة
garin-back = ⬅️ رجوع
garin-to-menu = ↩️ القائمة
garin-cancel = ✖️ إلغاء
garin-skip = تخطٍّ
garin-place = { $locality } ({ $region })
garin-name-invalid = { $form ->
        [f] اكتبي
        [p] اكتبوا
       *[m] اكتب
    } اسمًا لا يزيد عن { $limit } حرفًا من فضلك.
garin-text-invalid = { $form ->
        [f] اكتبي
        [p] اكتبوا
       *[m] اكتب
    } رسالة لا تزيد عن { $limit } حرفًا من فضلك.
garin-gone = هذه النواة لم تعد موجودة، أو أنها خارج { $form ->
        [f] منطقتكِ
        [p] منطقتكم
       *[m] منطقتك
    }.

## لماذا هو مهتمّ
garin-reason-group = يرغب في نواة
garin-reason-feedback = طلب بعد لقاء بيتي
garin-reason-attended = حضور لقاء بيتي
garin-reason-considering = انفتاح على الاستيطان

## المنسّقون
garin-admin-title = { $count ->
        [0] 🌱 لا توجد أنوية بعد. يمكن البدء من المهتمّين، أو من الاقتراحات، أو من نواة جديدة.
        [one] 🌱 نواة واحدة. { $form ->
            [f] اختاريها
            [p] اختاروها
           *[m] اخترها
        }، أو { $form ->
            [f] انظري
            [p] انظروا
           *[m] انظر
        } في المهتمّين والاقتراحات.
       *[other] 🌱 الأنوية: { $count }. { $form ->
            [f] اختاري
            [p] اختاروا
           *[m] اختر
        } واحدة، أو { $form ->
            [f] انظري
            [p] انظروا
           *[m] انظر
        } في المهتمّين والاقتراحات.
    }
garin-admin-line = { $garin } · { $place } · { $count ->
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
       *[other] { $count } عضوًا
    }
garin-admin-leads = 👥 المهتمّون
garin-admin-cohorts = 🧩 اقتراحات أنوية
garin-admin-new = ➕ نواة جديدة
garin-leads-title = { $count ->
        [0] لا يوجد مهتمّون بعد ({ $where }).
        [one] مهتمّ واحد ({ $where }):
        [two] مهتمّان ({ $where }):
        [few] { $count } مهتمّين ({ $where }):
       *[other] { $count } مهتمًّا ({ $where }):
    }
garin-leads-more = …وغيرهم: { $count } (القائمة الكاملة في التصدير).
garin-everywhere = كل المناطق
garin-leads-all = 🌍 كل المناطق
garin-lead-line = { $name }: { $reasons } · { $regions } · { $timing } · { $household }
garin-export-csv = 📄 تصدير CSV
garin-export-xlsx = 📊 تصدير إلى Excel
garin-export-ready = { $count ->
        [one] هذا هو المهتمّ، في جدول.
       *[other] هؤلاء هم المهتمّون ({ $count })، في جدول.
    }
garin-col-person = المعرّف
garin-col-name = الاسم
garin-col-reasons = سبب الاهتمام
garin-col-regions = المناطق
garin-col-sites = المواقع
garin-col-timing = الإطار الزمني
garin-col-household = الحالة العائلية
garin-col-residence = مكان السكن
garin-col-garinim = الأنوية

## اقتراحات الأنوية
garin-cohorts-title = { $count ->
        [0] لا شيء للاقتراح: لا يوجد بعد مهتمّون خارج نواة.
        [one] اقتراح واحد لنواة (الحجم المستهدف { $target }):
        [two] اقتراحان لأنوية (الحجم المستهدف { $target }):
        [few] { $count } اقتراحات لأنوية (الحجم المستهدف { $target }):
       *[other] { $count } اقتراحًا لأنوية (الحجم المستهدف { $target }):
    }
garin-cohorts-hint = { $form ->
        [f] اختاري اقتراحًا لتعديله. يمكنكِ كتابة رقم لتغيير الحجم المستهدف، أو اسم حقل من الاستبيان للتجميع حسبه أيضًا.
        [p] اختاروا اقتراحًا لتعديله. يمكنكم كتابة رقم لتغيير الحجم المستهدف، أو اسم حقل من الاستبيان للتجميع حسبه أيضًا.
       *[m] اختر اقتراحًا لتعديله. يمكنك كتابة رقم لتغيير الحجم المستهدف، أو اسم حقل من الاستبيان للتجميع حسبه أيضًا.
    }
garin-cohort-line = { $region } · { $timing } · { $count ->
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
       *[other] { $count } شخصًا
    }
garin-cohorts-by = 🔀 وأيضًا حسب: { $field }
garin-cohorts-plain = 🔀 المنطقة والإطار الزمني فقط
garin-why-region = المنطقة نفسها ({ $region })
garin-why-timing = الإطار الزمني نفسه ({ $timing })
garin-why-extra = { $field } نفسه ({ $value })
garin-why-split = الجزء { $part } من { $parts } لمجموعة كبيرة
garin-why-small = أقل من نصف الهدف { $target }
garin-cohort-remove = ➖ { $name }
garin-cohort-add = ➕ إضافة شخص
garin-cohort-add-prompt = { $count ->
        [0] لا يوجد من يُضاف.
        [one] يمكن أن ينضم مهتمّ آخر واحد:
       *[other] يمكن أن ينضم مهتمّون آخرون ({ $count }). { $form ->
            [f] اختاري
            [p] اختاروا
           *[m] اختر
        }:
    }
garin-cohort-create = ✅ إنشاء نواة ودعوتهم
garin-cohort-empty = الاقتراح فارغ: { $form ->
        [f] أضيفي
        [p] أضيفوا
       *[m] أضف
    } أحدًا أولًا.

## نواة جديدة
garin-new-name = ما اسم النواة؟
garin-new-place = إلى أين تتّجه النواة؟ { $form ->
        [f] اكتبي
        [p] اكتبوا
       *[m] اكتب
    } اسم بلدة، أو { $form ->
        [f] اختاري
        [p] اختاروا
       *[m] اختر
    } منطقة.
garin-new-place-pick = { $form ->
        [f] ماذا قصدتِ؟
        [p] ماذا قصدتم؟
       *[m] ماذا قصدت؟
    }
garin-place-unknown = لا أعرف هذه البلدة. { $form ->
        [f] جرّبي
        [p] جرّبوا
       *[m] جرّب
    } كتابة أخرى، أو { $form ->
        [f] اختاري
        [p] اختاروا
       *[m] اختر
    } منطقة.
garin-out-of-scope = { $form ->
        [f] أنتِ تنسّقين
        [p] أنتم تنسّقون
       *[m] أنت تنسّق
    } { $region } فقط: { $form ->
        [f] اختاري
        [p] اختاروا
       *[m] اختر
    } مكانًا هناك.
garin-created = { $count ->
        [0] 🌱 أُنشئت النواة «{ $garin }». يمكن دعوة أشخاص من صفحة النواة.
        [one] 🌱 أُنشئت النواة «{ $garin }»، ودعوة واحدة في الطريق.
        [two] 🌱 أُنشئت النواة «{ $garin }»، ودعوتان في الطريق.
        [few] 🌱 أُنشئت النواة «{ $garin }»، و{ $count } دعوات في الطريق.
       *[other] 🌱 أُنشئت النواة «{ $garin }»، و{ $count } دعوة في الطريق.
    }

## نواة واحدة (المنسّقون)
garin-detail = 🌱 { $garin } · { $place }
    { $count ->
        [0] لا أعضاء بعد.
        [one] عضو واحد: { $names }
        [two] عضوان: { $names }
        [few] { $count } أعضاء: { $names }
       *[other] { $count } عضوًا: { $names }
    }
    { $pending ->
        [0] لا دعوات تنتظر الرد.
        [one] دعوة واحدة تنتظر الرد.
        [two] دعوتان تنتظران الرد.
        [few] { $pending } دعوات تنتظر الرد.
       *[other] { $pending } دعوة تنتظر الرد.
    }
    منسّق النواة: { $lead }
garin-invite = ✉️ دعوة أشخاص
garin-invite-prompt = { $count ->
        [0] جميع المهتمّين دُعوا من قبل.
        [one] مهتمّ واحد للدعوة:
       *[other] مهتمّون للدعوة ({ $count }). { $form ->
            [f] اختاري
            [p] اختاروا
           *[m] اختر
        }:
    }
garin-invited = { $count ->
        [0] هذا الشخص مدعوّ من قبل.
       *[other] ✉️ أُرسلت الدعوة. لا ينضمّ إلا من يوافق.
    }
garin-set-lead = 🧭 اختيار منسّق للنواة
garin-set-lead-prompt = { $count ->
        [0] لا أعضاء في النواة بعد.
       *[other] من سينسّق النواة؟
    }
garin-lead-set = 🧭 تمّ تعيين منسّق النواة.

## الدعوات
garin-invitation = 🌱 { $form ->
        [f] أنتِ مدعوّة
        [p] أنتم مدعوّون
       *[m] أنت مدعوّ
    } للانضمام إلى النواة «{ $garin }» المتّجهة إلى { $place }. { $count ->
        [0] { $form ->
            [f] ستكونين
            [p] ستكونون
           *[m] ستكون
        } من أوائل الأعضاء.
        [one] انضمّ حتى الآن عضو واحد.
        [two] انضمّ حتى الآن عضوان.
        [few] انضمّ حتى الآن { $count } أعضاء.
       *[other] انضمّ حتى الآن { $count } عضوًا.
    } { $form ->
        [f] هل تودّين
        [p] هل تودّون
       *[m] هل تودّ
    } الانضمام؟ لا يُضاف أحد دون موافقته.
garin-accept = ✅ { $form ->
        [p] سننضمّ
       *[other] سأنضمّ
    }
garin-decline = ✖️ ليس الآن
garin-joined = 🎉 { $form ->
        [f] أهلًا بكِ
        [p] أهلًا بكم
       *[m] أهلًا بك
    } في «{ $garin }»!
garin-declined = شكرًا على الرد. { $form ->
        [f] لن تنضمّي
        [p] لن تنضمّوا
       *[m] لن تنضمّ
    } إلى «{ $garin }».
garin-invitation-gone = هذه الدعوة لم تعد سارية.
garin-invitation-answered = { $form ->
        [f] لقد رددتِ
        [p] لقد رددتم
       *[m] لقد رددت
    } على هذه الدعوة من قبل.
garin-ask-name = ما الاسم الأول الذي سيراه باقي الأعضاء؟

## صفحة النواة
garin-home-title = 🌱 { $garin } · { $place }
garin-home-members = { $count ->
        [one] 👥 عضو واحد: { $names }
        [two] 👥 عضوان: { $names }
        [few] 👥 { $count } أعضاء: { $names }
       *[other] 👥 { $count } عضوًا: { $names }
    }
garin-home-lead = 🧭 منسّق النواة: { $name }. «الكتابة للمجموعة» تصله أيضًا.
garin-home-you-lead = 🧭 { $form ->
        [f] أنتِ تنسّقين
        [p] أنتم تنسّقون
       *[m] أنت تنسّق
    } هذه النواة.
garin-home-no-lead = 🧭 لا منسّق للنواة بعد؛ المنسّق المرافق سيساعد.
garin-home-no-gatherings = 📅 لم تُحدَّد لقاءات بعد.
garin-home-gathering = 📅 { $title }، { $when }
garin-home-none = { $form ->
        [f] لستِ في نواة بعد.
        [p] لستم في نواة بعد.
       *[m] لست في نواة بعد.
    }
garin-home-pick = أيّ نواة؟
garin-write = ✍️ الكتابة للمجموعة
garin-announce-button = 📣 رسالة إلى النواة
garin-mute = 🔕 كتم رسائل المجموعة
garin-unmute = 🔔 إعادة رسائل المجموعة
garin-muted = 🔕 كُتمت رسائل مجموعة «{ $garin }».
garin-unmuted = 🔔 عادت رسائل مجموعة «{ $garin }».
garin-leave = 🚪 مغادرة النواة
garin-leave-confirm = مغادرة «{ $garin }»؟ { $form ->
        [f] لن تصلكِ
        [p] لن تصلكم
       *[m] لن تصلك
    } رسائلها بعد ذلك.
garin-leave-yes = نعم، مغادرة
garin-leave-no = لا، البقاء
garin-left = { $form ->
        [f] غادرتِ
        [p] غادرتم
       *[m] غادرت
    } «{ $garin }».
garin-not-member = { $form ->
        [f] لستِ عضوة
        [p] لستم أعضاء
       *[m] لست عضوًا
    } في هذه النواة.

## رسائل المجموعة
garin-announce-prompt = { $form ->
        [f] اكتبي
        [p] اكتبوا
       *[m] اكتب
    } الرسالة إلى «{ $garin }» ({ $count ->
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
       *[other] { $count } عضوًا
    }):
garin-announce-preview = هكذا سيتلقّاها الأعضاء:

    { $text }
garin-send = 📤 إرسال
garin-send-urgent = 🚨 إرسال عاجل (حتى في السبت وفي الليل)
garin-not-sent = لم يُرسَل شيء.
garin-announce-sent = { $count ->
        [0] 📤 أُرسلت: لا يوجد الآن أعضاء آخرون يتلقّون رسائل المجموعة.
        [one] 📤 أُرسلت إلى عضو واحد.
        [two] 📤 أُرسلت إلى عضوين.
        [few] 📤 أُرسلت إلى { $count } أعضاء.
       *[other] 📤 أُرسلت إلى { $count } عضوًا.
    }
garin-announce = { $urgent ->
        [1] 🚨 عاجل، { $garin }
       *[other] 📣 { $garin }
    } · { $name }:
    { $text }
garin-relayed = 💬 { $name } إلى «{ $garin }»:
    { $text }
garin-write-prompt = { $form ->
        [f] اكتبي رسالتكِ للمجموعة؛ سيراها الآخرون مع اسمكِ الأول.
        [p] اكتبوا رسالتكم للمجموعة؛ سيراها الآخرون مع اسمكم الأول.
       *[m] اكتب رسالتك للمجموعة؛ سيراها الآخرون مع اسمك الأول.
    }
garin-write-sent = { $count ->
        [0] أُرسلت، لكن لا يوجد الآن أعضاء آخرون يتلقّون رسائل المجموعة.
        [one] ✉️ نُقلت إلى عضو واحد.
        [two] ✉️ نُقلت إلى عضوين.
        [few] ✉️ نُقلت إلى { $count } أعضاء.
       *[other] ✉️ نُقلت إلى { $count } عضوًا.
    }

## Gatherings (the garin's own house meetings)
garin-gathering-new = 📅 لقاء للنواة
garin-gathering-open = 📅 { $title }

## Outbox kinds (the coordinators' delivery status)
outbox-kind-garin-invitation = دعوة إلى نواة
outbox-kind-garin-announce = رسالة إلى نواة
outbox-kind-garin-relay = رسالة عضو إلى نواته
