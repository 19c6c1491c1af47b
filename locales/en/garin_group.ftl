## A garin's linked Telegram group (conversations/garinim/group_link.py)
garin-group-link-button = 🔗 Link a Telegram group
garin-link-code = 🔗 To link a Telegram group to “{ $garin }”: add the bot to the group as an admin, then send this there:
    /link_garin { $code }
    The code works once, for you only, for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }.
garin-link-usage = To link this group to a garin, send /link_garin with the code from the garin's screen in your private chat with the bot.
garin-link-not-admin = ⚠️ The bot must be an admin of this group to link it. Make it an admin and send the command again.
garin-link-bad-code = ⚠️ This code does not work: it has expired or was used already. A new one is on the garin's screen in the private chat with the bot.
garin-link-not-allowed = ⛔ Only the person who asked for this code may link or unlink the group, and only for a garin they accompany or lead.
garin-link-done = ✅ This group is now linked to “{ $garin }”. The garin's group messages will be posted here too.
garin-unlink-none = This group is not linked to any garin.
garin-unlink-done = This group is no longer linked to “{ $garin }”. The garin's messages will not be posted here any more.
garin-group-lost = ⚠️ The bot was removed from the Telegram group of “{ $garin }”, so the group is no longer linked to the garin. Members still get the garin's messages in their private chat. You can link a group again from the garin's screen.
garin-group-demoted = ⚠️ The bot is no longer an admin of the Telegram group of “{ $garin }”. It still posts the garin's messages there, but cannot make invite links for members until it is an admin again.
garin-group-join = 🔗 Join the Telegram group
garin-group-invite-failed = ⚠️ The invite link to the group could not be made just now: the bot may no longer be an admin there. The garin lead can help.
garin-group-none = This garin has no Telegram group yet.
garin-group-invite = 🔗 Your invite link to the Telegram group of “{ $garin }” (for you alone, valid for { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }):
garin-group-relayed = 💬 The group messages of “{ $garin }” reach you here, and “✍️ Write to the group” answers everyone, members in the Telegram group too.

## Invitations that expire (conversations/garinim/expiry.py)
garin-invitation-expired = ⌛ The invitation to “{ $garin }” has expired: the time to answer it is over.
garin-invitation-reminder = ⏳ A reminder: the invitation to the garin “{ $garin }” is open until { $expires }. Would you like to join?
garin-invitations-expired = ⌛ “{ $garin }”: { $count ->
        [one] one invitation expired without an answer
       *[other] { $count } invitations expired without an answer
    }: { $names }.
garin-invitations-expired-lead = ⌛ “{ $garin }”: { $count ->
        [one] one invitation expired without an answer.
       *[other] { $count } invitations expired without an answer.
    }

## Outbox kinds
outbox-kind-garin-group-post = Garin message in its Telegram group
outbox-kind-garin-group-lost = Telegram group unlinked
outbox-kind-garin-invitation-reminder = Garin invitation reminder
outbox-kind-garin-invitations-expired = Garin invitations expired
outbox-kind-garin-invitation-expire = Garin invitation expiry
outbox-kind-garin-invitation-remind = Garin invitation reminder (timed)
outbox-kind-garin-group-demoted = Telegram group: the bot is no longer admin
