"""Logging in from the chat: a one-time, expiring link; sessions, logout and CSRF."""

from __future__ import annotations

import html
from datetime import timedelta

import httpx
from sqlalchemy import select

from bot.web import auth
from storage import dashboard_auth, maintenance
from storage.dashboard_models import DashboardAudit, DashboardLogin
from tests.support.dashboard import csrf_in, dashboard_server, link_in, log_in, person_for
from tests.support.person import label, on_telegram
from tests.support.settings import make_settings
from tests.support.telegram import running_bot

DANA, NOA = 7001, 1001


async def test_the_chat_link_opens_a_session_once_and_logout_ends_it(database_url, api, clock):
    dana = on_telegram(api, DANA, form="m")
    async with running_bot(database_url, api, clock=clock) as bot, \
            dashboard_server(bot.core) as server:
        await dana.onboard()
        link_message, _menu = await dana.tap_key("menu-dashboard", expect=2)
        assert dana.t("dash-link", minutes=10, link="").strip() in link_message.text
        link = link_in(link_message.text)
        token = link.rpartition("t=")[2]
        async with bot.core.db.transaction() as db:
            stored = list(await db.scalars(select(DashboardLogin)))
        assert [row.token_hash for row in stored] == [dashboard_auth.digest(token)]
        assert token not in stored[0].token_hash

        async with httpx.AsyncClient(base_url=server.url) as browser:
            opened = await log_in(browser, link)
            assert opened.status_code == 303
            assert opened.headers["location"] == "/dashboard/overview"
            cookie = next(h for h in opened.headers.get_list("set-cookie")
                          if h.startswith(auth.SESSION_COOKIE))
            assert "HttpOnly" in cookie and "SameSite=lax" in cookie
            assert "Secure" not in cookie  # PUBLIC_BASE_URL is http here
            page = await browser.get("/dashboard/overview")
            assert page.status_code == 200
            assert dana.t("dash-funnel") in page.text
            assert 'dir="rtl"' in page.text

            async with httpx.AsyncClient(base_url=server.url) as other:
                again = await log_in(other, link)
                assert again.status_code == 403
                assert label("he", "dash-login-bad", "p") in html.unescape(again.text)
                assert (await other.get("/dashboard/overview")).status_code == 401

            refused = await browser.post("/dashboard/logout", data={})
            assert refused.status_code == 403, "a form without its CSRF token is refused"
            assert (await browser.get("/dashboard/overview")).status_code == 200
            out = await browser.post("/dashboard/logout", data={"csrf": csrf_in(page.text)})
            assert out.status_code == 200
            browser.cookies.set(auth.SESSION_COOKIE, cookie.split(";")[0].partition("=")[2],
                                path="/dashboard")
            assert (await browser.get("/dashboard/overview")).status_code == 401

        async with bot.core.db.transaction() as db:
            audit = [(a.urn, a.action, a.what) for a in
                     await db.scalars(select(DashboardAudit).order_by(DashboardAudit.id))]
        assert audit == [("telegram:7001", "login", "login"),
                         ("telegram:7001", "view", "overview"),
                         ("telegram:7001", "view", "overview"),
                         ("telegram:7001", "logout", "logout")]


async def test_a_link_expires_and_a_login_form_needs_its_csrf_token(core, clock):
    async with dashboard_server(core) as server:
        async with core.db.transaction() as db:
            dana = await person_for(db, "telegram:7001", clock.now())
            late = await dashboard_auth.create_login(db, person_id=dana, urn="telegram:7001",
                                                     now=clock.now(),
                                                     ttl=timedelta(minutes=10))
            fresh = await dashboard_auth.create_login(db, person_id=dana, urn="telegram:7001",
                                                      now=clock.now(),
                                                      ttl=timedelta(minutes=30))
        clock.advance(timedelta(minutes=11))
        async with httpx.AsyncClient(base_url=server.url) as browser:
            expired = await log_in(browser, f"{server.url}/dashboard/login?t={late}")
            assert expired.status_code == 403
            forged = await browser.post("/dashboard/login", data={"t": fresh})
            assert forged.status_code == 403, "no CSRF token: refused, and the link not used"
            assert (await log_in(browser, f"{server.url}/dashboard/login?t={fresh}")
                    ).status_code == 303
        async with core.db.transaction() as db:
            assert await maintenance.clean_up(db, clock.now(), keep_updates=timedelta(days=1)) \
                == 1, "the daily cleanup forgets the expired link"
            left = [row.token_hash for row in await db.scalars(select(DashboardLogin))]
        assert left == [dashboard_auth.digest(fresh)]


async def test_a_non_coordinators_link_is_refused(core, clock, api):
    noa = on_telegram(api, NOA)
    async with dashboard_server(core) as server:
        async with core.db.transaction() as db:
            person = await person_for(db, f"telegram:{NOA}", clock.now())
            token = await dashboard_auth.create_login(db, person_id=person,
                                                      urn=f"telegram:{NOA}", now=clock.now(),
                                                      ttl=timedelta(minutes=10))
        async with httpx.AsyncClient(base_url=server.url) as browser:
            refused = await log_in(browser, f"{server.url}/dashboard/login?t={token}")
            assert refused.status_code == 403
            assert noa.t("dash-not-coordinator") in html.unescape(refused.text)
            assert (await browser.get("/dashboard/overview")).status_code == 401


async def test_the_menu_entry_is_for_coordinators_only(database_url, api, clock):
    noa = on_telegram(api, NOA)
    async with running_bot(database_url, api, clock=clock):
        menu = await noa.onboard()
        assert noa.t("menu-dashboard") not in menu.labels
        await api.press_data(NOA, "a|dashboard.login|")
        refused = (await api.wait_for(NOA, len(noa.received) + 2))[-2]
        assert refused.text == noa.t("not-allowed")


def test_the_session_cookie_is_secure_behind_https(tmp_path):
    from starlette.responses import Response

    settings = make_settings(f"sqlite+aiosqlite:///{tmp_path / 'k.db'}",
                             public_base_url="https://kehila.example.org")
    response = Response()
    auth.set_cookie(response, settings, auth.SESSION_COOKIE, "x", 60)
    header = response.headers["set-cookie"]
    assert "Secure" in header and "HttpOnly" in header and "SameSite=lax" in header
    assert "Path=/dashboard" in header


async def test_kehila_run_serves_the_dashboard_beside_the_webhooks(tmp_path, clock):
    import asyncio

    from bot.app import create_core
    from bot.http import bound_socket
    from bot.runtime import Runtime

    sock = bound_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()
    settings = make_settings(f"sqlite+aiosqlite:///{tmp_path / 'k.db'}", http_port=port)
    runtime = Runtime(await create_core(settings, clock=clock), role="web")
    await runtime.start()
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as browser:
            for _ in range(200):
                try:
                    await browser.get("/healthz")
                    break
                except httpx.ConnectError:
                    await asyncio.sleep(0.05)
            assert (await browser.get("/dashboard/overview")).status_code == 401
            assert (await browser.get("/dashboard/login", params={"t": "nonsense"})
                    ).status_code == 200  # the button page; pressing it would refuse
            assert (await browser.get("/dashboard/static/dashboard.css")).status_code == 200
    finally:
        await runtime.stop()
