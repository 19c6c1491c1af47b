"""In a real browser: the coordinator opens the link the bot sent on Telegram, sees the
overview's charts, goes to the survey page, filters by region and downloads a CSV."""

from __future__ import annotations

import csv

from tests.support.browser import artifact, chromium, read_text, require_chromium
from tests.support.dashboard import active_survey, dashboard_server, link_in, place, respondent
from tests.support.person import on_telegram
from tests.support.telegram import running_bot

DANA = 7001
PEOPLE = [("negev", "18_21"), ("negev", "22_25"), ("negev", "22_25"), ("galilee", "26_30"),
          ("center", "31_35"), ("jerusalem", "22_25")]


async def test_a_coordinator_uses_the_dashboard_in_chromium(tmp_path, api, clock):
    require_chromium()  # before anything starts: skipped (or failed in CI) with the reason
    dana = on_telegram(api, DANA, form="f")
    async with running_bot(f"sqlite+aiosqlite:///{tmp_path / 'kehila.db'}", api,
                           clock=clock) as bot, dashboard_server(bot.core) as server, \
            chromium() as browser:
        survey = active_survey(bot.core)
        for number, (region, age) in enumerate(PEOPLE):
            await respondent(bot.core.db, survey,
                             {"age_group": age, "locality": place(region),
                              "openness": "yes", "regions": sorted({region, "negev"})},
                             now=clock.now(), user=str(3000 + number))
        await dana.onboard()
        link_message, _menu = await dana.tap_key("menu-dashboard", expect=2)
        link = link_in(link_message.text)

        context = await browser.new_context(accept_downloads=True, locale="he-IL",
                                            viewport={"width": 1100, "height": 900})
        page = await context.new_page()
        await page.goto(link)
        await page.click("#login")
        await page.wait_for_url("**/dashboard/overview")
        assert await page.get_attribute("html", "dir") == "rtl"
        assert await page.locator("svg.chart").count() >= 5
        funnel = page.locator("#funnel")
        assert await funnel.locator("svg.chart rect").count() >= 4
        assert dana.t("dash-funnel-survey-finished") in await funnel.inner_text()
        await page.screenshot(path=artifact("overview.png"), full_page=True)

        await page.click(f"nav >> text={dana.t('dash-page-survey')}")
        await page.wait_for_url("**/dashboard/survey")
        ages = page.locator("#q-age_group")
        assert await ages.locator("svg.chart").count() == 1
        await page.select_option("#filters select[data-group='1']",
                                 "residence_region=negev")
        await page.click(f"#filters button >> text={dana.t('dash-filter-apply')}")
        await page.wait_for_url("**/dashboard/survey?f=residence_region%3Dnegev")
        rows = await ages.locator("tbody tr").all_inner_texts()
        shown = {cells.split("\t")[0]: int(cells.split("\t")[1]) for cells in rows}
        assert {k: v for k, v in shown.items() if v} == {"18–21": 1, "22–25": 2}
        await page.screenshot(path=artifact("survey-negev.png"), full_page=True)

        async with page.expect_download() as waiting:
            await ages.locator("a", has_text="CSV").click()
        download = await waiting.value
        saved = artifact("q-age_group-negev.csv")
        await download.save_as(saved)
        table = list(csv.reader(read_text(saved).splitlines()))
        assert {r[0]: int(r[1]) for r in table[1:] if int(r[1])} == {"18–21": 1, "22–25": 2}

        phone = await browser.new_context(viewport={"width": 390, "height": 844},
                                          is_mobile=True, storage_state=await
                                          context.storage_state())
        small = await phone.new_page()
        await small.goto(f"{server.url}/dashboard/overview")
        wide = await small.evaluate("document.documentElement.scrollWidth")
        assert wide <= 390, "the overview fits a phone's width"
        await small.screenshot(path=artifact("overview-phone.png"), full_page=True)
        await phone.close()
        await context.close()
