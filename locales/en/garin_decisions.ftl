## Garin decisions: proposals, polls and time polls. $form is the reader's form of address.

menu-garin-decisions = 🗳️ Garin decisions
# Leaves what one is doing (drafting a decision, marking a milestone), like typing “cancel”.

garin-decision-kind-proposal = 🤝 A proposal
garin-decision-kind-single = 🔘 A poll: choose one
garin-decision-kind-multi = ☑️ A poll: choose several
garin-decision-kind-time = 📅 When can we meet?

garin-decision-new-proposal = 🗳️ A proposal in { $garin }:
garin-decision-new-single = 🗳️ A poll in { $garin }:
garin-decision-new-multi = 🗳️ A poll in { $garin }:
garin-decision-new-time = 📅 When can we meet? { $garin } is choosing a time:
garin-decision-deadline = ⏳ Answers until { $when }
garin-decision-quorum = { $quorum ->
        [one] It needs at least one answer.
       *[other] It needs at least { $quorum } answers.
    }
garin-decision-how-proposal = Agree, abstain, disagree, or block (a principled objection that stops it). You can change your answer until then.
garin-decision-how-single = Choose one option. You can change your answer until then.
garin-decision-how-multi = Tick every option that suits you; tap a ticked one again to untick it.
garin-decision-how-time = Tick every time you can make; tap a ticked one again to untick it.

garin-vote-agree = Agree
garin-vote-abstain = Abstain
garin-vote-disagree = Disagree
garin-vote-block = Block
garin-vote-nothing = nothing chosen
# A tally line, label and value: “• Agree: 3”.
garin-decision-count-line = • { $option }: { $count }

garin-decision-closed-title = 📌 Decision closed in { $garin }:
garin-outcome-passed = ✅ The proposal passed.
garin-outcome-rejected = ❌ The proposal was not accepted.
garin-outcome-blocked = ✋ The proposal was blocked.
garin-outcome-chosen = ✅ Chosen: { $winner }
garin-outcome-tie = ⚖️ A tie between: { $winner }
garin-outcome-no-votes = Nobody answered.
garin-outcome-quorum-missed = { $quorum ->
        [one] ⚠️ No decision: it needed one answer and got { $voters }.
       *[other] ⚠️ No decision: it needed { $quorum } answers and got { $voters }.
    }
garin-decision-turnout = { $members ->
        [one] { $voters ->
            [0] The only member did not answer.
           *[other] The only member answered.
        }
       *[other] { $voters } of { $members } members answered.
    }
garin-decision-reminder = ⏰ Reminder: you haven't answered yet, and answers close on { $when }.

garin-decision-gone = This decision no longer exists.
garin-decision-already-closed = This decision has already closed, so the answer was not recorded. Its outcome is in “Garin decisions”.
garin-decision-not-member = Only members of the garin can answer this decision.
garin-vote-saved = 🗳️ Your answer is saved: { $ballot }. You can change it until { $when }.
garin-vote-toggle-more = Tap another option to add it, or a ticked one to remove it.
garin-vote-skip = ⏭️ No comment
garin-vote-comment-ask = Would you like to add a comment for the garin’s lead? Type it, or tap “No comment”.
garin-vote-comment-invalid = { $most ->
        [one] That comment is too long. Please keep it to one character.
       *[other] That comment is too long. Please keep it to { $most } characters.
    }
garin-vote-comment-saved = 💬 Your comment is saved.

garin-decision-no-garin = You don't lead or accompany a garin yet, so there is nowhere to open a decision.
garin-decision-pick-garin = In which garin? Choose one:
garin-decision-pick-kind = What would you like to ask the group?
garin-decision-ask-question-proposal = Write the proposal, in one message.
garin-decision-ask-question-single = Write the question of the poll.
garin-decision-ask-question-multi = Write the question of the poll.
garin-decision-ask-question-time = What is the meeting about? Write one line, e.g. “Planning evening”.
garin-decision-question-invalid = { $most ->
        [one] That question is too long. Please keep it to one character.
       *[other] That question is too long. Please keep it to { $most } characters.
    }
