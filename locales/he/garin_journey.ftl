## מסע הליווי של הגרעין. $form היא צורת הפנייה: m / f / p.

menu-garin-journey = 🧭 מסע הגרעין
garin-journey-pick = { $form ->
        [f] את המסע של איזה גרעין תרצי לראות?
        [m] את המסע של איזה גרעין תרצה לראות?
       *[p] את המסע של איזה גרעין תרצו לראות?
    }
garin-journey-gone = הגרעין הזה כבר לא קיים.
garin-journey-not-started = 🧭 { $garin } עוד לא התחיל את מסע הליווי.
garin-journey-start = ▶️ התחלת המסע
garin-journey-started = 🧭 המסע של { $garin } התחיל: אבני הדרך ומועדיהן נקבעו, והאחראים יקבלו תזכורת לפני כל אחת.
garin-journey-title = 🧭 { $garin }: { $percent }% מהמסע ({ $done } מתוך { $total ->
        [one] אבן דרך אחת
       *[other] { $total } אבני דרך
    })
garin-journey-stage = 📍 { $stage }
garin-journey-line-done = ✅ { $milestone } – הושלם ב־{ $date }
garin-journey-line-note =    📝 { $note }
garin-journey-line-due = ⏳ { $milestone } – עד { $date } ({ $owner })
garin-journey-line-overdue = ⚠️ { $milestone } – המועד עבר ב־{ $date } ({ $owner })
garin-journey-owner-lead = רכז הגרעין
garin-journey-owner-coordinator = הרכז המלווה
garin-journey-mark-one = ✅ סימון אבן דרך שהושלמה
garin-journey-choose = איזו אבן דרך הושלמה?
garin-journey-mark-done = ✅ הושלם
garin-journey-note-ask = { $form ->
        [f] מסמנים את אבן הדרך „{ $milestone }” כהושלמה. רוצה להוסיף הערה קצרה על מה שנעשה? כתבי אותה, או לחצי „בלי הערה”.
        [m] מסמנים את אבן הדרך „{ $milestone }” כהושלמה. רוצה להוסיף הערה קצרה על מה שנעשה? כתוב אותה, או לחץ „בלי הערה”.
       *[p] מסמנים את אבן הדרך „{ $milestone }” כהושלמה. רוצים להוסיף הערה קצרה על מה שנעשה? כתבו אותה, או לחצו „בלי הערה”.
    }
garin-journey-note-skip = ⏭️ בלי הערה
garin-journey-note-invalid = { $form ->
        [m] ההערה ארוכה מדי. כתוב הערה של עד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
        [f] ההערה ארוכה מדי. כתבי הערה של עד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
       *[p] ההערה ארוכה מדי. כתבו הערה של עד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
    }
garin-journey-already-done = אבן הדרך „{ $milestone }” כבר סומנה כהושלמה.
garin-journey-marked = ✅ אבן הדרך „{ $milestone }” הושלמה. { $garin } עבר { $percent }% מהדרך.
garin-journey-checkin = { $form ->
        [f] 🧭 בדיקת דרך ב{ $garin }: אבן הדרך „{ $milestone }” אמורה להסתיים ב־{ $due }. איך זה מתקדם? כשזה מוכן, סמני כאן.
        [m] 🧭 בדיקת דרך ב{ $garin }: אבן הדרך „{ $milestone }” אמורה להסתיים ב־{ $due }. איך זה מתקדם? כשזה מוכן, סמן כאן.
       *[p] 🧭 בדיקת דרך ב{ $garin }: אבן הדרך „{ $milestone }” אמורה להסתיים ב־{ $due }. איך זה מתקדם? כשזה מוכן, סמנו כאן.
    }
garin-journey-overdue = ⚠️ { $garin }: אבן הדרך „{ $milestone }” הייתה אמורה להסתיים ב־{ $due } ועוד לא סומנה כהושלמה (אחריות: { $owner }).

garin-home-journey-not-started = 🧭 מסע הליווי עוד לא התחיל.
garin-home-journey-done = 🧭 כל אבני הדרך של המסע הושלמו!
garin-home-journey = 🧭 המסע: { $percent }% · הבא בתור: { $milestone } (עד { $date })

outbox-kind-garin-journey-checkin = בדיקת דרך לאבן דרך בגרעין
outbox-kind-garin-journey-overdue = אבן דרך בגרעין שעבר מועדה
garin-journey-overview-not-started = • { $garin }: עוד לא התחיל
garin-journey-overview = { $late ->
        [0] • { $garin }: { $percent }%
        [one] • { $garin }: { $percent }% · ⚠️ אבן דרך אחת באיחור
       *[other] • { $garin }: { $percent }% · ⚠️ { $late } אבני דרך באיחור
    }
