## החלטות בגרעין: הצעות, סקרים ותיאום מועד. $form היא צורת הפנייה: m / f / p.

menu-garin-decisions = 🗳️ החלטות הגרעין
# Leaves what one is doing (drafting a decision, marking a milestone): the same as typing «ביטול».

garin-decision-kind-proposal = 🤝 הצעה להחלטה
garin-decision-kind-single = 🔘 סקר: בחירה אחת
garin-decision-kind-multi = ☑️ סקר: כמה בחירות
garin-decision-kind-time = 📅 מתי נוח להיפגש?

garin-decision-new-proposal = 🗳️ הצעה להחלטה ב{ $garin }:
garin-decision-new-single = 🗳️ סקר ב{ $garin }:
garin-decision-new-multi = 🗳️ סקר ב{ $garin }:
garin-decision-new-time = 📅 מתי נוח להיפגש? ב{ $garin } בוחרים מועד:
garin-decision-deadline = ⏳ אפשר לענות עד { $when }
garin-decision-quorum = { $quorum ->
        [one] צריך לפחות תשובה אחת.
       *[other] צריך לפחות { $quorum } תשובות.
    }
garin-decision-how-proposal = { $form ->
        [m] אפשר לענות בעד, נמנע, נגד או וטו (התנגדות עקרונית שעוצרת את ההצעה). עד אז אפשר לשנות את התשובה.
        [f] אפשר לענות בעד, נמנעת, נגד או וטו (התנגדות עקרונית שעוצרת את ההצעה). עד אז אפשר לשנות את התשובה.
       *[p] אפשר לענות בעד, נמנעים, נגד או וטו (התנגדות עקרונית שעוצרת את ההצעה). עד אז אפשר לשנות את התשובה.
    }
garin-decision-how-single = { $form ->
        [m] בחר אפשרות אחת. עד אז אפשר לשנות את התשובה.
        [f] בחרי אפשרות אחת. עד אז אפשר לשנות את התשובה.
       *[p] בחרו אפשרות אחת. עד אז אפשר לשנות את התשובה.
    }
garin-decision-how-multi = { $form ->
        [m] סמן כל אפשרות שמתאימה לך; לחיצה נוספת מבטלת את הסימון.
        [f] סמני כל אפשרות שמתאימה לך; לחיצה נוספת מבטלת את הסימון.
       *[p] סמנו כל אפשרות שמתאימה לכם; לחיצה נוספת מבטלת את הסימון.
    }
garin-decision-how-time = { $form ->
        [m] סמן כל מועד שנוח לך; לחיצה נוספת מבטלת את הסימון.
        [f] סמני כל מועד שנוח לך; לחיצה נוספת מבטלת את הסימון.
       *[p] סמנו כל מועד שנוח לכם; לחיצה נוספת מבטלת את הסימון.
    }

garin-vote-agree = בעד
garin-vote-abstain = { $form ->
        [m] נמנע
        [f] נמנעת
       *[p] נמנעים
    }
garin-vote-disagree = נגד
garin-vote-block = וטו
garin-vote-nothing = לא נבחר דבר
# A tally line, label and value: «• בעד: 3».
garin-decision-count-line = • { $option }: { $count }

garin-decision-closed-title = 📌 החלטה נסגרה ב{ $garin }:
garin-outcome-passed = ✅ ההצעה התקבלה.
garin-outcome-rejected = ❌ ההצעה לא התקבלה.
garin-outcome-blocked = ✋ ההצעה נעצרה בווטו.
garin-outcome-chosen = ✅ נבחר: { $winner }
garin-outcome-tie = ⚖️ תיקו בין: { $winner }
garin-outcome-no-votes = איש לא ענה.
garin-outcome-quorum-missed = { $quorum ->
        [one] ⚠️ אין החלטה: היה צריך לפחות תשובה אחת, ולא התקבלה אף תשובה.
       *[other] { $voters ->
            [0] ⚠️ אין החלטה: היה צריך { $quorum } תשובות, ולא התקבלה אף תשובה.
            [one] ⚠️ אין החלטה: היה צריך { $quorum } תשובות, והתקבלה רק אחת.
           *[other] ⚠️ אין החלטה: היה צריך { $quorum } תשובות והתקבלו { $voters }.
        }
    }
