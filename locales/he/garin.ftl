## גרעינים: מתעניינים, הצעות לגרעין, הזמנות, בית הגרעין, הודעות לקבוצה. $form: m / f / p.

menu-garin = 🌱 הגרעין שלי
menu-garin-admin = 🌱 גרעינים ומתעניינים

garin-any = לא צוין
garin-someone = חבר בגרעין
garin-back = ⬅️ חזרה
garin-to-menu = ↩️ לתפריט
garin-cancel = ✖️ ביטול
garin-skip = דילוג
garin-place = { $locality } ({ $region })
garin-name-invalid = { $form ->
        [f] כתבי
        [p] כתבו
       *[m] כתוב
    } שם של עד { $limit } תווים, בבקשה.
garin-text-invalid = { $form ->
        [f] כתבי
        [p] כתבו
       *[m] כתוב
    } הודעה של עד { $limit } תווים, בבקשה.
garin-gone = הגרעין הזה כבר לא קיים, או שהוא מחוץ לאזור { $form ->
        [f] שלך
        [p] שלכם
       *[m] שלך
    }.

## למה מישהו מתעניין
garin-reason-group = רוצה להצטרף לגרעין
garin-reason-feedback = בקשה לשמוע אחרי חוג בית
garin-reason-attended = השתתפות בחוג בית
garin-reason-considering = פתיחות להתיישבות

## רכזים
garin-admin-title = { $count ->
        [0] 🌱 עדיין אין גרעינים. אפשר להתחיל מהמתעניינים, מההצעות לגרעין או מגרעין חדש.
        [one] 🌱 גרעין אחד. { $form ->
            [f] בחרי
            [p] בחרו
           *[m] בחר
        } אותו, או { $form ->
            [f] הסתכלי
            [p] הסתכלו
           *[m] הסתכל
        } במתעניינים ובהצעות.
       *[other] 🌱 { $count } גרעינים. { $form ->
            [f] בחרי
            [p] בחרו
           *[m] בחר
        } אחד, או { $form ->
            [f] הסתכלי
            [p] הסתכלו
           *[m] הסתכל
        } במתעניינים ובהצעות.
    }
garin-admin-line = { $garin } · { $place } · { $count ->
        [one] חבר אחד
        [two] שני חברים
       *[other] { $count } חברים
    }
garin-admin-leads = 👥 מתעניינים
garin-admin-cohorts = 🧩 הצעות לגרעינים
garin-admin-new = ➕ גרעין חדש
garin-leads-title = { $count ->
        [0] עדיין אין מתעניינים ({ $where }).
        [one] מתעניין אחד ({ $where }):
        [two] שני מתעניינים ({ $where }):
       *[other] { $count } מתעניינים ({ $where }):
    }
garin-leads-more = …ועוד { $count } (הרשימה המלאה בייצוא).
garin-everywhere = כל האזורים
garin-leads-all = 🌍 כל האזורים
garin-lead-line = { $name }: { $reasons } · { $regions } · { $timing } · { $household }
garin-export-csv = 📄 ייצוא CSV
garin-export-xlsx = 📊 ייצוא לאקסל
garin-export-ready = { $count ->
        [one] הנה המתעניין, בגיליון.
       *[other] הנה { $count } המתעניינים, בגיליון.
    }
garin-col-person = מזהה
garin-col-name = שם
garin-col-reasons = למה מתעניין
garin-col-regions = אזורים
garin-col-sites = אתרים
garin-col-timing = מסגרת זמן
garin-col-household = מצב משפחתי
garin-col-residence = מקום מגורים
garin-col-garinim = גרעינים

## הצעות לגרעינים
garin-cohorts-title = { $count ->
        [0] אין מה להציע: אין עדיין מתעניינים שאינם בגרעין.
        [one] הצעה אחת לגרעין (גודל יעד { $target }):
        [two] שתי הצעות לגרעינים (גודל יעד { $target }):
       *[other] { $count } הצעות לגרעינים (גודל יעד { $target }):
    }
garin-cohorts-hint = { $form ->
        [f] בחרי הצעה כדי לשנות אותה. אפשר להקליד מספר כדי לשנות את גודל היעד, או שם של שדה מהסקר כדי לקבץ גם לפיו.
        [p] בחרו הצעה כדי לשנות אותה. אפשר להקליד מספר כדי לשנות את גודל היעד, או שם של שדה מהסקר כדי לקבץ גם לפיו.
       *[m] בחר הצעה כדי לשנות אותה. אפשר להקליד מספר כדי לשנות את גודל היעד, או שם של שדה מהסקר כדי לקבץ גם לפיו.
    }
garin-cohort-line = { $region } · { $timing } · { $count ->
        [one] אדם אחד
        [two] שני אנשים
       *[other] { $count } אנשים
    }
