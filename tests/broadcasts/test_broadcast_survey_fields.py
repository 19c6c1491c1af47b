"""Building an audience from survey answers (issue 20): the coordinator sees the question's
title and option texts in their language, not «age_group», «survey:graduates:age_group»
(the same question twice) or «22_25»."""

from __future__ import annotations

from standins.seeding import Seed, seed
from tests.support.person import label, on_telegram
from tests.support.telegram import running_bot

DANA, NOA, AVI = 7001, 30001, 30002


async def test_survey_fields_read_as_question_titles_and_options(database_url, api, clock):
    async with running_bot(database_url, api, clock=clock) as bot:
        await seed(bot.core.db, [
            Seed("he", [("telegram", str(DANA))], form="f"),
            Seed("he", [("telegram", str(NOA))], {"age_group": ["22_25"],
                                                  "survey:graduates:age_group": ["22_25"]}),
            Seed("he", [("telegram", str(AVI))], {"age_group": ["36_plus"],
                                                  "survey:graduates:age_group": ["36_plus"]}),
        ], clock.now())
        dana = on_telegram(api, DANA, exact=True)
        [menu] = await dana.say("תפריט")
        await dana.tap("📣 שליחת הודעה לקהל", on=menu)
        [field] = await dana.tap("🧩 בניית קהל")
        assert field.labels == ["שפה", "ערוץ", "קבוצת גיל"]  # once, by its title
        [values] = await dana.tap("קבוצת גיל", on=field)
        assert values.labels == ["22–25", "36 ומעלה"]
        [more] = await dana.tap("36 ומעלה", on=values)
        assert "קבוצת גיל: 36 ומעלה" in more.text
        assert "age_group" not in more.text and "36_plus" not in more.text


async def test_a_locality_answer_reads_as_the_town_in_the_coordinators_language(
        database_url, api, clock):
    """The survey stores a locality under its Hebrew name; an English-speaking coordinator
    picks «Ofakim» and «Nazareth», not «אופקים» and «נצרת»."""
    async with running_bot(database_url, api, clock=clock) as bot:
        await seed(bot.core.db, [
            Seed("en", [("telegram", str(DANA))], form="f"),
            Seed("he", [("telegram", str(NOA))], {"survey:graduates:locality": ["אופקים"]}),
            Seed("ar", [("telegram", str(AVI))], {"survey:graduates:locality": ["נצרת"]}),
        ], clock.now())
        dana = on_telegram(api, DANA, language="en", exact=True)
        [menu] = await dana.say("menu")
        await dana.tap(label("en", "menu-broadcast"), on=menu)
        [field] = await dana.tap(label("en", "broadcast-build"))
        [values] = await dana.tap("Current locality", on=field)
        assert sorted(values.labels) == ["Nazareth", "Ofakim"]
        [more] = await dana.tap("Ofakim", on=values)
        assert "Current locality: Ofakim" in more.text and "אופקים" not in more.text
