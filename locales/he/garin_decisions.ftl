## החלטות בגרעין: הצעות, סקרים ותיאום מועד. $form היא צורת הפנייה: m / f / p.

menu-garin-decisions = 🗳️ החלטות הגרעין
garin-cancel = ✖️ ביטול

garin-decision-kind-proposal = 🤝 הצעה להחלטה
garin-decision-kind-single = 🔘 סקר: בחירה אחת
garin-decision-kind-multi = ☑️ סקר: כמה בחירות
garin-decision-kind-time = 📅 מתי נוח להיפגש?

garin-decision-new-proposal = 🗳️ הצעה להחלטה ב{ $garin }:
garin-decision-new-single = 🗳️ סקר ב{ $garin }:
garin-decision-new-multi = 🗳️ סקר ב{ $garin }:
garin-decision-new-time = 📅 מתי נוח להיפגש? { $garin } בוחר מועד:
garin-decision-deadline = ⏳ אפשר לענות עד { $when }
garin-decision-quorum = { $quorum ->
        [one] צריך לפחות תשובה אחת.
        [two] צריך לפחות שתי תשובות.
       *[other] צריך לפחות { $quorum } תשובות.
    }
garin-decision-how-proposal = { $form ->
        [f] בעד, נמנעת, נגד, או וטו (התנגדות עקרונית שעוצרת את ההצעה). אפשר לשנות את התשובה עד אז.
        [m] בעד, נמנע, נגד, או וטו (התנגדות עקרונית שעוצרת את ההצעה). אפשר לשנות את התשובה עד אז.
       *[p] בעד, נמנעים, נגד, או וטו (התנגדות עקרונית שעוצרת את ההצעה). אפשר לשנות את התשובה עד אז.
    }
garin-decision-how-single = { $form ->
        [f] בחרי אפשרות אחת. אפשר לשנות את התשובה עד אז.
        [m] בחר אפשרות אחת. אפשר לשנות את התשובה עד אז.
       *[p] בחרו אפשרות אחת. אפשר לשנות את התשובה עד אז.
    }
garin-decision-how-multi = { $form ->
        [f] סמני כל אפשרות שמתאימה לך; לחיצה נוספת מבטלת.
        [m] סמן כל אפשרות שמתאימה לך; לחיצה נוספת מבטלת.
       *[p] סמנו כל אפשרות שמתאימה לכם; לחיצה נוספת מבטלת.
    }
garin-decision-how-time = { $form ->
        [f] סמני כל מועד שנוח לך; לחיצה נוספת מבטלת.
        [m] סמן כל מועד שנוח לך; לחיצה נוספת מבטלת.
       *[p] סמנו כל מועד שנוח לכם; לחיצה נוספת מבטלת.
    }

garin-vote-agree = בעד
garin-vote-abstain = { $form ->
        [f] נמנעת
        [m] נמנע
       *[p] נמנעים
    }
garin-vote-disagree = נגד
garin-vote-block = וטו
garin-vote-nothing = לא נבחר דבר
garin-decision-count-line = • { $option }: { $count }

garin-decision-closed-title = 📌 החלטה נסגרה ב{ $garin }:
garin-outcome-passed = ✅ ההצעה התקבלה.
garin-outcome-rejected = ❌ ההצעה לא התקבלה.
garin-outcome-blocked = ✋ ההצעה נעצרה בווטו.
garin-outcome-chosen = ✅ נבחר: { $winner }
garin-outcome-tie = ⚖️ תיקו בין: { $winner }
garin-outcome-no-votes = איש לא ענה.
garin-outcome-quorum-missed = { $quorum ->
        [one] ⚠️ אין החלטה: היה צריך תשובה אחת והתקבלו { $voters }.
        [two] ⚠️ אין החלטה: היה צריך שתי תשובות והתקבלו { $voters }.
       *[other] ⚠️ אין החלטה: היה צריך { $quorum } תשובות והתקבלו { $voters }.
    }
garin-decision-turnout = { $members ->
        [one] ענו { $voters } מתוך חבר אחד.
        [two] ענו { $voters } מתוך שני חברים.
       *[other] ענו { $voters } מתוך { $members } חברים.
    }
