## Pieces several features share (issue 18): digest headings, quoting a person's own words,
## and the outbox's reasons not named in outbox.ftl.
## A new file, so that the other languages' owners merge it without touching theirs.

# One heading per digest section (the keys follow registry.digest_sections' names)
digest-section-meetings = 🏠 חוגי בית קרובים עם מקומות פנויים:
digest-section-volunteering = { $form ->
        [m] 🤝 בקשות עזרה שמתאימות לך:
        [f] 🤝 בקשות עזרה שמתאימות לך:
       *[p] 🤝 בקשות עזרה שמתאימות לכם:
    }

outbox-reason-undelivered = לא נמסרה (בלי סיבה מהערוץ)
outbox-reason-kept-failing = המשימה נכשלה שוב ושוב
outbox-reason-no-handler = אין מי שמטפל במשימה מסוג „{ $kind }”
outbox-reason-quiet-early = שעות שקט ({ $why }, { $start } – { $end }), ותוקפה פג ב־{ $expires }: נשלחה לפני שהתחילו
outbox-reason-quiet-skip = שעות שקט ({ $why }, { $start } – { $end }), ותוקפה פג ב־{ $expires }: לא נשאר זמן מותר לשליחה

# A person's own words quoted inside a text, in this language's quotation marks
quoted = „{ $text }”

# A span of time inside a sentence («בתוך שעתיים»); $n is a count of that unit
duration-hours = { $n ->
        [one] שעה
        [two] שעתיים
       *[other] { $n } שעות
    }
duration-minutes = { $n ->
        [one] דקה
       *[other] { $n } דקות
    }
duration-seconds = { $n ->
        [one] שנייה
       *[other] { $n } שניות
    }