garin-decision-turnout = { $voters ->
        [0] { $members ->
            [one] החבר היחיד בגרעין לא ענה.
           *[other] אף אחד מ־{ $members } החברים לא ענה.
        }
        [one] { $members ->
            [one] החבר היחיד בגרעין ענה.
           *[other] ענה חבר אחד מתוך { $members }.
        }
       *[other] ענו { $voters } מתוך { $members } חברים.
    }
garin-decision-reminder = { $form ->
        [m] ⏰ תזכורת: עוד לא ענית, ואפשר לענות עד { $when }.
        [f] ⏰ תזכורת: עוד לא ענית, ואפשר לענות עד { $when }.
       *[p] ⏰ תזכורת: עוד לא עניתם, ואפשר לענות עד { $when }.
    }

garin-decision-gone = ההחלטה הזאת כבר לא קיימת.
garin-decision-already-closed = ההחלטה הזאת כבר נסגרה, ולכן התשובה לא נרשמה. התוצאה מופיעה ב„החלטות הגרעין”.
garin-decision-not-member = רק חברי הגרעין יכולים לענות על ההחלטה הזאת.
garin-vote-saved = { $form ->
        [m] 🗳️ התשובה שלך נשמרה: { $ballot }. אפשר לשנות אותה עד { $when }.
        [f] 🗳️ התשובה שלך נשמרה: { $ballot }. אפשר לשנות אותה עד { $when }.
       *[p] 🗳️ התשובה שלכם נשמרה: { $ballot }. אפשר לשנות אותה עד { $when }.
    }
garin-vote-toggle-more = { $form ->
        [m] לחץ על אפשרות נוספת כדי להוסיף אותה, או על אפשרות מסומנת כדי להסיר אותה.
        [f] לחצי על אפשרות נוספת כדי להוסיף אותה, או על אפשרות מסומנת כדי להסיר אותה.
       *[p] לחצו על אפשרות נוספת כדי להוסיף אותה, או על אפשרות מסומנת כדי להסיר אותה.
    }
garin-vote-skip = ⏭️ בלי הערה
garin-vote-comment-ask = { $form ->
        [m] רוצה להוסיף הערה למי שמרכז את הגרעין? כתוב אותה, או לחץ „בלי הערה”.
        [f] רוצה להוסיף הערה למי שמרכז את הגרעין? כתבי אותה, או לחצי „בלי הערה”.
       *[p] רוצים להוסיף הערה למי שמרכז את הגרעין? כתבו אותה, או לחצו „בלי הערה”.
    }
garin-vote-comment-invalid = { $form ->
        [m] ההערה ארוכה מדי. כתוב הערה של עד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
        [f] ההערה ארוכה מדי. כתבי הערה של עד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
       *[p] ההערה ארוכה מדי. כתבו הערה של עד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
    }
garin-vote-comment-saved = 💬 ההערה נשמרה.

garin-decision-no-garin = { $form ->
        [m] אתה עדיין לא מרכז או מלווה גרעין, אז אין איפה לפתוח החלטה.
        [f] את עדיין לא מרכזת או מלווה גרעין, אז אין איפה לפתוח החלטה.
       *[p] אתם עדיין לא מרכזים או מלווים גרעין, אז אין איפה לפתוח החלטה.
    }
garin-decision-pick-garin = { $form ->
        [m] באיזה גרעין? בחר אחד:
        [f] באיזה גרעין? בחרי אחד:
       *[p] באיזה גרעין? בחרו אחד:
    }
garin-decision-pick-kind = { $form ->
        [m] מה תרצה לשאול את הקבוצה?
        [f] מה תרצי לשאול את הקבוצה?
       *[p] מה תרצו לשאול את הקבוצה?
    }
garin-decision-ask-question-proposal = { $form ->
        [m] כתוב את ההצעה בהודעה אחת.
        [f] כתבי את ההצעה בהודעה אחת.
       *[p] כתבו את ההצעה בהודעה אחת.
    }
garin-decision-ask-question-single = { $form ->
        [m] כתוב את שאלת הסקר.
        [f] כתבי את שאלת הסקר.
       *[p] כתבו את שאלת הסקר.
    }
garin-decision-ask-question-multi = { $form ->
        [m] כתוב את שאלת הסקר.
        [f] כתבי את שאלת הסקר.
       *[p] כתבו את שאלת הסקר.
    }
