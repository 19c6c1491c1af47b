## Volunteer matching: profiles, help requests, offers, follow-up, coordinators.

menu-ask-help = 🤝 בקשת עזרה
menu-volunteer = 🙋 פרופיל התנדבות
menu-help-requests = 📋 בקשות עזרה (לרכזים)

help-cat-budget = ליווי בניהול תקציב משק הבית
help-cat-food_rescue = הצלת מזון
help-cat-medicine = איסוף תרופות
help-cat-contact_person = איש קשר למי שנמצא במצוקה
help-cat-rides = הסעות
help-cat-tutoring = שיעורי עזר
help-cat-elderly_visits = ביקורים אצל ותיקים
help-cat-home_repairs = תיקונים בבית
help-cat-translation = תרגום
help-cat-emotional_support = עזרה ראשונה נפשית

help-urgency-today = היום
help-urgency-week = השבוע
help-urgency-flexible = גמיש

help-day-sun = א׳
help-day-mon = ב׳
help-day-tue = ג׳
help-day-wed = ד׳
help-day-thu = ה׳
help-day-fri = ו׳
help-day-sat = שבת
help-part-morning = בוקר
help-part-afternoon = צהריים
help-part-evening = ערב

help-state-open = פתוחה
help-state-offered = הוצעה למתנדב, ממתינה לתשובה
help-state-matched = שובצה למתנדב
help-state-resolved = נסגרה בהצלחה
help-state-escalated = הועברה לרכזים
help-state-cancelled = בוטלה

help-event-opened = נפתחה
help-event-offered = הוצעה
help-event-declined = נדחתה
help-event-expired = פג תוקף ההצעה
help-event-matched = התקבלה
help-event-assigned = שובצה ידנית
help-event-followup = נשאלו אם נפתרה
help-event-resolved = נפתרה
help-event-reopened = נפתחה מחדש
help-event-escalated = הועברה לרכזים
help-event-search = חיפוש מחדש
help-event-cancelled = בוטלה

help-filter-paused = בהפסקה
help-filter-asked = כבר פנינו
help-filter-skill = אין התחום
help-filter-language = אין שפה משותפת
help-filter-place = לא באזור
help-filter-time = אין זמן משותף
help-filter-load = במכסה מלאה

help-part-name-proximity = קרבה
help-part-name-availability = זמינות
help-part-name-load = עומס
help-part-name-fairness = הוגנות
help-part-name-reliability = אמינות

help-someone = מישהו מהקהילה
help-summary =
    📌 בקשה #{ $number }: { $category }
    📍 { $place }
    ⏱️ { $urgency } · { $times }

choose-done = ✔️ סיימתי
choose-at-least-one = צריך לבחור לפחות אפשרות אחת.
locality-which = לאיזה יישוב הכוונה?
locality-again = ✏️ לכתוב שוב
locality-not-found = לא מצאתי יישוב בשם הזה. אפשר לנסות לכתוב אחרת?
ask-name = { $form ->
        [f] איך לקרוא לך? (השם יוצג רק למי שיתאמו איתך)
        [p] איך לקרוא לכם? (השם יוצג רק למי שיתאמו איתכם)
       *[m] איך לקרוא לך? (השם יוצג רק למי שיתאמו איתך)
    }
ask-name-invalid = אפשר לכתוב שם של עד { $limit ->
        [one] תו אחד
       *[other] { $limit } תווים
    }?
ask-phone = אפשר להשאיר מספר טלפון כדי שיוכלו ליצור קשר. המספר יימסר רק אחרי שיבוץ, ורק לצד השני.
ask-phone-skip = בלי טלפון, דרך הבוט

vol-intro = { $form ->
        [f] איזה כיף שבאת להתנדב 💛 כמה שאלות קצרות, ואפשר לשנות הכול בכל זמן.
        [p] איזה כיף שבאתם להתנדב 💛 כמה שאלות קצרות, ואפשר לשנות הכול בכל זמן.
       *[m] איזה כיף שבאת להתנדב 💛 כמה שאלות קצרות, ואפשר לשנות הכול בכל זמן.
    }
