## Volunteer matching: profiles, help requests, offers, follow-up, coordinators.

menu-ask-help = 🤝 בקשת עזרה
menu-volunteer = 🙋 פרופיל התנדבות
menu-help-requests = 📋 בקשות סיוע (רכזים)

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
help-state-offered = הוצעה למתנדב/ת
help-state-matched = נמצא/ה מתנדב/ת
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
help-filter-asked = כבר נשאל/ה
help-filter-skill = אין התחום
help-filter-language = אין שפה משותפת
help-filter-place = לא באזור
help-filter-time = אין זמן משותף
help-filter-load = הגיע/ה למכסה

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
ask-name = איך לקרוא לך? (השם יוצג רק למי שיתאמו איתך)
ask-name-invalid = אפשר לכתוב שם של עד { $limit } תווים?
ask-phone = אפשר להשאיר מספר טלפון כדי שיוכלו ליצור קשר. המספר יימסר רק אחרי שיבוץ, ורק לצד השני.
ask-phone-skip = בלי טלפון, דרך הבוט

vol-intro = איזה כיף { $form ->
        [p] שבאתם
       *[other] שבאת
    } להתנדב 💛 כמה שאלות קצרות, ואפשר לשנות הכול בכל זמן.
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
        [p] הפרופיל שלכם
       *[other] הפרופיל שלך
    }
    שם: { $name }
    תחומים: { $skills }
    אזורים: { $places }
    זמנים: { $times }
    שפות: { $languages }
    עד { $load } בקשות בבת אחת
    מצב: { $status }
vol-status-active = פעיל ✅
vol-status-paused = בהפסקה ⏸️
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
vol-no-requests = עדיין אין בקשות { $form ->
        [p] שטיפלתם
       *[other] שטיפלת
    } בהן.
vol-requests-title = { $form ->
        [p] הבקשות שלכם:
       *[other] הבקשות שלך:
    }
vol-request-line = #{ $number } { $category } · { $place } · { $state }

req-who-prompt = בשביל מי הבקשה? (שם)
req-who-phone = מה מספר הטלפון שלו/ה? (יימסר רק למתנדב/ת שיקבלו את הבקשה)
req-who-phone-skip = אין מספר
req-category-prompt = במה צריך עזרה?
req-description-prompt = { $form ->
        [f] ספרי
        [p] ספרו
       *[m] ספר
    } בקצרה מה צריך (עד { $limit } תווים). בלי שם ובלי טלפון — אלה יימסרו רק למתנדב/ת שיקבלו.
req-description-invalid = אפשר לכתוב תיאור של עד { $limit } תווים?
req-skip = לדלג
req-locality-prompt = באיזה יישוב?
req-urgency-prompt = עד מתי צריך?
req-times-prompt = באילו שעות נוח? אפשר לבחור כמה, ואז „סיימתי”.
req-any-time = כל שעה
req-language-prompt = באיזו שפה נוח לדבר?
req-phone-prompt = איך המתנדב/ת יוכלו ליצור קשר? אפשר לשתף מספר טלפון, לכתוב אותו, או לדבר דרך הבוט. המספר יימסר רק למי שיקבלו את הבקשה.
req-phone-skip = דרך הבוט
req-confirm =
    זו הבקשה:
    { $summary }
    לשלוח?
req-send = ✅ לשלוח
req-cancel = ביטול
req-cancelled = הבקשה לא נשלחה.
req-sent = הבקשה #{ $number } נשלחה 🙏 אנחנו מחפשים מתנדב/ת ונעדכן ברגע שמישהו יקבל אותה.

offer-text =
    🤝 בקשת עזרה שמתאימה לך:
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
offer-accepted = תודה רבה! 🙏 פרטי הקשר בדרך { $form ->
        [p] אליכם.
       *[other] אליך.
    }
offer-declined-thanks = תודה על התשובה! נעביר את הבקשה למישהו אחר.
offer-expired = לא הספקנו לקבל תשובה על בקשה #{ $number }, אז העברנו אותה הלאה. הכול בסדר 🙂
offer-taken-later = בקשה #{ $number } כבר נלקחה על ידי מתנדב/ת אחר/ת. תודה על הנכונות 💛
offer-withdrawn = בקשה #{ $number } כבר לא צריכה עזרה: מי שביקש/ה ביטל/ה אותה. תודה על הנכונות 💛
offer-already-taken = מישהו אחר כבר קיבל את הבקשה הזאת. תודה על הנכונות 💛
offer-already-accepted = את הבקשה הזאת כבר קיבלנו ממך, תודה!
offer-already-declined = על ההצעה הזאת כבר התקבלה תשובה.
offer-already-expired = ההצעה הזאת כבר פגה והועברה הלאה.

