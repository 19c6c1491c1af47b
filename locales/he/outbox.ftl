## מצב השליחה לרכזים (פריט בתפריט ו־`kehila outbox status`).

menu-outbox-status = 📬 מצב השליחה
outbox-status-title = 📬 מצב השליחה { $days ->
        [one] ביום האחרון
        [two] ביומיים האחרונים
       *[other] ב־{ $days } הימים האחרונים
    }
outbox-status-empty = בתקופה הזאת לא נשלחו ולא תוזמנו הודעות.
outbox-status-legend = ⏳ ממתינות · ✅ נשלחו · ❌ נכשלו · ✋ עוכבו · ❓ לא ידוע · ⏭️ דולגו
outbox-status-by-kind = לפי סוג:
outbox-status-by-channel = לפי ערוץ:
outbox-status-scheduled = משימות מתוזמנות:
outbox-status-reasons = למה הודעות ממתינות, עוכבו או נכשלו:
outbox-channel-none = טרם נבחר

outbox-icon-pending = ⏳
outbox-icon-sent = ✅
outbox-icon-failed = ❌
outbox-icon-held = ✋
outbox-icon-unknown = ❓
outbox-icon-skipped = ⏭️

outbox-state-pending = ממתינות
outbox-state-sent = נשלחו
outbox-state-failed = נכשלו
outbox-state-held = עוכבו
outbox-state-unknown = לא ידוע (ייתכן שהגיעו)
outbox-state-skipped = דולגו

outbox-schedule-pending = ממתינות
outbox-schedule-done = בוצעו
outbox-schedule-skipped = דולגו
outbox-schedule-failed = נכשלו
outbox-schedule-cancelled = בוטלו

## Names for kinds and reasons in the delivery status (issue 20).
outbox-kind-broadcast = הודעה לקהל
outbox-kind-broadcast-report = דוח שליחה לרכזים
outbox-kind-broadcast-send = שליחת הודעה לקהל
outbox-kind-broadcast-progress = התקדמות שליחה
outbox-kind-digest = סיכום שבועי
outbox-kind-survey-nudge = תזכורת לסקר
outbox-kind-meeting-reminder = תזכורת לחוג בית
outbox-kind-meeting-feedback = משוב על חוג בית
outbox-kind-help-offer = הצעה למתנדב לקחת בקשת עזרה
outbox-reason-opted-out = הנמען ביקש לא לקבל הודעות ביוזמתנו
outbox-reason-no-channel = אין ערוץ שמגיע לנמען
outbox-reason-expired = פג תוקפה לפני שאפשר היה לשלוח
outbox-reason-cancelled = בוטלה על ידי הרכזים
outbox-reason-paused = הושהתה על ידי הרכזים
outbox-reason-quiet-wait = שעות שקט ({ $why }, { $start } – { $end }): ממתינה לסופן
outbox-quiet-shabbat = שבת
outbox-quiet-night = לילה
outbox-quiet-holiday = חג: { $names }
holiday-pesach = פסח
holiday-pesach-vii = שביעי של פסח
holiday-shavuot = שבועות
holiday-rosh-hashana-i = א׳ ראש השנה
holiday-rosh-hashana-ii = ב׳ ראש השנה
holiday-yom-kippur = יום כיפור
holiday-sukkot = סוכות
holiday-shmini-atzeret = שמיני עצרת
holiday-simchat-torah = שמחת תורה
outbox-kind-help-cancelled = ביטול בקשת עזרה
outbox-kind-help-escalation = העברת בקשה לרכזים
outbox-kind-help-followup = בירור אחרי עזרה
outbox-kind-help-matched = שיבוץ מתנדב לבקשה
outbox-kind-help-offer-expired = הצעה שפג תוקפה
outbox-kind-help-offer-taken = הצעה שמתנדב אחר כבר לקח
outbox-kind-help-offer-withdrawn = הצעה שבוטלה
outbox-kind-help-relay = הודעה בין מבקשי העזרה למתנדבים
outbox-kind-help-released = בקשה שחזרה לחיפוש
outbox-kind-meeting-cancelled = ביטול חוג בית
outbox-kind-meeting-changed = שינוי בחוג בית
outbox-kind-meeting-host = הודעה למארחי החוג
outbox-kind-meeting-promoted = מקום מרשימת ההמתנה
outbox-kind-meeting-refill = מילוי מקומות מרשימת ההמתנה
outbox-kind-offer-expiry = תפוגת הצעה
