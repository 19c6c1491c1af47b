## Settlement groups (garinim): leads, cohorts, invitations, a garin's home, group messages.

menu-garin = 🌱 My garin
menu-garin-admin = 🌱 Garinim and leads

garin-any = not given
garin-someone = a member
garin-back = ⬅️ Back
garin-to-menu = ↩️ Menu
garin-cancel = ✖️ Cancel
garin-skip = Skip
garin-place = { $locality } ({ $region })
garin-name-invalid = Please write a name of up to { $limit ->
        [one] one character
       *[other] { $limit } characters
    }.
garin-text-invalid = Please write a message of up to { $limit ->
        [one] one character
       *[other] { $limit } characters
    }.
garin-gone = This garin is no longer here, or it is outside your area.

## Why someone is a lead
garin-reason-group = wants a garin
garin-reason-feedback = asked after a house meeting
garin-reason-attended = attended a house meeting
garin-reason-considering = considering settling

## Coordinators
garin-admin-title = { $count ->
        [0] 🌱 No garinim yet. Start from the leads, the proposed cohorts, or a new garin.
        [one] 🌱 One garin. Pick it, or look at the leads and cohorts.
       *[other] 🌱 { $count } garinim. Pick one, or look at the leads and cohorts.
    }
garin-admin-line = { $garin } · { $place } · { $count ->
        [one] 1 member
       *[other] { $count } members
    }
garin-admin-leads = 👥 Leads
garin-admin-cohorts = 🧩 Proposed cohorts
garin-admin-new = ➕ New garin
garin-leads-title = { $count ->
        [0] No leads yet ({ $where }).
        [one] One lead ({ $where }):
       *[other] { $count } leads ({ $where }):
    }
garin-leads-more = { $count ->
        [one] …and one more (the full list is in the export).
       *[other] …and { $count } more (the full list is in the export).
    }
garin-everywhere = all regions
garin-leads-all = 🌍 All regions
garin-lead-line = { $name }: { $reasons } · { $regions } · { $timing } · { $household }
garin-export-csv = 📄 Export CSV
garin-export-xlsx = 📊 Export Excel
garin-export-ready = { $count ->
        [one] Here is the lead, as a spreadsheet.
       *[other] Here are the { $count } leads, as a spreadsheet.
    }
garin-col-person = Person
garin-col-name = Name
garin-col-reasons = Why a lead
garin-col-regions = Regions
garin-col-sites = Sites
garin-col-timing = Time frame
garin-col-household = Family status
garin-col-residence = Lives in
garin-col-garinim = Garinim

## Cohorts
garin-cohorts-title = { $count ->
        [0] No cohorts to propose: there are no leads outside a garin yet.
        [one] One proposed cohort (target size { $target }):
       *[other] { $count } proposed cohorts (target size { $target }):
    }
garin-cohorts-hint = Pick a cohort to adjust it. Type a number to change the target size, or a survey field to group by it too.
garin-cohort-line = { $region } · { $timing } · { $count ->
        [one] 1 person
       *[other] { $count } people
    }
garin-cohorts-by = 🔀 Also by: { $field }
garin-cohorts-plain = 🔀 Region and timing only
garin-why-region = the same region ({ $region })
garin-why-timing = the same time frame ({ $timing })
garin-why-extra = the same { $field } ({ $value })
garin-why-split = part { $part } of { $parts } of a big group
garin-why-small = smaller than half the target of { $target }
garin-cohort-remove = ➖ { $name }
garin-cohort-add = ➕ Add someone
garin-cohort-add-prompt = { $count ->
        [0] Nobody else to add.
        [one] One more lead could join:
       *[other] { $count } more leads could join. Pick one:
    }
garin-cohort-create = ✅ Create a garin and invite them
garin-cohort-empty = The cohort is empty: add someone first.

## A new garin
garin-new-name = What is the garin's name?
garin-new-place = Where is it headed? Type a locality, or pick a region.
garin-new-place-pick = Which one did you mean?
garin-place-unknown = I don't know that locality. Try another spelling, or pick a region.
garin-out-of-scope = You coordinate { $region } only: pick a place there.
garin-created = { $count ->
        [0] 🌱 “{ $garin }” is created. Invite people from the garin's screen.
        [one] 🌱 “{ $garin }” is created and one invitation is on its way.
       *[other] 🌱 “{ $garin }” is created and { $count } invitations are on their way.
    }

