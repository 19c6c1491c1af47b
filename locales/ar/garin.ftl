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
        [m] اكتب
        [f] اكتبي
       *[p] اكتبوا
    } من فضلك اسمًا لا يزيد طوله على { $limit ->
        [one] حرف واحد
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }.
garin-text-invalid = { $form ->
        [m] اكتب
        [f] اكتبي
       *[p] اكتبوا
    } من فضلك رسالة لا يزيد طولها على { $limit ->
        [one] حرف واحد
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }.
garin-gone = هذه النواة لم تعد موجودة، أو أنها خارج { $form ->
        [m] منطقتك
        [f] منطقتكِ
       *[p] منطقتكم
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
            [m] اخترها
            [f] اختاريها
           *[p] اختاروها
        }، أو { $form ->
            [m] انظر
            [f] انظري
           *[p] انظروا
        } في المهتمّين والاقتراحات.
        [two] 🌱 نواتان. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        } واحدة، أو { $form ->
            [m] انظر
            [f] انظري
           *[p] انظروا
        } في المهتمّين والاقتراحات.
        [few] 🌱 { $count } أنوية. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        } واحدة، أو { $form ->
            [m] انظر
            [f] انظري
           *[p] انظروا
        } في المهتمّين والاقتراحات.
        [many] 🌱 { $count } نواةً. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        } واحدة، أو { $form ->
            [m] انظر
            [f] انظري
           *[p] انظروا
        } في المهتمّين والاقتراحات.
       *[other] 🌱 { $count } نواة. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        } واحدة، أو { $form ->
            [m] انظر
            [f] انظري
           *[p] انظروا
        } في المهتمّين والاقتراحات.
    }
garin-admin-line = { $garin } · { $place } · { $count ->
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
garin-admin-leads = 👥 المهتمّون
garin-admin-cohorts = 🧩 اقتراحات أنوية
garin-admin-new = ➕ نواة جديدة
garin-leads-title = { $count ->
        [0] لا يوجد مهتمّون بعد ({ $where }).
        [one] مهتمّ واحد ({ $where }):
        [two] مهتمّان ({ $where }):
        [few] { $count } مهتمّين ({ $where }):
        [many] { $count } مهتمًّا ({ $where }):
       *[other] { $count } مهتمّ ({ $where }):
    }
garin-leads-more = { $count ->
        [one] …وشخص آخر (القائمة الكاملة في التصدير).
        [two] …وشخصان آخران (القائمة الكاملة في التصدير).
        [few] …و{ $count } أشخاص آخرين (القائمة الكاملة في التصدير).
        [many] …و{ $count } شخصًا آخر (القائمة الكاملة في التصدير).
       *[other] …و{ $count } شخص آخر (القائمة الكاملة في التصدير).
    }
garin-everywhere = كل المناطق
garin-leads-all = 🌍 كل المناطق
garin-lead-line = { $name }: { $reasons } · { $regions } · { $timing } · { $household }
garin-export-csv = 📄 تصدير CSV
garin-export-xlsx = 📊 تصدير إلى Excel
garin-export-ready = { $count ->
        [one] هذا هو المهتمّ، في جدول.
        [two] هذان هما المهتمّان، في جدول.
        [few] هؤلاء هم المهتمّون الـ{ $count }، في جدول.
        [many] هؤلاء هم المهتمّون الـ{ $count }، في جدول.
       *[other] هؤلاء هم المهتمّون الـ{ $count }، في جدول.
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
        [many] { $count } اقتراحًا لأنوية (الحجم المستهدف { $target }):
       *[other] { $count } اقتراح لأنوية (الحجم المستهدف { $target }):
    }
garin-cohorts-hint = { $form ->
        [m] اختر اقتراحًا لتعديله. يمكنك كتابة رقم لتغيير الحجم المستهدف، أو اسم حقل من الاستبيان للتجميع حسبه أيضًا.
        [f] اختاري اقتراحًا لتعديله. يمكنكِ كتابة رقم لتغيير الحجم المستهدف، أو اسم حقل من الاستبيان للتجميع حسبه أيضًا.
       *[p] اختاروا اقتراحًا لتعديله. يمكنكم كتابة رقم لتغيير الحجم المستهدف، أو اسم حقل من الاستبيان للتجميع حسبه أيضًا.
    }
garin-cohort-line = { $region } · { $timing } · { $count ->
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
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
        [one] يمكن أن ينضمّ مهتمّ آخر واحد. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        }:
        [two] يمكن أن ينضمّ مهتمّان آخران. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        }:
        [few] يمكن أن ينضمّ { $count } مهتمّين آخرين. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        }:
        [many] يمكن أن ينضمّ { $count } مهتمًّا آخر. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        }:
       *[other] يمكن أن ينضمّ { $count } مهتمّ آخر. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        }:
    }
garin-cohort-create = ✅ إنشاء نواة ودعوتهم
garin-cohort-empty = الاقتراح فارغ: { $form ->
        [m] أضف
        [f] أضيفي
       *[p] أضيفوا
    } أحدًا أولًا.

