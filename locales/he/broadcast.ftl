## דיוור, הרשמה לנושאים והסיכום השבועי.

menu-broadcast = 📣 שליחת הודעה לקהל
menu-subscriptions = 🔔 נושאי עדכונים

topic-announcements = הודעות כלליות
topic-settlement_news = חדשות ההתיישבות בפריפריה
topic-volunteering = בקשות עזרה
topic-digest = הסיכום השבועי

channel-telegram = טלגרם
channel-whatsapp = וואטסאפ
channel-terminal = מסוף

segment-field-language = שפה
segment-field-channel = ערוץ
segment-field-region_interest = אזור מועדף
segment-field-residence_region = אזור מגורים
segment-field-academy = מכינה
segment-field-skill = תחום התנדבות

## מה שהנמענים רואים.
broadcast-unsubscribe = 🔕 להפסיק את „{ $topic }”
broadcast-urgent-mark = 🚨 דחוף
unsubscribed = { $form ->
    [f] בוצע: לא תקבלי יותר את „{ $topic }”. אפשר לשנות זאת בכל עת ב„נושאי עדכונים” בתפריט.
    [p] בוצע: לא תקבלו יותר את „{ $topic }”. אפשר לשנות זאת בכל עת ב„נושאי עדכונים” בתפריט.
   *[m] בוצע: לא תקבל יותר את „{ $topic }”. אפשר לשנות זאת בכל עת ב„נושאי עדכונים” בתפריט.
}
resubscribe = 🔔 להחזיר את העדכונים
resubscribed = { $form ->
    [f] תקבלי שוב את „{ $topic }” ✔️
    [p] תקבלו שוב את „{ $topic }” ✔️
   *[m] תקבל שוב את „{ $topic }” ✔️
}
subscriptions-prompt = { $form ->
    [f] אילו עדכונים תרצי לקבל? לחצי על נושא כדי להפעיל או לכבות אותו.
    [p] אילו עדכונים תרצו לקבל? לחצו על נושא כדי להפעיל או לכבות אותו.
   *[m] אילו עדכונים תרצה לקבל? לחץ על נושא כדי להפעיל או לכבות אותו.
}
subscriptions-done = ✔️ סיימתי
digest-title = { $form ->
    [f] 🗓️ הסיכום השבועי שלך
    [p] 🗓️ הסיכום השבועי שלכם
   *[m] 🗓️ הסיכום השבועי שלך
}

## תהליך הכתיבה של הרכז/ת.
broadcast-audience-prompt = { $form ->
    [f] 📣 למי ההודעה? בחרי קהל שמור או בני קהל חדש.
    [p] 📣 למי ההודעה? בחרו קהל שמור או בנו קהל חדש.
   *[m] 📣 למי ההודעה? בחר קהל שמור או בנה קהל חדש.
}
broadcast-build = 🧩 בניית קהל
broadcast-all = 👥 כולם
broadcast-everyone = כל מי שהסכימו לקבל הודעות
broadcast-field-prompt = לפי מה לסנן?
broadcast-values-prompt = { $field }: אילו ערכים? { $form ->
    [f] לחצי על אחד, או כתבי כמה מופרדים בפסיקים.
    [p] לחצו על אחד, או כתבו כמה מופרדים בפסיקים.
   *[m] לחץ על אחד, או כתוב כמה מופרדים בפסיקים.
}
broadcast-values-unknown = אני לא מכיר את הערך הזה. אפשר ללחוץ על אחת האפשרויות, או לכתוב אותן בדיוק כפי שהן מופיעות, מופרדות בפסיקים.
broadcast-more-prompt =
    הקהל עד עכשיו:
    { $conditions }
    { $total ->
        [0] כלומר אף אחד עדיין. להוסיף תנאי (מצמצם את הקהל), או להמשיך?
        [one] כלומר אדם אחד. להוסיף תנאי (מצמצם את הקהל), או להמשיך?
       *[other] כלומר { $total } אנשים. להוסיף תנאי (מצמצם את הקהל), או להמשיך?
    }
