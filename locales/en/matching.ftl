## Volunteer matching: profiles, help requests, offers, follow-up, coordinators.

menu-ask-help = 🤝 Ask for help
menu-volunteer = 🙋 Volunteer profile
menu-help-requests = 📋 Help requests (coordinators)

help-cat-budget = Household budget guidance
help-cat-food_rescue = Food rescue
help-cat-medicine = Medicine collection
help-cat-contact_person = Contact person for someone in distress
help-cat-rides = Rides
help-cat-tutoring = Tutoring
help-cat-elderly_visits = Visits to the elderly
help-cat-home_repairs = Home repairs
help-cat-translation = Translation
help-cat-emotional_support = Emotional first aid

help-urgency-today = Today
help-urgency-week = This week
help-urgency-flexible = Flexible

help-day-sun = Sun
help-day-mon = Mon
help-day-tue = Tue
help-day-wed = Wed
help-day-thu = Thu
help-day-fri = Fri
help-day-sat = Sat
help-part-morning = Morning
help-part-afternoon = Afternoon
help-part-evening = Evening

help-state-open = open
help-state-offered = offered to a volunteer
help-state-matched = matched
help-state-resolved = resolved
help-state-escalated = with the coordinators
help-state-cancelled = cancelled

help-event-opened = opened
help-event-offered = offered
help-event-declined = declined
help-event-expired = offer expired
help-event-matched = accepted
help-event-assigned = assigned by hand
help-event-followup = asked whether resolved
help-event-resolved = resolved
help-event-reopened = reopened
help-event-escalated = escalated
help-event-search = searching again
help-event-cancelled = cancelled

help-filter-paused = paused
help-filter-asked = already asked
help-filter-skill = lacks the skill
help-filter-language = no shared language
help-filter-place = not in the area
help-filter-time = no shared time
help-filter-load = at their limit

help-part-name-proximity = proximity
help-part-name-availability = availability
help-part-name-load = load
help-part-name-fairness = fairness
help-part-name-reliability = reliability

help-someone = someone from the community
help-summary =
    📌 Request #{ $number }: { $category }
    📍 { $place }
    ⏱️ { $urgency } · { $times }

