## The garin's accompaniment journey. $form is the reader's form of address.

menu-garin-journey = 🧭 The garin's journey
garin-journey-pick = Which garin's journey would you like to see?
garin-journey-gone = This garin no longer exists.
garin-journey-not-started = 🧭 { $garin } hasn’t started its accompaniment journey yet.
garin-journey-start = ▶️ Start the journey
garin-journey-started = 🧭 The journey of { $garin } has started: its milestones and due dates are set, and their owners will get a check-in before each one.
garin-journey-title = 🧭 { $garin }: { $percent }% of the journey ({ $done } of { $total ->
        [one] one milestone
       *[other] { $total } milestones
    })
garin-journey-stage = 📍 { $stage }
garin-journey-line-done = ✅ { $milestone } – done on { $date }
garin-journey-line-note =    📝 { $note }
garin-journey-line-due = ⏳ { $milestone } – by { $date } ({ $owner })
garin-journey-line-overdue = ⚠️ { $milestone } – was due on { $date } ({ $owner })
garin-journey-owner-lead = the garin's lead
garin-journey-owner-coordinator = the accompanying coordinator
garin-journey-mark-one = ✅ Mark a milestone done
garin-journey-choose = Which milestone is done?
garin-journey-mark-done = ✅ Mark done
garin-journey-note-ask = Marking “{ $milestone }” done. Add a short note about what was done, or tap “No note”.
garin-journey-note-skip = ⏭️ No note
garin-journey-note-invalid = { $most ->
        [one] Please write a note of up to one character.
       *[other] Please write a note of up to { $most } characters.
    }
garin-journey-already-done = “{ $milestone }” was already marked done.
garin-journey-marked = ✅ “{ $milestone }” is done. { $garin } is now { $percent }% of the way.
garin-journey-checkin = 🧭 Check-in for { $garin }: “{ $milestone }” is due on { $due }. How is it going? When it’s done, mark it here.
garin-journey-overdue = ⚠️ { $garin }: “{ $milestone }” was due on { $due } and isn’t marked done yet (owner: { $owner }).

garin-home-journey-not-started = 🧭 The accompaniment journey hasn’t started yet.
garin-home-journey-done = 🧭 Every milestone of the journey is done!
garin-home-journey = 🧭 Journey: { $percent }% · next: { $milestone } (by { $date })

outbox-kind-garin-journey-checkin = Garin milestone check-in
outbox-kind-garin-journey-overdue = Overdue garin milestone
garin-journey-overview-not-started = • { $garin }: not started
garin-journey-overview = { $late ->
        [0] • { $garin }: { $percent }%
        [one] • { $garin }: { $percent }% · ⚠️ one milestone overdue
       *[other] • { $garin }: { $percent }% · ⚠️ { $late } milestones overdue
    }
