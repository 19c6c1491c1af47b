## House meetings.

menu-meetings = 🏠 House meetings
menu-my-meetings = 📅 My meetings
menu-meetings-admin = 🗂️ Manage house meetings

meeting-status-open = open
meeting-status-full = full – waitlist open
meeting-status-past = already took place
meeting-status-cancelled = cancelled
meeting-site = 🌱 Presenting: { $site }
meeting-when = 🗓️ { $when } ({ $minutes ->
        [one] 1 minute
       *[other] { $minutes } min
    })
meeting-where = 📍 { $place }, { $region }
meeting-address = 🏡 Address: { $address }
meeting-seats-left = { $seats ->
        [one] One seat left
       *[other] { $seats } seats left
    }
meeting-someone = a participant
meeting-minutes = { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }

meetings-pick-region = Which region should I look in?
meetings-all-regions = 🌍 Everywhere
meetings-everywhere = across the country
meetings-change-region = 🧭 Another region
meetings-to-menu = ↩️ Menu
meetings-none = No upcoming house meetings { $where } right now. Try another region, or check back in a few days.
meetings-list = House meetings { $where } ({ $count ->
        [one] one meeting
       *[other] { $count } meetings
    }, page { $page } of { $pages }). Pick one to see the details:
meetings-more = ➡️ More
meetings-previous = ⬅️ Previous
meetings-mine = 📅 My meetings
meetings-back = ↩️ Back
meetings-browse = 🔎 Find a house meeting
meetings-mine-title = Your meetings (✅ signed up · ⏳ waitlist · 🔑 hosting):
meetings-mine-empty = You haven't signed up for a house meeting yet.
meeting-gone = This meeting no longer exists.

meeting-you-are-in = ✅ You're signed up ({ $seats ->
        [one] one seat
       *[other] { $seats } seats
    }).
meeting-you-wait = ⏳ You're on the waitlist ({ $seats ->
        [one] one seat
       *[other] { $seats } seats
    }). We'll tell you as soon as a seat frees up.
meeting-sign-up = ✋ Sign up
meeting-join-waitlist = ⏳ Join the waitlist
meeting-cancel-seat = ❌ Cancel my sign-up
meeting-leave-waitlist = ❌ Leave the waitlist
meeting-calendar-again = 🗓️ Send the calendar file again
meeting-how-many = How many of you are coming, including you? Tap or type a number.
meeting-seats-invalid = Please give a number from 1 to { $most }.
meeting-your-name = What name should the hosts see? (A first name is enough.)
meeting-name-invalid = A name of up to { $most ->
        [one] one character
       *[other] { $most } characters
    }, please.
meeting-full-offer = Oh, the last seats were just taken 😕 Shall I put you on the waitlist? If a seat frees up, it's yours automatically.
meeting-confirmed = You're in! 🎉 See you there.
meeting-calendar-caption = 🗓️ Calendar file – open it to add the meeting to your calendar.
meeting-waitlisted = You're on the waitlist (number { $position }). If a seat frees up it goes to you automatically and we'll send the address.
meeting-already = You're already signed up for this meeting.
meeting-closed = Sign-up for this meeting is closed.
meeting-cancel-sure = Cancel your sign-up? Your seat goes to the next person on the waitlist.
meeting-cancel-yes = Yes, cancel
meeting-cancel-no = No, keep it
meeting-seat-cancelled = Your sign-up is cancelled and the seat is free. Thanks for letting us know 🙏
meeting-nothing-to-cancel = I couldn't find an active sign-up for this meeting.

meeting-promoted = A seat opened up – you're in! 🎉
meeting-cancelled-notice = ❗ The house meeting “{ $title }” ({ $when }) is cancelled. Sorry! You can find another one under “House meetings” in the menu.
meeting-changed-notice = ✏️ Please note: the meeting details changed. Here they are:
meeting-reminder = ⏰ Reminder: see you soon!
meeting-reminder-ask = ⏰ Reminder: the meeting is { $day }! Are you still coming?
meeting-still-coming-yes = ✅ I'm coming
meeting-still-coming-no = ❌ I can't come
meeting-see-you = Great, see you there! 👋
meeting-host-signup = ✋ { $name } signed up for “{ $title }” ({ $seats ->
        [one] one seat
       *[other] { $seats } seats
    }). Filled: { $fill }.
meeting-host-waitlisted = ⏳ { $name } joined the waitlist for “{ $title }” ({ $seats ->
        [one] one seat
       *[other] { $seats } seats
    }).
meeting-host-cancelled = ❌ { $name } cancelled their sign-up for “{ $title }” ({ $seats ->
        [one] one seat
       *[other] { $seats } seats
    }). Filled: { $fill }.
meeting-host-promoted = ⬆️ { $name } moved up from the waitlist for “{ $title }”. Filled: { $fill }.
meeting-host-assigned = 🔑 You're the host of “{ $title }” ({ $when }). We'll tell you about every sign-up and cancellation; you can see the attendees under “My meetings”.

