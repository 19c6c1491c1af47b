"""Gal, addressed in the plural, walks the survey, signs up for a house meeting and takes an
offer; no word that only the masculine (or feminine) singular variants use reaches them.

The words to watch come from the texts themselves: every word of a Hebrew `[m]` or `[f]`
variant that no `[p]` variant and no text outside a `$form` selector uses («תרצה», «אתה»,
«רשום», «שתחזור»…). Reading every reply against that list checks each text Gal meets, whichever
flow or feature it comes from.
"""

from __future__ import annotations

import re
from datetime import timedelta

from fluent.syntax.ast import BaseNode, SelectExpression, TextElement, VariableReference

from conversations.meetings import ops
from conversations.meetings.commands import _Notifier
from tests.support.fluent import ftl_texts, selectors, survey_texts, variant_text, walk
from tests.support.matching import ask_for_a_ride, deliver, register_volunteer
from tests.support.person import on_telegram
from tests.support.telegram import running_bot

GAL, RANA = 1201, 1202
HEBREW_WORD = re.compile(r"[\u05D0-\u05EA\u05F3\"']+")


def words(text: str) -> set[str]:
    return {w.strip("'\"") for w in HEBREW_WORD.findall(text) if len(w.strip("'\"")) > 1}


def singular_only_words() -> set[str]:
    texts = ftl_texts("he") + survey_texts("he")
    singular: set[str] = set()
    plural: set[str] = set()
    for text in texts:
        for select in selectors(text.message).get("form", []):
            singular |= words(variant_text(select, "m")) | words(variant_text(select, "f"))
            plural |= words(variant_text(select, "p"))
        plural |= words(_outside_form(text.message))
    return singular - plural


def _outside_form(node: object) -> str:
    if isinstance(node, SelectExpression) and isinstance(node.selector, VariableReference) \
            and node.selector.id.name == "form":
        return ""
    if isinstance(node, TextElement):
        return node.value
    if isinstance(node, BaseNode):
        return " ".join(_outside_form(child) for value in vars(node).values()
                        for child in (value if isinstance(value, list) else [value]))
    return ""


def test_the_watch_list_holds_the_singular_words() -> None:
    watched = singular_only_words()
    assert {"תרצה", "תרצי", "אתה", "רשום", "רשומה"} <= watched
    assert not {"תרצו", "אתם", "רשומים", "בקשה"} & watched
    assert any(isinstance(n, TextElement) for n in walk(ftl_texts("he")[0].message))


async def test_a_plural_reader_meets_only_plural_forms(database_url, api, clock) -> None:
    watched = singular_only_words()
    async with running_bot(database_url, api, clock=clock) as bot:
        starts = clock.now() + timedelta(days=5, hours=7)
        async with bot.core.db.transaction() as db:
            await ops.create(_Notifier(db, clock.now(), bot.core.services), {
                "title": "ערב היכרות בירוחם", "site": "גרעין ירוחם", "locality": "ירוחם",
                "region": "negev", "starts_at": starts, "duration_minutes": 120,
                "address": "הדקל 4", "capacity": 10, "language": "he", "notes": ""}, None)
        gal = on_telegram(api, GAL, form="p")
        await gal.onboard()

        # the survey, start to end
        await gal.tap("📋 לענות על הסקר", expect=2)
        await gal.tap("22–25")
        await gal.say("מכינת עין פרת")
        await gal.say("2019")
        await gal.tap("עבודה")
        await gal.say("אופקים", expect=2)  # found, then the next question
        for answer in ("בזוגיות", "כן, בהחלט", "הנגב והדרום"):
            await gal.tap(answer)
        await gal.tap("✔️ סיימתי")
        await gal.tap("בשנה הקרובה")
        await gal.tap("דיור")
        await gal.tap("✔️ סיימתי")
        for answer in ("כן", "כן", "כן", "כן"):
            await gal.tap(answer)
        [review] = await gal.tap("⏭️ דילוג")
        assert review.text.startswith("כמעט סיימנו! אלה התשובות שלכם")
        thanks, _menu = await gal.tap("✅ שליחה", expect=2)
        assert "נחזור אליכם" in thanks.text

        # an offer of a help request, accepted
        await register_volunteer(gal, "גל", ["rides"], ["galilee"],
                                 ["morning", "afternoon", "evening"], ["he", "ar"])
        rana = on_telegram(api, RANA, language="ar", form="f")
        await rana.onboard()
        await ask_for_a_ride(rana)
        await deliver(bot)
        [offer] = await gal.receive(1)
        assert "תוכלו לעזור?" in offer.text
        await gal.tap(gal.t("offer-accept"), on=offer)

        # a house meeting
        await gal.say("תפריט")
        [listing] = await gal.tap("🏠 חוגי בית")  # the survey's regions choose the listing
        [meeting] = [label for label in listing.labels if "ירוחם" in label]
        await gal.tap(meeting)
        await gal.tap("✋ הרשמה")
        confirmed, _ics, _menu = await gal.tap("1", expect=3)  # their name is known already
        assert confirmed.text.startswith("נרשמתם!")

        seen = [m for m in gal.received]
        assert len(seen) > 40
        leaks = {}
        for message in seen:
            for word in words(message.text or "") | {w for lab in message.labels
                                                     for w in words(lab)}:
                if word in watched:
                    leaks.setdefault(word, (message.text or "")[:80])
        assert not leaks, f"singular words reached a plural reader: {leaks}"
