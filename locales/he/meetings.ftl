## House meetings (חוגי בית). $form is the reader's form of address: m / f / p.

menu-meetings = 🏠 חוגי בית
menu-my-meetings = 📅 החוגים שלי
menu-meetings-admin = 🗂️ ניהול חוגי בית

## Describing a meeting
meeting-status-open = פתוח
meeting-status-full = מלא – רשימת ההמתנה פתוחה
meeting-status-past = כבר התקיים
meeting-status-cancelled = בוטל
meeting-site = 🌱 מציגים: { $site }
meeting-when = 🗓️ { $when } ({ $minutes ->
        [one] דקה
       *[other] { $minutes } דק׳
    })
meeting-where = 📍 { $place }, { $region }
meeting-address = 🏡 כתובת: { $address }
meeting-seats-left = { $seats ->
        [one] נשאר מקום אחד
       *[other] נשארו { $seats } מקומות
    }
meeting-someone = אחד המשתתפים
meeting-minutes = { $minutes ->
        [one] דקה אחת
       *[other] { $minutes } דקות
    }

## Browsing
meetings-pick-region = באיזה אזור לחפש חוג בית?
meetings-all-regions = 🌍 כל הארץ
meetings-everywhere = בכל הארץ
meetings-change-region = 🧭 אזור אחר
meetings-to-menu = ↪️ לתפריט
meetings-none = כרגע אין חוגי בית קרובים { $where }. { $form ->
        [f] נסי
        [p] נסו
       *[m] נסה
    } אזור אחר, או { $form ->
        [f] חזרי
        [p] חזרו
       *[m] חזור
    } בעוד כמה ימים.
meetings-list = חוגי בית { $where } ({ $count ->
        [one] חוג אחד
       *[other] { $count } חוגים
    }, עמוד { $page } מתוך { $pages }). { $form ->
        [f] בחרי
        [p] בחרו
       *[m] בחר
    } חוג כדי לראות פרטים:
meetings-more = ⬅️ עוד
meetings-previous = ➡️ הקודמים
meetings-mine = 📅 החוגים שלי
meetings-back = ↪️ חזרה
meetings-browse = 🔎 חיפוש חוג בית
meetings-mine-title = { $form ->
        [f] החוגים שלך (✅ רשומה · ⏳ בהמתנה · 🔑 מארחת):
        [p] החוגים שלכם (✅ רשומים · ⏳ בהמתנה · 🔑 מארחים):
       *[m] החוגים שלך (✅ רשום · ⏳ בהמתנה · 🔑 מארח):
    }
meetings-mine-empty = עדיין לא { $form ->
        [f] נרשמת
        [p] נרשמתם
       *[m] נרשמת
    } לאף חוג בית.
meeting-gone = החוג הזה כבר לא קיים.

## One meeting
meeting-you-are-in = ✅ { $form ->
        [f] את רשומה
        [p] אתם רשומים
       *[m] אתה רשום
    } ({ $seats ->
        [one] מקום אחד
       *[other] { $seats } מקומות
    }).
meeting-you-wait = ⏳ { $form ->
        [f] את ברשימת ההמתנה
        [p] אתם ברשימת ההמתנה
       *[m] אתה ברשימת ההמתנה
    } ({ $seats ->
        [one] מקום אחד
       *[other] { $seats } מקומות
    }). אם יתפנה מקום נודיע מיד.
meeting-sign-up = ✋ הרשמה
meeting-join-waitlist = ⏳ לרשימת ההמתנה
meeting-cancel-seat = ❌ ביטול ההרשמה
meeting-leave-waitlist = ❌ יציאה מרשימת ההמתנה
meeting-calendar-again = 🗓️ לשלוח שוב את קובץ היומן
meeting-how-many = { $form ->
        [f] כמה תגיעו, כולל אותך? אפשר ללחוץ או לכתוב מספר.
        [p] כמה תגיעו, כולל אתכם? אפשר ללחוץ או לכתוב מספר.
       *[m] כמה תגיעו, כולל אותך? אפשר ללחוץ או לכתוב מספר.
    }
meeting-seats-invalid = צריך מספר בין 1 ל־{ $most }.
meeting-your-name = איזה שם להראות למארחים? (שם פרטי מספיק)
meeting-name-invalid = אפשר לכתוב שם של עד { $most ->
        [one] תו אחד
       *[other] { $most } תווים
    }.