## نواة جديدة
garin-new-name = ما اسم النواة؟
garin-new-place = إلى أين تتّجه النواة؟ { $form ->
        [m] اكتب
        [f] اكتبي
       *[p] اكتبوا
    } اسم بلدة، أو { $form ->
        [m] اختر
        [f] اختاري
       *[p] اختاروا
    } منطقة.
garin-new-place-pick = { $form ->
        [m] ماذا قصدت؟
        [f] ماذا قصدتِ؟
       *[p] ماذا قصدتم؟
    }
garin-place-unknown = لا أعرف هذه البلدة. { $form ->
        [m] جرّب
        [f] جرّبي
       *[p] جرّبوا
    } كتابة أخرى، أو { $form ->
        [m] اختر
        [f] اختاري
       *[p] اختاروا
    } منطقة.
garin-out-of-scope = { $form ->
        [m] أنت تنسّق
        [f] أنتِ تنسّقين
       *[p] أنتم تنسّقون
    } { $region } فقط: { $form ->
        [m] اختر
        [f] اختاري
       *[p] اختاروا
    } مكانًا هناك.
garin-created = { $count ->
        [0] 🌱 أُنشئت النواة «{ $garin }». يمكن دعوة أشخاص من صفحة النواة.
        [one] 🌱 أُنشئت النواة «{ $garin }»، ودعوة واحدة في الطريق.
        [two] 🌱 أُنشئت النواة «{ $garin }»، ودعوتان في الطريق.
        [few] 🌱 أُنشئت النواة «{ $garin }»، و{ $count } دعوات في الطريق.
        [many] 🌱 أُنشئت النواة «{ $garin }»، و{ $count } دعوة في الطريق.
       *[other] 🌱 أُنشئت النواة «{ $garin }»، و{ $count } دعوة في الطريق.
    }

## نواة واحدة (المنسّقون)
garin-detail = 🌱 { $garin } · { $place }
    { $count ->
        [0] لا أعضاء بعد.
        [one] عضو واحد: { $names }
        [two] عضوان: { $names }
        [few] { $count } أعضاء: { $names }
        [many] { $count } عضوًا: { $names }
       *[other] { $count } عضو: { $names }
    }
    { $pending ->
        [0] لا دعوات تنتظر الرد.
        [one] دعوة واحدة تنتظر الرد.
        [two] دعوتان تنتظران الرد.
        [few] { $pending } دعوات تنتظر الرد.
        [many] { $pending } دعوة تنتظر الرد.
       *[other] { $pending } دعوة تنتظر الرد.
    }
    منسّق النواة: { $lead }
    مجموعة تيليغرام: { $telegram }
garin-detail-group-linked = مربوطة
garin-detail-group-none = غير مربوطة
garin-invite = ✉️ دعوة أشخاص
garin-invite-prompt = { $count ->
        [0] جميع المهتمّين دُعوا من قبل.
        [one] يمكن دعوة مهتمّ واحد. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        }:
        [two] يمكن دعوة مهتمَّين اثنين. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        }:
        [few] يمكن دعوة { $count } مهتمّين. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        }:
        [many] يمكن دعوة { $count } مهتمًّا. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        }:
       *[other] يمكن دعوة { $count } مهتمّ. { $form ->
            [m] اختر
            [f] اختاري
           *[p] اختاروا
        }:
    }
garin-invited = { $count ->
        [0] هذا الشخص مدعوّ من قبل.
        [one] ✉️ أُرسلت الدعوة. لا ينضمّ إلا من يوافق.
        [two] ✉️ أُرسلت الدعوتان. لا ينضمّ إلا من يوافق.
        [few] ✉️ أُرسلت الدعوات. لا ينضمّ إلا من يوافق.
        [many] ✉️ أُرسلت الدعوات. لا ينضمّ إلا من يوافق.
       *[other] ✉️ أُرسلت الدعوات. لا ينضمّ إلا من يوافق.
    }
garin-set-lead = 🧭 اختيار منسّق للنواة
garin-set-lead-prompt = { $count ->
        [0] لا أعضاء في النواة بعد.
        [one] من سينسّق النواة؟
        [two] من سينسّق النواة؟
        [few] من سينسّق النواة؟
        [many] من سينسّق النواة؟
       *[other] من سينسّق النواة؟
    }
garin-lead-set = 🧭 تمّ تعيين منسّق النواة.

