"""The weekly digest: who gets what (sections registered here stand in for meetings and
volunteering), nothing for an empty digest, and its Sunday 10:00 schedule on a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from bot.delivery import recurring
from bot.delivery.scheduler import Scheduler
from conversations.domain.types import Choice, Outbound
from conversations.engine.registry import DigestRequest
from standins.seeding import Seed, seed
from storage import attributes, subscriptions
from storage.models import OutboxMessage, ScheduledItem
from tests.timeline import START

SUNDAY_10_ISRAEL = START + timedelta(days=4, hours=22)


def week_key(moment: datetime) -> str:
    """What the digest's item is keyed by: `digest:<ISO year>-W<ISO week>`."""
    year, week, _ = moment.isocalendar()
    return f"digest:{year}-W{week:02d}"


async def test_digest_content_per_person_and_its_weekly_schedule(core, clock):
    async def meetings(request: DigestRequest) -> list:
        values = await attributes.values_of(request.db, request.person_id)
        if "negev" not in values.get("region_interest", []):
            return []
        title = {"he": "חוג בית באופקים, יום שלישי 19:00"}.get(request.language,
                                                               "House meeting in Ofakim")
        return [title, Choice(request.translate("menu-subscriptions"), "flow", "subscriptions")]

    async def volunteering(request: DigestRequest) -> list:
        values = await attributes.values_of(request.db, request.person_id)
        return ["🚗 Ride to a clinic in Yarka"] if "driving" in values.get("skill", []) else []

    async def broken(request: DigestRequest) -> list:
        raise RuntimeError("a feature's bug must not stop the digest")

    core.services.registry.digest_sections.update(
        meetings=meetings, broken=broken, volunteering=volunteering)
    specs = {
        "noa": Seed("he", [("telegram", "1")], {"region_interest": ["negev"]}, form="f"),
        "avi": Seed("he", [("telegram", "2")], {"region_interest": ["negev"],
                                                "skill": ["driving"]}),
        "john": Seed("en", [("telegram", "3")], {"region_interest": ["galilee"]}),
        "rana": Seed("ar", [("telegram", "4")], {"region_interest": ["negev"]}),
        "gone": Seed("he", [("telegram", "5")], {"region_interest": ["negev"]}, opted_out=True),
    }
    ids = dict(zip(specs, await seed(core.db, list(specs.values()), clock.now()), strict=True))
    async with core.db.transaction() as db:
        await subscriptions.set_subscribed(db, ids["rana"], "digest", False, clock.now())

    trigger = recurring.digest_trigger(core.settings.digest_cron, core.settings.timezone)
    assert trigger.get_next_fire_time(None, clock.now()) == SUNDAY_10_ISRAEL
    clock.set(SUNDAY_10_ISRAEL)
    assert await recurring.plan_digest(core) is True
    assert await recurring.plan_digest(core) is False  # a second process, or a restart
    assert await Scheduler(core.db, core.services, core.clock).tick() == 1

    async with core.db.transaction() as db:
        item = await db.scalar(select(ScheduledItem).where(ScheduledItem.kind == "digest"))
        assert item.key == week_key(SUNDAY_10_ISRAEL) and item.state == "done"
        rows = {row.person_id: Outbound.from_json(row.payload)
                for row in await db.scalars(select(OutboxMessage)
                                            .where(OutboxMessage.kind == "digest"))}
    assert set(rows) == {ids["noa"], ids["avi"]}  # john's would be empty; rana unsubscribed
    noa, avi = rows[ids["noa"]], rows[ids["avi"]]
    assert noa.text == ("🗓️ הסיכום השבועי שלך\n\n🏠 חוגי בית קרובים עם מקומות פנויים:\n"
                        "חוג בית באופקים, יום שלישי 19:00")  # each section has a heading
    assert avi.text.endswith("19:00\n\n🤝 בקשות עזרה שמתאימות לך:\n🚗 Ride to a clinic in Yarka")
    assert [(c.action, c.target) for c in noa.choices] == [("flow", "subscriptions"),
                                                            ("unsub", "digest")]
    assert noa.choices[0].label == "🔔 נושאי עדכונים"

    next_week = trigger.get_next_fire_time(None, SUNDAY_10_ISRAEL + timedelta(minutes=1))
    assert next_week == SUNDAY_10_ISRAEL + timedelta(days=7)
    clock.set(next_week)
    assert await recurring.plan_digest(core) is True
    async with core.db.transaction() as db:
        keys = set(await db.scalars(select(ScheduledItem.key)
                                    .where(ScheduledItem.kind == "digest")))
    assert keys == {week_key(SUNDAY_10_ISRAEL), week_key(next_week)}


async def test_digest_shows_meeting_times_in_the_configured_time_zone(database_url, clock):
    """TIMEZONE is the organisation's zone: the digest's meeting times are shown in it, not in
    the default Asia/Jerusalem (issue 12 found the class default read instead)."""
    from bot.app import create_core
    from conversations.meetings import ops
    from conversations.meetings.commands import _Notifier
    from tests.support.settings import make_settings

    core = await create_core(make_settings(database_url, timezone="Asia/Dubai"), clock=clock)
    try:
        [noa] = await seed(core.db, [Seed("en", [("telegram", "1")],
                                          {"region_interest": ["negev"]})], clock.now())
        starts = clock.now() + timedelta(days=2, hours=7, minutes=30)  # 17:30 UTC
        async with core.db.transaction() as db:
            await ops.create(_Notifier(db, clock.now(), core.services), {
                "title": "Ofakim evening", "site": "", "locality": "אופקים", "region": "negev",
                "starts_at": starts, "duration_minutes": 120, "address": "HaNasi 5",
                "capacity": 10, "language": "he", "notes": ""}, None)
        assert await recurring.plan_digest(core) is True
        assert await Scheduler(core.db, core.services, core.clock).tick() == 1
        async with core.db.transaction() as db:
            row = await db.scalar(select(OutboxMessage).where(OutboxMessage.kind == "digest",
                                                              OutboxMessage.person_id == noa))
        text = Outbound.from_json(row.payload).text
        assert "Ofakim evening" in text
        assert "21:30" in text  # Dubai is UTC+4 all year
        assert "19:30" not in text  # what Jerusalem's clock would say
    finally:
        await core.close()
