## Pieces several features share (issue 18): digest headings, quoting a person's own words,
## and the outbox's reasons not named in outbox.ftl.
## First wording by the he/en helper: the Arabic owner, please review.

digest-section-meetings = 🏠 لقاءات بيتية قريبة فيها أماكن شاغرة:
digest-section-volunteering = { $form ->
        [m] 🤝 طلبات مساعدة تناسبك:
        [f] 🤝 طلبات مساعدة تناسبكِ:
       *[p] 🤝 طلبات مساعدة تناسبكم:
    }

outbox-reason-undelivered = لم تُسلَّم (دون سبب من القناة)
outbox-reason-kept-failing = فشلت المهمة مرارًا
outbox-reason-no-handler = لا يوجد ما يعالج مهام من نوع «{ $kind }»
outbox-reason-quiet-early = ساعات الهدوء ({ $why }، { $start } – { $end }) وتنتهي صلاحيتها في { $expires }: أُرسلت قبل بدايتها
outbox-reason-quiet-skip = ساعات الهدوء ({ $why }، { $start } – { $end }) وتنتهي صلاحيتها في { $expires }: لم يبقَ وقت مسموح للإرسال

# A person's own words quoted inside a text, in this language's quotation marks
quoted = «{ $text }»

# A span of time inside a sentence; $n is a count of that unit
duration-hours = { $n ->
        [zero] { $n } ساعة
        [one] ساعة
        [two] ساعتين
        [few] { $n } ساعات
        [many] { $n } ساعة
       *[other] { $n } ساعة
    }
duration-minutes = { $n ->
        [zero] { $n } دقيقة
        [one] دقيقة
        [two] دقيقتين
        [few] { $n } دقائق
        [many] { $n } دقيقة
       *[other] { $n } دقيقة
    }
duration-seconds = { $n ->
        [zero] { $n } ثانية
        [one] ثانية
        [two] ثانيتين
        [few] { $n } ثوانٍ
        [many] { $n } ثانية
       *[other] { $n } ثانية
    }
