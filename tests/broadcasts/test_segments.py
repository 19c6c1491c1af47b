"""Audiences return exactly the right people, and never the opted-out, unconsented,
unreachable or deleted."""

from __future__ import annotations

import pytest

from conversations.domain.segments import InvalidSegment, attr, scoped, validate
from standins.seeding import Seed, seed
from storage import people, segments, subscriptions
from storage.db import Database

Q = "survey:grads2026:q3"  # "Would you settle in the periphery?" yes / maybe / no


def tg(n: int) -> list[tuple[str, str]]:
    return [("telegram", str(n))]


async def test_survey_answers_and_language_select_exactly_the_right_people(database_url,
                                                                           clock):
    db = Database(database_url, now=clock.now)
    from storage import migrate

    await migrate.upgrade(db)
    now = clock.now()
    specs = {
        "noa": Seed("he", tg(1), {Q: ["yes"], "region_interest": ["negev"]}),
        "rana": Seed("ar", tg(2), {Q: ["yes"]}),
        "avi": Seed("he", tg(3), {Q: ["no"]}),
        "maybe_ru": Seed("ru", [("whatsapp", "+972501111111")], {Q: ["maybe"]}),
        "opted_out": Seed("he", tg(5), {Q: ["yes"]}, opted_out=True),
        "unconsented": Seed("he", tg(6), {Q: ["yes"]}, consented=False),
        "unreachable": Seed("he", tg(7), {Q: ["yes"]}, unreachable=True),
        "two_channels": Seed("he", [*tg(8), ("whatsapp", "+972502222222")], {Q: ["maybe"]}),
        "deleted": Seed("he", tg(9), {Q: ["yes"]}),
        "unsubscribed": Seed("ru", tg(10), {Q: ["yes"]}),
        "no_answer": Seed("he", tg(11)),
    }
    ids = dict(zip(specs, await seed(db, list(specs.values()), now), strict=True))
    async with db.transaction() as session:
        # one of two channels unreachable: still reachable on the other
        from sqlalchemy import update

        from storage.models import Identity

        await session.execute(update(Identity).where(Identity.user_id == "8")
                              .values(unreachable_at=now))
        await people.delete_person(session, ids["deleted"])
        await subscriptions.set_subscribed(session, ids["unsubscribed"], "settlement_news",
                                           False, now)

    definition = {"all": [attr(Q, "yes", "maybe"), {"language": ["he", "ru"]}]}
    async with db.transaction() as session:
        found = {pid for pid, _lang, _form in await segments.recipients(session, definition)}
        assert found == {ids[n] for n in ("noa", "maybe_ru", "two_channels", "unsubscribed")}
        on_topic = await segments.recipients(session, definition, "settlement_news")
        assert {pid for pid, *_ in on_topic} == {ids[n] for n in ("noa", "maybe_ru",
                                                                  "two_channels")}
        split = await segments.split(session, definition, "settlement_news")
        assert split.total == 3
        assert split.by_channel == {"telegram": 1, "whatsapp": 2}
        assert split.by_language == {"he": 2, "ru": 1}

        either = {"any": [attr(Q, "no"), {"language": ["ar"]}]}
        assert {p for p, *_ in await segments.recipients(session, either)} == {
            ids["rana"], ids["avi"]}
        negated = {"all": [attr(Q, "yes"), {"not": {"language": ["he"]}}]}
        assert {p for p, *_ in await segments.recipients(session, negated)} == {
            ids["rana"], ids["unsubscribed"]}
        telegram_only = {"all": [attr(Q, "maybe"), {"channel": ["telegram"]}]}
        assert await segments.recipients(session, telegram_only) == []  # 8 is unreachable
        everyone = {p for p, *_ in await segments.recipients(session, {"all": []})}
        excluded = {ids[n] for n in ("opted_out", "unconsented", "unreachable", "deleted")}
        assert everyone == set(ids.values()) - excluded
        negev = scoped({"all": []}, "negev")
        assert {p for p, *_ in await segments.recipients(session, negev)} == {ids["noa"]}

        saved = await segments.save(session, "settlers", definition, by="telegram:7001",
                                    now=now)
        assert (await segments.get(session, "settlers")).definition == saved.definition
    await db.dispose()


@pytest.mark.parametrize("bad", [
    {}, {"all": "x"}, {"attr": "q"}, {"attr": "q", "in": []}, {"language": "he"},
    {"colour": ["red"]}, {"not": {"all": []}, "x": 1}, {"topic": 3}, [],
])
def test_malformed_definitions_are_refused(bad):
    with pytest.raises(InvalidSegment):
        validate(bad)