garin-decision-reminder = { $form ->
        [f] ⏰ תזכורת: עוד לא ענית, ואפשר לענות עד { $when }.
        [m] ⏰ תזכורת: עוד לא ענית, ואפשר לענות עד { $when }.
       *[p] ⏰ תזכורת: עוד לא עניתם, ואפשר לענות עד { $when }.
    }

garin-decision-gone = ההחלטה הזאת כבר לא קיימת.
garin-decision-already-closed = ההחלטה הזאת כבר נסגרה, ולכן התשובה לא נרשמה. התוצאה מופיעה ב„החלטות הגרעין”.
garin-decision-not-member = רק חברי הגרעין יכולים לענות על זה.
garin-vote-saved = { $form ->
        [f] 🗳️ התשובה שלך נשמרה: { $ballot }. אפשר לשנות אותה עד { $when }.
        [m] 🗳️ התשובה שלך נשמרה: { $ballot }. אפשר לשנות אותה עד { $when }.
       *[p] 🗳️ התשובה שלכם נשמרה: { $ballot }. אפשר לשנות אותה עד { $when }.
    }
garin-vote-toggle-more = { $form ->
        [f] אפשר ללחוץ על אפשרות נוספת כדי להוסיף אותה, או על מסומנת כדי לבטל.
        [m] אפשר ללחוץ על אפשרות נוספת כדי להוסיף אותה, או על מסומנת כדי לבטל.
       *[p] אפשר ללחוץ על אפשרות נוספת כדי להוסיף אותה, או על מסומנת כדי לבטל.
    }
garin-vote-skip = ⏭️ בלי הערה
garin-vote-comment-ask = { $form ->
        [f] רוצה להוסיף הערה לרכזת או לרכז הגרעין? כתבי אותה, או לחצי „בלי הערה”.
        [m] רוצה להוסיף הערה לרכזת או לרכז הגרעין? כתוב אותה, או לחץ „בלי הערה”.
       *[p] רוצים להוסיף הערה לרכזת או לרכז הגרעין? כתבו אותה, או לחצו „בלי הערה”.
    }
garin-vote-comment-invalid = { $form ->
        [f] אפשר לכתוב הערה של עד { $most } תווים.
        [m] אפשר לכתוב הערה של עד { $most } תווים.
       *[p] אפשר לכתוב הערה של עד { $most } תווים.
    }
garin-vote-comment-saved = 💬 ההערה נשמרה.

garin-decision-no-garin = { $form ->
        [f] את עדיין לא מרכזת או מלווה גרעין, אז אין איפה לפתוח החלטה.
        [m] אתה עדיין לא מרכז או מלווה גרעין, אז אין איפה לפתוח החלטה.
       *[p] אתם עדיין לא מרכזים או מלווים גרעין, אז אין איפה לפתוח החלטה.
    }
garin-decision-pick-garin = באיזה גרעין?
garin-decision-pick-kind = { $form ->
        [f] מה תרצי לשאול את הקבוצה?
        [m] מה תרצה לשאול את הקבוצה?
       *[p] מה תרצו לשאול את הקבוצה?
    }
garin-decision-ask-question-proposal = { $form ->
        [f] כתבי את ההצעה, בהודעה אחת.
        [m] כתוב את ההצעה, בהודעה אחת.
       *[p] כתבו את ההצעה, בהודעה אחת.
    }
garin-decision-ask-question-single = { $form ->
        [f] כתבי את שאלת הסקר.
        [m] כתוב את שאלת הסקר.
       *[p] כתבו את שאלת הסקר.
    }
garin-decision-ask-question-multi = { $form ->
        [f] כתבי את שאלת הסקר.
        [m] כתוב את שאלת הסקר.
       *[p] כתבו את שאלת הסקר.
    }
garin-decision-ask-question-time = { $form ->
        [f] על מה המפגש? (שורה אחת, למשל „ערב תכנון”)
        [m] על מה המפגש? (שורה אחת, למשל „ערב תכנון”)
       *[p] על מה המפגש? (שורה אחת, למשל „ערב תכנון”)
    }