garin-cohorts-by = 🔀 גם לפי: { $field }
garin-cohorts-plain = 🔀 רק אזור ומסגרת זמן
garin-why-region = אותו אזור ({ $region })
garin-why-timing = אותה מסגרת זמן ({ $timing })
garin-why-extra = אותו { $field } ({ $value })
garin-why-split = חלק { $part } מתוך { $parts } של קבוצה גדולה
garin-why-small = פחות ממחצית היעד של { $target }
garin-cohort-remove = ➖ { $name }
garin-cohort-add = ➕ להוסיף מישהו
garin-cohort-add-prompt = { $count ->
        [0] אין את מי להוסיף.
        [one] עוד מתעניין אחד יכול להצטרף:
       *[other] עוד { $count } מתעניינים יכולים להצטרף. { $form ->
            [f] בחרי
            [p] בחרו
           *[m] בחר
        }:
    }
garin-cohort-create = ✅ ליצור גרעין ולהזמין אותם
garin-cohort-empty = ההצעה ריקה: קודם { $form ->
        [f] הוסיפי
        [p] הוסיפו
       *[m] הוסף
    } מישהו.

## גרעין חדש
garin-new-name = מה שם הגרעין?
garin-new-place = לאן הגרעין מכוון? { $form ->
        [f] הקלידי
        [p] הקלידו
       *[m] הקלד
    } יישוב, או { $form ->
        [f] בחרי
        [p] בחרו
       *[m] בחר
    } אזור.
garin-new-place-pick = למה { $form ->
        [f] התכוונת
        [p] התכוונתם
       *[m] התכוונת
    }?
garin-place-unknown = אני לא מכיר את היישוב הזה. { $form ->
        [f] נסי
        [p] נסו
       *[m] נסה
    } כתיב אחר, או { $form ->
        [f] בחרי
        [p] בחרו
       *[m] בחר
    } אזור.
garin-out-of-scope = { $form ->
        [f] את מרכזת
        [p] אתם מרכזים
       *[m] אתה מרכז
    } רק את { $region }: { $form ->
        [f] בחרי
        [p] בחרו
       *[m] בחר
    } מקום שם.
garin-created = { $count ->
        [0] 🌱 הגרעין „{ $garin }” נוצר. אפשר להזמין אנשים ממסך הגרעין.
        [one] 🌱 הגרעין „{ $garin }” נוצר, והזמנה אחת בדרך.
        [two] 🌱 הגרעין „{ $garin }” נוצר, ושתי הזמנות בדרך.
       *[other] 🌱 הגרעין „{ $garin }” נוצר, ו־{ $count } הזמנות בדרך.
    }

## גרעין אחד (רכזים)
garin-detail = 🌱 { $garin } · { $place }
    { $count ->
        [0] עדיין אין חברים.
        [one] חבר אחד: { $names }
        [two] שני חברים: { $names }
       *[other] { $count } חברים: { $names }
    }
    { $pending ->
        [0] אין הזמנות שמחכות לתשובה.
        [one] הזמנה אחת מחכה לתשובה.
        [two] שתי הזמנות מחכות לתשובה.
       *[other] { $pending } הזמנות מחכות לתשובה.
    }
    רכז הגרעין: { $lead }
garin-invite = ✉️ להזמין אנשים
garin-invite-prompt = { $count ->
        [0] כל המתעניינים כבר הוזמנו.
        [one] מתעניין אחד להזמנה:
       *[other] { $count } מתעניינים להזמנה. { $form ->
            [f] בחרי
            [p] בחרו
           *[m] בחר
        }:
    }
garin-invited = { $count ->
        [0] האדם הזה כבר הוזמן.
       *[other] ✉️ ההזמנה נשלחה. מצטרפים רק מי שמסכימים.
    }
garin-set-lead = 🧭 בחירת רכז לגרעין
garin-set-lead-prompt = { $count ->
        [0] לגרעין עוד אין חברים.
       *[other] מי ירכז את הגרעין?
    }
garin-lead-set = 🧭 רכז הגרעין נקבע.

## הזמנות
garin-invitation = 🌱 { $form ->
        [f] את מוזמנת
        [p] אתם מוזמנים
       *[m] אתה מוזמן
    } להצטרף לגרעין „{ $garin }”, שמכוון אל { $place }. { $count ->
        [0] { $form ->
            [f] תהיי
            [p] תהיו
           *[m] תהיה
        } בין הראשונים.
        [one] עד עכשיו הצטרף חבר אחד.
        [two] עד עכשיו הצטרפו שני חברים.
       *[other] עד עכשיו הצטרפו { $count } חברים.
    } { $form ->
        [f] רוצה
        [p] רוצים
       *[m] רוצה
    } להצטרף? אף אחד לא מצטרף בלי להסכים.
garin-accept = ✅ { $form ->
        [f] אני מצטרפת
        [p] אנחנו מצטרפים
       *[m] אני מצטרף
    }
