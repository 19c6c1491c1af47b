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
        [m] כתוב
        [f] כתבי
       *[p] כתבו
    } שם של עד { $limit ->
        [one] תו אחד
       *[other] { $limit } תווים
    }, בבקשה.
garin-text-invalid = { $form ->
        [m] כתוב
        [f] כתבי
       *[p] כתבו
    } הודעה של עד { $limit ->
        [one] תו אחד
       *[other] { $limit } תווים
    }, בבקשה.
garin-gone = הגרעין הזה כבר לא קיים, או שהוא מחוץ לאזור { $form ->
        [m] שלך
        [f] שלך
       *[p] שלכם
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
            [m] בחר
            [f] בחרי
           *[p] בחרו
        } אותו, או { $form ->
            [m] הסתכל
            [f] הסתכלי
           *[p] הסתכלו
        } במתעניינים ובהצעות.
       *[other] 🌱 { $count } גרעינים. { $form ->
            [m] בחר
            [f] בחרי
           *[p] בחרו
        } אחד, או { $form ->
            [m] הסתכל
            [f] הסתכלי
           *[p] הסתכלו
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
garin-leads-more = { $count ->
        [one] …ועוד אחד (הרשימה המלאה בייצוא).
       *[other] …ועוד { $count } (הרשימה המלאה בייצוא).
    }
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
        [m] בחר הצעה כדי לשנות אותה. אפשר להקליד מספר כדי לשנות את גודל היעד, או שם של שדה מהסקר כדי לקבץ גם לפיו.
        [f] בחרי הצעה כדי לשנות אותה. אפשר להקליד מספר כדי לשנות את גודל היעד, או שם של שדה מהסקר כדי לקבץ גם לפיו.
       *[p] בחרו הצעה כדי לשנות אותה. אפשר להקליד מספר כדי לשנות את גודל היעד, או שם של שדה מהסקר כדי לקבץ גם לפיו.
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
            [m] בחר
            [f] בחרי
           *[p] בחרו
        }:
    }
garin-cohort-create = ✅ ליצור גרעין ולהזמין אותם
garin-cohort-empty = ההצעה ריקה: קודם { $form ->
        [m] הוסף
        [f] הוסיפי
       *[p] הוסיפו
    } מישהו.

## גרעין חדש
garin-new-name = מה שם הגרעין?
garin-new-place = לאן הגרעין מכוון? { $form ->
        [m] הקלד
        [f] הקלידי
       *[p] הקלידו
    } יישוב, או { $form ->
        [m] בחר
        [f] בחרי
       *[p] בחרו
    } אזור.
garin-new-place-pick = למה { $form ->
        [m] התכוונת
        [f] התכוונת
       *[p] התכוונתם
    }?
garin-place-unknown = אני לא מכיר את היישוב הזה. { $form ->
        [m] נסה
        [f] נסי
       *[p] נסו
    } כתיב אחר, או { $form ->
        [m] בחר
        [f] בחרי
       *[p] בחרו
    } אזור.
garin-out-of-scope = { $form ->
        [m] אתה מרכז
        [f] את מרכזת
       *[p] אתם מרכזים
    } רק את { $region }: { $form ->
        [m] בחר
        [f] בחרי
       *[p] בחרו
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
    קבוצת טלגרם: { $telegram }
garin-detail-group-linked = מחוברת
garin-detail-group-none = לא מחוברת
garin-invite = ✉️ להזמין אנשים
garin-invite-prompt = { $count ->
        [0] כל המתעניינים כבר הוזמנו.
        [one] מתעניין אחד להזמנה:
       *[other] { $count } מתעניינים להזמנה. { $form ->
            [m] בחר
            [f] בחרי
           *[p] בחרו
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
        [m] אתה מוזמן
        [f] את מוזמנת
       *[p] אתם מוזמנים
    } להצטרף לגרעין „{ $garin }”, שמכוון אל { $place }. { $count ->
        [0] { $form ->
            [m] תהיה
            [f] תהיי
           *[p] תהיו
        } בין הראשונים.
        [one] עד עכשיו הצטרף חבר אחד.
        [two] עד עכשיו הצטרפו שני חברים.
       *[other] עד עכשיו הצטרפו { $count } חברים.
    } { $form ->
        [m] רוצה
        [f] רוצה
       *[p] רוצים
    } להצטרף? אף אחד לא מצטרף בלי להסכים.
    ההזמנה בתוקף עד { $expires }.
garin-accept = ✅ { $form ->
        [m] אני מצטרף
        [f] אני מצטרפת
       *[p] אנחנו מצטרפים
    }
garin-decline = ✖️ לא עכשיו
garin-joined = 🎉 { $form ->
        [m] ברוך הבא
        [f] ברוכה הבאה
       *[p] ברוכים הבאים
    } ל„{ $garin }”!
garin-declined = תודה על התשובה. { $form ->
        [m] אתה לא מצטרף
        [f] את לא מצטרפת
       *[p] אתם לא מצטרפים
    } ל„{ $garin }”.
garin-invitation-gone = ההזמנה הזאת כבר לא בתוקף.
garin-invitation-answered = { $form ->
        [m] כבר ענית
        [f] כבר ענית
       *[p] כבר עניתם
    } על ההזמנה הזאת.
garin-ask-name = איזה שם פרטי יראו שאר החברים?

## בית הגרעין
garin-home-title = 🌱 { $garin } · { $place }
garin-home-members = { $count ->
        [one] 👥 חבר אחד: { $names }
        [two] 👥 שני חברים: { $names }
       *[other] 👥 { $count } חברים: { $names }
    }
garin-home-lead = 🧭 רכז הגרעין: { $name }. מה שנכתב ב„כתיבה לקבוצה” מגיע גם לרכז.
garin-home-you-lead = 🧭 { $form ->
        [m] אתה מרכז
        [f] את מרכזת
       *[p] אתם מרכזים
    } את הגרעין הזה.
garin-home-no-lead = 🧭 עדיין אין רכז לגרעין; הרכז המלווה יעזור.
garin-home-no-gatherings = 📅 עדיין לא נקבעו מפגשים.
garin-home-gathering = 📅 { $title }, { $when }
garin-home-none = { $form ->
        [m] אתה עוד לא בגרעין.
        [f] את עוד לא בגרעין.
       *[p] אתם עוד לא בגרעין.
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
        [m] לא תקבל
        [f] לא תקבלי
       *[p] לא תקבלו
    } יותר את ההודעות שלו.
garin-leave-yes = כן, לצאת
garin-leave-no = לא, להישאר
garin-left = { $form ->
        [m] יצאת
        [f] יצאת
       *[p] יצאתם
    } מ„{ $garin }”.
garin-not-member = { $form ->
        [m] אתה לא חבר
        [f] את לא חברה
       *[p] אתם לא חברים
    } בגרעין הזה.

## הודעות לקבוצה
garin-announce-prompt = { $form ->
        [m] כתוב
        [f] כתבי
       *[p] כתבו
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
        [m] כתוב
        [f] כתבי
       *[p] כתבו
    } את ההודעה לקבוצה; השאר יראו אותה עם השם הפרטי { $form ->
        [m] שלך
        [f] שלך
       *[p] שלכם
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
