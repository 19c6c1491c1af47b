"""Matching without a channel: simultaneous accepts, digest, privacy hooks and the export."""

from __future__ import annotations

import asyncio
import csv
from datetime import timedelta

from openpyxl import load_workbook
from sqlalchemy import func, select

from bot.app import Core
from conversations.domain.types import Address, Inbound, Pressed
from conversations.engine.jobs import JobContext
from conversations.engine.registry import DigestRequest
from conversations.matching.commands import export_requests
from conversations.matching.offers import dispatch, offer_deadline
from storage import attributes, people
from storage.matching_models import HelpRequest, Offer, RequestEvent, VolunteerProfile
from storage.models import OutboxMessage, ScheduledItem
from tests.timeline import START


async def person(core: Core, user: str, name: str, **fields: object) -> int:
    now = core.clock.now()
    async with core.db.transaction() as db:
        identity = await people.identity_for(db, Address("telegram", user), language="he",
                                             now=now)
        row = await people.person(db, identity.person_id)
        row.display_name, row.consented_at = name, now
        for key, value in fields.items():
            setattr(row, key, value)
        return row.id


async def volunteer(core: Core, user: str, name: str, skills: list[str]) -> int:
    from storage import matching as repo

    person_id = await person(core, user, name)
    async with core.db.transaction() as db:
        await repo.save_profile(db, VolunteerProfile(
            person_id=person_id, skills=skills, regions=["galilee"], localities=[],
            remote=False, availability=(1 << 21) - 1, languages=["he", "ar"], max_open=2,
            paused=False, accepted=0, declined=0, expired=0), core.clock.now())
    return person_id


async def open_request(core: Core, requester: int, urgency: str = "today") -> int:
    now = core.clock.now()
    async with core.db.transaction() as db:
        request = HelpRequest(requester_id=requester, created_by_id=requester,
                              category="rides", description="to the clinic",
                              locality="ירכא", region="galilee", urgency=urgency,
                              slots=(1 << 21) - 1, language="ar", contact_phone=None,
                              state="open", round=0, offers_in_row=0, created_at=now,
                              updated_at=now)
        db.add(request)
        await db.flush()
        item = ScheduledItem(kind="test", key="test", due_at=now, urgent=False)  # not stored
        job = JobContext(db=db, now=now, services=core.services, item=item)
        await dispatch(job, request)
        return request.id


async def test_two_volunteers_accepting_at_once_exactly_one_wins(core: Core):
    rana = await person(core, "1003", "Rana", phone="+972523814567")
    noa = await volunteer(core, "1001", "Noa", ["rides"])
    sami = await volunteer(core, "1005", "Sami", ["rides"])
    request_id = await open_request(core, rana)  # urgent: offered to two in parallel
    async with core.db.transaction() as db:
        offers = list(await db.scalars(select(Offer).order_by(Offer.id)))
    assert [o.volunteer_id for o in offers] == [noa, sami]

    def press(user: str, offer: Offer) -> Inbound:
        return Inbound(Address("telegram", user), core.clock.now(),
                       pressed=Pressed("offer.accept", str(offer.id)))

    results = await asyncio.gather(core.handler.handle(press("1001", offers[0])),
                                   core.handler.handle(press("1005", offers[1])))
    texts = sorted(r.replies[0].text for r in results)
    t = core.services.localizer.bind("he", None)
    assert texts == sorted([t("offer-accepted"), t("offer-already-taken")])
    async with core.db.transaction() as db:
        request = await db.get(HelpRequest, request_id)
        states = sorted(await db.scalars(select(Offer.state)))
        matched = await db.scalar(select(func.count()).select_from(RequestEvent)
                                  .where(RequestEvent.kind == "matched"))
        contacts = await db.scalar(select(func.count()).select_from(OutboxMessage)
                                   .where(OutboxMessage.kind == "help_matched"))
    assert request.state == "matched" and request.volunteer_id in (noa, sami)
    assert states == ["accepted", "taken"]
    assert matched == 1 and contacts == 2


