"""A choose-one poll and the coordinators' scopes, over the core: a coordinator scoped to the
Galilee opens decisions only in the garin headed there (plus the one she accompanies),
members of another garin never see it, a tie is reported with both options, and the journey
overview shows every garin she sees on one screen."""

from __future__ import annotations

from datetime import timedelta

from bot.app import create_core
from bot.delivery.scheduler import Scheduler
from conversations.domain.types import Address, Inbound, Outbound, Pressed
from tests.support.garin_decisions import make_garin, person_id
from tests.support.outbox import outbox_rows
from tests.support.person import on_core
from tests.support.settings import make_settings
from tests.timeline import START


async def test_a_scoped_coordinator_and_a_tied_poll(database_url, clock):
    settings = make_settings(database_url, coordinator_scopes="terminal:dana=galilee")
    core = await create_core(settings, clock=clock)
    try:
        dana = on_core(core, "terminal:dana")
        noa, avi, rana, yael = (on_core(core, f"telegram:{n}") for n in (2501, 2502, 2503, 2504))
        for person in (dana, noa, avi, rana, yael):
            await person.onboard()
        people = {"dana": dana, "noa": noa, "avi": avi, "rana": rana, "yael": yael}
        ids = {name: await person_id(core, p.transport.address.channel,
                                     p.transport.address.user_id)
               for name, p in people.items()}
        await make_garin(core, "גרעין כרמיאל", lead=ids["noa"], members=[ids["avi"]],
                         region="galilee")
        await make_garin(core, "גרעין אופקים", lead=ids["rana"], members=[ids["yael"]],
                         region="negev", coordinator=ids["dana"])
        await make_garin(core, "גרעין ערד", lead=ids["yael"], members=[], region="negev")

        await dana.say("תפריט")
        await dana.tap_key("menu-garin-decisions")
        [pick] = await dana.tap_key("garin-decisions-new")
        assert dana.transport.choices(pick) == ["גרעין כרמיאל", "גרעין אופקים", "✖️ ביטול"]
        await dana.tap("גרעין כרמיאל")
        await dana.tap_key("garin-decision-kind-single")
        await dana.say("איפה ערב הגיבוש?")
        [bad, _again] = await dana.say("רק אפשרות אחת")
        assert bad.text.startswith("כתבי בין 2 ל־10 אפשרויות שונות")
        await dana.say("אצל נועה\nבמתנ״ס\nבפארק")
        await dana.tap("3 ימים")
        [_bad, _again] = await dana.say("50")
        await dana.say("100%")
        [sent, _menu] = await dana.tap_key("garin-decision-send")
        assert sent.text.startswith("📤 נשלח ל־2 חברים.")

        to = await queued(core, "garin.decision")
        counts = [len(to.get(ids[p], [])) for p in ("noa", "avi", "rana", "yael", "dana")]
        assert counts == [1, 1, 0, 0, 0]  # the garin's members only
        [asked] = to[ids["noa"]]
        assert [c.label for c in asked.choices] == ["אצל נועה", "במתנ״ס", "בפארק"]

        await noa.tap("במתנ״ס", on=asked)
        [changed, *_] = await avi.tap("אצל נועה", on=to[ids["avi"]][0])
        assert changed.text.startswith("🗳️ התשובה שלך נשמרה: אצל נועה.")
        await avi.tap("בפארק", on=to[ids["avi"]][0])  # one choice: the new one replaces it
        clock.set(START + timedelta(days=3))
        assert await Scheduler(core.db, core.services, clock).tick() == 2  # reminder, close
        outcomes = await queued(core, "garin.decision.outcome")
        [outcome] = outcomes[ids["noa"]]
        assert "⚖️ תיקו בין: במתנ״ס, בפארק" in outcome.text
        assert "• אצל נועה: 0" in outcome.text
        assert ids["dana"] in outcomes  # she opened it: she hears the outcome too

        # a forged or outdated ballot button, and a word the list does not know
        answer = await core.handler.handle(Inbound(Address("telegram", "2502"), clock.now(),
                                                   pressed=Pressed("gd.vote", "999.agree")))
        assert answer.replies[0].text == "ההחלטה הזאת כבר לא קיימת."
        answer = await core.handler.handle(Inbound(Address("telegram", "2501"), clock.now(),
                                                   pressed=Pressed("gd.vote", "1.o1")))
        assert answer.replies[0].text.startswith("ההחלטה הזאת כבר נסגרה")
        await avi.say("תפריט")
        await avi.tap_key("menu-garin-decisions")
        [puzzled, again] = await avi.say("בננה")
        assert puzzled.text == avi.t("not-understood")
        assert again.text.startswith("ההחלטות של הקבוצה")

        # the journey overview: both garinim she sees, neither started
        await dana.say("תפריט")
        [overview] = await dana.tap_key("menu-garin-journey")
        assert "• גרעין כרמיאל: עוד לא התחיל" in overview.text
        assert "• גרעין אופקים: עוד לא התחיל" in overview.text
        assert "ערד" not in overview.text  # another region, and not hers to accompany
    finally:
        await core.close()


async def queued(core, kind: str) -> dict[int, list[Outbound]]:  # type: ignore[no-untyped-def]
    """What the outbox holds of one kind, by person (the delivery itself is tested elsewhere)."""
    found: dict[int, list[Outbound]] = {}
    for row in await outbox_rows(core.db):
        if row.kind == kind:
            found.setdefault(row.person_id, []).append(Outbound.from_json(row.payload))
    return found
