## First contact, menu, help, privacy and errors.

language-prompt =
    Hello! 👋 Which language shall we use?
    בחרו שפה · اختر اللغة · Выберите язык
lang-he = עברית
lang-ar = العربية
lang-en = English
lang-ru = Русский

form-prompt = How should we address you? (Hebrew, Arabic and Russian say some words differently to a man, a woman or a group.)
form-m = As a man
form-f = As a woman
form-p = In the plural (neutral)

privacy-notice =
    Before we start, a word about privacy 🔒
    To help you, we keep what you tell us here: survey answers, house-meeting sign-ups and volunteering. We use it only to coordinate community activities and never pass it on without your permission.
    At any time, write “my data” to get everything we keep about you, or “delete me” to erase it all.
    Do you agree?
consent-yes = I agree
consent-no = Not now
consent-declined = No problem. Without consent we keep nothing about you. If you change your mind, write “start”.
consent-required = To continue, please agree to the privacy terms first.
welcome = Welcome! 🎉 This is the main menu. You can always write “menu” to come back here, or “help”.

menu-title = What would you like to do?
menu-settings = ⚙️ Language and form of address
menu-link-phone = 📱 Link my phone number
menu-mydata = 📄 My data
menu-deleteme = 🗑️ Delete my data

help-text =
    How to talk to me:
    • “menu” – back to the main menu
    • “back” – the previous question
    • “cancel” – leave what you are doing
    • “my data” – a file with everything we keep about you
    • “delete me” – erase all your data
    Tap the buttons or type the number of an option.

not-understood = I didn't understand 🙈 Please pick one of the options, or write “help”.
media-unsupported = For now I can only read text here ✍️ Could you write it in words?
text-too-long = That message is too long ({ $length ->
        [one] one character
       *[other] { $length } characters
    }). Could you keep it under { $limit ->
        [one] one character
       *[other] { $limit } characters
    }?
empty-text = I didn't get any text. Could you try again?
stale-button = That button belongs to an earlier message ⏳ Here is where we are now:
nothing-to-go-back = There is nowhere to go back to from here.
cancelled = Cancelled. Back to the main menu.
not-allowed = Only coordinators can do that.
error-internal = Oops, something went wrong on our side 😕 Nothing already saved was lost. Please try again in a moment.
resume-prompt = Picking up where we left off:

settings-done = Updated ✔️

link-phone-prompt = To link this account with WhatsApp, share your phone number with the button below.
link-phone-button = 📱 Share my number
link-phone-done = Number saved and accounts linked ✔️
link-phone-not-own = You can only share your own number.
link-phone-invalid = That number does not look valid.

mydata-caption = Here is everything we keep about you 📄
deleteme-confirm = Are you sure? All your data will be erased for good and cannot be restored.
deleteme-yes = Yes, erase everything
deleteme-no = No, keep it
deleteme-done = Your data has been erased. Thank you for being with us 💙 You can come back any time with “start”.
deleteme-kept = Nothing was erased.

cmd-start = Start over
cmd-menu = Main menu
cmd-help = Help
cmd-back = Previous question
cmd-cancel = Cancel the current action
cmd-mydata = My data
cmd-deleteme = Delete my data

words-start = start, hello, hi
words-menu = menu
words-help = help
words-back = back
words-cancel = cancel
words-mydata = my data
words-deleteme = delete me

# WhatsApp: the button that opens a list of options (at most 20 characters)
wa-list-button = Choose