garin-decline = ✖️ לא עכשיו
garin-joined = 🎉 { $form ->
        [f] ברוכה הבאה
        [p] ברוכים הבאים
       *[m] ברוך הבא
    } ל„{ $garin }”!
garin-declined = תודה על התשובה. { $form ->
        [f] את לא מצטרפת
        [p] אתם לא מצטרפים
       *[m] אתה לא מצטרף
    } ל„{ $garin }”.
garin-invitation-gone = ההזמנה הזאת כבר לא בתוקף.
garin-invitation-answered = { $form ->
        [f] כבר ענית
        [p] כבר עניתם
       *[m] כבר ענית
    } על ההזמנה הזאת.
garin-ask-name = איזה שם פרטי יראו שאר החברים?

## בית הגרעין
garin-home-title = 🌱 { $garin } · { $place }
garin-home-members = { $count ->
        [one] 👥 חבר אחד: { $names }
        [two] 👥 שני חברים: { $names }
       *[other] 👥 { $count } חברים: { $names }
    }
garin-home-lead = 🧭 רכז הגרעין: { $name }. „כתיבה לקבוצה” מגיעה גם אליו.
garin-home-you-lead = 🧭 { $form ->
        [f] את מרכזת
        [p] אתם מרכזים
       *[m] אתה מרכז
    } את הגרעין הזה.
garin-home-no-lead = 🧭 עדיין אין רכז לגרעין; הרכז המלווה יעזור.
garin-home-no-gatherings = 📅 עדיין לא נקבעו מפגשים.
garin-home-gathering = 📅 { $title }, { $when }
garin-home-none = { $form ->
        [f] את עוד לא בגרעין.
        [p] אתם עוד לא בגרעין.
       *[m] אתה עוד לא בגרעין.
    }
garin-home-pick = איזה גרעין?
garin-write = ✍️ כתיבה לקבוצה
garin-announce-button = 📣 הודעה לגרעין
garin-mute = 🔕 השתקת הודעות הקבוצה
garin-unmute = 🔔 חידוש הודעות הקבוצה
garin-muted = 🔕 הודעות הקבוצה של „{ $garin }” הושתקו.
garin-unmuted = 🔔 הודעות הקבוצה של „{ $garin }” חזרו.
garin-leave = 🚪 יציאה מהגרעין
garin-leave-confirm = לצאת מ„{ $garin }”? { $form ->
        [f] לא תקבלי
        [p] לא תקבלו
       *[m] לא תקבל
    } יותר את ההודעות שלו.
garin-leave-yes = כן, לצאת
garin-leave-no = לא, להישאר
garin-left = { $form ->
        [f] יצאת
        [p] יצאתם
       *[m] יצאת
    } מ„{ $garin }”.
garin-not-member = { $form ->
        [f] את לא חברה
        [p] אתם לא חברים
       *[m] אתה לא חבר
    } בגרעין הזה.

## הודעות לקבוצה
garin-announce-prompt = { $form ->
        [f] כתבי
        [p] כתבו
       *[m] כתוב
    } את ההודעה ל„{ $garin }” ({ $count ->
        [one] חבר אחד
        [two] שני חברים
       *[other] { $count } חברים
    }):
garin-announce-preview = כך החברים יקבלו אותה:

    { $text }
garin-send = 📤 שליחה
garin-send-urgent = 🚨 שליחה דחופה (גם בשבת ובלילה)
garin-not-sent = לא נשלח כלום.
garin-announce-sent = { $count ->
        [0] 📤 נשלח: כרגע אין חברים אחרים שמקבלים הודעות קבוצה.
        [one] 📤 נשלח לחבר אחד.
        [two] 📤 נשלח לשני חברים.
       *[other] 📤 נשלח ל־{ $count } חברים.
    }
garin-announce = { $urgent ->
        [1] 🚨 דחוף, { $garin }
       *[other] 📣 { $garin }
    } · { $name }:
    { $text }
garin-relayed = 💬 { $name } ל„{ $garin }”:
    { $text }
garin-write-prompt = { $form ->
        [f] כתבי
        [p] כתבו
       *[m] כתוב
    } את ההודעה לקבוצה; השאר יראו אותה עם השם הפרטי { $form ->
        [f] שלך
        [p] שלכם
       *[m] שלך
    }.
garin-write-sent = { $count ->
        [0] נשלח, אבל כרגע אין חברים אחרים שמקבלים הודעות קבוצה.
        [one] ✉️ הועבר לחבר אחד.
        [two] ✉️ הועבר לשני חברים.
       *[other] ✉️ הועבר ל־{ $count } חברים.
    }

## Gatherings (the garin's own house meetings)
garin-gathering-new = 📅 מפגש לגרעין
garin-gathering-open = 📅 { $title }

## Outbox kinds (the coordinators' delivery status)
outbox-kind-garin-invitation = הזמנה לגרעין
outbox-kind-garin-announce = הודעה לגרעין
outbox-kind-garin-relay = הודעה של חבר לגרעין
