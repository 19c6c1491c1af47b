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
dash-login-bad = This link was already used or has expired. Ask for a new one with "🖥️ Dashboard" in the bot's menu.
dash-login-needed = Your session has ended. Ask for a new link with "🖥️ Dashboard" in the bot's menu.
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
dash-funnel-group-lead = Want to hear about a group
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
}, { $finished } finished ({ $rate }%).
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