broadcast-add-condition = ➕ הוספת תנאי
broadcast-conditions-done = ▶️ המשך
broadcast-save-prompt = { $form ->
    [f] כדי להשתמש בקהל הזה שוב, כתבי לו שם. או דלגי.
    [p] כדי להשתמש בקהל הזה שוב, כתבו לו שם. או דלגו.
   *[m] כדי להשתמש בקהל הזה שוב, כתוב לו שם. או דלג.
}
broadcast-save-skip = ⏭️ דילוג
broadcast-save-invalid = צריך שם באורך של עד { $limit ->
    [one] תו אחד
   *[other] { $limit } תווים
}.
broadcast-saved = הקהל „{ $name }” נשמר ✔️
broadcast-topic-prompt = באיזה נושא ההודעה? רק מי שמקבלים עדכונים בנושא הזה יקבלו אותה, ואפשר להפסיק את העדכונים בלחיצה אחת.
broadcast-audience-summary = קהל: { $audience }
broadcast-split = { $total ->
    [one] נמען אחד
   *[other] { $total } נמענים
} · לפי ערוץ: { $channels } · לפי שפה: { $languages }
broadcast-scope-note = { $form ->
    [f] (מוגבל לאזור שלך: { $region })
    [p] (מוגבל לאזור שלכם: { $region })
   *[m] (מוגבל לאזור שלך: { $region })
}
broadcast-nobody = אף אחד לא מתאים. לשנות את הקהל?
broadcast-change-audience = ↩️ שינוי הקהל
broadcast-continue = ✍️ כתיבת ההודעה
broadcast-text-prompt = { $form ->
    [f] כתבי את ההודעה כפי שהנמענים יראו אותה.
    [p] כתבו את ההודעה כפי שהנמענים יראו אותה.
   *[m] כתוב את ההודעה כפי שהנמענים יראו אותה.
}
broadcast-per-language = 🌐 נוסח נפרד לכל שפה
broadcast-text-lang-prompt = נוסח ההודעה עבור { $lang }:
broadcast-button-prompt = להוסיף כפתור שפותח משהו בבוט?
broadcast-no-button = בלי כפתור
broadcast-preview-intro = 👀 תצוגה מקדימה, בדיוק כפי שהנמענים יראו:
broadcast-preview-question = לשלוח?
broadcast-send-now = 📤 לשלוח עכשיו
broadcast-send-urgent = 🚨 לשלוח עכשיו כהודעה דחופה
broadcast-send-later = ⏰ לתזמן
broadcast-edit-text = ✏️ עריכת הנוסח
broadcast-drop = 🗑️ ביטול ההודעה
broadcast-dropped = ההודעה בוטלה. שום דבר לא נשלח.
broadcast-when-prompt = מתי לשלוח? למשל „18:30”, „מחר 09:00” או „{ $example }” (שעון ישראל).
broadcast-when-invalid = לא הצלחתי להבין את השעה. אפשר לכתוב „18:30”, „מחר 09:00” או „{ $example }”.
broadcast-when-past = השעה הזאת כבר עברה. צריך לבחור שעה מאוחרת יותר.
broadcast-when-now = עכשיו
broadcast-confirm = { $total ->
    [one] לשלוח לנמען אחד, { $when }?
   *[other] לשלוח ל־{ $total } נמענים, { $when }?
}
broadcast-confirm-urgent = { $total ->
    [one] 🚨 לשלוח כהודעה דחופה לנמען אחד, עכשיו? הודעות דחופות נשלחות גם בשבת ובלילה.
   *[other] 🚨 לשלוח כהודעה דחופה ל־{ $total } נמענים, עכשיו? הודעות דחופות נשלחות גם בשבת ובלילה.
}
broadcast-yes = ✅ כן, לשלוח
broadcast-no = ↩️ חזרה לתצוגה המקדימה
broadcast-queued = הודעה #{ $id } בתור ({ $when }) ✔️ אעדכן על ההתקדמות.

## התקדמות, שליטה ודוח.
broadcast-progress = 📊 הודעה #{ $id } – נשלחו: { $sent } · נותרו: { $remaining } · בהמתנה: { $held } · נכשלו: { $failed }
broadcast-report =
    ✅ השליחה של הודעה #{ $id } הסתיימה.
    נמענים: { $recipients }
    נשלחו: { $sent } ({ $receipts })
    נכשלו: { $failed } – { $failed_reasons }
    בהמתנה: { $held } – { $held_reasons }
    לא ידוע: { $unknown } · בוטלו: { $cancelled }
broadcast-pause = ⏸️ השהיה
broadcast-resume = ▶️ המשך
broadcast-cancel = ⛔ לעצור את מה שעוד לא נשלח
broadcast-export = 📥 ייצוא הדוח
broadcast-paused = ⏸️ הודעה #{ $id } הושהתה; { $count ->
    [one] הודעה אחת ממתינה
   *[other] { $count } הודעות ממתינות
}.
broadcast-resumed = ▶️ הודעה #{ $id } ממשיכה ({ $count ->
    [one] הודעה אחת
   *[other] { $count } הודעות
}).
broadcast-cancelled = ⛔ הודעה #{ $id } נעצרה: { $count ->
    [0] לא נשארו הודעות לשלוח.
    [one] הודעה אחת לא תישלח.
   *[other] { $count } הודעות לא יישלחו.
}
broadcast-not-sending = הודעה #{ $id } לא נשלחת כרגע.
broadcast-not-paused = הודעה #{ $id } לא מושהית.

words-tomorrow = מחר

## Receipts and who is unknown in the report (issue 20).
broadcast-receipts = { $channels }: נמסרו: { $delivered } · נקראו: { $read }
broadcast-no-receipts = { $channels }: אין דיווח על מסירה וקריאה
broadcast-unknown-who = ❓ לא ידוע אם ההודעה הגיעה אל: { $people }
broadcast-unknown-more = { $count ->
    [one] ועוד נמען אחד – הוא מופיע בדוח המיוצא.
   *[other] ועוד { $count } – כולם מופיעים בדוח המיוצא.
}
broadcast-unknown-person = נמען #{ $id }