async def test_offer_deadline_uses_the_allowed_time_calculator(clock):
    start = clock.now()
    assert offer_deadline(start, 4) == start + timedelta(hours=4)
    night_skipper = lambda at, hours: at + timedelta(hours=hours + 8)  # noqa: E731
    assert offer_deadline(start, 4, night_skipper) == start + timedelta(hours=12)


def test_offer_hours_skip_the_night_and_shabbat():
    from conversations.domain.quiet_hours import QuietRules, quiet_window
    from conversations.matching.offers import STEP, quiet_aware_hours

    hours = quiet_aware_hours(QuietRules().for_region("galilee"))
    tuesday_evening = START + timedelta(hours=8)  # 20:00 in Israel
    wednesday = START + timedelta(hours=22)  # 2 h before 22:00, 2 h after 08:00
    assert wednesday <= offer_deadline(tuesday_evening, 4, hours) <= wednesday + STEP
    policy = QuietRules().for_region("galilee")
    shabbat = quiet_window(START + timedelta(days=4), policy)
    assert shabbat is not None
    before = shabbat.start - timedelta(hours=2)  # 2 h on Friday, 2 h after Shabbat
    deadline = offer_deadline(before, 4, hours)
    assert shabbat.end + timedelta(hours=2) - STEP <= deadline <= shabbat.end + \
        timedelta(hours=2) + STEP
    friday_noon = START + timedelta(days=3)
    off = quiet_aware_hours(QuietRules("off").for_region(None))
    assert offer_deadline(friday_noon, 4, off) == friday_noon + timedelta(hours=4)


async def test_digest_lists_open_requests_matching_the_volunteer(core: Core):
    rana = await person(core, "1003", "Rana")
    noa = await volunteer(core, "1001", "Noa", ["rides"])
    avi = await volunteer(core, "1002", "Avi", ["budget"])
    dana = await person(core, "7001", "Dana")
    await open_request(core, rana, urgency="week")
    section = core.services.registry.digest_sections["volunteering"]
    t = core.services.localizer.bind("he", None)
    async with core.db.transaction() as db:
        lines = {pid: await section(DigestRequest(db, pid, "he", t, core.clock.now(),
                                                     core.settings.timezone))
                 for pid in (noa, avi, dana)}
    assert len(lines[noa]) == 1 and t("help-cat-rides") in lines[noa][0]
    assert lines[avi] == [] and lines[dana] == []


async def test_deleting_the_requester_keeps_an_anonymous_lifecycle(core: Core):
    rana = await person(core, "1003", "Rana", phone="+972523814567")
    await volunteer(core, "1001", "Noa", ["rides"])
    request_id = await open_request(core, rana, urgency="week")
    async with core.db.transaction() as db:
        for hook in core.services.registry.on_delete:
            await hook(db, rana, core.clock.now())
        await people.delete_person(db, rana)
    async with core.db.transaction() as db:
        request = await db.get(HelpRequest, request_id)
        pending = await db.scalar(select(func.count()).select_from(Offer)
                                  .where(Offer.state == "pending"))
        kinds = list(await db.scalars(select(RequestEvent.kind).order_by(RequestEvent.id)))
    assert request.requester_id is None and request.description is None
    assert request.state == "cancelled" and request.category == "rides"
    assert pending == 0 and kinds[-1] == "cancelled"


