"""The login link: a fresh one-time token each time the menu entry is pressed."""

from __future__ import annotations

from datetime import timedelta

from conversations.engine.context import Ctx
from conversations.engine.flow import Move, finish
from conversations.engine.settings import FeatureSettings
from storage import dashboard_auth

ACTION = "dashboard.login"
LOGIN_PATH = "/dashboard/login"


def base_url(settings: FeatureSettings) -> str:
    """Where browsers reach this bot: PUBLIC_BASE_URL, else the local HTTP server."""
    public = settings.public_base_url.rstrip("/")
    return public or f"http://{settings.http_host}:{settings.http_port}"


async def send_login_link(ctx: Ctx, _target: str) -> Move | None:
    minutes = ctx.settings.dashboard_link_minutes
    token = await dashboard_auth.create_login(
        ctx.db, person_id=ctx.person.id, urn=ctx.identity.urn, now=ctx.now,
        ttl=timedelta(minutes=minutes))
    link = f"{base_url(ctx.settings)}{LOGIN_PATH}?t={token}"
    ctx.say(ctx.t("dash-link", minutes=int(minutes), link=link))
    return finish()
