# The coordinators' web dashboard (bot/web/) and the public results page.

menu-dashboard = 🖥️ לוח בקרה
dash-link = { $form ->
    [m] הנה הקישור ללוח הבקרה. הוא עובד פעם אחת, במשך { $minutes ->
        [one] דקה אחת
        [two] שתי דקות
       *[other] { $minutes } דקות
    }, ופותח אותו בדפדפן שלך:
    [f] הנה הקישור ללוח הבקרה. הוא עובד פעם אחת, במשך { $minutes ->
        [one] דקה אחת
        [two] שתי דקות
       *[other] { $minutes } דקות
    }, ופותח אותו בדפדפן שלך:
   *[p] הנה הקישור ללוח הבקרה. הוא עובד פעם אחת, במשך { $minutes ->
        [one] דקה אחת
        [two] שתי דקות
       *[other] { $minutes } דקות
    }, ופותח אותו בדפדפן שלכם:
}
    { $link }
dash-name = לוח הבקרה של קהילה
dash-logout = יציאה
dash-login-prompt = { $form ->
    [m] כדי להיכנס ללוח הבקרה, לחץ על הכפתור.
    [f] כדי להיכנס ללוח הבקרה, לחצי על הכפתור.
   *[p] כדי להיכנס ללוח הבקרה, לחצו על הכפתור.
}
dash-login-button = כניסה ללוח הבקרה
dash-login-bad = { $form ->
    [m] הקישור כבר נוצל או שפג תוקפו. בקש קישור חדש מ„🖥️ לוח בקרה” בתפריט של הבוט.
    [f] הקישור כבר נוצל או שפג תוקפו. בקשי קישור חדש מ„🖥️ לוח בקרה” בתפריט של הבוט.
   *[p] הקישור כבר נוצל או שפג תוקפו. בקשו קישור חדש מ„🖥️ לוח בקרה” בתפריט של הבוט.
}
dash-login-needed = { $form ->
    [m] הכניסה הסתיימה. בקש קישור חדש מ„🖥️ לוח בקרה” בתפריט של הבוט.
    [f] הכניסה הסתיימה. בקשי קישור חדש מ„🖥️ לוח בקרה” בתפריט של הבוט.
   *[p] הכניסה הסתיימה. בקשו קישור חדש מ„🖥️ לוח בקרה” בתפריט של הבוט.
}
dash-not-coordinator = לוח הבקרה פתוח לרכזים בלבד.
dash-csrf = הטופס פג תוקף. נא לטעון את הדף מחדש ולנסות שוב.
dash-logged-out = { $form ->
    [m] יצאת מלוח הבקרה.
    [f] יצאת מלוח הבקרה.
   *[p] יצאתם מלוח הבקרה.
}
dash-not-found = אין כאן דף כזה.
dash-scope = מוצגים רק אנשים מהאזור: { $region }
dash-page-overview = סקירה
dash-page-survey = סקר
dash-page-regions = אזורים
dash-page-meetings = חוגי בית
dash-page-matching = התאמות
dash-page-outbox = הודעות ושליחה
dash-col-what = מה
dash-col-people = אנשים
dash-col-week = שבוע מתחיל ב־
dash-col-new = פנו לראשונה
dash-col-finished = סיימו את הסקר
dash-funnel = המסלול: מפנייה ראשונה ועד קבוצה
dash-funnel-contact = פנו לבוט
dash-funnel-consent = נתנו הסכמה
dash-funnel-survey-started = התחילו את הסקר
dash-funnel-survey-finished = סיימו את הסקר
dash-funnel-meeting-signed-up = נרשמו לחוג בית
dash-funnel-meeting-attended = הגיעו לחוג בית
dash-funnel-group-lead = מתעניינים בגרעין
dash-funnel-garin-member = חברים בגרעין
dash-channels = לפי ערוץ
dash-languages = לפי שפה
dash-consent = הסכמה
dash-consent-consented = הסכימו
dash-consent-not_yet = עוד לא הסכימו
dash-consent-opted_out = ביקשו לא לקבל הודעות
dash-activity = פעילות בשבועות האחרונים
dash-activity-note = בכחול: פנו לראשונה; בירוק: סיימו את הסקר.
dash-regions = איפה גרים ולאן רוצים להגיע
dash-col-region = אזור
dash-col-live = גרים שם
dash-col-want = רוצים להגיע
dash-localities = היישובים הגדולים
dash-col-locality = יישוב
dash-survey-intro = { $started ->
    [one] התחיל אדם אחד
   *[other] התחילו { $started } אנשים
}, { $finished ->
    [one] סיים אחד
   *[other] סיימו { $finished }
} ({ $rate }%).
dash-no-survey = אין סקר פעיל.
dash-dropoff = היכן עוצרים
dash-started = התחילו
dash-finished = סיימו
dash-col-question = שאלה
dash-col-reached = הגיעו אליה
dash-col-skipped = דילגו
dash-col-stopped = עצרו בה
dash-col-answer = תשובה
dash-col-percent = %
dash-answered = { $n ->
    [one] ענה אדם אחד.
   *[other] ענו { $n } אנשים.
}
dash-multi-note = { $n ->
    [one] ענה אדם אחד; אפשר היה לבחור כמה תשובות, ולכן הסכום עשוי לעלות על מספר העונים.
   *[other] ענו { $n } אנשים; אפשר היה לבחור כמה תשובות, ולכן הסכום עשוי לעלות על מספר העונים.
}
dash-filter-region = אזור מגורים
dash-filter-locality = יישוב
dash-filter-any = הכול
dash-filter-apply = סינון
dash-filter-clear = ניקוי הסינון
dash-meetings = מילוי, רשימת המתנה והגעה
dash-col-meeting = מפגש
dash-col-when = מתי
dash-col-capacity = מקומות
dash-col-confirmed = נרשמו
dash-col-waitlist = ברשימת המתנה
dash-col-attended = הגיעו
dash-col-feedback = משובים
dash-col-score = ציון ממוצע
dash-comments = הערות מהמשובים
dash-col-comment = הערה
dash-open-requests = בקשות פתוחות לפי תחום ולפי כמה זמן הן מחכות
dash-no-personal = בלי פרטים אישיים של המבקשים.
dash-col-category = תחום
dash-col-total = סך הכול
dash-age-day = פחות מיום
dash-age-week = עד שבוע
dash-age-month = עד חודש
dash-age-older = יותר מחודש
dash-match-times = זמני התאמה
dash-col-value = ערך
dash-hours-to-offer = שעות עד ההצעה הראשונה למתנדב (חציון)
dash-hours-to-match = שעות עד שמתנדב קיבל את הבקשה (חציון)
dash-matched = בקשות שנמצא להן מתנדב
dash-escalated = בקשות פתוחות שהועברו לרכזים
dash-volunteer-load = עומס על המתנדבים: כמה בקשות פעילות בידי כל אחד
dash-col-requests = בקשות פעילות
dash-col-volunteers = מתנדבים
dash-broadcasts = שליחת ההודעות לקהל
dash-col-broadcast = הודעה מס'
dash-col-state = מצב
dash-col-recipients = נמענים
dash-delivery-sent = נשלחו
dash-delivery-delivered = הגיעו
dash-delivery-read = נקראו
dash-delivery-failed = נכשלו
dash-delivery-held = עוכבו
dash-delivery-skipped = דולגו
dash-delivery-unknown = לא ידוע
dash-delivery-pending = ממתינות
dash-delivery-cancelled = בוטלו
dash-state-scheduled = מתוזמנת
dash-state-sending = בשליחה
dash-state-paused = מושהית
dash-state-done = הסתיימה
dash-state-cancelled = בוטלה
dash-reasons = למה הודעות לא יצאו
dash-col-reason = סיבה
dash-col-count = כמה
dash-quiet = ממתינות לסוף שעות השקט
dash-col-kind = סוג
dash-public-title = תוצאות הסקר
dash-public-fewer = פחות מ־{ $k }
dash-public-too-few = עדיין אין מספיק תשובות כדי להציג תוצאות (לפחות { $k }).
dash-public-intro = { $finished ->
    [one] סיים את הסקר אדם אחד.
   *[other] סיימו את הסקר { $finished } אנשים.
} כדי ששום משתתף לא יזוהה, מספר קטן מ־{ $k } מוצג כ„פחות מ־{ $k }”.
dash-public-choose = הדף הציבורי: אילו שאלות יוצגו בו
dash-public-on = הדף הציבורי פתוח לכולם, ומוצגים בו רק סיכומים.
dash-public-off = הדף הציבורי כבוי. אפשר לבחור כבר עכשיו אילו שאלות יוצגו בו כשיופעל.
dash-public-save = שמירת הבחירה
dash-public-link = לדף הציבורי
dash-public-broadcast = שליחה למשיבים: מה עלה בסקר באזור שלהם
dash-public-broadcast-text = מה עלה בסקר { $region }? התוצאות, בלי פרטים אישיים של אף אחד: { $link }
dash-public-broadcast-done = { $n ->
    [one] ההודעה תישלח לאדם אחד.
   *[other] ההודעה תישלח ל־{ $n } אנשים.
}
