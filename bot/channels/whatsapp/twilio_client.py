"""Twilio's REST API for WhatsApp sends: a configurable base URL, async HTTP, and errors
classified into the outbox's SendError.

Messages are a form POST of our own to /2010-04-01/Accounts/{sid}/Messages.json over one
pooled aiohttp session (bounded by connect and read timeouts), parsing only the SID and, on
an error, Twilio's `code` and `message`: the library's `messages.create_async` built a
MessageInstance per send, which a broadcast does not need.
Content resources (created once per button layout) still go through the twilio library:
it builds every URL from its `Api` domain's `base_url` (`Domain.absolute_url`), so pointing
`client.content.base_url` at TWILIO_CONTENT_BASE_URL sends them to a stand-in or a proxy.
They use the library's own `AsyncTwilioHttpClient` (aiohttp, already a dependency of
twilio's async support) rather than the default `requests` client in a thread, bounded with
`asyncio.wait_for` since that client applies no timeout of its own."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import re
from typing import Any

import aiohttp
from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client
from twilio.rest.content.v1.content import ContentList

from bot.channels.port import ChannelSettings
from bot.channels.tls import trusted_roots
from bot.delivery.outbox_worker import SendError

log = logging.getLogger(__name__)

OUTSIDE_WINDOW = 63016
UNSUBSCRIBED = 21610
TOO_MANY_REQUESTS = 20429
UNREACHABLE = frozenset({21211, 21614, 63003, 63014, 63024})
"""Invalid or unknown recipient, or one who blocked us: trying again cannot help."""
RATE_LIMIT_PAUSE = 1.0
KEEPALIVE_SECONDS = 4.0
"""Idle connections are dropped by us before a server would (a POST on a connection the
server closed may have been read: its outcome would be unknown)."""
FIELDS = {"to": "To", "from_": "From", "body": "Body", "content_sid": "ContentSid",
          "content_variables": "ContentVariables", "media_url": "MediaUrl",
          "status_callback": "StatusCallback"}
"""The message fields the adapter sends, by twilio's Python names → the REST API's."""


class AsyncHttpClient(AsyncTwilioHttpClient):
    """twilio's aiohttp client, sending a JSON body when the request says it is JSON.

    The library's synchronous client does this (`http_client.py`: `kwargs["json"] = data`);
    its async one (9.x) passes the dict to aiohttp as a form under a JSON Content-Type, which
    the Content API refuses as invalid JSON. Messages are forms and go through unchanged."""

    async def request(self, method: str, url: str, params: dict[str, object] | None = None,
                      data: dict[str, object] | None = None,
                      headers: dict[str, str] | None = None, auth: tuple[str, str] | None = None,
                      timeout: float | None = None, allow_redirects: bool = False
                      ) -> Response:
        if headers and headers.get("Content-Type") == "application/json" \
                and isinstance(data, dict):
            data = json.dumps(data)  # type: ignore[assignment]
        return await super().request(method, url, params=params, data=data, headers=headers,
                                     auth=auth, timeout=timeout,
                                     allow_redirects=allow_redirects)


class TwilioMessages:
    """Creates messages through Twilio's REST API; one pooled HTTP session per process."""

    def __init__(self, settings: ChannelSettings) -> None:
        self.settings = settings
        self._client: Client | None = None
        self._http: AsyncTwilioHttpClient | None = None
        self._messages: aiohttp.ClientSession | None = None

    def _get(self) -> Client:
        # Created on first use, inside the running loop (aiohttp sessions belong to a loop).
        if self._client is None:
            self._http = AsyncHttpClient(
                logger=logging.getLogger("twilio.http_client"))  # kept quiet by the CLI
            client = Client(self.settings.twilio_account_sid, self.settings.twilio_auth_token,
                            http_client=self._http)
            client.api.base_url = self.settings.twilio_api_base_url.rstrip("/")
            client.content.base_url = self.settings.twilio_content_base_url.rstrip("/")
            self._client = client
        return self._client

    async def create(self, **fields: Any) -> str:
        """Create one message; return its SID or raise a classified SendError.

        A form POST to Messages.json of our own, not the library's `messages.create_async`:
        that builds a MessageInstance (every field deserialized) per send, and a broadcast
        needs only the SID. The form's names are the library's (`to` → To, `from_` → From)."""
        form = _form(fields)
        try:
            async with self._session().post(self._messages_url, data=form) as response:
                status = response.status
                payload = await response.read()
        except aiohttp.ConnectionTimeoutError as error:  # no connection: nothing was sent
            raise SendError("twilio connection failed: timeout") from error
        except TimeoutError as error:
            raise SendError("twilio timeout", maybe_sent=True) from error
        except aiohttp.ClientConnectorError as error:  # never reached Twilio
            raise SendError(f"twilio connection failed: {type(error).__name__}") from error
        except aiohttp.ClientError as error:
            raise SendError(f"twilio network: {type(error).__name__}", maybe_sent=True) \
                from error
        try:
            data = json.loads(payload)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            data = {}
        if 200 <= status < 300:
            sid = data.get("sid")
            if not sid:
                raise SendError("twilio answer without a SID", maybe_sent=True)
            return str(sid)
        code = data.get("code")
        message = "Unable to create record" + (f": {data['message']}" if data.get("message")
                                               else "")
        raise classify_answer(status, code if isinstance(code, int) else None, message)

    def open(self) -> None:
        """Make the pool now, before the outbox takes slots (its TLS roots load the first
        time)."""
        self._session()

    def _session(self) -> aiohttp.ClientSession:
        # Created on first use, inside the running loop (aiohttp sessions belong to a loop).
        if self._messages is None or self._messages.closed:
            settings = self.settings
            self._messages = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=max(8, settings.outbox_concurrency),
                                               keepalive_timeout=KEEPALIVE_SECONDS,
                                               ssl=trusted_roots()),
                headers={"Authorization": _basic(settings.twilio_account_sid,
                                                 settings.twilio_auth_token)},
                timeout=aiohttp.ClientTimeout(total=None, connect=settings.twilio_timeout,
                                              sock_read=settings.twilio_timeout))
        return self._messages

    @property
    def _messages_url(self) -> str:
        base = self.settings.twilio_api_base_url.rstrip("/")
        return f"{base}/2010-04-01/Accounts/{self.settings.twilio_account_sid}/Messages.json"

    async def create_content(self, *, name: str, language: str, types: dict[str, Any],
                             variables: dict[str, str]) -> str:
        """Create a Content resource (Content API v1); return its SID or raise SendError."""
        client = self._get()
        request = ContentList.ContentCreateRequest({
            "friendly_name": name, "language": language, "variables": variables,
            "types": types})
        try:
            content = await asyncio.wait_for(
                client.content.v1.contents.create_async(request), self.settings.twilio_timeout)
        except TwilioRestException as error:
            raise classify(error) from error
        except TimeoutError as error:
            raise SendError("twilio content timeout", maybe_sent=True) from error
        except aiohttp.ClientError as error:
            raise SendError(f"twilio content network: {type(error).__name__}") from error
        if not content.sid:
            raise SendError("twilio content created without a SID", permanent=True)
        return str(content.sid)

    async def close(self) -> None:
        if self._messages is not None:
            await self._messages.close()
            self._messages = None
        if self._http is not None:
            await self._http.close()
            self._http = None
            self._client = None


