## Delivery status for coordinators (the menu entry and `kehila outbox status`).

menu-outbox-status = 📬 Delivery status
outbox-status-title = 📬 Delivery status, { $days ->
        [one] last day
       *[other] last { $days } days
    }
outbox-status-empty = Nothing was queued or scheduled in this period.
outbox-status-legend = ⏳ waiting · ✅ sent · ❌ failed · ✋ held · ❓ unknown · ⏭️ skipped
outbox-status-by-kind = By kind:
outbox-status-by-channel = By channel:
outbox-status-scheduled = Scheduled work:
outbox-status-reasons = Why messages wait, were held or failed:
outbox-channel-none = not chosen yet

outbox-icon-pending = ⏳
outbox-icon-sent = ✅
outbox-icon-failed = ❌
outbox-icon-held = ✋
outbox-icon-unknown = ❓
outbox-icon-skipped = ⏭️

outbox-state-pending = waiting
outbox-state-sent = sent
outbox-state-failed = failed
outbox-state-held = held
outbox-state-unknown = unknown (may have arrived)
outbox-state-skipped = skipped

outbox-schedule-pending = waiting
outbox-schedule-done = done
outbox-schedule-skipped = skipped
outbox-schedule-failed = failed
outbox-schedule-cancelled = cancelled

## Names for kinds and reasons in the delivery status (issue 20).
outbox-kind-broadcast = Broadcast
outbox-kind-broadcast-report = Broadcast report to its coordinator
outbox-kind-broadcast-send = Sending a broadcast
outbox-kind-broadcast-progress = Broadcast progress
outbox-kind-digest = Weekly digest
outbox-kind-survey-nudge = Survey reminder
outbox-kind-meeting-reminder = House meeting reminder
outbox-kind-meeting-feedback = House meeting feedback
outbox-kind-help-offer = Help request offered to a volunteer
outbox-reason-opted-out = the recipient opted out
outbox-reason-no-channel = no channel reaches the recipient
outbox-reason-expired = it expired before it could be sent
outbox-reason-cancelled = cancelled by a coordinator
outbox-reason-paused = paused by a coordinator
outbox-reason-quiet-wait = quiet hours ({ $why }, { $start } – { $end }): waits until they end
outbox-quiet-shabbat = Shabbat
outbox-quiet-night = night
outbox-quiet-holiday = holiday: { $names }
# The holidays that make quiet hours (a Yom Tov in Israel), by hdate's id; see
# conversations/engine/outbox_words.py. Standard names, as the reader's press writes them.
holiday-pesach = Passover
holiday-pesach-vii = the seventh day of Passover
holiday-shavuot = Shavuot
holiday-rosh-hashana-i = Rosh Hashanah, day 1
holiday-rosh-hashana-ii = Rosh Hashanah, day 2
holiday-yom-kippur = Yom Kippur
holiday-sukkot = Sukkot
holiday-shmini-atzeret = Shemini Atzeret
holiday-simchat-torah = Simchat Torah
outbox-kind-help-cancelled = Help request cancelled
outbox-kind-help-escalation = Request handed to a coordinator
outbox-kind-help-followup = Follow-up after help
outbox-kind-help-matched = Volunteer matched to a request
outbox-kind-help-offer-expired = Offer expired
outbox-kind-help-offer-taken = Offer taken by another volunteer
outbox-kind-help-offer-withdrawn = Offer withdrawn
outbox-kind-help-relay = Message between requester and volunteer
outbox-kind-help-released = Request back to the search
outbox-kind-meeting-cancelled = House meeting cancelled
outbox-kind-meeting-changed = House meeting changed
outbox-kind-meeting-host = Notice to the host
outbox-kind-meeting-promoted = Seat from the waitlist
outbox-kind-meeting-refill = Waitlist refill
outbox-kind-offer-expiry = Offer deadline
