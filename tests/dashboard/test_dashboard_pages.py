"""Meetings, matching and delivery pages: what they count, and that a coordinator limited to a
region sees none of another region's rows on any page or download."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from bot.app import create_core
from bot.web.app import PAGES
from storage.broadcast_models import Broadcast
from storage.matching_models import HelpRequest, Offer
from storage.meetings_models import Feedback, Meeting, Signup
from storage.models import OutboxMessage
from tests.support.dashboard import dashboard_server, logged_in, person_for
from tests.support.person import label
from tests.support.settings import make_settings

HIDDEN = "GALILEE-ONLY"


async def seed(core) -> None:  # type: ignore[no-untyped-def]
    now = core.clock.now()
    async with core.db.transaction() as db:
        people = [await person_for(db, f"telegram:{5000 + n}", now) for n in range(6)]
        negev = Meeting(title="חוג באופקים", locality="אופקים", region="negev",
                        starts_at=now - timedelta(days=2), capacity=10, seats_taken=2)
        galilee = Meeting(title=f"{HIDDEN} meeting", locality="כרמיאל", region="galilee",
                          starts_at=now - timedelta(days=1), capacity=8, seats_taken=1)
        db.add_all([negev, galilee])
        await db.flush()
        db.add_all([
            Signup(meeting_id=negev.id, person_id=people[0], status="confirmed",
                   attended=True),
            Signup(meeting_id=negev.id, person_id=people[1], status="confirmed",
                   attended=False),
            Signup(meeting_id=negev.id, person_id=people[2], status="waitlisted"),
            Signup(meeting_id=galilee.id, person_id=people[3], status="confirmed"),
            Feedback(meeting_id=negev.id, person_id=people[0], score=5, comment="מצוין"),
            Feedback(meeting_id=negev.id, person_id=people[1], score=3),
            Feedback(meeting_id=galilee.id, person_id=people[3], score=1,
                     comment=f"{HIDDEN} comment")])
        old = HelpRequest(category="rides", region="negev", urgency="week", slots=1,
                          language="he", requester_id=people[4], created_at=now
                          - timedelta(days=3), state="open", escalated_at=now)
        fresh = HelpRequest(category="rides", region="negev", urgency="today", slots=1,
                            language="he", created_at=now - timedelta(hours=2),
                            state="matched", volunteer_id=people[5],
                            matched_at=now - timedelta(hours=1),
                            contact_phone="+972501234567", contact_name="שם פרטי")
        far = HelpRequest(category=f"{HIDDEN}", region="galilee", urgency="week", slots=1,
                          language="he", created_at=now - timedelta(days=40), state="open")
        db.add_all([old, fresh, far])
        await db.flush()
        db.add(Offer(request_id=fresh.id, volunteer_id=people[5], state="accepted",
                     expires_at=now, created_at=now - timedelta(hours=1, minutes=30)))
        mine = Broadcast(created_by="telegram:7001", audience={"all": []}, scope="negev",
                         topic="general", texts={"*": "x"}, scheduled_at=now, state="done",
                         recipients=3)
        theirs = Broadcast(created_by="telegram:7002", audience={"all": []}, scope="galilee",
                           topic="general", texts={"*": "x"}, scheduled_at=now, state="done",
                           recipients=1, note=HIDDEN)
        db.add_all([mine, theirs])
        await db.flush()
        rows = [("sent", "read", None), ("sent", "delivered", None),
                ("failed", None, "blocked by the user")]
        for n, (state, status, reason) in enumerate(rows):
            db.add(OutboxMessage(key=f"b{n}", kind="broadcast", person_id=people[n],
                                 payload={}, state=state, delivery_status=status,
                                 reason=reason, broadcast_id=mine.id))
        db.add(OutboxMessage(key="q", kind="survey_nudge", person_id=people[0], payload={},
                             state="pending", not_before=now + timedelta(hours=5),
                             reason="quiet hours (shabbat): waits until they end"))


def table(body: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body.decode("utf_8_sig"))))


async def test_meetings_matching_and_delivery_pages_count_without_personal_data(core):
    await seed(core)
    async with dashboard_server(core) as server, logged_in(server, core) as browser:
        meetings = table((await browser.get("/dashboard/meetings/meetings.csv")).content)
        negev = next(r for r in meetings if r[0] == "חוג באופקים")
        assert negev[3:] == ["10", "2", "1", "1", "2", "4.0"]
        comments = table((await browser.get("/dashboard/meetings/comments.csv")).content)
        assert ["חוג באופקים", "5", "מצוין"] in comments

        opened = table((await browser.get("/dashboard/matching/open.csv")).content)
        rides = next(r for r in opened if r[0] == label("he", "help-cat-rides"))
        assert rides[1:] == ["0", "1", "0", "0", "1"]  # the matched one is not open
        times = {r[0]: r[1] for r in
                 table((await browser.get("/dashboard/matching/times.csv")).content)[1:]}
        assert times[label("he", "dash-hours-to-offer")] == "0.5"
        assert times[label("he", "dash-hours-to-match")] == "1.0"
        assert times[label("he", "dash-escalated")] == "1"
        load = table((await browser.get("/dashboard/matching/load.csv")).content)
        assert load[1:] == [["1", "1"]]
        page = await browser.get("/dashboard/matching")
        assert "+972501234567" not in page.text and "שם פרטי" not in page.text

        sent = table((await browser.get("/dashboard/outbox/broadcasts.csv")).content)
        headers = sent[0]
        mine = next(r for r in sent[1:] if r[3] == "3")
        got = dict(zip(headers, mine, strict=True))
        assert got[label("he", "dash-delivery-read")] == "1"
        assert got[label("he", "dash-delivery-delivered")] == "1"
        assert got[label("he", "dash-delivery-failed")] == "1"
        reasons = table((await browser.get("/dashboard/outbox/reasons.csv")).content)
        assert [reasons[1][1], reasons[1][2]] == ["failed: blocked by the user", "1"]
        quiet = table((await browser.get("/dashboard/outbox/quiet.csv")).content)
        assert quiet[1][1] == "1"


async def test_scopes_filter_every_page_and_every_download(database_url, clock):
    core = await create_core(make_settings(database_url, coordinator_scopes="tg:7001=negev"),
                             clock=clock)
    try:
        await seed(core)
        async with dashboard_server(core) as server, logged_in(server, core) as scoped, \
                logged_in(server, core, "terminal:dana") as everyone:
            seen_by_all = ""
            for key in PAGES:
                page = await scoped.get(f"/dashboard/{key}")
                assert page.status_code == 200, key
                assert HIDDEN not in page.text, key
                seen_by_all += (await everyone.get(f"/dashboard/{key}")).text
                for table_key in set(_table_keys(page.text, key)):
                    body = (await scoped.get(f"/dashboard/{key}/{table_key}.csv")).text
                    assert HIDDEN not in body, (key, table_key)
            assert HIDDEN in seen_by_all, "the unscoped coordinator sees the other region"
    finally:
        await core.close()


def _table_keys(html: str, page: str) -> list[str]:
    import re

    return re.findall(rf'/dashboard/{page}/([\w-]+)\.csv', html)
