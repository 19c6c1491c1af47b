## Broadcasts, topic subscriptions and the weekly digest.

menu-broadcast = 📣 Send a broadcast
menu-subscriptions = 🔔 My updates

topic-announcements = General announcements
topic-settlement_news = News from the communities
topic-volunteering = Help requests
topic-digest = Weekly digest

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = Terminal

segment-field-language = Language
segment-field-channel = Channel
segment-field-region_interest = Region of interest
segment-field-residence_region = Region of residence
segment-field-academy = Academy
segment-field-skill = Volunteer skill

## What recipients see.
broadcast-unsubscribe = 🔕 Stop “{ $topic }”
broadcast-urgent-mark = 🚨 Urgent
unsubscribed = Done: you will no longer receive “{ $topic }”. You can change this any time under “My updates” in the menu.
resubscribe = 🔔 Undo
resubscribed = You will receive “{ $topic }” again ✔️
subscriptions-prompt = Which updates would you like to receive? Tap a topic to switch it on or off.
subscriptions-done = ✔️ Done
digest-title = 🗓️ Your weekly digest

## The coordinator's compose flow.
broadcast-audience-prompt = 📣 Who is this message for? Pick a saved audience or build a new one.
broadcast-build = 🧩 Build an audience
broadcast-all = 👥 Everyone
broadcast-everyone = Everyone who agreed to receive messages
broadcast-field-prompt = Filter by what?
broadcast-values-prompt = { $field }: which values? Tap one, or type several separated by commas.
broadcast-values-unknown = I don't know that value. Tap one of the options, or type them exactly as shown, separated by commas.
broadcast-more-prompt =
    The audience so far:
    { $conditions }
    { $total ->
        [0] That is nobody yet. Add another condition (narrows it), or continue?
        [one] That is one person. Add another condition (narrows it), or continue?
       *[other] That is { $total } people. Add another condition (narrows it), or continue?
    }
broadcast-add-condition = ➕ Add a condition
broadcast-conditions-done = ▶️ Continue
broadcast-save-prompt = To reuse this audience later, type a name for it. Or skip.
broadcast-save-skip = ⏭️ Skip
broadcast-save-invalid = A name of up to { $limit ->
    [one] one character
   *[other] { $limit } characters
}, please.
broadcast-saved = Audience “{ $name }” saved ✔️
broadcast-topic-prompt = Which topic is this message about? Only people who get updates on it will receive it, and they can stop them in one tap.
broadcast-audience-summary = Audience: { $audience }
broadcast-split = { $total ->
    [one] One recipient
   *[other] { $total } recipients
} · by channel: { $channels } · by language: { $languages }
broadcast-scope-note = (limited to your region: { $region })
broadcast-nobody = Nobody matches. Change the audience?
broadcast-change-audience = ↩️ Change the audience
broadcast-continue = ✍️ Write the message
broadcast-text-prompt = Write the message as recipients should see it.
broadcast-per-language = 🌐 A separate text per language
broadcast-text-lang-prompt = Write the text in { $lang }:
broadcast-button-prompt = Add a button that opens something in the bot?
broadcast-no-button = No button
broadcast-preview-intro = 👀 Preview, exactly as recipients will see it:
broadcast-preview-question = Send it?
broadcast-send-now = 📤 Send now
broadcast-send-urgent = 🚨 Send now as urgent
broadcast-send-later = ⏰ Schedule
broadcast-edit-text = ✏️ Edit the text
broadcast-drop = 🗑️ Discard
broadcast-dropped = Discarded. Nothing was sent.
broadcast-when-prompt = When should it go out? For example “18:30”, “tomorrow 09:00” or “{ $example }” (Israel time).
broadcast-when-invalid = I couldn't read that time. Try “18:30”, “tomorrow 09:00” or “{ $example }”.
broadcast-when-past = That time has already passed. Please choose a later time.
broadcast-when-now = now
broadcast-confirm = { $total ->
    [one] Send to one person, { $when }?
   *[other] Send to { $total } people, { $when }?
}
broadcast-confirm-urgent = 🚨 Send as URGENT to { $total ->
    [one] one person
   *[other] { $total } people
}, now? Urgent messages also go out during Shabbat and at night.
broadcast-yes = ✅ Yes, send
broadcast-no = ↩️ Back to the preview
broadcast-queued = Broadcast #{ $id } is queued ({ $when }) ✔️ I'll update you on the progress.

## Progress, control and the report.
broadcast-progress = 📊 Broadcast #{ $id } – sent: { $sent } · remaining: { $remaining } · held: { $held } · failed: { $failed }
broadcast-report =
    ✅ Broadcast #{ $id } finished.
    Recipients: { $recipients }
    Sent: { $sent } ({ $receipts })
    Failed: { $failed } – { $failed_reasons }
    Held: { $held } – { $held_reasons }
    Unknown: { $unknown } · Cancelled: { $cancelled }
broadcast-pause = ⏸️ Pause
broadcast-resume = ▶️ Continue sending
broadcast-cancel = ⛔ Stop what hasn't gone out
broadcast-export = 📥 Export the report
broadcast-paused = ⏸️ Broadcast #{ $id } is paused; { $count ->
    [one] one message is waiting
   *[other] { $count } messages are waiting
}.
broadcast-resumed = ▶️ Broadcast #{ $id } continues ({ $count ->
    [one] one message
   *[other] { $count } messages
}).
broadcast-cancelled = ⛔ Broadcast #{ $id } stopped: { $count ->
    [0] nothing was left to send.
    [one] one message will not be sent.
   *[other] { $count } messages will not be sent.
}
broadcast-not-sending = Broadcast #{ $id } is not being sent right now.
broadcast-not-paused = Broadcast #{ $id } is not paused.

words-tomorrow = tomorrow

## Receipts and who is unknown in the report (issue 20).
broadcast-receipts = { $channels }: delivered: { $delivered } · read: { $read }
broadcast-no-receipts = not reported by { $channels }
broadcast-unknown-who = ❓ Not known whether it reached: { $people }
broadcast-unknown-more = { $count ->
    [one] and one more – they are in the export.
   *[other] and { $count } more – all of them are in the export.
}
broadcast-unknown-person = recipient #{ $id }
