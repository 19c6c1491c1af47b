## מצב השליחה לרכזים (פריט בתפריט ו־`kehila outbox status`).

menu-outbox-status = 📬 מצב השליחה
outbox-status-title = 📬 מצב השליחה ב־{ $days } הימים האחרונים
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