contact-with-phone = { $name }, טלפון: { $phone }
contact-write-here = { $name } (אין טלפון: אפשר לכתוב דרך הבוט בכפתור למטה)
contact-write-button = ✉️ לכתוב דרך הבוט
matched-volunteer =
    תודה רבה! 🙏 הבקשה { $form ->
        [p] אצלכם.
       *[other] אצלך.
    }
    { $summary }
    פרטי הקשר: { $contact }
matched-requester = חדשות טובות! 🎉 נמצא/ה מתנדב/ת לבקשה #{ $number } ({ $category }): { $contact }

followup-text = מה שלום הבקשה #{ $number } ({ $category })? היא נפתרה?
followup-yes = ✅ כן, נפתרה
followup-no = ❌ עדיין לא
followup-thanks-yes = איזה יופי! סגרנו את הבקשה. תודה 💛
followup-thanks-no = תודה על העדכון. נחפש שוב מי יוכל לעזור.
followup-already = הבקשה כבר עודכנה ({ $state }).

escalation-text =
    ⚠️ בקשה שצריכה את תשומת לבך:
    { $summary }
    הסיבה: { $reason }
escalation-none = לא נמצא אף מתנדב/ת מתאים/ה.
escalation-unanswered = { $offers } הצעות ברצף בלי שאף אחד קיבל.
escalation-assign = 👤 לשבץ ידנית
escalation-search = 🔄 לחפש שוב

admin-list-title = בקשות פעילות:
admin-list-empty = אין בקשות פעילות כרגע.
admin-request-line = #{ $number } { $category } · { $state }
admin-new-request = ➕ בקשה בשם מישהו
admin-back = ↩️ חזרה
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
admin-assigned = { $name } שובץ/ה לבקשה #{ $number }. שני הצדדים קיבלו את פרטי הקשר.
admin-assign-failed = לא ניתן לשבץ: הבקשה כבר לא פתוחה.
admin-searching = מחפשים שוב. מצב הבקשה: { $state }

relay-prompt = מה לכתוב? אעביר את ההודעה כמו שהיא.
relay-sent = ההודעה נשלחה ✉️
relay-closed = אפשר לכתוב דרך הבוט רק בבקשה שמשובצת כרגע.
relay-invalid = אפשר לכתוב הודעה של עד { $limit } תווים?
relay-message = ✉️ הודעה מ{ $name } (בקשה #{ $number }):
    { $text }
relay-reply = ✉️ לענות

digest-volunteering-line = • { $category } · { $place } · { $urgency }

req-mine-title = הבקשות הפתוחות שלך:
req-new = ➕ בקשה חדשה
req-cancel-one = ❌ ביטול בקשה #{ $number }
req-withdrawn = בקשה #{ $number } בוטלה. אם תצטרכו עזרה שוב, אנחנו כאן.
request-cancelled-volunteer = בקשה #{ $number } בוטלה על ידי מי שביקש/ה אותה. תודה על העזרה והנכונות 💛
help-summary-new =
    📌 בקשה חדשה: { $category }
    📍 { $place }
    ⏱️ { $urgency } · { $times }
offer-already-withdrawn = הבקשה הזאת כבר לא צריכה עזרה: היא בוטלה. תודה על הנכונות 💛
help-relaxed-time = בלי להתחשב בזמנים
help-relaxed-place = גם מחוץ לאזור
admin-search-widened = לא נמצא מי שמתאים/ה בכל הסינונים, אז הרחבנו את החיפוש ({ $relaxed }). מצב הבקשה: { $state }
admin-search-nobody = גם בחיפוש המורחב (בלי זמנים ומחוץ לאזור) לא נמצא אף מתנדב/ת חדש/ה. אפשר לשבץ ידנית.
escalation-excluded = { $total ->
        [one] נבדק/ה מתנדב/ת אחד/ת, ולא התאים/ה
       *[other] נבדקו { $total } מתנדבים, ולא התאימו
    }: { $counts }
escalation-no-volunteers = אין עדיין מתנדבים פעילים.
words-weekdays = ימי חול, ימי החול, כל ימי החול, א עד ה, ראשון עד חמישי
request-released-volunteer = תודה על העזרה בבקשה #{ $number } 💛 מי שביקש/ה עדכן/ה שעדיין לא נפתרה, אז נחפש מתנדב/ת נוסף/ת. אין צורך לעשות דבר.