garin-decision-question-invalid = { $form ->
        [f] כתבי את השאלה בעד { $most } תווים.
        [m] כתוב את השאלה בעד { $most } תווים.
       *[p] כתבו את השאלה בעד { $most } תווים.
    }
garin-decision-ask-options = { $form ->
        [f] כתבי את האפשרויות, אחת בכל שורה (בין 2 ל־{ $most }).
        [m] כתוב את האפשרויות, אחת בכל שורה (בין 2 ל־{ $most }).
       *[p] כתבו את האפשרויות, אחת בכל שורה (בין 2 ל־{ $most }).
    }
garin-decision-ask-times = { $form ->
        [f] כתבי את המועדים האפשריים, אחד בכל שורה, למשל „3.12 20:00” או „מחר 19:30” (בין 2 ל־{ $most }).
        [m] כתוב את המועדים האפשריים, אחד בכל שורה, למשל „3.12 20:00” או „מחר 19:30” (בין 2 ל־{ $most }).
       *[p] כתבו את המועדים האפשריים, אחד בכל שורה, למשל „3.12 20:00” או „מחר 19:30” (בין 2 ל־{ $most }).
    }
garin-decision-options-count = { $form ->
        [f] כתבי בין 2 ל־{ $most } אפשרויות שונות, אחת בכל שורה.
        [m] כתוב בין 2 ל־{ $most } אפשרויות שונות, אחת בכל שורה.
       *[p] כתבו בין 2 ל־{ $most } אפשרויות שונות, אחת בכל שורה.
    }
garin-decision-option-too-long = אפשרות יכולה להיות באורך של עד { $most } תווים.
garin-decision-time-invalid = { $form ->
        [f] לא הצלחתי לקרוא את „{ $line }” כמועד שעוד לפנינו. כתבי למשל „3.12 20:00”.
        [m] לא הצלחתי לקרוא את „{ $line }” כמועד שעוד לפנינו. כתוב למשל „3.12 20:00”.
       *[p] לא הצלחתי לקרוא את „{ $line }” כמועד שעוד לפנינו. כתבו למשל „3.12 20:00”.
    }
garin-decision-ask-deadline = { $form ->
        [f] עד מתי אפשר לענות? בחרי, או כתבי תאריך ושעה (למשל „5.12 18:00”).
        [m] עד מתי אפשר לענות? בחר, או כתוב תאריך ושעה (למשל „5.12 18:00”).
       *[p] עד מתי אפשר לענות? בחרו, או כתבו תאריך ושעה (למשל „5.12 18:00”).
    }
garin-decision-in-days = { $days ->
        [one] ⏳ יום אחד
        [two] ⏳ יומיים
       *[other] ⏳ { $days } ימים
    }
garin-decision-deadline-invalid = { $form ->
        [f] לא הצלחתי לקרוא את זה כמועד שעוד לפנינו. כתבי למשל „5.12 18:00”.
        [m] לא הצלחתי לקרוא את זה כמועד שעוד לפנינו. כתוב למשל „5.12 18:00”.
       *[p] לא הצלחתי לקרוא את זה כמועד שעוד לפנינו. כתבו למשל „5.12 18:00”.
    }
garin-decision-deadline-after-times = התשובות צריכות להיסגר לפני המועד המוצע הראשון.
garin-decision-ask-quorum = { $form ->
        [f] כמה תשובות צריך כדי שההחלטה תיחשב? בגרעין { $members } חברים. כתבי מספר או אחוז (למשל „50%”), או בחרי בלי מניין.
        [m] כמה תשובות צריך כדי שההחלטה תיחשב? בגרעין { $members } חברים. כתוב מספר או אחוז (למשל „50%”), או בחר בלי מניין.
       *[p] כמה תשובות צריך כדי שההחלטה תיחשב? בגרעין { $members } חברים. כתבו מספר או אחוז (למשל „50%”), או בחרו בלי מניין.
    }
