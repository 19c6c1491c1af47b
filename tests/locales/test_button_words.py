"""No button label, typed back without its emoji, is a universal word with another meaning.

The engine matches universal words (`words-*`: start, menu, back, cancel, stop, resume…) before
buttons, so a label that reads like one does the universal thing when typed on WhatsApp: the
re-subscribe button «🔔 ביטול» cancelled instead of re-subscribing. A label may equal a universal
word only when pressing it does what typing the word does; those are listed here by name.
"""

from __future__ import annotations

import pytest

from conversations.domain.choice_matching import typed
from conversations.engine.runner import COMMANDS
from locales import FORMS, LANGUAGES, Localizer
from tests.support.fluent import ftl_texts, variables

SAME_ACTION = {"menu-mydata": "mydata", "survey-back": "back", "meetings-back": "back",
               "admin-back": "back", "meetings-to-menu": "menu", "vol-finish": "menu",
               "req-cancel": "cancel", "garin-back": "back", "garin-to-menu": "menu",
               "garin-cancel": "cancel", "garin-decisions-back": "back",
               "garin-decisions-to-menu": "menu"}
"""Buttons that do exactly what their universal word does (the menu's «📄 המידע שלי» sends
my data; «↪️ חזרה» goes back; «🏠 לתפריט» opens the menu; not sending a request cancels it;
the garin, decision and journey screens' «⬅️ חזרה», «↩️ לתפריט» and «✖️ ביטול» go back,
open the menu, cancel)."""
NOT_BUTTONS = ("words-", "cmd-", "survey-col-", "survey-chart-", "survey-status-")
"""Word lists, Telegram command descriptions, and spreadsheet or chart headings."""
KNOWN_GAPS: set[tuple[str, str]] = set()
"""(language, key) of labels still waiting for their language's owner to rename them."""
LONGEST_LABEL = 40
LOCALIZER = Localizer()
UNIVERSAL = {word: command for command in COMMANDS
             for word in LOCALIZER.words(f"words-{command}")}


def labels() -> list[tuple[str, str, str]]:
    """(language, key, text) of every short one-line text without variables but $form."""
    localizer = LOCALIZER
    found = []
    for language in LANGUAGES:
        for text in ftl_texts(language):
            if text.key.startswith(NOT_BUTTONS) or variables(text.message) - {"form"}:
                continue
            for form in FORMS:
                shown = localizer.format(language, text.key, form)
                if "\n" not in shown and len(shown) <= LONGEST_LABEL:
                    found.append((language, text.key, shown))
    return found


def test_the_scan_sees_the_buttons() -> None:
    keys = {key for _, key, _ in labels()}
    assert {"resubscribe", "survey-skip", "meeting-sign-up", "broadcast-cancel"} <= keys


@pytest.mark.parametrize(("language", "key", "label"), labels())
def test_no_label_is_a_universal_word_with_another_meaning(language: str, key: str,
                                                           label: str) -> None:
    command = UNIVERSAL.get(typed(label))
    if command is None or SAME_ACTION.get(key) == command:
        return
    if (language, key) in KNOWN_GAPS:
        pytest.skip(f"{language} {key} «{label}» is the universal word for {command}: "
                    "to be renamed by its language's owner")
    pytest.fail(f"{language} {key} «{label}» typed back means the universal {command!r}")


def test_the_old_resubscribe_label_would_have_been_caught() -> None:
    cancel = LOCALIZER.words("words-cancel")
    assert typed("🔔 ביטול") in cancel
    assert typed(LOCALIZER.format("he", "resubscribe")) not in cancel