## One garin (coordinators)
garin-detail = 🌱 { $garin } · { $place }
    { $count ->
        [0] No members yet.
        [one] 1 member: { $names }
       *[other] { $count } members: { $names }
    }
    { $pending ->
        [0] No invitations waiting.
        [one] 1 invitation waiting for an answer.
       *[other] { $pending } invitations waiting for an answer.
    }
    Garin lead: { $lead }
    Telegram group: { $telegram }
garin-detail-group-linked = linked
garin-detail-group-none = not linked
garin-invite = ✉️ Invite people
garin-invite-prompt = { $count ->
        [0] Every lead has been invited already.
        [one] One lead to invite:
       *[other] { $count } leads to invite. Pick one:
    }
garin-invited = { $count ->
        [0] That person was invited already.
       *[other] ✉️ Invitation sent. They join only if they accept.
    }
garin-set-lead = 🧭 Choose the garin lead
garin-set-lead-prompt = { $count ->
        [0] The garin has no members yet.
       *[other] Who will lead the garin?
    }
garin-lead-set = 🧭 The garin lead is set.

## Invitations
garin-invitation = 🌱 You are invited to join the garin “{ $garin }”, headed for { $place }. { $count ->
        [0] You would be among its first members.
        [one] One member has joined so far.
       *[other] { $count } members have joined so far.
    } Would you like to join? Nobody is added without saying yes.
    The invitation is open until { $expires }.
garin-accept = ✅ I'll join
garin-decline = ✖️ Not now
garin-joined = 🎉 Welcome to “{ $garin }”!
garin-declined = Thank you for answering. You are not joining “{ $garin }”.
garin-invitation-gone = This invitation is no longer valid.
garin-invitation-answered = You already answered this invitation.
garin-ask-name = What first name should the other members see?

## A member's home
garin-home-title = 🌱 { $garin } · { $place }
garin-home-members = { $count ->
        [one] 👥 1 member: { $names }
       *[other] 👥 { $count } members: { $names }
    }
garin-home-lead = 🧭 Garin lead: { $name }. “Write to the group” reaches them too.
garin-home-you-lead = 🧭 You lead this garin.
garin-home-no-lead = 🧭 No garin lead yet; your coordinator will help.
garin-home-no-gatherings = 📅 No gatherings planned yet.
garin-home-gathering = 📅 { $title }, { $when }
garin-home-none = You are not in a garin yet.
garin-home-pick = Which garin?
garin-write = ✍️ Write to the group
garin-announce-button = 📣 Message to the garin
garin-mute = 🔕 Mute group messages
garin-unmute = 🔔 Unmute group messages
garin-muted = 🔕 Group messages of “{ $garin }” are muted.
garin-unmuted = 🔔 Group messages of “{ $garin }” are back on.
garin-leave = 🚪 Leave the garin
garin-leave-confirm = Leave “{ $garin }”? You will no longer get its messages.
garin-leave-yes = Yes, leave
garin-leave-no = No, stay
garin-left = You left “{ $garin }”.
garin-not-member = You are not a member of this garin.

## Group messages
garin-announce-prompt = { $count ->
        [one] Write the message for “{ $garin }” (1 member):
       *[other] Write the message for “{ $garin }” ({ $count } members):
    }
garin-announce-preview = This is what the members will get:

    { $text }
garin-send = 📤 Send
garin-send-urgent = 🚨 Send as urgent (even on Shabbat and at night)
garin-not-sent = Nothing was sent.
garin-announce-sent = { $count ->
        [0] 📤 Sent: no other members get group messages right now.
        [one] 📤 Sent to 1 member.
       *[other] 📤 Sent to { $count } members.
    }
garin-announce = { $urgent ->
        [1] 🚨 Urgent, { $garin }
       *[other] 📣 { $garin }
    } · { $name }:
    { $text }
garin-relayed = 💬 { $name } to “{ $garin }”:
    { $text }
garin-write-prompt = Write your message to the group; the others will see it with your first name.
garin-write-sent = { $count ->
        [0] Sent, but no other members get group messages right now.
        [one] ✉️ Passed on to 1 member.
       *[other] ✉️ Passed on to { $count } members.
    }

## Gatherings (the garin's own house meetings)
garin-gathering-new = 📅 A gathering for the garin
garin-gathering-open = 📅 { $title }

## Outbox kinds (the coordinators' delivery status)
outbox-kind-garin-invitation = Garin invitation
outbox-kind-garin-announce = Message to a garin
outbox-kind-garin-relay = A member's note to their garin