garin-decision-ask-question-time = { $form ->
        [m] על מה המפגש? כתוב שורה אחת, למשל „ערב תכנון”.
        [f] על מה המפגש? כתבי שורה אחת, למשל „ערב תכנון”.
       *[p] על מה המפגש? כתבו שורה אחת, למשל „ערב תכנון”.
    }
garin-decision-question-invalid = { $form ->
        [m] השאלה ארוכה מדי. כתוב אותה בעד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
        [f] השאלה ארוכה מדי. כתבי אותה בעד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
       *[p] השאלה ארוכה מדי. כתבו אותה בעד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
    }
garin-decision-ask-options = { $form ->
        [m] כתוב את האפשרויות, אחת בכל שורה (בין 2 ל־{ $most }).
        [f] כתבי את האפשרויות, אחת בכל שורה (בין 2 ל־{ $most }).
       *[p] כתבו את האפשרויות, אחת בכל שורה (בין 2 ל־{ $most }).
    }
garin-decision-ask-times = { $form ->
        [m] כתוב את המועדים האפשריים, אחד בכל שורה, למשל „3.12 20:00” או „מחר 19:30” (בין 2 ל־{ $most }).
        [f] כתבי את המועדים האפשריים, אחד בכל שורה, למשל „3.12 20:00” או „מחר 19:30” (בין 2 ל־{ $most }).
       *[p] כתבו את המועדים האפשריים, אחד בכל שורה, למשל „3.12 20:00” או „מחר 19:30” (בין 2 ל־{ $most }).
    }
garin-decision-options-count = { $form ->
        [m] כתוב בין 2 ל־{ $most } אפשרויות שונות, אחת בכל שורה.
        [f] כתבי בין 2 ל־{ $most } אפשרויות שונות, אחת בכל שורה.
       *[p] כתבו בין 2 ל־{ $most } אפשרויות שונות, אחת בכל שורה.
    }
garin-decision-option-too-long = { $form ->
        [m] אחת האפשרויות ארוכה מדי. כתוב כל אפשרות בעד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
        [f] אחת האפשרויות ארוכה מדי. כתבי כל אפשרות בעד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
       *[p] אחת האפשרויות ארוכה מדי. כתבו כל אפשרות בעד { $most ->
            [one] תו אחד
           *[other] { $most } תווים
        }.
    }
garin-decision-time-invalid = { $form ->
        [m] לא הצלחתי להבין את „{ $line }” כמועד שעוד לפנינו. כתוב למשל „3.12 20:00”.
        [f] לא הצלחתי להבין את „{ $line }” כמועד שעוד לפנינו. כתבי למשל „3.12 20:00”.
       *[p] לא הצלחתי להבין את „{ $line }” כמועד שעוד לפנינו. כתבו למשל „3.12 20:00”.
    }
garin-decision-ask-deadline = { $form ->
        [m] עד מתי אפשר לענות? בחר, או כתוב תאריך ושעה (למשל „5.12 18:00”).
        [f] עד מתי אפשר לענות? בחרי, או כתבי תאריך ושעה (למשל „5.12 18:00”).
       *[p] עד מתי אפשר לענות? בחרו, או כתבו תאריך ושעה (למשל „5.12 18:00”).
    }
garin-decision-in-days = { $days ->
        [one] ⏳ יום אחד
        [two] ⏳ יומיים
       *[other] ⏳ { $days } ימים
    }
garin-decision-deadline-invalid = { $form ->
        [m] לא הצלחתי להבין את זה כמועד שעוד לפנינו. כתוב למשל „5.12 18:00”.
        [f] לא הצלחתי להבין את זה כמועד שעוד לפנינו. כתבי למשל „5.12 18:00”.
       *[p] לא הצלחתי להבין את זה כמועד שעוד לפנינו. כתבו למשל „5.12 18:00”.
    }
garin-decision-deadline-after-times = התשובות צריכות להיסגר לפני המועד המוצע הראשון.
garin-decision-ask-quorum = { $form ->
        [m] כמה תשובות צריך כדי שההחלטה תיחשב? { $members ->
            [one] בגרעין חבר אחד.
           *[other] בגרעין { $members } חברים.
        } כתוב מספר או אחוז (למשל „50%”), או בחר „בלי מניין”.
        [f] כמה תשובות צריך כדי שההחלטה תיחשב? { $members ->
            [one] בגרעין חבר אחד.
           *[other] בגרעין { $members } חברים.
        } כתבי מספר או אחוז (למשל „50%”), או בחרי „בלי מניין”.
       *[p] כמה תשובות צריך כדי שההחלטה תיחשב? { $members ->
            [one] בגרעין חבר אחד.
           *[other] בגרעין { $members } חברים.
        } כתבו מספר או אחוז (למשל „50%”), או בחרו „בלי מניין”.
    }