garin-decision-ask-options = Write the options, one per line (2 to { $most }).
garin-decision-ask-times = Write the possible times, one per line, like “3.12 20:00” or “tomorrow 19:30” (2 to { $most }).
garin-decision-options-count = Please write 2 to { $most } different options, one per line.
garin-decision-option-too-long = { $most ->
        [one] One of the options is too long. Please keep each to one character.
       *[other] One of the options is too long. Please keep each to { $most } characters.
    }
garin-decision-time-invalid = I couldn’t read “{ $line }” as a time still ahead. Type e.g. “3.12 20:00”.
garin-decision-ask-deadline = Until when can members answer? Choose, or type a date and time (e.g. “5.12 18:00”).
garin-decision-in-days = { $days ->
        [one] ⏳ One day
       *[other] ⏳ { $days } days
    }
garin-decision-deadline-invalid = I couldn’t read that as a time still ahead. Type e.g. “5.12 18:00”.
garin-decision-deadline-after-times = The answers must close before the first proposed time.
garin-decision-ask-quorum = { $members ->
        [one] How many answers does the decision need to count? The garin has one member. Type a number or a share (e.g. “50%”), or choose “No quorum”.
       *[other] How many answers does the decision need to count? The garin has { $members } members. Type a number or a share (e.g. “50%”), or choose “No quorum”.
    }
garin-decision-no-quorum = No quorum
garin-decision-quorum-invalid = { $members ->
        [one] Type a number of members (1) or a share such as “50%”.
       *[other] Type a number of members from 1 to { $members }, or a share such as “50%”.
    }
garin-decision-preview = 👀 This is what every member of the garin will receive:
garin-decision-preview-options = Options: { $options }
garin-decision-send = 📤 Send to the group
garin-decision-dropped = The decision was not sent.
garin-decision-opened = { $members ->
        [one] 📤 Sent to one member. Answers close on { $when }; you will get the outcome then.
       *[other] 📤 Sent to { $members } members. Answers close on { $when }; you will get the outcome then.
    }

garin-decisions-title = The group's decisions (🗳️ open · 📌 closed). Choose one to see it:
garin-decisions-none = The group has no decisions yet.
garin-decisions-new = ➕ New decision
garin-decisions-to-menu = ↩️ Menu
garin-decisions-back = ↩️ Back
garin-decision-counts-so-far = { $voters ->
        [0] No answers yet:
        [one] One answer so far:
       *[other] { $voters } answers so far:
    }
garin-decision-your-ballot = Your answer: { $ballot }
garin-decision-you-not-voted = You haven't answered yet.
garin-decision-who-title = 👁️ Who answered what (only you see this):
garin-decision-voter-line = • { $name }: { $ballot }
garin-decision-voter-comment =   💬 { $comment }
garin-decision-former-member = a former member
garin-decision-waiting = { $count ->
        [one] ⏳ Still waiting for an answer from { $names }
       *[other] ⏳ Still waiting for { $count } members to answer: { $names }
    }

outbox-kind-garin-decision = Garin decision
outbox-kind-garin-decision-reminder = Garin decision reminder
outbox-kind-garin-decision-outcome = Garin decision outcome
outbox-kind-garin-decision-remind = Sending a garin decision reminder
outbox-kind-garin-decision-close = Closing a garin decision

garin-home-no-open-decisions = 🗳️ No open decisions.
garin-home-open-decisions = { $count ->
        [one] 🗳️ One open decision:
       *[other] 🗳️ { $count } open decisions:
    }
garin-home-decision-answered = • { $question } (until { $when }) ✅ answered
garin-home-decision-waiting = • { $question } (until { $when }) ⏳ waiting for your answer

garin-decision-unnamed-member = a member