vol-skills-prompt = במה { $form ->
        [f] תוכלי
        [p] תוכלו
       *[m] תוכל
    } לעזור? אפשר לבחור כמה, ואז „סיימתי”.
vol-regions-prompt = באילו אזורים? אפשר לבחור כמה, או „מרחוק” (בטלפון או בווידאו).
vol-remote = 🌐 מרחוק
vol-localities-prompt = אפשר להוסיף יישובים מסוימים: { $form ->
        [f] כתבי
        [p] כתבו
       *[m] כתוב
    } שם של יישוב, או „סיימתי”.
    נבחרו: { $chosen }
vol-days-prompt = באילו ימים בשבוע?
vol-every-day = כל השבוע
vol-parts-prompt = ובאילו שעות ביום?
vol-languages-prompt = באילו שפות { $form ->
        [f] את מדברת
        [p] אתם מדברים
       *[m] אתה מדבר
    }?
vol-load-prompt = כמה בקשות פתוחות לכל היותר בבת אחת?
vol-registered = { $form ->
        [f] נרשמת כמתנדבת 🎉 כשתגיע בקשה שמתאימה לך, אשלח לך אותה.
        [p] נרשמתם כמתנדבים 🎉 כשתגיע בקשה שמתאימה לכם, אשלח לכם אותה.
       *[m] נרשמת כמתנדב 🎉 כשתגיע בקשה שמתאימה לך, אשלח לך אותה.
    }
vol-summary =
    🙋 { $form ->
        [f] הפרופיל שלך
        [p] הפרופיל שלכם
       *[m] הפרופיל שלך
    }
    שם: { $name }
    תחומים: { $skills }
    אזורים: { $places }
    זמנים: { $times }
    שפות: { $languages }
    { $load ->
        [one] בקשה אחת בכל פעם
       *[other] עד { $load } בקשות בבת אחת
    }
    מצב: { $status }
vol-status-active = ✅ פעיל
vol-status-paused = ⏸️ בהפסקה
vol-edit-skills = תחומים
vol-edit-places = אזורים
vol-edit-times = זמנים
vol-edit-languages = שפות
vol-edit-load = מכסה
vol-pause = ⏸️ הפסקה
vol-resume = ▶️ חזרה לפעילות
vol-my-requests = 📋 הבקשות שלי
vol-finish = 🏠 לתפריט
vol-paused = הפרופיל בהפסקה: לא אשלח הצעות עד { $form ->
        [f] שתחזרי
        [p] שתחזרו
       *[m] שתחזור
    } לפעילות.
vol-resumed = { $form ->
        [f] חזרת לפעילות 💪
        [p] חזרתם לפעילות 💪
       *[m] חזרת לפעילות 💪
    }
vol-no-requests = { $form ->
        [f] עדיין אין בקשות שטיפלת בהן.
        [p] עדיין אין בקשות שטיפלתם בהן.
       *[m] עדיין אין בקשות שטיפלת בהן.
    }
vol-requests-title = { $form ->
        [f] הבקשות שלך:
        [p] הבקשות שלכם:
       *[m] הבקשות שלך:
    }
vol-request-line = #{ $number } { $category } · { $place } · { $state }

req-who-prompt = בשביל מי הבקשה? (שם)
req-who-phone = מה מספר הטלפון של מי שצריך את העזרה? (יימסר רק למתנדב שיקבל את הבקשה)
req-who-phone-skip = אין מספר
req-category-prompt = במה צריך עזרה?
req-description-prompt = { $form ->
        [f] ספרי
        [p] ספרו
       *[m] ספר
    } בקצרה מה צריך (עד { $limit ->
        [one] תו אחד
       *[other] { $limit } תווים
    }). בלי שם ובלי טלפון – אלה יימסרו רק למתנדב שיקבל את הבקשה.
req-description-invalid = אפשר לכתוב תיאור של עד { $limit ->
        [one] תו אחד
       *[other] { $limit } תווים
    }?