async def test_export_requests_to_csv_and_xlsx(core: Core, database_url, tmp_path):
    rana = await person(core, "1003", "Rana")
    await volunteer(core, "1001", "Noa", ["rides"])
    await open_request(core, rana, urgency="week")
    out = tmp_path / "requests.csv"
    await export_requests(core.db, out, "csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["category"] == "rides" and rows[0]["state"] == "offered"
    assert rows[0]["opened_at"] and rows[0]["first_offered_at"]
    assert "description" not in rows[0]
    book = tmp_path / "requests.xlsx"
    await export_requests(core.db, book, "xlsx")
    sheets = load_workbook(book).sheetnames
    assert sheets == ["requests", "events"]


class Typist:
    """Someone typing in the terminal channel (choices are numbered, as on WhatsApp)."""

    def __init__(self, core: Core, user: str) -> None:
        self.core = core
        self.address = Address("terminal", user)

    async def type(self, text: str) -> list[str]:
        handled = await self.core.handler.handle(Inbound(self.address, self.core.clock.now(),
                                                         text=text))
        return [reply.text for reply in handled.replies]


async def terminal_volunteer(core: Core, user: str, name: str) -> int:
    from storage import matching as repo

    now = core.clock.now()
    async with core.db.transaction() as db:
        identity = await people.identity_for(db, Address("terminal", user), language="he",
                                              now=now)
        row = await people.person(db, identity.person_id)
        row.display_name, row.consented_at, row.address_form = name, now, "m"
        await repo.save_profile(db, VolunteerProfile(
            person_id=row.id, skills=["budget", "rides"], regions=["negev"], localities=[],
            remote=False, availability=(1 << 21) - 1, languages=["he"], max_open=2,
            paused=False, accepted=0, declined=0, expired=0), now)
        return row.id


async def test_a_coordinator_asks_on_someones_behalf_and_a_numbered_channel_accepts(
        core: Core):
    from io import StringIO

    from bot.channels.terminal import TerminalChannel
    from bot.delivery.outbox_worker import Delivery

    screen = StringIO()
    terminal = TerminalChannel(core.port(), stdout=screen)
    await terminal_volunteer(core, "avi", "Avi")
    dana = Typist(core, "dana")
    t = core.services.localizer.bind("he", "f")
    await dana.type("/start")
    await dana.type("1")  # Hebrew
    await dana.type("2")  # feminine
    await dana.type(t("consent-yes"))
    replies = await dana.type(t("menu-help-requests"))
    assert replies[-1].startswith(t("admin-list-empty"))
    await dana.type(t("admin-new-request"))
    await dana.type("Moshe Levi")
    await dana.type("054-7000000")
    await dana.type(t("help-cat-budget"))
    await dana.type("ליווי משפחה בתקציב")
    await dana.type("אופקים")
    await dana.type("1")
    await dana.type(t("help-urgency-flexible"))
    await dana.type(t("req-any-time"))
    confirm = await dana.type("1")  # Hebrew first
    assert "Moshe" not in confirm[-1] and "7000000" not in confirm[-1]
    sent = await dana.type(t("req-send"))
    assert sent[0] == t("req-sent", number=1)
    delivery = Delivery(core.db, core.clock, {"terminal": terminal})
    await delivery.run_once()
    offer_text = screen.getvalue()
    assert t("help-cat-budget") in offer_text and "Moshe" not in offer_text
    avi = Typist(core, "avi")
    assert await avi.type("1") == [core.services.localizer.format("he", "offer-accepted", "m")]
    await delivery.run_once()
    shown = screen.getvalue()
    assert "Moshe Levi" in shown and "+972547000000" in shown  # to Avi, after accepting
    assert "Avi" in shown.split("Moshe Levi")[-1]  # and Dana learns who is helping


async def test_unanswered_offers_in_a_row_escalate(core: Core):
    core.services.settings.match_escalate_after = 2
    rana = await person(core, "1003", "Rana")
    dana = await person(core, "7001", "Dana")
    volunteers = {user: await volunteer(core, user, name, ["rides"])
                  for user, name in (("1001", "Noa"), ("1004", "Yusuf"), ("1005", "Sami"))}
    request_id = await open_request(core, rana, urgency="week")
    for _ in range(2):
        async with core.db.transaction() as db:
            offer = await db.scalar(select(Offer).where(Offer.state == "pending"))
        user = next(u for u, pid in volunteers.items() if pid == offer.volunteer_id)
        await core.handler.handle(Inbound(Address("telegram", user), core.clock.now(),
                                          pressed=Pressed("offer.decline", str(offer.id))))
    async with core.db.transaction() as db:
        request = await db.get(HelpRequest, request_id)
        offers = await db.scalar(select(func.count()).select_from(Offer))
        told = list(await db.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == "help_escalation")))
    assert request.state == "escalated" and offers == 2  # Sami was not asked a third time
    assert [m.person_id for m in told] == [dana]
    t = core.services.localizer.bind("he", None)
    assert t("escalation-unanswered", offers=2) in told[0].payload["text"]


