# The coordinators' web dashboard (bot/web/) and the public results page.

menu-dashboard = 🖥️ Dashboard
dash-link = Here is your link to the dashboard. It works once, for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }, and opens it in your browser:
    { $link }
dash-name = Kehila dashboard
dash-logout = Log out
dash-login-prompt = To open the dashboard, press the button.
dash-login-button = Open the dashboard
dash-login-bad = This link was already used or has expired. Ask for a new one with “🖥️ Dashboard” in the bot's menu.
dash-login-needed = Your session has ended. Ask for a new link with “🖥️ Dashboard” in the bot's menu.
dash-not-coordinator = The dashboard is for coordinators only.
dash-csrf = This form has expired. Please reload the page and try again.
dash-logged-out = You have logged out of the dashboard.
dash-not-found = There is no such page.
dash-scope = Showing only people from the region: { $region }
dash-page-overview = Overview
dash-page-survey = Survey
dash-page-regions = Regions
dash-page-meetings = House meetings
dash-page-matching = Matching
dash-page-outbox = Messages and delivery
dash-col-what = What
dash-col-people = People
dash-col-week = Week starting
dash-col-new = First contact
dash-col-finished = Finished the survey
dash-funnel = The path: from first contact to a group
dash-funnel-contact = Contacted the bot
dash-funnel-consent = Gave consent
dash-funnel-survey-started = Started the survey
dash-funnel-survey-finished = Finished the survey
dash-funnel-meeting-signed-up = Signed up for a house meeting
dash-funnel-meeting-attended = Attended a house meeting
dash-funnel-group-lead = Leads for a garin
dash-funnel-garin-member = Garin members
dash-channels = By channel
dash-languages = By language
dash-consent = Consent
dash-consent-consented = Consented
dash-consent-not_yet = Not yet consented
dash-consent-opted_out = Opted out of messages
dash-activity = Activity in recent weeks
dash-activity-note = Blue: first contact; green: finished the survey.
dash-regions = Where people live and where they want to go
dash-col-region = Region
dash-col-live = Live there
dash-col-want = Want to go
dash-localities = The largest localities
dash-col-locality = Locality
dash-survey-intro = { $started ->
    [one] One person started
   *[other] { $started } people started
}, { $finished ->
    [one] one finished
   *[other] { $finished } finished
} ({ $rate }%).
dash-no-survey = There is no active survey.
dash-dropoff = Where people stop
dash-started = Started
dash-finished = Finished
dash-col-question = Question
dash-col-reached = Reached it
dash-col-skipped = Skipped
dash-col-stopped = Stopped here
dash-col-answer = Answer
dash-col-percent = %
dash-answered = { $n ->
    [one] One person answered.
   *[other] { $n } people answered.
}
dash-multi-note = { $n ->
    [one] One person answered; several answers could be chosen, so the total may exceed the number of people.
   *[other] { $n } people answered; several answers could be chosen, so the total may exceed the number of people.
}
dash-filter-region = Region of residence
dash-filter-locality = Locality
dash-filter-any = All
dash-filter-apply = Filter
dash-filter-clear = Clear the filter
dash-meetings = Fill, waitlist and attendance
dash-col-meeting = Meeting
dash-col-when = When
dash-col-capacity = Places
dash-col-confirmed = Signed up
dash-col-waitlist = On the waitlist
dash-col-attended = Attended
dash-col-feedback = Feedback
dash-col-score = Average score
dash-comments = Comments from the feedback
dash-col-comment = Comment
dash-open-requests = Open requests by category and by how long they have waited
dash-no-personal = No requester's personal details.
dash-col-category = Category
dash-col-total = Total
dash-age-day = Under a day
dash-age-week = Up to a week
dash-age-month = Up to a month
dash-age-older = Over a month
dash-match-times = Matching times
dash-col-value = Value
dash-hours-to-offer = Hours to the first offer to a volunteer (median)
dash-hours-to-match = Hours until a volunteer accepted (median)
dash-matched = Requests that found a volunteer
dash-escalated = Open requests passed to coordinators
dash-volunteer-load = Volunteers' load: how many live requests each one holds
dash-col-requests = Live requests
dash-col-volunteers = Volunteers
dash-broadcasts = Broadcast delivery
dash-col-broadcast = Broadcast no.
dash-col-state = State
dash-col-recipients = Recipients
dash-delivery-sent = Sent
dash-delivery-delivered = Delivered
dash-delivery-read = Read
dash-delivery-failed = Failed
dash-delivery-held = Held
dash-delivery-skipped = Skipped
dash-delivery-unknown = Unknown
dash-delivery-pending = Waiting
dash-delivery-cancelled = Cancelled
dash-state-scheduled = Scheduled
dash-state-sending = Sending
dash-state-paused = Paused
dash-state-done = Done
dash-state-cancelled = Cancelled
dash-reasons = Why messages did not go
dash-col-reason = Reason
dash-col-count = How many
dash-quiet = Waiting for quiet hours to end
dash-col-kind = Kind
dash-public-title = Survey results
dash-public-fewer = fewer than { $k }
dash-public-too-few = There are not enough answers to show results yet (at least { $k }).
dash-public-intro = { $finished ->
    [one] One person finished the survey.
   *[other] { $finished } people finished the survey.
} So that no one can be identified, a count under { $k } shows as “fewer than { $k }”.
dash-public-choose = The public page: which questions it shows
dash-public-on = The public page is open to everyone and shows totals only.
dash-public-off = The public page is off. You can already choose which questions it will show.
dash-public-save = Save the choice
dash-public-link = Open the public page
dash-public-broadcast = Send respondents what the survey found in their region
dash-public-broadcast-text = What did the survey find { $region }? The results, with no one's personal details: { $link }
dash-public-broadcast-done = { $n ->
    [one] The message will go to one person.
   *[other] The message will go to { $n } people.
}
