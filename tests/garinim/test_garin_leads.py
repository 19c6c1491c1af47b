"""Leads and proposed cohorts over Telegram (the real PTB Application against the stand-in
Bot API): Noa becomes a lead by answering the survey (open to settling, the Negev, within a
year), Avi by asking after a house meeting to hear when a group forms; Dana, a coordinator,
sees both with their reasons, filters by region, exports them, and gets cohorts grouped by
region and timing."""

from __future__ import annotations

import argparse
import csv
import io
from datetime import timedelta

from openpyxl import load_workbook
from sqlalchemy import select

from bot.delivery.outbox_worker import Delivery
from conversations.engine.commands import CommandContext
from storage.garin_models import Garin, GarinInvitation
from tests.support.garinim import (
    background_leads,
    feedback_lead,
    house_meeting,
    person_id,
    seat,
    survey_until_timing,
)
from tests.support.person import on_telegram
from tests.support.telegram import running_bot
from tests.timeline import START

DANA, NOA, AVI = 7001, 1001, 1002
STARTS = START + timedelta(days=7, hours=7, minutes=30)


async def test_leads_from_the_survey_and_a_meeting_and_cohorts_by_region_and_timing(
        database_url, api, clock, tmp_path):
    async with running_bot(database_url, api, clock=clock) as bot:
        delivery = Delivery(bot.core.db, clock, {"telegram": bot.channel})
        noa, dana = on_telegram(api, NOA), on_telegram(api, DANA)
        avi = on_telegram(api, AVI, form="m")
        for person in (noa, avi, dana):
            await person.onboard()
        await survey_until_timing(noa)
        meeting = await house_meeting(bot.core, STARTS)
        await seat(bot.core, meeting, await person_id(bot.core, AVI))
        await feedback_lead(bot.core, avi, delivery, clock, STARTS)
        # people nobody asked about: never a lead
        await background_leads(bot.core, [{"settle_openness": ["no"]}])
        # and leads from earlier surveys, in the Galilee in 1–2 years
        galilee = await background_leads(bot.core, [{"region_interest": ["galilee"],
                                           "settle_time_frame": ["one_two"],
                                           "interests": ["group"]}] * 3)

        await dana.say("תפריט")
        [garinim] = await dana.tap("🌱 גרעינים ומתעניינים")
        assert garinim.text.startswith("🌱 עדיין אין גרעינים")
        [leads] = await dana.tap("👥 מתעניינים")
        lines = leads.text.split("\n")
        assert lines[0] == "5 מתעניינים (כל האזורים):"
        [noa_line] = [line for line in lines if "פתיחות להתיישבות" in line]
        assert "הנגב והדרום" in noa_line and "בשנה הקרובה" in noa_line \
            and "רווקה" in noa_line
        [avi_line] = [line for line in lines if "בקשה לשמוע אחרי חוג בית" in line]
        assert "השתתפות בחוג בית" in avi_line and "הנגב והדרום" in avi_line
        assert sum("רוצה להצטרף לגרעין" in line for line in lines) == 3

        [negev] = await dana.tap("הנגב והדרום")
        assert negev.text.startswith("שני מתעניינים (הנגב והדרום):")
        sheet, _leads = await dana.tap("📄 ייצוא CSV", expect=2)
        assert sheet.method == "sendDocument"
        assert sheet.params["document_filename"] == "leads.csv"
        content = sheet.params["document_content"].decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(content)))
        assert rows[0][:3] == ["מזהה", "שם", "למה מתעניין"] and len(rows) == 3

        await dana.tap("⬅️ חזרה")
        [cohorts] = await dana.tap("🧩 הצעות לגרעינים")
        text = cohorts.text
        assert text.startswith("3 הצעות לגרעינים (גודל יעד 20):")
        assert "1. הגליל והגולן · בעוד שנה–שנתיים · 3 אנשים: אותו אזור (הגליל והגולן)" in text
        assert "הנגב והדרום · בשנה הקרובה · אדם אחד" in text
        assert "הנגב והדרום · לא צוין · אדם אחד" in text

        # Dana adjusts the Galilee cohort: one out, Noa in, and creates a garin from it
        await dana.tap("1. הגליל והגולן · בעוד שנה–שנתיים · 3 אנשים")
        [cohort] = await dana.tap(f"➖ #{galilee[0]}")
        assert f"#{galilee[0]}:" not in cohort.text and f"#{galilee[1]}:" in cohort.text
        await dana.tap("➕ להוסיף מישהו")
        noa_id = await person_id(bot.core, NOA)
        [cohort] = await dana.tap(f"#{noa_id}:")
        assert f"#{noa_id}:" in cohort.text
        await dana.tap("✅ ליצור גרעין ולהזמין אותם")
        created, detail = await dana.say("גרעין הגליל", expect=2)
        assert created.text == "🌱 הגרעין „גרעין הגליל” נוצר, ו־3 הזמנות בדרך."
        assert "3 הזמנות מחכות לתשובה." in detail.text and "עדיין אין חברים." in detail.text
        async with bot.core.db.transaction() as db:
            garin = await db.scalar(select(Garin))
            invited = set(await db.scalars(select(GarinInvitation.person_id)))
        assert (garin.name, garin.target_region) == ("גרעין הגליל", "galilee")
        assert invited == {galilee[1], galilee[2], noa_id}
        await delivery.run_once()
        assert noa.received[-1].text.startswith("🌱 את מוזמנת להצטרף לגרעין „גרעין הגליל”")

        # `kehila export leads --region negev --format xlsx --language en`
        out = tmp_path / "leads.xlsx"
        ctx = CommandContext(bot.core.services, clock, "cli:test", bot.core.db)
        args = argparse.Namespace(format="xlsx", out=out, region="negev", language="en")
        await bot.core.services.registry.commands["export leads"].run(ctx, args)
        rows = list(load_workbook(out).active.values)
        assert rows[0][:3] == ("Person", "Name", "Why a lead")
        assert sorted(row[0] for row in rows[1:]) == sorted([str(noa_id), str(
            await person_id(bot.core, AVI))])
