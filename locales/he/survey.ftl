## The survey's own words (the questions themselves live in conversations/surveys/*.yaml).

menu-survey-start = 📋 לענות על הסקר
menu-survey-continue = ▶️ להמשיך את הסקר
menu-survey-review = 📋 התשובות שלי לסקר
menu-survey-summary = 📊 סיכום הסקר

survey-progress = ({ $n }/{ $total })
survey-skip = ⏭️ דילוג
survey-back = ↪️ חזרה
survey-done = ✔️ סיימתי
survey-yes = כן
survey-no = לא
survey-welcome-back = { $form ->
        [f] טוב שחזרת! ממשיכים מאיפה שעצרנו 👇
        [p] טוב שחזרתם! ממשיכים מאיפה שעצרנו 👇
       *[m] טוב שחזרת! ממשיכים מאיפה שעצרנו 👇
    }
survey-already-done = { $form ->
        [f] כבר ענית על הסקר, תודה! אלה התשובות ששמרנו, ואפשר לשנות כל אחת מהן.
        [p] כבר עניתם על הסקר, תודה! אלה התשובות ששמרנו, ואפשר לשנות כל אחת מהן.
       *[m] כבר ענית על הסקר, תודה! אלה התשובות ששמרנו, ואפשר לשנות כל אחת מהן.
    }
survey-unknown = הסקר הזה כבר לא פעיל.

survey-required = זו שאלה שחשוב לנו לקבל עליה תשובה, ואי אפשר לדלג עליה.
survey-not-an-option = { $form ->
        [f] בחרי
        [p] בחרו
       *[m] בחר
    } אחת מהאפשרויות, בלחיצה או בכתיבת המספר שלה.
survey-type-answer = כאן צריך לכתוב את התשובה, במילים או בספרות ✍️
survey-multi-empty = { $form ->
        [f] בחרי
        [p] בחרו
       *[m] בחר
    } לפחות אפשרות אחת, ואז „סיימתי”.
survey-invalid-number = זה לא נראה לי מספר. אפשר לכתוב רק ספרות, למשל 2019.
survey-invalid-range = צריך מספר בין { $low } ל־{ $high }.
survey-invalid-empty = לא קיבלתי תשובה. אפשר לכתוב שוב?
survey-invalid-length = התשובה ארוכה מדי ({ $length ->
        [one] תו אחד
       *[other] { $length } תווים
    }). אפשר לקצר עד { $limit ->
        [one] תו אחד
       *[other] { $limit } תווים
    }?
survey-invalid-date = לא הצלחתי לקרוא את התאריך. { $form ->
        [f] כתבי
        [p] כתבו
       *[m] כתוב
    } יום/חודש/שנה, למשל { $example }.

survey-locality-unknown = לא מצאתי יישוב בשם „{ $text }”. אפשר לנסות לכתוב אחרת?
survey-locality-pick = למה { $form ->
        [f] התכוונת
        [p] התכוונתם
       *[m] התכוונת
    }?
survey-locality-none = אף אחד מאלה – אכתוב שוב
survey-locality-found = 📍 { $place } ({ $region })

survey-review-title = { $form ->
        [f] כמעט סיימנו! אלה התשובות שלך:
        [p] כמעט סיימנו! אלה התשובות שלכם:
       *[m] כמעט סיימנו! אלה התשובות שלך:
    }
survey-review-skipped = (דילוג)
survey-review-missing = (עוד אין תשובה)
survey-submit = ✅ שליחה
survey-change = ✏️ לשנות תשובה
survey-change-prompt = איזו תשובה { $form ->
        [f] תרצי
        [p] תרצו
       *[m] תרצה
    } לשנות?

survey-nudge = היי 👋 { $form ->
        [f] התחלת את הסקר וענית
        [p] התחלתם את הסקר ועניתם
       *[m] התחלת את הסקר וענית
    } על { $answered } מתוך { $total ->
        [one] שאלה אחת
       *[other] { $total } שאלות
    }. נשארו רק כמה דקות – { $form ->
        [f] רוצה להמשיך מאיפה שעצרת?
        [p] רוצים להמשיך מאיפה שעצרתם?
       *[m] רוצה להמשיך מאיפה שעצרת?
    }
survey-nudge-continue = ▶️ להמשיך את הסקר

## Results for coordinators
survey-col-person = מזהה
survey-col-channel = ערוץ
survey-col-language = שפה
survey-col-status = סטטוס
survey-col-started = התחלה
survey-col-finished = סיום
survey-col-version = גרסה
survey-col-region = אזור
survey-status-started = בתהליך
survey-status-finished = הושלם
survey-summary-title = 📊 { $title }
survey-summary-funnel = התחילו: { $started } · סיימו: { $finished } ({ $rate }%)
survey-summary-stops = איפה עוצרים:
survey-chart-started = התחילו
survey-chart-finished = סיימו
survey-chart-funnel = כמה ענו על כל שאלה
survey-chart-caption = 📊 גרף

# A bare number on a number question that also names a listed option: the number was taken
survey-number-taken = רשמתי { $number } כתשובה. { $form ->
        [f] אם התכוונת ל„{ $option }”, כתבי „חזרה” ובחרי בזה.
        [p] אם התכוונתם ל„{ $option }”, כתבו „חזרה” ובחרו בזה.
       *[m] אם התכוונת ל„{ $option }”, כתוב „חזרה” ובחר בזה.
    }