garin-decision-no-quorum = בלי מניין
garin-decision-quorum-invalid = { $form ->
        [f] כתבי מספר חברים בין 1 ל־{ $members }, או אחוז כמו „50%”.
        [m] כתוב מספר חברים בין 1 ל־{ $members }, או אחוז כמו „50%”.
       *[p] כתבו מספר חברים בין 1 ל־{ $members }, או אחוז כמו „50%”.
    }
garin-decision-preview = 👀 כך זה יגיע לכל חברי הגרעין:
garin-decision-preview-options = האפשרויות: { $options }
garin-decision-send = 📤 שליחה לקבוצה
garin-decision-dropped = ההחלטה לא נשלחה.
garin-decision-opened = { $members ->
        [one] 📤 נשלח לחבר אחד. התשובות נסגרות ב{ $when }, ואז תגיע התוצאה.
        [two] 📤 נשלח לשני חברים. התשובות נסגרות ב{ $when }, ואז תגיע התוצאה.
       *[other] 📤 נשלח ל־{ $members } חברים. התשובות נסגרות ב{ $when }, ואז תגיע התוצאה.
    }

garin-decisions-title = { $form ->
        [f] ההחלטות של הקבוצה (🗳️ פתוחה · 📌 נסגרה). בחרי אחת כדי לראות אותה:
        [m] ההחלטות של הקבוצה (🗳️ פתוחה · 📌 נסגרה). בחר אחת כדי לראות אותה:
       *[p] ההחלטות של הקבוצה (🗳️ פתוחה · 📌 נסגרה). בחרו אחת כדי לראות אותה:
    }
garin-decisions-none = לקבוצה עוד אין החלטות.
garin-decisions-new = ➕ החלטה חדשה
garin-decisions-to-menu = ↩️ לתפריט
garin-decisions-back = ↩️ חזרה
garin-decision-counts-so-far = { $voters ->
        [one] תשובה אחת עד עכשיו:
        [two] שתי תשובות עד עכשיו:
       *[other] { $voters } תשובות עד עכשיו:
    }
garin-decision-your-ballot = { $form ->
        [f] התשובה שלך: { $ballot }
        [m] התשובה שלך: { $ballot }
       *[p] התשובה שלכם: { $ballot }
    }
garin-decision-you-not-voted = { $form ->
        [f] עוד לא ענית.
        [m] עוד לא ענית.
       *[p] עוד לא עניתם.
    }
garin-decision-who-title = { $form ->
        [f] 👁️ מי ענה מה (רק את רואה את זה):
        [m] 👁️ מי ענה מה (רק אתה רואה את זה):
       *[p] 👁️ מי ענה מה (רק אתם רואים את זה):
    }
garin-decision-voter-line = • { $name }: { $ballot }
garin-decision-voter-comment =   💬 { $comment }
garin-decision-former-member = חבר לשעבר
garin-decision-waiting = { $count ->
        [one] עוד לא ענה: { $names }
       *[other] עוד לא ענו ({ $count }): { $names }
    }

outbox-kind-garin-decision = החלטה בגרעין
outbox-kind-garin-decision-reminder = תזכורת להחלטה בגרעין
outbox-kind-garin-decision-outcome = תוצאת החלטה בגרעין
outbox-kind-garin-decision-remind = שליחת תזכורת להחלטה בגרעין
outbox-kind-garin-decision-close = סגירת החלטה בגרעין

garin-home-no-open-decisions = 🗳️ אין החלטות פתוחות.
garin-home-open-decisions = { $count ->
        [one] 🗳️ החלטה פתוחה אחת:
        [two] 🗳️ שתי החלטות פתוחות:
       *[other] 🗳️ { $count } החלטות פתוחות:
    }
garin-home-decision-answered = • { $question } (עד { $when }) ✅ נענתה
garin-home-decision-waiting = { $form ->
        [f] • { $question } (עד { $when }) ⏳ מחכה לתשובה שלך
        [m] • { $question } (עד { $when }) ⏳ מחכה לתשובה שלך
       *[p] • { $question } (עד { $when }) ⏳ מחכה לתשובה שלכם
    }

garin-decision-unnamed-member = חבר בגרעין