meeting-full-offer = אוי, המקומות האחרונים נתפסו הרגע 😕 { $form ->
        [f] להכניס אותך לרשימת ההמתנה? אם יתפנה מקום תקבלי אותו אוטומטית.
        [p] להכניס אתכם לרשימת ההמתנה? אם יתפנה מקום תקבלו אותו אוטומטית.
       *[m] להכניס אותך לרשימת ההמתנה? אם יתפנה מקום תקבל אותו אוטומטית.
    }
meeting-confirmed = { $form ->
        [f] נרשמת! 🎉 מחכים לך.
        [p] נרשמתם! 🎉 מחכים לכם.
       *[m] נרשמת! 🎉 מחכים לך.
    }
meeting-calendar-caption = 🗓️ קובץ יומן – { $form ->
        [f] פתחי
        [p] פתחו
       *[m] פתח
    } אותו כדי להוסיף את החוג ליומן.
meeting-waitlisted = { $form ->
        [f] נכנסת לרשימת ההמתנה (מקום { $position }). אם יתפנה מקום הוא יעבור אלייך אוטומטית ונשלח את הכתובת.
        [p] נכנסתם לרשימת ההמתנה (מקום { $position }). אם יתפנה מקום הוא יעבור אליכם אוטומטית ונשלח את הכתובת.
       *[m] נכנסת לרשימת ההמתנה (מקום { $position }). אם יתפנה מקום הוא יעבור אליך אוטומטית ונשלח את הכתובת.
    }
meeting-already = כבר { $form ->
        [f] רשומה
        [p] רשומים
       *[m] רשום
    } לחוג הזה.
meeting-closed = ההרשמה לחוג הזה סגורה.
meeting-cancel-sure = לבטל את ההרשמה? המקום יעבור לבא בתור ברשימת ההמתנה.
meeting-cancel-yes = כן, לבטל
meeting-cancel-no = לא, להשאיר
meeting-seat-cancelled = { $form ->
        [f] ההרשמה בוטלה והמקום התפנה. תודה שעדכנת 🙏
        [p] ההרשמה בוטלה והמקום התפנה. תודה שעדכנתם 🙏
       *[m] ההרשמה בוטלה והמקום התפנה. תודה שעדכנת 🙏
    }
meeting-nothing-to-cancel = לא מצאתי הרשמה פעילה לחוג הזה.

## Messages sent later
meeting-promoted = התפנה מקום – { $form ->
        [f] את רשומה! 🎉
        [p] אתם רשומים! 🎉
       *[m] אתה רשום! 🎉
    }
meeting-cancelled-notice = ❗ חוג הבית „{ $title }” ({ $when }) בוטל. מצטערים! אפשר למצוא חוג אחר בתפריט, ב„חוגי בית”.
meeting-changed-notice = ✏️ { $form ->
        [f] שימי לב: פרטי החוג השתנו. הנה הפרטים המעודכנים:
        [p] שימו לב: פרטי החוג השתנו. הנה הפרטים המעודכנים:
       *[m] שים לב: פרטי החוג השתנו. הנה הפרטים המעודכנים:
    }
meeting-reminder = ⏰ תזכורת: נפגשים בקרוב!
meeting-reminder-ask = ⏰ תזכורת: החוג { $day }! { $form ->
        [f] את עדיין מגיעה?
        [p] אתם עדיין מגיעים?
       *[m] אתה עדיין מגיע?
    }
meeting-still-coming-yes = ✅ { $form ->
        [f] מגיעה
        [p] מגיעים
       *[m] מגיע
    }
meeting-still-coming-no = ❌ לא אוכל להגיע
meeting-see-you = מעולה, נתראה שם! 👋
meeting-host-signup = ✋ הרשמה חדשה ל„{ $title }”: { $name } ({ $seats ->
        [one] מקום אחד
       *[other] { $seats } מקומות
    }). תפוסה: { $fill }.
meeting-host-waitlisted = ⏳ לרשימת ההמתנה של „{ $title }” נוספה הרשמה: { $name } ({ $seats ->
        [one] מקום אחד
       *[other] { $seats } מקומות
    }).
meeting-host-cancelled = ❌ ביטול הרשמה ל„{ $title }”: { $name } ({ $seats ->
        [one] מקום אחד
       *[other] { $seats } מקומות
    }). תפוסה: { $fill }.