## الدعوات
garin-invitation = 🌱 { $form ->
        [m] أنت مدعوّ
        [f] أنتِ مدعوّة
       *[p] أنتم مدعوّون
    } للانضمام إلى النواة «{ $garin }» المتّجهة إلى { $place }. { $count ->
        [0] { $form ->
            [m] ستكون
            [f] ستكونين
           *[p] ستكونون
        } من أوائل الأعضاء.
        [one] انضمّ حتى الآن عضو واحد.
        [two] انضمّ حتى الآن عضوان.
        [few] انضمّ حتى الآن { $count } أعضاء.
        [many] انضمّ حتى الآن { $count } عضوًا.
       *[other] انضمّ حتى الآن { $count } عضو.
    } { $form ->
        [m] هل تودّ
        [f] هل تودّين
       *[p] هل تودّون
    } الانضمام؟ لا يُضاف أحد دون موافقته.
    الدعوة سارية حتى { $expires }.
garin-accept = ✅ { $form ->
        [m] سأنضمّ
        [f] سأنضمّ
       *[p] سننضمّ
    }
garin-decline = ✖️ ليس الآن
garin-joined = 🎉 { $form ->
        [m] أهلًا بك
        [f] أهلًا بكِ
       *[p] أهلًا بكم
    } في «{ $garin }»!
garin-declined = شكرًا على الرد. { $form ->
        [m] لن تنضمّ
        [f] لن تنضمّي
       *[p] لن تنضمّوا
    } إلى «{ $garin }».
garin-invitation-gone = هذه الدعوة لم تعد سارية.
garin-invitation-answered = { $form ->
        [m] لقد رددت
        [f] لقد رددتِ
       *[p] لقد رددتم
    } على هذه الدعوة من قبل.
garin-ask-name = ما الاسم الأول الذي سيراه باقي الأعضاء؟

## صفحة النواة
garin-home-title = 🌱 { $garin } · { $place }
garin-home-members = { $count ->
        [one] 👥 عضو واحد: { $names }
        [two] 👥 عضوان: { $names }
        [few] 👥 { $count } أعضاء: { $names }
        [many] 👥 { $count } عضوًا: { $names }
       *[other] 👥 { $count } عضو: { $names }
    }
garin-home-lead = 🧭 منسّق النواة: { $name }. ما يُكتب عبر «الكتابة للمجموعة» يصل إلى المنسّق أيضًا.
garin-home-you-lead = 🧭 { $form ->
        [m] أنت تنسّق
        [f] أنتِ تنسّقين
       *[p] أنتم تنسّقون
    } هذه النواة.
garin-home-no-lead = 🧭 لا منسّق للنواة بعد؛ المنسّق المرافق سيساعد.
garin-home-no-gatherings = 📅 لم تُحدَّد لقاءات بعد.
garin-home-gathering = 📅 { $title }، { $when }
garin-home-none = { $form ->
        [m] لست في نواة بعد.
        [f] لستِ في نواة بعد.
       *[p] لستم في نواة بعد.
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
        [m] لن تصلك
        [f] لن تصلكِ
       *[p] لن تصلكم
    } رسائلها بعد ذلك.
garin-leave-yes = نعم، مغادرة
garin-leave-no = لا، البقاء
garin-left = { $form ->
        [m] غادرت
        [f] غادرتِ
       *[p] غادرتم
    } «{ $garin }».
garin-not-member = { $form ->
        [m] لست عضوًا
        [f] لستِ عضوة
       *[p] لستم أعضاء
    } في هذه النواة.

## رسائل المجموعة
garin-announce-prompt = { $form ->
        [m] اكتب
        [f] اكتبي
       *[p] اكتبوا
    } الرسالة إلى «{ $garin }» ({ $count ->
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
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
        [many] 📤 أُرسلت إلى { $count } عضوًا.
       *[other] 📤 أُرسلت إلى { $count } عضو.
    }
garin-announce = { $urgent ->
        [1] 🚨 عاجل، { $garin }
       *[other] 📣 { $garin }
    } · { $name }:
    { $text }
garin-relayed = 💬 { $name } إلى «{ $garin }»:
    { $text }
garin-write-prompt = { $form ->
        [m] اكتب رسالتك للمجموعة؛ سيراها الآخرون مع اسمك الأول.
        [f] اكتبي رسالتكِ للمجموعة؛ سيراها الآخرون مع اسمكِ الأول.
       *[p] اكتبوا رسالتكم للمجموعة؛ سيراها الآخرون مع اسمكم الأول.
    }
garin-write-sent = { $count ->
        [0] أُرسلت، لكن لا يوجد الآن أعضاء آخرون يتلقّون رسائل المجموعة.
        [one] ✉️ نُقلت إلى عضو واحد.
        [two] ✉️ نُقلت إلى عضوين.
        [few] ✉️ نُقلت إلى { $count } أعضاء.
        [many] ✉️ نُقلت إلى { $count } عضوًا.
       *[other] ✉️ نُقلت إلى { $count } عضو.
    }

## Gatherings (the garin's own house meetings)
garin-gathering-new = 📅 لقاء للنواة
garin-gathering-open = 📅 { $title }

## Outbox kinds (the coordinators' delivery status)
outbox-kind-garin-invitation = دعوة إلى نواة
outbox-kind-garin-announce = رسالة إلى نواة
outbox-kind-garin-relay = رسالة عضو إلى نواته
