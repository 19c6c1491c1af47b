## Opting out of (and back into) messages the bot starts: STOP / START on every channel.

optout-done = Done ✋ We will no longer send you messages on our own initiative (reminders, updates, offers). When you write to us, we still answer. To resume, write “start”.
optin-done = Welcome back! Reminders and updates are on again ✔️

words-optout = stop, stopall, unsubscribe
words-optin = unstop, resume, subscribe