meeting-host-promoted = ⬆️ התפנה מקום ב„{ $title }”, והוא עבר מרשימת ההמתנה אל { $name }. תפוסה: { $fill }.
meeting-host-assigned = 🔑 { $form ->
        [f] את המארחת של „{ $title }” ({ $when }). נעדכן אותך על כל הרשמה וביטול, וב„החוגים שלי” בתפריט אפשר לראות את המשתתפים.
        [p] אתם המארחים של „{ $title }” ({ $when }). נעדכן אתכם על כל הרשמה וביטול, וב„החוגים שלי” בתפריט אפשר לראות את המשתתפים.
       *[m] אתה המארח של „{ $title }” ({ $when }). נעדכן אותך על כל הרשמה וביטול, וב„החוגים שלי” בתפריט אפשר לראות את המשתתפים.
    }

## Feedback
meeting-feedback-ask = איך היה ב„{ $title }”? { $form ->
        [f] דרגי
        [p] דרגו
       *[m] דרג
    } מ־1 עד 5 ⭐
meeting-feedback-comment = { $form ->
        [f] תודה! רוצה להוסיף מילה? אפשר לכתוב כאן, או לדלג.
        [p] תודה! רוצים להוסיף מילה? אפשר לכתוב כאן, או לדלג.
       *[m] תודה! רוצה להוסיף מילה? אפשר לכתוב כאן, או לדלג.
    }
meeting-feedback-skip = ⏭️ דילוג
meeting-comment-invalid = אפשר לכתוב עד { $most ->
        [one] תו אחד
       *[other] { $most } תווים
    }.
meeting-feedback-thanks = תודה על המשוב 💙
meeting-lead-ask = { $form ->
        [f] רוצה שנעדכן אותך כשקבוצה מתגבשת { $region }?
        [p] רוצים שנעדכן אתכם כשקבוצה מתגבשת { $region }?
       *[m] רוצה שנעדכן אותך כשקבוצה מתגבשת { $region }?
    }
meeting-lead-yes = כן, לעדכן
meeting-lead-no = לא כרגע
meeting-lead-saved = { $form ->
        [f] רשמנו! מישהו מהרכזים יחזור אלייך כשקבוצה תתגבש 🌱
        [p] רשמנו! מישהו מהרכזים יחזור אליכם כשקבוצה תתגבש 🌱
       *[m] רשמנו! מישהו מהרכזים יחזור אליך כשקבוצה תתגבש 🌱
    }
meeting-lead-declined = בסדר גמור. תמיד אפשר לחזור אלינו.

## Hosts and coordinators
meeting-not-yours = אין הרשאה לנהל את החוג הזה.
meetings-all-title = כל החוגים הקרובים ({ $count ->
        [one] חוג אחד
       *[other] { $count } חוגים
    }), עם תפוסה:
meetings-all-empty = אין חוגים קרובים.
meeting-new = ➕ חוג חדש
meeting-fill = 👥 תפוסה { $fill } · בהמתנה: { $waiting } · אישרו הגעה: { $reconfirmed }
meeting-attendees = 👥 רשימת משתתפים
meeting-mark-attendance = ☑️ סימון מי הגיע
meeting-edit = ✏️ עריכה
meeting-set-host = 🔑 קביעת מארח או מארחת
meeting-cancel-meeting = 🚫 ביטול החוג
meeting-attendees-title = משתתפים ב„{ $title }” – { $fill }:
meeting-attendee-line = { $number }. { $name } · { $seats ->
        [one] מקום אחד
       *[other] { $seats } מקומות
    } { $marks }
meeting-no-attendees = עדיין אין נרשמים.
meeting-attendee-legend = ✔️ הגעה אושרה · ⏳ בהמתנה · ✅ הגעה · ❌ היעדרות
meeting-attendance-prompt = { $form ->
        [f] לחצי
        [p] לחצו
       *[m] לחץ
    } על שם כדי לסמן: ▫️ ← ✅ הגעה ← ❌ היעדרות.
