## مسار مرافقة النواة. $form هي صيغة المخاطبة: m / f / p.

menu-garin-journey = 🧭 مسار النواة
garin-journey-pick = { $form ->
        [m] مسار أي نواة تريد أن ترى؟
        [f] مسار أي نواة تريدين أن تري؟
       *[p] مسار أي نواة تريدون أن تروا؟
    }
garin-journey-gone = هذه النواة لم تعد موجودة.
garin-journey-not-started = 🧭 لم تبدأ { $garin } مسار المرافقة بعد.
garin-journey-start = ▶️ بدء المسار
garin-journey-started = 🧭 بدأ مسار { $garin }: حُدّدت المحطات ومواعيدها، وسيصل تذكير إلى المسؤولين قبل كل محطة.
garin-journey-title = 🧭 { $garin }: { $percent }% من المسار ({ $done } من { $total ->
        [zero] 0 محطة
        [one] محطة واحدة
        [two] محطتين
        [few] { $total } محطات
        [many] { $total } محطةً
       *[other] { $total } محطة
    })
garin-journey-stage = 📍 { $stage }
garin-journey-line-done = ✅ { $milestone } – أُنجزت في { $date }
garin-journey-line-note =    📝 { $note }
garin-journey-line-due = ⏳ { $milestone } – حتى { $date } ({ $owner })
garin-journey-line-overdue = ⚠️ { $milestone } – كان موعدها { $date } ({ $owner })
garin-journey-owner-lead = منسّق النواة
garin-journey-owner-coordinator = المنسّق المرافق
garin-journey-mark-one = ✅ تسجيل محطة أُنجزت
garin-journey-choose = أي محطة أُنجزت؟
garin-journey-mark-done = ✅ أُنجزت
garin-journey-note-ask = { $form ->
        [m] نسجّل «{ $milestone }» كمنجزة. أضف ملاحظة قصيرة عمّا أُنجز، أو اضغط «بلا ملاحظة».
        [f] نسجّل «{ $milestone }» كمنجزة. أضيفي ملاحظة قصيرة عمّا أُنجز، أو اضغطي «بلا ملاحظة».
       *[p] نسجّل «{ $milestone }» كمنجزة. أضيفوا ملاحظة قصيرة عمّا أُنجز، أو اضغطوا «بلا ملاحظة».
    }
garin-journey-note-skip = ⏭️ بلا ملاحظة
garin-journey-note-invalid = { $form ->
        [m] الملاحظة طويلة جدًا. اكتب ملاحظة لا تزيد عن { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        }.
        [f] الملاحظة طويلة جدًا. اكتبي ملاحظة لا تزيد عن { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        }.
       *[p] الملاحظة طويلة جدًا. اكتبوا ملاحظة لا تزيد عن { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        }.
    }
garin-journey-already-done = «{ $milestone }» مسجّلة كمنجزة من قبل.
garin-journey-marked = ✅ أُنجزت «{ $milestone }». قطعت { $garin } { $percent }% من المسار.
garin-journey-checkin = { $form ->
        [m] 🧭 متابعة في { $garin }: موعد «{ $milestone }» هو { $due }. كيف يسير العمل؟ عند الإنجاز سجّلها هنا.
        [f] 🧭 متابعة في { $garin }: موعد «{ $milestone }» هو { $due }. كيف يسير العمل؟ عند الإنجاز سجّليها هنا.
       *[p] 🧭 متابعة في { $garin }: موعد «{ $milestone }» هو { $due }. كيف يسير العمل؟ عند الإنجاز سجّلوها هنا.
    }
garin-journey-overdue = ⚠️ { $garin }: كان موعد «{ $milestone }» { $due } ولم تُسجَّل كمنجزة بعد (المسؤول: { $owner }).

garin-home-journey-not-started = 🧭 لم يبدأ مسار المرافقة بعد.
garin-home-journey-done = 🧭 أُنجزت كل محطات المسار!
garin-home-journey = 🧭 المسار: { $percent }% · التالي: { $milestone } (حتى { $date })

outbox-kind-garin-journey-checkin = متابعة محطة في النواة
outbox-kind-garin-journey-overdue = محطة متأخرة في النواة
garin-journey-overview-not-started = • { $garin }: لم يبدأ بعد
garin-journey-overview = { $late ->
        [zero] • { $garin }: { $percent }%
        [one] • { $garin }: { $percent }% · ⚠️ محطة واحدة متأخرة
        [two] • { $garin }: { $percent }% · ⚠️ محطتان متأخرتان
        [few] • { $garin }: { $percent }% · ⚠️ { $late } محطات متأخرة
        [many] • { $garin }: { $percent }% · ⚠️ { $late } محطةً متأخرة
       *[other] • { $garin }: { $percent }% · ⚠️ { $late } محطة متأخرة
    }
