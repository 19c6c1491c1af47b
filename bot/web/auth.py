"""Cookies and CSRF for the dashboard.

The session cookie is HttpOnly, SameSite=Lax, Secure when PUBLIC_BASE_URL is https, and
scoped to /dashboard. Every form carries a CSRF token: the session's own once logged in, and
before that a double-submit token (a cookie and the same value in the login form).
"""

from __future__ import annotations

import secrets

from starlette.requests import Request
from starlette.responses import Response

from bot.settings import Settings

SESSION_COOKIE = "kehila_dashboard"
LOGIN_COOKIE = "kehila_dashboard_login"
PATH = "/dashboard"


def secure(settings: Settings) -> bool:
    return settings.public_base_url.lower().startswith("https://")


def set_cookie(response: Response, settings: Settings, name: str, value: str,
               max_age: int) -> None:
    response.set_cookie(name, value, max_age=max_age, path=PATH, httponly=True,
                        secure=secure(settings), samesite="lax")


def clear_cookie(response: Response, settings: Settings, name: str) -> None:
    response.delete_cookie(name, path=PATH, httponly=True, secure=secure(settings),
                           samesite="lax")


def new_token() -> str:
    return secrets.token_urlsafe(24)


def same(expected: str | None, given: object) -> bool:
    """Constant-time comparison of a CSRF token; a missing one never matches."""
    return bool(expected) and isinstance(given, str) and \
        secrets.compare_digest(expected or "", given)


def session_token(request: Request) -> str | None:
    return request.cookies.get(SESSION_COOKIE)
