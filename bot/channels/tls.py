"""The TLS roots our own HTTP clients (the bulk sends' aiohttp pools) trust."""

from __future__ import annotations

import ssl
from functools import cache


@cache
def trusted_roots() -> ssl.SSLContext:
    """certifi's roots, as httpx (and so python-telegram-bot) trusts: the same servers
    verify whether or not the system has a CA bundle."""
    import certifi  # with the first pool, not at start

    return ssl.create_default_context(cafile=certifi.where())