PHONE_LIKE = re.compile(r"\+?\d[\d\s().-]{6,}\d")


def redact(text: str) -> str:
    """Twilio's error texts quote the recipient's number; reasons end up in logs and reports."""
    return PHONE_LIKE.sub("[number]", text or "")


def classify(error: TwilioRestException) -> SendError:
    """Map Twilio's REST errors onto hold / opt-out / unreachable / retry / give up."""
    return classify_answer(error.status, error.code, error.msg)


def classify_answer(status: int, code: int | None, msg: str) -> SendError:
    """The same for an answer's HTTP status, Twilio error code and message."""
    reason = f"twilio {status}" + (f" {code}" if code else "") + f": {redact(msg)}"[:200]
    if code == OUTSIDE_WINDOW:
        return SendError(f"outside WhatsApp's 24-hour window ({reason})", held=True)
    if code == UNSUBSCRIBED:
        return SendError(f"recipient unsubscribed ({reason})", held=True, opted_out=True,
                         permanent=True)
    if code in UNREACHABLE:
        return SendError(reason, permanent=True, unreachable=True)
    if status == 429 or code == TOO_MANY_REQUESTS:
        return SendError(reason, retry_after=RATE_LIMIT_PAUSE)
    if status >= 500:
        return SendError(reason)
    return SendError(reason, permanent=True)


def _basic(user: str, password: str) -> str:
    """HTTP basic auth by hand: aiohttp deprecates its `auth=` / BasicAuth."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def _form(fields: dict[str, Any]) -> list[tuple[str, str]]:
    """The adapter's fields as Twilio's form; lists (MediaUrl) repeat the name."""
    form: list[tuple[str, str]] = []
    for name, value in fields.items():
        if value is None:
            continue
        key = FIELDS.get(name)
        if key is None:
            raise ValueError(f"unknown Twilio message field {name!r}")
        for item in value if isinstance(value, list | tuple) else [value]:
            form.append((key, str(item)))
    return form