meeting-feedback-ask = How was “{ $title }”? Rate it from 1 to 5 ⭐
meeting-feedback-comment = Thank you! Anything you'd like to add? Type it here, or skip.
meeting-feedback-skip = ⏭️ Skip
meeting-comment-invalid = Up to { $most ->
        [one] one character
       *[other] { $most } characters
    }, please.
meeting-feedback-thanks = Thanks for the feedback 💙
meeting-lead-ask = Would you like to hear when a group is forming { $region }?
meeting-lead-yes = Yes, keep me posted
meeting-lead-no = Not now
meeting-lead-saved = Noted! A coordinator will get back to you when a group forms 🌱
meeting-lead-declined = No problem. You can always come back to us.

meeting-not-yours = You can't manage this meeting.
meetings-all-title = All upcoming meetings ({ $count ->
        [one] one meeting
       *[other] { $count } meetings
    }), with how full they are:
meetings-all-empty = No upcoming meetings.
meeting-new = ➕ New meeting
meeting-fill = 👥 Filled { $fill } · waitlist: { $waiting } · confirmed coming: { $reconfirmed }
meeting-attendees = 👥 Attendee list
meeting-mark-attendance = ☑️ Mark who came
meeting-edit = ✏️ Edit
meeting-set-host = 🔑 Set the host
meeting-cancel-meeting = 🚫 Cancel the meeting
meeting-attendees-title = Attendees of “{ $title }” – { $fill }:
meeting-attendee-line = { $number }. { $name } · { $seats ->
        [one] one seat
       *[other] { $seats } seats
    } { $marks }
meeting-no-attendees = Nobody has signed up yet.
meeting-attendee-legend = ✔️ confirmed coming · ⏳ waitlist · ✅ came · ❌ didn't come
meeting-attendance-prompt = Tap a name to mark it: ▫️ → ✅ came → ❌ didn't come.
meeting-attendance-done = ✔️ Done
meeting-attendance-saved = Attendance saved.
meeting-edit-which = What would you like to change?
meeting-field-starts_at = 🗓️ Date and time
meeting-field-address = 🏡 Address
meeting-field-capacity = 👥 Seats
meeting-field-duration = ⏱️ Duration
meeting-field-title = 🏷️ Title
meeting-field-notes = 📝 Notes
meeting-edit-prompt-starts_at = The new date and time? E.g. { $example }
meeting-edit-prompt-address = The new address?
meeting-edit-prompt-capacity = How many seats are there?
meeting-edit-prompt-duration = How many minutes will it last?
meeting-edit-prompt-title = The new title?
meeting-edit-prompt-notes = The notes?
meeting-edit-saved = Saved ✔️ { $count ->
        [0] {""}
        [one] We let one participant know.
       *[other] We let { $count } participants know.
    }
meeting-when-invalid = I couldn't read a future date and time. E.g. { $example }
meeting-number-invalid = Please give a positive number.
meeting-capacity-invalid = { $taken ->
        [one] Please give a number, no less than the one seat already taken.
       *[other] Please give a number, no less than the { $taken } seats already taken.
    }
meeting-host-prompt = Who is the host? Type a phone number or a channel identity (e.g. tg:123456).
meeting-host-unknown = I don't know anyone like that. The host must write to the bot first (and link their phone, if you look them up by phone).
meeting-host-saved = Saved ✔️ We told the host.
meeting-cancel-meeting-sure = { $count ->
        [0] Cancel this meeting? No seats are taken yet.
        [one] Cancel this meeting? One seat is taken – everyone signed up or waiting will be told.
       *[other] Cancel this meeting? { $count } seats are taken – everyone signed up or waiting will be told.
    }
meeting-cancel-meeting-yes = Yes, cancel the meeting
meeting-cancelled-done = { $count ->
        [0] The meeting is cancelled. Nobody needed to be told.
        [one] The meeting is cancelled. One person will be told.
       *[other] The meeting is cancelled. { $count } people will be told.
    }

meeting-new-title = New house meeting 🏠 What's its title?
meeting-new-site = Which settlement, group or community does it present?
meeting-new-locality = In which locality?
meeting-new-locality-unknown = I can't find that locality. Another spelling?
meeting-new-pick-locality = Which one do you mean?
meeting-new-type-again = ✍️ Type again
meeting-new-starts-at = When? E.g. { $example } (Israel time)
meeting-new-duration = How long? Pick or type minutes.
meeting-new-capacity = How many seats?
meeting-new-address = The address? (Shown only to people signed up and to the hosts.)
meeting-new-host = Who hosts it? A phone or channel identity (tg:123456), or skip.
meeting-new-language = In which language is the meeting?
meeting-new-notes = Notes for participants (what to bring, parking…)? You can skip.
meeting-new-skip = ⏭️ Skip
meeting-new-check = This is how it will look. Publish?
meeting-new-publish = 📣 Publish
meeting-new-drop = 🗑️ Discard
meeting-new-dropped = The meeting was not saved.
meeting-new-published = “{ $title }” is published ✔️ Reminders are set.

meeting-digest-line = 🏠 { $when } · { $place }: { $title } ({ $seats ->
        [one] last seat
       *[other] { $seats } seats
    })

meeting-day-today = today
meeting-day-tomorrow = tomorrow
meeting-day-on = on { $date }