meeting-attendance-done = ✔️ סיימתי
meeting-attendance-saved = הנוכחות נשמרה.
meeting-edit-which = מה לשנות?
meeting-field-starts_at = 🗓️ מועד
meeting-field-address = 🏡 כתובת
meeting-field-capacity = 👥 מספר מקומות
meeting-field-duration = ⏱️ משך
meeting-field-title = 🏷️ שם
meeting-field-notes = 📝 הערות
meeting-edit-prompt-starts_at = מה המועד החדש? למשל { $example }
meeting-edit-prompt-address = מה הכתובת החדשה?
meeting-edit-prompt-capacity = כמה מקומות יש?
meeting-edit-prompt-duration = כמה דקות יימשך החוג?
meeting-edit-prompt-title = מה השם החדש?
meeting-edit-prompt-notes = מה ההערות?
meeting-edit-saved = נשמר ✔️ { $count ->
        [0] {""}
        [one] שלחנו עדכון למשתתף אחד.
       *[other] שלחנו עדכון ל־{ $count } משתתפים.
    }
meeting-when-invalid = לא הצלחתי לקרוא מועד עתידי. למשל: { $example }
meeting-number-invalid = צריך מספר חיובי.
meeting-capacity-invalid = { $taken ->
        [one] צריך מספר, ולא פחות מהמקום האחד שכבר תפוס.
       *[other] צריך מספר, ולא פחות מ־{ $taken } המקומות שכבר תפוסים.
    }
meeting-host-prompt = { $form ->
        [f] מי מארח את החוג? כתבי מספר טלפון או מזהה ערוץ (למשל tg:123456).
        [p] מי מארח את החוג? כתבו מספר טלפון או מזהה ערוץ (למשל tg:123456).
       *[m] מי מארח את החוג? כתוב מספר טלפון או מזהה ערוץ (למשל tg:123456).
    }
meeting-host-unknown = לא מצאתי אדם כזה בבוט. מי שמארח צריך לכתוב לבוט קודם (ולקשר את הטלפון, אם מחפשים לפי טלפון).
meeting-host-saved = נשמר ✔️ שלחנו הודעה למי שיארח.
meeting-cancel-meeting-sure = { $count ->
        [0] לבטל את החוג? אף מקום לא תפוס עדיין.
        [one] לבטל את החוג? מקום אחד תפוס – כל הנרשמים ורשימת ההמתנה יקבלו הודעה.
       *[other] לבטל את החוג? { $count } מקומות תפוסים – כל הנרשמים ורשימת ההמתנה יקבלו הודעה.
    }
meeting-cancel-meeting-yes = כן, לבטל את החוג
meeting-cancelled-done = { $count ->
        [0] החוג בוטל. לא היה צריך לעדכן אף אחד.
        [one] החוג בוטל. אדם אחד יקבל הודעה.
       *[other] החוג בוטל. { $count } אנשים יקבלו הודעה.
    }

## New meeting wizard
meeting-new-title = חוג בית חדש 🏠 מה שם החוג?
meeting-new-site = איזה יישוב, גרעין או קהילה מציגים בחוג?
meeting-new-locality = באיזה יישוב החוג?
meeting-new-locality-unknown = לא מצאתי יישוב כזה. אפשר לנסות כתיב אחר?
meeting-new-pick-locality = למה הכוונה?
meeting-new-type-again = ✍️ לכתוב שוב
meeting-new-starts-at = מתי? למשל { $example } (שעון ישראל)
meeting-new-duration = כמה זמן? אפשר לבחור או לכתוב מספר דקות.
meeting-new-capacity = כמה מקומות יש?
meeting-new-address = מה הכתובת? (תוצג רק למי שנרשם ולמארחים)
meeting-new-host = מי מארח את החוג? טלפון או מזהה ערוץ (tg:123456), או לדלג.
meeting-new-language = באיזו שפה החוג?
meeting-new-notes = הערות למשתתפים (מה להביא, חניה...)? אפשר לדלג.
meeting-new-skip = ⏭️ דילוג
meeting-new-check = ככה זה ייראה. לפרסם?
meeting-new-publish = 📣 לפרסם
meeting-new-drop = 🗑️ לוותר
meeting-new-dropped = החוג לא נשמר.
meeting-new-published = „{ $title }” פורסם ✔️ התזכורות נקבעו.

## Weekly digest
meeting-digest-line = 🏠 { $when } · { $place }: { $title } ({ $seats ->
        [one] מקום אחרון
       *[other] { $seats } מקומות
    })

## The day of a meeting, seen from the message ($day in meeting-reminder-ask)
meeting-day-today = היום
meeting-day-tomorrow = מחר
meeting-day-on = ב{ $date }
