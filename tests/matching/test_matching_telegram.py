"""Volunteer matching end to end over Telegram (real PTB Application, stand-in Bot API).

Avi, Noa, Yusuf and Sami volunteer; Rana (in Arabic) asks for a ride to a clinic from Yarka;
Dana coordinates. Offer → decline → expiry → escalation → manual assignment → contact
exchange → relay → follow-up → reopen → search again → accept → resolved.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from standins.telegram_api import TelegramStandIn
from storage.matching_models import HelpRequest, Offer, RequestEvent, VolunteerProfile
from storage.models import PersonAttribute
from tests.support.matching import deliver, register_volunteer, seed_volunteer, tick
from tests.support.person import Person, on_telegram
from tests.support.telegram import running_bot

NOA, AVI, RANA, YUSUF, SAMI, DANA = 1001, 1002, 1003, 1004, 1005, 7001
RANA_NAME = "Rana Haddad"
RANA_PHONE_DIGITS = "523814567"


def leaks(api: TelegramStandIn) -> list[str]:
    """Messages to anyone but Rana that mention her name or phone."""
    return [s.text for s in api.sent if s.chat_id != RANA and s.text
            and (RANA_NAME in s.text or RANA_PHONE_DIGITS in s.text)]


async def ask_for_ride(rana: Person) -> None:
    await rana.tap_key("menu-ask-help")
    await rana.say(RANA_NAME)
    await rana.tap_key("help-cat-rides")
    await rana.say("أحتاج توصيلة إلى العيادة في عكا")
    pick = await rana.say("ירכא")
    assert rana.t("locality-which") in pick[-1].text
    await rana.tap("يركا")  # the town in her script
    await rana.tap_key("help-urgency-week")
    await rana.tap_key("help-part-morning")
    await rana.tap_key("choose-done")
    await rana.tap("العربية")
    await rana.share_phone("+972 52-381-4567")
    confirm = rana.last
    assert RANA_NAME not in confirm.text
    sent = await rana.tap_key("req-send", expect=2)
    assert sent[0].text.startswith(rana.t("req-sent", number=1)[:10])


async def test_the_whole_loop_over_telegram(database_url, api, clock):
    async with running_bot(database_url, api, clock) as bot:
        dana = on_telegram(api, DANA, "he", "f")
        avi, noa = on_telegram(api, AVI, "he", "m"), on_telegram(api, NOA, "he", "f")
        yusuf = on_telegram(api, YUSUF, "he", "m")
        sami = on_telegram(api, SAMI, "he", "m")
        rana = on_telegram(api, RANA, "ar", "f")
        for chat in (dana, avi):
            await chat.onboard()
        await register_volunteer(avi, "Avi", ["budget", "rides"], ["negev"], ["morning"], [])
        await seed_volunteer(bot, NOA, "Noa", ["rides"], ["galilee"],
                             ["morning", "afternoon"], ["he", "ar"], form="f")
        await seed_volunteer(bot, YUSUF, "Yusuf", ["rides", "translation"], ["galilee"],
                             ["morning"], ["he", "ar"])
        await rana.onboard()
        async with bot.core.db.transaction() as db:
            avi_profile = await db.scalar(select(VolunteerProfile)
                                          .where(VolunteerProfile.person_id == 2))
            assert avi_profile.skills == ["budget", "rides"]
            assert avi_profile.regions == ["negev"]
            skills = set(await db.scalars(select(PersonAttribute.value).where(
                PersonAttribute.person_id == 2, PersonAttribute.name == "skill")))
            assert skills == {"budget", "rides"}

        await ask_for_ride(rana)
        await deliver(bot)
        offer_to_noa = noa.last  # Noa and Yusuf tie; Noa registered first
        assert noa.t("help-cat-rides") in offer_to_noa.text
        assert "ירכא" in offer_to_noa.text  # Noa reads Hebrew
        assert avi.t("offer-accept") not in avi.last.labels  # Negev, Hebrew only: no offer
        [thanks] = await noa.tap_key("offer-decline")
        assert thanks.text == noa.t("offer-declined-thanks")

        await deliver(bot)
        assert yusuf.t("offer-accept") in yusuf.last.labels
        clock.advance(timedelta(hours=4, minutes=1))
        assert await tick(bot) == 1
        await deliver(bot)
        assert yusuf.last.text == yusuf.t("offer-expired", number=1)
        escalation = dana.last
        assert dana.t("escalation-none") in escalation.text
        assert leaks(api) == []

        picking = await dana.tap_key("escalation-assign")
        assert "Yusuf" in picking[0].text and "×" in picking[0].text  # why: score parts
        await dana.tap("Yusuf", expect=2)
        assert leaks(api) == []  # nothing went out yet: the outbox sends after commit
        await deliver(bot)
        matched = yusuf.last
        assert RANA_NAME in matched.text and "+972523814567" in matched.text
        assert "Yusuf" in rana.last.text
        assert rana.t("contact-write-button") in rana.last.labels

        await rana.tap_key("contact-write-button")
        await rana.say("شكرا! أنا جاهزة الساعة التاسعة", expect=2)
        await deliver(bot)
        assert "الساعة التاسعة" in yusuf.last.text

        clock.advance(timedelta(days=3, minutes=1))
        assert await tick(bot) == 1
        await deliver(bot)
        assert yusuf.t("followup-yes") in yusuf.last.labels
        await rana.tap_key("followup-no")
        await deliver(bot)
        assert dana.t("escalation-none") in dana.last.text  # reopened; nobody left

        await seed_volunteer(bot, SAMI, "Sami", ["rides"], ["galilee"], ["morning"], ["ar"])
        await dana.tap_key("escalation-search")
        await deliver(bot)
        assert RANA_NAME not in sami.last.text and RANA_PHONE_DIGITS not in sami.last.text
        [accepted] = await sami.tap_key("offer-accept")
        assert accepted.text == sami.t("offer-accepted")
        await deliver(bot)
        assert RANA_NAME in sami.last.text
        assert "Sami" in rana.last.text

        clock.advance(timedelta(days=3, minutes=1))
        await tick(bot)
        await deliver(bot)
        [closed] = await sami.tap_key("followup-yes")
        assert closed.text == sami.t("followup-thanks-yes")
        [late] = await rana.tap_key("followup-no")
        assert late.text.startswith(rana.t("followup-already", state="")[:8])

        async with bot.core.db.transaction() as db:
            request = await db.get(HelpRequest, 1)
            assert request.state == "resolved" and request.volunteer_id is not None
            kinds = list(await db.scalars(select(RequestEvent.kind).order_by(RequestEvent.id)))
            assert kinds == ["opened", "offered", "declined", "offered", "expired",
                             "escalated", "assigned", "followup", "reopened", "escalated",
                             "search", "offered", "matched", "followup", "resolved"]
            states = dict((await db.execute(select(Offer.volunteer_id, Offer.state))).all())
            assert sorted(states.values()) == ["accepted", "assigned", "declined"]


async def test_bad_input_in_the_request_flow_gets_clear_answers(database_url, api, clock):
    async with running_bot(database_url, api, clock):
        noa = on_telegram(api, NOA, "he", "f")
        await noa.onboard()
        await noa.tap_key("menu-ask-help")
        replies = await noa.say("א" * 61, expect=2)
        assert replies[0].text == noa.t("ask-name-invalid", limit=60)
        await noa.say("Noa")
        replies = await noa.say("בלה בלה", expect=2)
        assert replies[0].text == noa.t("not-understood")
        await noa.tap_key("help-cat-tutoring")
        await noa.tap_key("req-skip")
        replies = await noa.say("קקקקקקקקק", expect=2)
        assert replies[0].text == noa.t("locality-not-found")
        await noa.say("אופקימ")
        await noa.tap("אופקים")
        await noa.tap_key("help-urgency-flexible")
        replies = await noa.tap_key("choose-done", expect=2)
        assert replies[0].text == noa.t("choose-at-least-one")


async def test_volunteer_pauses_resumes_and_edits_the_profile(database_url, api, clock):
    from storage.matching import candidates

    async with running_bot(database_url, api, clock) as bot:
        avi_id = await seed_volunteer(bot, AVI, "Avi", ["budget"], ["negev"], ["morning"],
                                      ["he"])
        async with bot.core.db.transaction() as db:
            request = HelpRequest(category="budget", region="negev", locality="אופקים",
                                  urgency="week", slots=(1 << 21) - 1, language="he",
                                  state="open", round=0, offers_in_row=0,
                                  created_at=clock.now(), updated_at=clock.now())
            db.add(request)
        avi = on_telegram(api, AVI, "he", "m")
        await avi.say("/start")
        await avi.tap_key("menu-volunteer")
        assert "Avi" in avi.last.text and avi.t("vol-status-active") in avi.last.text
        paused, _ = await avi.tap_key("vol-pause", expect=2)
        assert paused.text == avi.t("vol-paused")
        async with bot.core.db.transaction() as db:
            assert await candidates(db, request.id, now=clock.now()) == []
            status = await db.scalar(select(PersonAttribute.value).where(
                PersonAttribute.person_id == avi_id, PersonAttribute.name == "volunteer"))
            assert status == "paused"
        await avi.tap_key("vol-resume", expect=2)
        async with bot.core.db.transaction() as db:
            [found] = await candidates(db, request.id, now=clock.now())
            assert found.volunteer.person_id == avi_id and found.parts["proximity"] == 0.7
        await avi.tap_key("vol-edit-languages")
        await avi.tap("العربية")
        [summary] = await avi.tap_key("choose-done")
        assert "العربية" in summary.text
        none_yet, _ = await avi.tap_key("vol-my-requests", expect=2)
        assert none_yet.text == avi.t("vol-no-requests")
        await avi.tap_key("vol-edit-places")
        await avi.tap_key("choose-done")
        await avi.say("אופקים")
        await avi.tap("אופקים")
        [more] = await avi.tap_key("choose-done")
        assert "אופקים" in more.text
        async with bot.core.db.transaction() as db:
            [found] = await candidates(db, request.id, now=clock.now())
            assert found.parts["proximity"] == 1.0  # serves the locality itself now