async def test_merging_two_records_keeps_requests_and_the_profile(core: Core):
    rana = await person(core, "1003", "Rana")
    noa = await volunteer(core, "1001", "Noa", ["rides"])
    other = await person(core, "5555", "Noa on another phone")
    await open_request(core, rana, urgency="week")
    async with core.db.transaction() as db:
        for hook in core.services.registry.on_merge:
            await hook(db, noa, other, core.clock.now())
    async with core.db.transaction() as db:
        assert await db.get(VolunteerProfile, other) is not None
        assert await db.get(VolunteerProfile, noa) is None
        assert [o.volunteer_id for o in await db.scalars(select(Offer))] == [other]
        assert (await attributes.values_of(db, other))["skill"] == ["rides"]


async def test_simultaneous_declines_each_pass_the_request_on(core: Core):
    rana = await person(core, "1003", "Rana")
    users = ("1001", "1004", "1005", "1006")
    ids = [await volunteer(core, user, f"V{user}", ["rides"]) for user in users]
    await open_request(core, rana)  # urgent: two offers at once
    async with core.db.transaction() as db:
        first = list(await db.scalars(select(Offer).order_by(Offer.id)))
    by_person = dict(zip(ids, users, strict=True))
    results = await asyncio.gather(*(
        core.handler.handle(Inbound(Address("telegram", by_person[o.volunteer_id]),
                                    core.clock.now(),
                                    pressed=Pressed("offer.decline", str(o.id))))
        for o in first))
    t = core.services.localizer.bind("he", None)
    assert [r.replies[0].text for r in results] == [t("offer-declined-thanks")] * 2
    async with core.db.transaction() as db:
        rows = list(await db.scalars(select(Offer).order_by(Offer.id)))
    assert [o.state for o in rows] == ["declined", "declined", "pending", "pending"]
    assert len({o.volunteer_id for o in rows}) == 4


async def test_a_requester_cancels_and_the_offered_volunteer_is_told(core: Core):
    rana = await person(core, "1003", "Rana", language="he")
    noa = await volunteer(core, "1001", "Noa", ["rides"])
    await open_request(core, rana, urgency="week")
    t = core.services.localizer.bind("he", None)

    async def rana_says(text: str) -> list[str]:
        handled = await core.handler.handle(Inbound(Address("telegram", "1003"),
                                                    core.clock.now(), text=text))
        return [reply.text for reply in handled.replies]

    await rana_says("/start")
    mine = await rana_says(t("menu-ask-help"))
    assert mine[-1].startswith(t("req-mine-title")) and "#1" in mine[-1]
    done = await rana_says(t("req-cancel-one", number=1))
    assert done[0] == t("req-withdrawn", number=1)
    async with core.db.transaction() as db:
        request = await db.get(HelpRequest, 1)
        offer = await db.scalar(select(Offer))
        told = await db.scalar(select(OutboxMessage).where(
            OutboxMessage.person_id == noa, OutboxMessage.kind == "help_offer_withdrawn"))
    assert request.state == "cancelled" and offer.state == "withdrawn"
    assert told.payload["text"] == t("offer-withdrawn", number=1)