req-skip = ⏭️ דילוג
req-locality-prompt = באיזה יישוב?
req-urgency-prompt = עד מתי צריך?
req-times-prompt = באילו שעות נוח? אפשר לבחור כמה, ואז „סיימתי”.
req-any-time = כל שעה
req-language-prompt = באיזו שפה נוח לדבר?
req-phone-prompt = איך המתנדב יוכל ליצור קשר? אפשר לשתף מספר טלפון, לכתוב אותו, או לדבר דרך הבוט. המספר יימסר רק למי שיקבל את הבקשה.
req-phone-skip = דרך הבוט
req-confirm =
    זו הבקשה:
    { $summary }
    לשלוח?
req-send = ✅ לשלוח
req-cancel = 🗑️ לוותר על הבקשה
req-cancelled = הבקשה לא נשלחה.
req-sent = הבקשה #{ $number } נשלחה 🙏 אנחנו מחפשים מתנדב ונעדכן ברגע שמישהו יקבל אותה.

offer-text =
    { $form ->
        [f] 🤝 בקשת עזרה שמתאימה לך:
        [p] 🤝 בקשת עזרה שמתאימה לכם:
       *[m] 🤝 בקשת עזרה שמתאימה לך:
    }
    { $summary }
    { $form ->
        [f] תוכלי
        [p] תוכלו
       *[m] תוכל
    } לעזור? אם לא תהיה תשובה בתוך { $within }, נעביר אותה הלאה.
offer-accept = ✅ אני { $form ->
        [f] יכולה
        [p] יכולים
       *[m] יכול
    }
offer-decline = ❌ לא הפעם
offer-accepted = { $form ->
        [f] תודה רבה! 🙏 פרטי הקשר בדרך אלייך.
        [p] תודה רבה! 🙏 פרטי הקשר בדרך אליכם.
       *[m] תודה רבה! 🙏 פרטי הקשר בדרך אליך.
    }
offer-declined-thanks = תודה על התשובה! נעביר את הבקשה למישהו אחר.
offer-expired = לא הספקנו לקבל תשובה על בקשה #{ $number }, אז העברנו אותה הלאה. הכול בסדר 🙂
offer-taken-later = בקשה #{ $number } כבר נלקחה על ידי מתנדב אחר. תודה על הנכונות 💛
offer-withdrawn = בקשה #{ $number } כבר לא צריכה עזרה: היא בוטלה. תודה על הנכונות 💛
offer-already-taken = מתנדב אחר כבר קיבל את הבקשה הזאת. תודה על הנכונות 💛
offer-already-accepted = { $form ->
        [f] כבר קיבלת את הבקשה הזאת – היא אצלך. תודה!
        [p] כבר קיבלתם את הבקשה הזאת – היא אצלכם. תודה!
       *[m] כבר קיבלת את הבקשה הזאת – היא אצלך. תודה!
    }
offer-already-declined = { $form ->
        [f] כבר ענית על ההצעה הזאת.
        [p] כבר עניתם על ההצעה הזאת.
       *[m] כבר ענית על ההצעה הזאת.
    }
offer-already-expired = ההצעה הזאת כבר פגה והועברה הלאה.

contact-with-phone = { $name }, טלפון: { $phone }
contact-write-here = { $name } (אין טלפון: אפשר לכתוב דרך הבוט בכפתור למטה)
contact-write-button = ✉️ לכתוב דרך הבוט
matched-volunteer =
    תודה רבה! 🙏 { $form ->
        [f] הבקשה אצלך.
        [p] הבקשה אצלכם.
       *[m] הבקשה אצלך.
    }
    { $summary }
    פרטי הקשר: { $contact }
matched-requester = חדשות טובות! 🎉 נמצא מתנדב לבקשה #{ $number } ({ $category }): { $contact }

followup-text = מה שלום הבקשה #{ $number } ({ $category })? היא נפתרה?
followup-yes = ✅ כן, נפתרה
followup-no = ❌ עדיין לא
followup-thanks-yes = איזה יופי! סגרנו את הבקשה. תודה 💛
followup-thanks-no = תודה על העדכון. נחפש שוב מי יוכל לעזור.
followup-already = הבקשה כבר עודכנה ({ $state }).

escalation-text =
    { $form ->
        [f] ⚠️ בקשה שצריכה את תשומת לבך:
        [p] ⚠️ בקשה שצריכה את תשומת לבכם:
       *[m] ⚠️ בקשה שצריכה את תשומת לבך:
    }
    { $summary }
    הסיבה: { $reason }
