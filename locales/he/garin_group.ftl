## A garin's linked Telegram group (conversations/garinim/group_link.py)
garin-group-link-button = 🔗 חיבור קבוצת טלגרם
garin-link-code = 🔗 כדי לחבר קבוצת טלגרם ל„{ $garin }”: { $form ->
        [m] הוסף
        [f] הוסיפי
       *[p] הוסיפו
    } את הבוט לקבוצה כמנהל, ואז { $form ->
        [m] שלח
        [f] שלחי
       *[p] שלחו
    } בה:
    /link_garin { $code }
    הקוד עובד פעם אחת, רק { $form ->
        [m] לך
        [f] לך
       *[p] לכם
    }, { $minutes ->
        [one] במשך דקה אחת
        [two] במשך שתי דקות
       *[other] במשך { $minutes } דקות
    }.
garin-link-usage = כדי לחבר את הקבוצה לגרעין, שולחים /link_garin עם הקוד שבמסך הגרעין בצ׳אט הפרטי עם הבוט.
garin-link-not-admin = ⚠️ כדי לחבר את הקבוצה, הבוט צריך להיות מנהל בה. אחרי שממנים אותו למנהל, שולחים שוב את הפקודה.
garin-link-bad-code = ⚠️ הקוד הזה לא עובד: פג תוקפו או שכבר השתמשו בו. קוד חדש נמצא במסך הגרעין בצ׳אט הפרטי עם הבוט.
garin-link-not-allowed = ⛔ רק מי שביקש את הקוד יכול לחבר את הקבוצה או לנתק אותה, ורק לגרעין שהוא מלווה או מרכז.
garin-link-done = ✅ הקבוצה מחוברת עכשיו ל„{ $garin }”. הודעות הקבוצה של הגרעין יתפרסמו גם כאן.
garin-unlink-none = הקבוצה הזאת לא מחוברת לשום גרעין.
garin-unlink-done = הקבוצה כבר לא מחוברת ל„{ $garin }”. הודעות הגרעין לא יתפרסמו כאן יותר.
garin-group-lost = ⚠️ הבוט הוצא מקבוצת הטלגרם של „{ $garin }”, ולכן הקבוצה כבר לא מחוברת לגרעין. החברים ממשיכים לקבל את הודעות הגרעין בצ׳אט הפרטי. אפשר לחבר קבוצה מחדש ממסך הגרעין.
garin-group-demoted = ⚠️ הבוט כבר לא מנהל בקבוצת הטלגרם של „{ $garin }”. הוא עדיין מפרסם שם את הודעות הגרעין, אבל לא יוכל ליצור קישורי הצטרפות לחברים עד שימונה שוב למנהל.
garin-group-join = 🔗 הצטרפות לקבוצת הטלגרם
garin-group-invite-failed = ⚠️ לא ניתן היה ליצור עכשיו קישור לקבוצה: ייתכן שהבוט כבר לא מנהל בה. רכז הגרעין יוכל לעזור.
garin-group-none = לגרעין הזה אין עדיין קבוצת טלגרם.
garin-group-invite = 🔗 קישור ההצטרפות { $form ->
        [m] שלך
        [f] שלך
       *[p] שלכם
    } לקבוצת הטלגרם של „{ $garin }” (לאדם אחד, { $hours ->
        [one] בתוקף לשעה אחת
        [two] בתוקף לשעתיים
       *[other] בתוקף ל־{ $hours } שעות
    }):
garin-group-relayed = 💬 הודעות הקבוצה של „{ $garin }” מגיעות { $form ->
        [m] אליך
        [f] אלייך
       *[p] אליכם
    } לכאן, ו„✍️ כתיבה לקבוצה” עונה לכולם, גם לחברים שבקבוצת הטלגרם.

## Invitations that expire (conversations/garinim/expiry.py)
garin-invitation-expired = ⌛ ההזמנה ל„{ $garin }” כבר לא בתוקף: עבר הזמן לענות עליה.
garin-invitation-reminder = ⏳ תזכורת: ההזמנה לגרעין „{ $garin }” בתוקף עד { $expires }. { $form ->
        [m] תרצה
        [f] תרצי
       *[p] תרצו
    } להצטרף?
garin-invitations-expired = ⌛ „{ $garin }”: { $count ->
        [one] הזמנה אחת פגה בלי תשובה
        [two] שתי הזמנות פגו בלי תשובה
       *[other] { $count } הזמנות פגו בלי תשובה
    }: { $names }.
garin-invitations-expired-lead = ⌛ „{ $garin }”: { $count ->
        [one] הזמנה אחת פגה בלי תשובה.
        [two] שתי הזמנות פגו בלי תשובה.
       *[other] { $count } הזמנות פגו בלי תשובה.
    }

## Outbox kinds
outbox-kind-garin-group-post = הודעת גרעין בקבוצת הטלגרם שלו
outbox-kind-garin-group-lost = קבוצת טלגרם שנותקה
outbox-kind-garin-invitation-reminder = תזכורת להזמנה לגרעין
outbox-kind-garin-invitations-expired = הזמנות לגרעין שפגו
outbox-kind-garin-invitation-expire = תפוגת הזמנה לגרעין
outbox-kind-garin-invitation-remind = תזכורת מתוזמנת להזמנה לגרעין
outbox-kind-garin-group-demoted = קבוצת טלגרם: הבוט כבר לא מנהל