garin-decision-no-quorum = בלי מניין
garin-decision-quorum-invalid = { $form ->
        [m] כתוב מספר חברים בין 1 ל־{ $members }, או אחוז כמו „50%”.
        [f] כתבי מספר חברים בין 1 ל־{ $members }, או אחוז כמו „50%”.
       *[p] כתבו מספר חברים בין 1 ל־{ $members }, או אחוז כמו „50%”.
    }
garin-decision-preview = 👀 כך זה יגיע לכל חברי הגרעין:
garin-decision-preview-options = האפשרויות: { $options }
garin-decision-send = 📤 שליחה לקבוצה
garin-decision-dropped = ההחלטה לא נשלחה.
garin-decision-opened = { $members ->
        [one] 📤 נשלח לחבר אחד. התשובות נסגרות ב{ $when }, ואז תגיע התוצאה.
       *[other] 📤 נשלח ל־{ $members } חברים. התשובות נסגרות ב{ $when }, ואז תגיע התוצאה.
    }

garin-decisions-title = { $form ->
        [m] ההחלטות של הקבוצה (🗳️ פתוחה · 📌 נסגרה). בחר אחת כדי לראות אותה:
        [f] ההחלטות של הקבוצה (🗳️ פתוחה · 📌 נסגרה). בחרי אחת כדי לראות אותה:
       *[p] ההחלטות של הקבוצה (🗳️ פתוחה · 📌 נסגרה). בחרו אחת כדי לראות אותה:
    }
garin-decisions-none = לקבוצה עוד אין החלטות.
garin-decisions-new = ➕ החלטה חדשה
garin-decisions-to-menu = ↪️ לתפריט
garin-decisions-back = ↪️ חזרה
garin-decision-counts-so-far = { $voters ->
        [0] עוד אין תשובות:
        [one] תשובה אחת עד עכשיו:
       *[other] { $voters } תשובות עד עכשיו:
    }
garin-decision-your-ballot = { $form ->
        [m] התשובה שלך: { $ballot }
        [f] התשובה שלך: { $ballot }
       *[p] התשובה שלכם: { $ballot }
    }
garin-decision-you-not-voted = { $form ->
        [m] עוד לא ענית.
        [f] עוד לא ענית.
       *[p] עוד לא עניתם.
    }
garin-decision-who-title = { $form ->
        [m] 👁️ מי ענה מה (רק אתה רואה את זה):
        [f] 👁️ מי ענה מה (רק את רואה את זה):
       *[p] 👁️ מי ענה מה (רק אתם רואים את זה):
    }
garin-decision-voter-line = • { $name }: { $ballot }
garin-decision-voter-comment =   💬 { $comment }
garin-decision-former-member = חבר לשעבר
garin-decision-waiting = { $count ->
        [one] ⏳ עוד מחכים לתשובה של { $names }
       *[other] ⏳ עוד מחכים לתשובות של { $count } חברים: { $names }
    }

outbox-kind-garin-decision = החלטה בגרעין
outbox-kind-garin-decision-reminder = תזכורת להחלטה בגרעין
outbox-kind-garin-decision-outcome = תוצאת החלטה בגרעין
outbox-kind-garin-decision-remind = שליחת תזכורת להחלטה בגרעין
outbox-kind-garin-decision-close = סגירת החלטה בגרעין

garin-home-no-open-decisions = 🗳️ אין החלטות פתוחות.
garin-home-open-decisions = { $count ->
        [one] 🗳️ החלטה פתוחה אחת:
       *[other] 🗳️ { $count } החלטות פתוחות:
    }
garin-home-decision-answered = • { $question } (עד { $when }) ✅ נענתה
garin-home-decision-waiting = { $form ->
        [m] • { $question } (עד { $when }) ⏳ מחכה לתשובה שלך
        [f] • { $question } (עד { $when }) ⏳ מחכה לתשובה שלך
       *[p] • { $question } (עד { $when }) ⏳ מחכה לתשובה שלכם
    }

garin-decision-unnamed-member = חבר בגרעין