escalation-none = לא נמצא מתנדב מתאים.
escalation-unanswered = { $offers ->
        [one] הצעה אחת נשלחה ולא התקבלה.
       *[other] { $offers } הצעות ברצף, ואף אחת מהן לא התקבלה.
    }
escalation-assign = 👤 לשבץ ידנית
escalation-search = 🔄 לחפש שוב

admin-list-title = בקשות פעילות:
admin-list-empty = אין בקשות פעילות כרגע.
admin-request-line = #{ $number } { $category } · { $state }
admin-new-request = ➕ בקשה בשם מישהו
admin-back = ↪️ חזרה
admin-request-gone = הבקשה לא נמצאה.
admin-detail =
    { $summary }
    מצב: { $state }
    { $history }
    למה המתנדבים האלה? (ציון = חלקים × משקל)
    { $why }
admin-pick-prompt =
    את מי לשבץ? (ציון = חלקים × משקל)
    { $why }
admin-assigned = שיבצנו את { $name } לבקשה #{ $number }. שני הצדדים קיבלו את פרטי הקשר.
admin-assign-failed = לא ניתן לשבץ: הבקשה כבר לא פתוחה.
admin-searching = מחפשים שוב. מצב הבקשה: { $state }

relay-prompt = מה לכתוב? אעביר את ההודעה כמו שהיא.
relay-sent = ההודעה נשלחה ✉️
relay-closed = אפשר לכתוב דרך הבוט רק בבקשה שמשובצת כרגע.
relay-invalid = אפשר לכתוב הודעה של עד { $limit ->
        [one] תו אחד
       *[other] { $limit } תווים
    }?
relay-message = ✉️ הודעה מ־{ $name } (בקשה #{ $number }):
    { $text }
relay-reply = ✉️ לענות

digest-volunteering-line = • { $category } · { $place } · מתי: { $urgency }

req-mine-title = { $form ->
        [f] הבקשות הפתוחות שלך:
        [p] הבקשות הפתוחות שלכם:
       *[m] הבקשות הפתוחות שלך:
    }
req-new = ➕ בקשה חדשה
req-cancel-one = ❌ ביטול בקשה #{ $number }
req-withdrawn = { $form ->
        [f] בקשה #{ $number } בוטלה. אם תצטרכי עזרה שוב, אנחנו כאן.
        [p] בקשה #{ $number } בוטלה. אם תצטרכו עזרה שוב, אנחנו כאן.
       *[m] בקשה #{ $number } בוטלה. אם תצטרך עזרה שוב, אנחנו כאן.
    }
request-cancelled-volunteer = בקשה #{ $number } בוטלה, כי כבר אין בה צורך. תודה על העזרה והנכונות 💛
help-summary-new =
    📌 בקשה חדשה: { $category }
    📍 { $place }
    ⏱️ { $urgency } · { $times }
offer-already-withdrawn = הבקשה הזאת כבר לא צריכה עזרה: היא בוטלה. תודה על הנכונות 💛
help-relaxed-time = בלי להתחשב בזמנים
help-relaxed-place = גם מחוץ לאזור
admin-search-widened = אף מתנדב לא התאים לכל הסינונים, אז הרחבנו את החיפוש ({ $relaxed }). מצב הבקשה: { $state }
admin-search-nobody = גם בחיפוש המורחב (בלי זמנים ומחוץ לאזור) לא נמצא אף מתנדב חדש. אפשר לשבץ ידנית.
escalation-excluded = { $total ->
        [one] נבדק מתנדב אחד, והוא לא התאים
       *[other] נבדקו { $total } מתנדבים, ולא התאימו
    }: { $counts }
escalation-no-volunteers = אין עדיין מתנדבים פעילים.
words-weekdays = ימי חול, ימי החול, כל ימי החול, א עד ה, ראשון עד חמישי
request-released-volunteer = תודה על העזרה בבקשה #{ $number } 💛 עדכנו אותנו שהיא עדיין לא נפתרה, אז נחפש מתנדב נוסף. אין צורך לעשות דבר.
