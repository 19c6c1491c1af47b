## First contact, menu, help, privacy and errors. $form is the reader's form of address: m / f / p.

language-prompt =
    שלום! 👋 באיזו שפה נמשיך?
    Choose a language · اختر اللغة · Выберите язык
lang-he = עברית
lang-ar = العربية
lang-en = English
lang-ru = Русский

form-prompt = איך לפנות אליך?
form-m = בלשון זכר
form-f = בלשון נקבה
form-p = בלשון רבים

privacy-notice =
    לפני שמתחילים, כמה מילים על פרטיות 🔒
    כדי לעזור { $form ->
        [p] לכם
       *[other] לך
    } נשמור את מה ש{ $form ->
        [f] תספרי
        [p] תספרו
       *[m] תספר
    } לנו כאן: תשובות לסקר, הרשמה לחוגי בית והתנדבות. נשתמש בזה רק לתיאום הפעילות, ולא נעביר את הפרטים לאף אחד בלי רשות.
    בכל רגע אפשר לכתוב „המידע שלי” כדי לקבל את כל מה שנשמר, או „מחק אותי” כדי למחוק הכול.
    { $form ->
        [f] את מסכימה?
        [p] אתם מסכימים?
       *[m] אתה מסכים?
    }
consent-yes = { $form ->
        [f] מסכימה
        [p] מסכימים
       *[m] מסכים
    }
consent-no = לא עכשיו
consent-declined =
    בסדר גמור. בלי הסכמה לא נשמור עליך שום פרט. אם { $form ->
        [f] תשני את דעתך, כתבי
        [p] תשנו את דעתכם, כתבו
       *[m] תשנה את דעתך, כתוב
    } „התחלה”.
consent-required = כדי להמשיך צריך קודם להסכים לתנאי הפרטיות.
welcome = { $form ->
        [f] ברוכה הבאה!
        [p] ברוכים הבאים!
       *[m] ברוך הבא!
    } 🎉 זה התפריט הראשי. תמיד אפשר לכתוב „תפריט” כדי לחזור אליו, או „עזרה”.

menu-title = { $form ->
        [f] מה תרצי לעשות?
        [p] מה תרצו לעשות?
       *[m] מה תרצה לעשות?
    }
menu-settings = ⚙️ שפה ואופן פנייה
menu-link-phone = 📱 קישור מספר טלפון
menu-mydata = 📄 המידע שלי
menu-deleteme = 🗑️ מחיקת המידע שלי

help-text =
    כך מדברים איתי:
    • „תפריט” – חזרה לתפריט הראשי
    • „חזרה” – לשאלה הקודמת
    • „ביטול” – יציאה ממה שעושים עכשיו
    • „המידע שלי” – קובץ עם כל מה שנשמר עליך
    • „מחק אותי” – מחיקת כל המידע
    אפשר ללחוץ על הכפתורים או לכתוב את מספר האפשרות.

not-understood = לא הבנתי 🙈 אפשר לבחור אחת מהאפשרויות, או לכתוב „עזרה”.
media-unsupported = כרגע אני יודע לקרוא כאן רק טקסט ✍️ אפשר לכתוב לי במילים?
text-too-long = ההודעה ארוכה מדי ({ $length } תווים). אפשר לקצר עד { $limit } תווים?
empty-text = לא קיבלתי טקסט. אפשר לנסות שוב?
stale-button = הכפתור הזה שייך להודעה קודמת ⏳ הנה איפה שאנחנו עכשיו:
nothing-to-go-back = אין לאן לחזור מכאן.
cancelled = בוטל. חזרנו לתפריט הראשי.
not-allowed = הפעולה הזאת שמורה לרכזים ולרכזות.
error-internal = אופס, משהו השתבש אצלנו 😕 לא איבדנו את מה שכבר נשמר. אפשר לנסות שוב בעוד רגע.
resume-prompt = ממשיכים מאיפה שעצרנו:

settings-done = עודכן ✔️

link-phone-prompt = { $form ->
        [f] כדי לחבר את החשבון הזה לוואטסאפ, שתפי את מספר הטלפון שלך בכפתור למטה.
        [p] כדי לחבר את החשבון הזה לוואטסאפ, שתפו את מספר הטלפון שלכם בכפתור למטה.
       *[m] כדי לחבר את החשבון הזה לוואטסאפ, שתף את מספר הטלפון שלך בכפתור למטה.
    }
link-phone-button = 📱 שיתוף המספר שלי
link-phone-done = המספר נשמר והחשבונות חוברו ✔️
link-phone-not-own = אפשר לשתף רק את המספר שלך.
link-phone-invalid = המספר הזה לא נראה תקין.

mydata-caption = זה כל המידע שנשמר עליך 📄
deleteme-confirm = { $form ->
        [f] בטוחה? כל המידע שלך יימחק לצמיתות, ואי אפשר יהיה לשחזר אותו.
        [p] בטוחים? כל המידע שלכם יימחק לצמיתות, ואי אפשר יהיה לשחזר אותו.
       *[m] בטוח? כל המידע שלך יימחק לצמיתות, ואי אפשר יהיה לשחזר אותו.
    }
deleteme-yes = כן, למחוק הכול
deleteme-no = לא, להשאיר
deleteme-done = המידע { $form ->
        [p] שלכם נמחק. תודה שהייתם
       *[other] שלך נמחק. תודה שהיית
    } איתנו 💙 אפשר לחזור בכל עת עם „התחלה”.
deleteme-kept = לא מחקנו דבר.

# Telegram command descriptions (setMyCommands)
cmd-start = התחלה מחדש
cmd-menu = התפריט הראשי
cmd-help = עזרה
cmd-back = חזרה לשאלה הקודמת
cmd-cancel = ביטול הפעולה הנוכחית
cmd-mydata = המידע שלי
cmd-deleteme = מחיקת המידע שלי

# Universal words, matched in every language (comma-separated)
words-start = התחלה, התחל, שלום, start
words-menu = תפריט, menu
words-help = עזרה, help
words-back = חזרה, חזור, אחורה, back
words-cancel = ביטול, בטל, cancel
words-mydata = המידע שלי, my data
words-deleteme = מחק אותי, מחקו אותי, delete me

# WhatsApp: the button that opens a list of options (at most 20 characters)
wa-list-button = בחירה
