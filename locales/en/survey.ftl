## The survey's own words (the questions themselves live in conversations/surveys/*.yaml).

menu-survey-start = 📋 Answer the survey
menu-survey-continue = ▶️ Continue the survey
menu-survey-review = 📋 My survey answers
menu-survey-summary = 📊 Survey summary

survey-progress = ({ $n }/{ $total })
survey-skip = ⏭️ Skip
survey-back = ↩️ Back
survey-done = ✔️ Done
survey-yes = Yes
survey-no = No
survey-welcome-back = Good to have you back! Let's continue where we stopped 👇
survey-already-done = You have already answered the survey, thank you! These are the answers we saved; you can change any of them.
survey-unknown = This survey is no longer running.

survey-required = We really need an answer to this one, so it can't be skipped.
survey-not-an-option = Please choose one of the options, by tapping it or typing its number.
survey-type-answer = Please type your answer here ✍️
survey-multi-empty = Pick at least one option, then “Done”.
survey-invalid-number = That doesn't look like a number. Please type digits only, e.g. 2019.
survey-invalid-range = Please give a number between { $low } and { $high }.
survey-invalid-empty = I didn't get an answer. Could you type it again?
survey-invalid-length = That answer is too long ({ $length ->
        [one] one character
       *[other] { $length } characters
    }). Could you shorten it to { $limit ->
        [one] one character
       *[other] { $limit } characters
    }?
survey-invalid-date = I couldn't read that date. Please write day/month/year, e.g. { $example }.

survey-locality-unknown = I couldn't find a place called “{ $text }”. Could you try another spelling?
survey-locality-pick = Did you mean one of these?
survey-locality-none = None of these – I'll type it again
survey-locality-found = 📍 { $place } ({ $region })

survey-review-title = Almost done! Here are your answers:
survey-review-skipped = (skipped)
survey-review-missing = (no answer yet)
survey-submit = ✅ Submit
survey-change = ✏️ Change an answer
survey-change-prompt = Which answer would you like to change?

survey-nudge = Hi 👋 You started the survey and answered { $answered } of { $total ->
        [one] one question
       *[other] { $total } questions
    }. Only a few minutes left – would you like to continue where you stopped?
survey-nudge-continue = ▶️ Continue the survey

## Results for coordinators
survey-col-person = Person
survey-col-channel = Channel
survey-col-language = Language
survey-col-status = Status
survey-col-started = Started
survey-col-finished = Finished
survey-col-version = Version
survey-col-region = region
survey-status-started = in progress
survey-status-finished = finished
survey-summary-title = 📊 { $title }
survey-summary-funnel = Started: { $started } · finished: { $finished } ({ $rate }%)
survey-summary-stops = Where people stop:
survey-chart-started = Started
survey-chart-finished = Finished
survey-chart-funnel = Answers per question
survey-chart-caption = 📊 Chart

# A bare number on a number question that also names a listed option: the number was taken
survey-number-taken = I took { $number } as your answer. If you meant “{ $option }”, write “back” and choose it.
