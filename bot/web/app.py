"""The coordinators' dashboard and the public results page, as Starlette routes.

Log in: the chat sends `/dashboard/login?t=…`; that page only shows a button (a link preview
that fetches the URL must not use up the one-time token), and pressing it opens a session.
Every page and download is audited and scoped to the coordinator's region.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from bot.app import Core
from bot.web import auth, tables
from bot.web.activity import matching_page, meetings_page, outbox_page
from bot.web.garinim_page import garinim_page
from bot.web.overview import overview, regions
from bot.web.public import public_page, regions_known
from bot.web.survey_page import active_survey, filter_fields, survey_page
from bot.web.view import Page, View, parse_filters
from conversations.dashboard.link import base_url
from conversations.domain import topics
from conversations.domain.survey_def import CHOICE_TYPES
from locales import LANGUAGES, RTL_LANGUAGES
from storage import audit, broadcasts, dashboard, dashboard_auth, segments
from storage.dashboard_auth import Viewer
from storage.models import Person

if TYPE_CHECKING:
    from jinja2 import Environment

HERE = Path(__file__).parent
BASE = "/dashboard"
PageBuilder = Callable[[View], Awaitable[Page]]
PAGES: dict[str, PageBuilder] = {"overview": overview, "survey": survey_page,
                                 "regions": regions, "meetings": meetings_page,
                                 "matching": matching_page, "outbox": outbox_page,
                                 "garinim": garinim_page}
"""The pages in menu order; each key has its label `dash-page-<key>`."""
LOGIN_COOKIE_SECONDS = 15 * 60


def environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, select_autoescape  # on the first page

    return Environment(loader=FileSystemLoader(HERE / "templates"),
                       autoescape=select_autoescape(["html"]), trim_blocks=True,
                       lstrip_blocks=True)


class Dashboard:
    """The routes' shared state: the core (database, settings, clock, texts), the templates."""

    def __init__(self, core: Core, pages: dict[str, PageBuilder] | None = None) -> None:
        self.core = core
        self.settings = core.settings
        self.pages = dict(PAGES if pages is None else pages)

    @cached_property
    def templates(self) -> Environment:
        """Jinja2 and the templates, loaded with the first page (not by a resting bot)."""
        return environment()

    # --- rendering ----------------------------------------------------------------------

    def render(self, name: str, *, language: str, form: str | None, status: int = 200,
               **values: Any) -> HTMLResponse:
        localizer = self.core.services.localizer

        def t(key: str, **args: Any) -> str:
            return localizer.format(language, key, form, **args)

        html = self.templates.get_template(name).render(
            lang=language, rtl=language in RTL_LANGUAGES, t=t, base=BASE,
            static=f"{BASE}/static", **values)
        response = HTMLResponse(html, status_code=status)
        response.headers["Cache-Control"] = "no-store, private"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def message(self, key: str, *, status: int, language: str | None = None,
                n: int | None = None, **values: Any) -> HTMLResponse:
        language = language or self.settings.default_language
        args: dict[str, Any] = {} if n is None else {"n": n}
        text = self.core.services.localizer.format(language, key, **args)
        return self.render("message.html", language=language, form=None, status=status,
                           title=self.core.services.localizer.format(language, "dash-name"),
                           message=text, nav=None, **values)

    # --- logging in and out -------------------------------------------------------------

    async def login_page(self, request: Request) -> Response:
        token = request.query_params.get("t", "")
        if not token:
            return self.message("dash-login-bad", status=400)
        csrf = auth.new_token()
        response = self.message("dash-login-prompt", status=200, login_token=token, csrf=csrf)
        auth.set_cookie(response, self.settings, auth.LOGIN_COOKIE, csrf, LOGIN_COOKIE_SECONDS)
        return response

    async def login(self, request: Request) -> Response:
        form = await request.form()
        if not auth.same(request.cookies.get(auth.LOGIN_COOKIE), form.get("csrf")):
            return self.message("dash-csrf", status=403)
        token = str(form.get("t", ""))
        now = self.core.clock.now()
        length = timedelta(hours=self.settings.dashboard_session_hours)
        async with self.core.db.transaction() as db:
            login = await dashboard_auth.redeem_login(db, token, now)
            if login is None:
                return self.message("dash-login-bad", status=403)
            if login.urn not in self.settings.coordinator_urns:
                await audit.record(db, urn=login.urn, person_id=login.person_id,
                                   action="refused", what="login", now=now)
                return self.message("dash-not-coordinator", status=403)
            session = await dashboard_auth.open_session(db, login, now, length)
            await audit.record(db, urn=login.urn, person_id=login.person_id, action="login",
                               what="login", now=now)
        response = RedirectResponse(f"{BASE}/overview", status_code=303)
        auth.set_cookie(response, self.settings, auth.SESSION_COOKIE, session,
                        int(length.total_seconds()))
        auth.clear_cookie(response, self.settings, auth.LOGIN_COOKIE)
        return response

    async def logout(self, request: Request) -> Response:
        token = auth.session_token(request)
        form = await request.form()
        now = self.core.clock.now()
        async with self.core.db.transaction() as db:
            viewer = await dashboard_auth.viewer(db, token, now) if token else None
            if viewer is None:
                return self.message("dash-logged-out", status=200)
            if not auth.same(viewer.csrf, form.get("csrf")):
                return self.message("dash-csrf", status=403)
            await dashboard_auth.end_session(db, token or "", now)
            await audit.record(db, urn=viewer.urn, person_id=viewer.person_id,
                               action="logout", what="logout", now=now)
        response = self.message("dash-logged-out", status=200)
        auth.clear_cookie(response, self.settings, auth.SESSION_COOKIE)
        return response

    # --- pages --------------------------------------------------------------------------

    async def _viewer(self, db: Any, request: Request) -> Viewer | None:
        token = auth.session_token(request)
        if not token:
            return None
        viewer = await dashboard_auth.viewer(db, token, self.core.clock.now())
        if viewer is None or viewer.urn not in self.settings.coordinator_urns:
            return None  # a coordinator removed from COORDINATORS loses the dashboard
        return viewer

    async def _view(self, db: Any, viewer: Viewer, request: Request) -> View:
        person = await db.get(Person, viewer.person_id)
        language = person.language if person is not None else self.settings.default_language
        form = person.address_form if person is not None else None
        view = View(db=db, settings=self.settings, localizer=self.core.services.localizer,
                    language=language, form=form,
                    region=self.settings.coordinator_regions.get(viewer.urn),
                    now=self.core.clock.now())
        survey = active_survey(view)
        if survey is not None:
            view.filters = parse_filters(request.query_params.getlist("f"),
                                         filter_fields(survey))
        return view

    def _query(self, view: View) -> str:
        pairs = [("f", f"{name}={value}") for name, value in view.filters]
        return f"?{urlencode(pairs)}" if pairs else ""

    async def page(self, request: Request) -> Response:
        key = request.path_params["page"]
        chosen = request.query_params.getlist("f")
        if "" in chosen:  # the filter form sends every menu, "all" ones empty: drop them
            kept = urlencode([("f", value) for value in chosen if value])
            return RedirectResponse(f"{BASE}/{key}" + (f"?{kept}" if kept else ""),
                                    status_code=303)
        builder = self.pages.get(key)
        async with self.core.db.transaction() as db:
            viewer = await self._viewer(db, request)
            if viewer is None:
                return self.message("dash-login-needed", status=401)
            if builder is None:
                return self.message("dash-not-found", status=404)
            view = await self._view(db, viewer, request)
            page = await builder(view)
            await audit.record(db, urn=viewer.urn, person_id=viewer.person_id, action="view",
                               what=key, now=view.now,
                               details={"filters": [f"{n}={v}" for n, v in view.filters],
                                        "scope": view.region})
        nav = [(name, view.t(f"dash-page-{name}")) for name in self.pages]
        scope = view.t("dash-scope", region=view.region_name(view.region)) \
            if view.region else ""
        return self.render("page.html", language=view.language, form=view.form, page=page,
                           page_key=key, title=page.title, nav=nav, csrf=viewer.csrf,
                           downloads=True, query=self._query(view), scope=scope)

    async def download(self, request: Request) -> Response:
        key, table_key, fmt = (request.path_params[name] for name in ("page", "table", "fmt"))
        builder = self.pages.get(key)
        if fmt not in ("csv", "xlsx") or builder is None:
            return self.message("dash-not-found", status=404)
        async with self.core.db.transaction() as db:
            viewer = await self._viewer(db, request)
            if viewer is None:
                return self.message("dash-login-needed", status=401)
            view = await self._view(db, viewer, request)
            page = await builder(view)
            table = next((t for t in page.tables if t.key == table_key), None)
            if table is None:
                return self.message("dash-not-found", status=404)
            await audit.record(db, urn=viewer.urn, person_id=viewer.person_id,
                               action="export", what=f"{key}/{table_key}.{fmt}", now=view.now,
                               details={"filters": [f"{n}={v}" for n, v in view.filters],
                                        "scope": view.region, "rows": len(table.rows)})
        name = f"{key}-{table_key}.{fmt}"
        if fmt == "csv":
            body, mime = tables.to_csv(table), "text/csv; charset=utf-8"
        else:
            body = tables.to_xlsx(table, rtl=view.rtl)
            mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(body, media_type=mime, headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store, private"})

    # --- the public page and what coordinators decide about it ---------------------------

    async def results(self, request: Request) -> Response:
        if not self.settings.public_results:
            return self.message("dash-not-found", status=404)
        language = request.query_params.get("lang", "")
        if language not in LANGUAGES:
            language = self.settings.default_language
        region = request.query_params.get("region") or None
        if region is not None and region not in regions_known():
            region = None
        async with self.core.db.transaction() as db:
            view = View(db=db, settings=self.settings, localizer=self.core.services.localizer,
                        language=language, form=None, region=None, now=self.core.clock.now())
            page = await public_page(view, region)
        return self.render("page.html", language=language, form=None, page=page,
                           page_key="results", title=page.title, nav=None, csrf="",
                           downloads=False, query="", scope="")

    async def _posted(self, request: Request) -> tuple[Viewer, Any] | Response:
        """The viewer and form of a POST, or the refusal (no session, no CSRF token)."""
        form = await request.form()
        async with self.core.db.transaction() as db:
            viewer = await self._viewer(db, request)
        if viewer is None:
            return self.message("dash-login-needed", status=401)
        if not auth.same(viewer.csrf, form.get("csrf")):
            return self.message("dash-csrf", status=403)
        return viewer, form

    async def choose_public(self, request: Request) -> Response:
        posted = await self._posted(request)
        if isinstance(posted, Response):
            return posted
        viewer, form = posted
        async with self.core.db.transaction() as db:
            view = await self._view(db, viewer, request)
            survey = active_survey(view)
            if survey is None:
                return self.message("dash-not-found", status=404)
            allowed = {q.id for q in survey.questions if q.type in CHOICE_TYPES}
            chosen = {str(q) for q in form.getlist("q")} & allowed
            await dashboard.choose_public_questions(db, survey.id, chosen, by=viewer.urn,
                                                    now=view.now)
            await audit.record(db, urn=viewer.urn, person_id=viewer.person_id,
                               action="public_questions", what=survey.id, now=view.now,
                               details={"questions": sorted(chosen)})
        return RedirectResponse(f"{BASE}/survey#public", status_code=303)

    async def broadcast_results(self, request: Request) -> Response:
        """Send a region's respondents a link to the public page of their region, through
        the broadcasts' own record and job (storage/broadcasts.py)."""
        posted = await self._posted(request)
        if isinstance(posted, Response):
            return posted
        viewer, form = posted
        region = self.settings.coordinator_regions.get(viewer.urn) or str(form.get("region"))
        if region not in regions_known() or not self.settings.public_results:
            return self.message("dash-not-found", status=404)
        localizer = self.core.services.localizer
        base = base_url(self.settings)
        texts = {language: localizer.format(
            language, "dash-public-broadcast-text",
            region=localizer.format(language, f"region-in-{region}"),
            link=f"{base}/results?{urlencode({'region': region, 'lang': language})}")
            for language in LANGUAGES}
        audience = {"all": [{"attr": "residence_region", "in": [region]}]}
        async with self.core.db.transaction() as db:
            view = await self._view(db, viewer, request)
            reach = await segments.split(db, audience, topics.GENERAL)
            broadcast = await broadcasts.record(
                db, kind="broadcast", by=viewer.urn, by_person_id=viewer.person_id,
                audience=audience, segment_name=None, scope=region, topic=topics.GENERAL,
                texts=texts, button=None, urgent=False, at=view.now, now=view.now)
            await audit.record(db, urn=viewer.urn, person_id=viewer.person_id,
                               action="public_broadcast", what=f"broadcast {broadcast.id}",
                               now=view.now, details={"region": region})
        return self.message("dash-public-broadcast-done", status=200,
                            language=view.language, n=reach.total)

    async def home(self, _request: Request) -> Response:
        return RedirectResponse(f"{BASE}/overview", status_code=303)

    def routes(self) -> list[BaseRoute]:
        return [
            Route(f"{BASE}/login", self.login_page, methods=["GET"]),
            Route(f"{BASE}/login", self.login, methods=["POST"]),
            Route(f"{BASE}/logout", self.logout, methods=["POST"]),
            Route(f"{BASE}/public", self.choose_public, methods=["POST"]),
            Route(f"{BASE}/public/broadcast", self.broadcast_results, methods=["POST"]),
            Route("/results", self.results),
            Mount(f"{BASE}/static", app=StaticFiles(directory=HERE / "static"),
                  name="dashboard_static"),
            Route(BASE, self.home),
            Route(f"{BASE}/{{page}}/{{table}}.{{fmt}}", self.download),
            Route(f"{BASE}/{{page}}", self.page),
        ]


def dashboard_routes(core: Core) -> list[BaseRoute]:
    """Every route of the dashboard (and, when PUBLIC_RESULTS=on, the public page)."""
    return Dashboard(core).routes()