choose-done = ✔️ Done
choose-at-least-one = Please choose at least one option.
locality-which = Which locality do you mean?
locality-again = ✏️ Type again
locality-not-found = I couldn't find a locality by that name. Could you write it differently?
ask-name = What should we call you? (Only the people you're matched with will see it.)
ask-name-invalid = Could you write a name of up to { $limit ->
        [one] one character
       *[other] { $limit } characters
    }?
ask-phone = Would you like to leave a phone number so people can reach you? Only whoever you're matched with gets it.
ask-phone-skip = No phone, through the bot

vol-intro = Wonderful that you want to volunteer 💛 A few short questions; you can change everything any time.
vol-skills-prompt = How can you help? Pick as many as you like, then “Done”.
vol-regions-prompt = In which regions? Pick several, or “Remote” (by phone or video).
vol-remote = 🌐 Remote
vol-localities-prompt = Add particular localities? Type a locality's name, or “Done”.
    Chosen: { $chosen }
vol-days-prompt = On which days of the week?
vol-every-day = All week
vol-parts-prompt = And at which times of day?
vol-languages-prompt = Which languages do you speak?
vol-load-prompt = At most how many open requests at a time?
vol-registered = You're registered as a volunteer 🎉 When a request fits you, I'll send it to you.
vol-summary =
    🙋 Your profile
    Name: { $name }
    Skills: { $skills }
    Regions: { $places }
    Times: { $times }
    Languages: { $languages }
    { $load ->
        [one] At most one request at a time
       *[other] Up to { $load } requests at a time
    }
    Status: { $status }
vol-status-active = ✅ active
vol-status-paused = ⏸️ paused
vol-edit-skills = Skills
vol-edit-places = Regions
vol-edit-times = Times
vol-edit-languages = Languages
vol-edit-load = Limit
vol-pause = ⏸️ Pause
vol-resume = ▶️ Back to active
vol-my-requests = 📋 My requests
vol-finish = 🏠 Menu
vol-paused = Your profile is paused: no offers until you resume.
vol-resumed = You're active again 💪
vol-no-requests = You haven't handled any requests yet.
vol-requests-title = Your requests:
vol-request-line = #{ $number } { $category } · { $place } · { $state }

req-who-prompt = Who is the request for? (name)
req-who-phone = Their phone number? (Given only to the volunteer who accepts.)
req-who-phone-skip = No number
req-category-prompt = What do you need help with?
req-description-prompt = Briefly, what is needed (up to { $limit ->
        [one] one character
       *[other] { $limit } characters
    })? No name or phone here – those go only to the volunteer who accepts.
req-description-invalid = Could you keep the description to { $limit ->
        [one] one character
       *[other] { $limit } characters
    }?
req-skip = ⏭️ Skip
req-locality-prompt = In which locality?
req-urgency-prompt = By when is it needed?
req-times-prompt = Which times suit you? Pick several, then “Done”.
req-any-time = Any time
req-language-prompt = Which language is easiest for you?
req-phone-prompt = How can the volunteer reach you? Share or type a phone number, or talk through the bot. The number goes only to whoever accepts.
req-phone-skip = Through the bot
req-confirm =
    Here is the request:
    { $summary }
    Send it?
req-send = ✅ Send
req-cancel = 🗑️ Drop the request
req-cancelled = The request was not sent.
req-sent = Request #{ $number } is sent 🙏 We're looking for a volunteer and will tell you as soon as someone accepts.

offer-text =
    🤝 A help request that fits you:
    { $summary }
    Can you help? If we don't hear from you within { $within }, we'll pass it on.
offer-accept = ✅ I can
offer-decline = ❌ Not this time
offer-accepted = Thank you! 🙏 The contact details are on their way.
offer-declined-thanks = Thanks for answering! We'll pass the request on.
offer-expired = We didn't hear back about request #{ $number }, so we passed it on. No worries 🙂
offer-taken-later = Request #{ $number } was taken by another volunteer. Thank you for being ready 💛
offer-withdrawn = Request #{ $number } no longer needs help: it was cancelled. Thank you for being ready 💛
offer-already-taken = Someone else already took this request. Thank you for being ready 💛
offer-already-accepted = You already accepted this request.
offer-already-declined = You already answered this offer.
offer-already-expired = This offer expired and was passed on.

contact-with-phone = { $name }, phone: { $phone }
contact-write-here = { $name } (no phone: write through the bot with the button below)
contact-write-button = ✉️ Write through the bot
matched-volunteer =
    Thank you! 🙏 The request is yours.
    { $summary }
    Contact: { $contact }
matched-requester = Good news! 🎉 A volunteer will help with request #{ $number } ({ $category }): { $contact }

followup-text = How is request #{ $number } ({ $category }) going? Was it resolved?
followup-yes = ✅ Yes, resolved
followup-no = ❌ Not yet
followup-thanks-yes = Wonderful! The request is closed. Thank you 💛
followup-thanks-no = Thanks for telling us. We'll look for someone who can help.
followup-already = The request was already updated ({ $state }).

escalation-text =
    ⚠️ A request needs your attention:
    { $summary }
    Why: { $reason }
escalation-none = No suitable volunteer was found.
escalation-unanswered = { $offers ->
        [one] One offer went out and nobody accepted it.
       *[other] { $offers } offers in a row without anyone accepting.
    }
escalation-assign = 👤 Assign by hand
escalation-search = 🔄 Search again

admin-list-title = Live requests:
admin-list-empty = No live requests right now.
admin-request-line = #{ $number } { $category } · { $state }
admin-new-request = ➕ A request on someone's behalf
admin-back = ↩️ Back
admin-request-gone = That request was not found.
admin-detail =
    { $summary }
    State: { $state }
    { $history }
    Why these volunteers? (score = parts × weights)
    { $why }
admin-pick-prompt =
    Whom to assign? (score = parts × weights)
    { $why }
admin-assigned = We assigned { $name } to request #{ $number }. Both sides got each other's contact details.
admin-assign-failed = Can't assign: the request is no longer open.
admin-searching = Searching again. The request is now: { $state }

relay-prompt = What should I pass on? I'll forward your message as it is.
relay-sent = Message sent ✉️
relay-closed = Writing through the bot works only for a currently matched request.
relay-invalid = Could you keep the message to { $limit ->
        [one] one character
       *[other] { $limit } characters
    }?
relay-message = ✉️ A message from { $name } (request #{ $number }):
    { $text }
relay-reply = ✉️ Reply

digest-volunteering-line = • { $category } · { $place } · when: { $urgency }

req-mine-title = Your open requests:
req-new = ➕ A new request
req-cancel-one = ❌ Cancel request #{ $number }
req-withdrawn = Request #{ $number } is cancelled. If you need help again, we're here.
request-cancelled-volunteer = Request #{ $number } was cancelled: it is no longer needed. Thank you for your help 💛
help-summary-new =
    📌 New request: { $category }
    📍 { $place }
    ⏱️ { $urgency } · { $times }
offer-already-withdrawn = This request no longer needs help: it was cancelled. Thank you for being ready 💛
help-relaxed-time = ignoring times
help-relaxed-place = outside the area too
admin-search-widened = Nobody fit every filter, so the search was widened ({ $relaxed }). Request state: { $state }
admin-search-nobody = Even the widest search (any time, outside the area) found no new volunteer. You can assign someone by hand.
escalation-excluded = { $total ->
        [one] One volunteer checked, who did not fit
       *[other] { $total } volunteers checked, none of whom fit
    }: { $counts }
escalation-no-volunteers = There are no active volunteers yet.
words-weekdays = weekdays, all weekdays, every weekday, sunday to thursday
request-released-volunteer = Thank you for helping with request #{ $number } 💛 We heard it isn't solved yet, so we'll look for another volunteer. Nothing to do on your side.
