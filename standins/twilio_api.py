"""A stand-in Twilio: the Messages REST API the bot sends through, the Content API that
creates its buttons and lists, and a WhatsApp user who posts signed webhooks to the bot
exactly as Twilio would.

A message sent with the ContentSid of a `twilio/quick-reply` or `twilio/list-picker` created
here is recorded as the person would see it: the body and the buttons (or list items), their
variables filled in; the person answers with `ButtonPayload`/`ButtonText` (quick reply) or
`ListId`/`ListTitle` (a list item), as Twilio's webhook does. A ContentSid it does not know
(an approved template configured elsewhere) is recorded as given.

The REST side checks basic auth, records every message (To, From, Body, ContentSid,
ContentVariables, MediaUrl, StatusCallback), answers with a fresh SID, can be told to fail
the next calls with Twilio's error shapes (429, 21610, 63016, 5xx, or hang), and can limit
messages per second with 429 / 20429 like the real API.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
import secrets
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from twilio.request_validator import RequestValidator

from standins.holds import Held, Holds
from standins.server import LoopbackServer

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "test-auth-token-0123456789abcdef"
FROM = "whatsapp:+14155238886"


@dataclass
class SentMessage:
    """One message the bot created, as the API saw it."""

    sid: str
    to: str
    from_: str
    body: str | None
    content_sid: str | None
    content_variables: str | None
    media_urls: list[str]
    status_callback: str | None
    at: float = field(default_factory=time.monotonic)
    content_type: str | None = None
    """`twilio/quick-reply` or `twilio/list-picker` for a Content resource created here."""
    buttons: list[tuple[str, str]] = field(default_factory=list)
    """(id, title) of its buttons or list items, variables filled in."""

    @property
    def text(self) -> str:
        return self.body or ""

    @property
    def options(self) -> list[str]:
        """The titles of its buttons or list items, or else the labels of a numbered list at
        the end of the body (`1. עברית`)."""
        if self.buttons:
            return [title for _id, title in self.buttons]
        labels = []
        for line in self.text.splitlines():
            number, dot, label = line.partition(". ")
            if dot and number.strip().isdigit():
                labels.append(label.strip())
        return labels


@dataclass
class Failure:
    status: int  # 0: hang until the client gives up
    code: int | None
    message: str


class TwilioStandIn:
    def __init__(self, account_sid: str = ACCOUNT_SID, auth_token: str = AUTH_TOKEN,
                 *, messages_per_second: float | None = None) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.messages_per_second = messages_per_second
        self.sent: list[SentMessage] = []
        self.calls = 0
        self.too_many = 0
        self.unauthorized = 0
        self.failures: deque[Failure] = deque()
        self.content_failures: deque[Failure] = deque()
        self.contents: dict[str, dict[str, Any]] = {}
        """Content resources created through the Content API, by SID."""
        self.holds = Holds()
        self._ids = itertools.count(1)
        self._window: deque[float] = deque()
        self._new_sent = asyncio.Condition()
        self._closing = asyncio.Event()
        app = Starlette(routes=[Route("/2010-04-01/Accounts/{sid}/Messages.json",
                                      self._create, methods=["POST"]),
                                Route("/v1/Content", self._create_content, methods=["POST"])])
        self.server = LoopbackServer(app)

    @property
    def base_url(self) -> str:
        """For TWILIO_API_BASE_URL."""
        return self.server.url

    async def start(self) -> None:
        await self.server.start()

    async def stop(self) -> None:
        self._closing.set()
        await self.server.stop()

    # --- steering ------------------------------------------------------------------------

    def fail_next(self, status: int, code: int | None = None, message: str = "",
                  times: int = 1) -> None:
        """Make the next `times` creates fail with this HTTP status and Twilio error code."""
        for _ in range(times):
            self.failures.append(Failure(status, code, message or f"error {code or status}"))

    def fail_content_next(self, status: int, code: int | None = None, message: str = "",
                          times: int = 1) -> None:
        """Make the next `times` Content API creates fail like this."""
        for _ in range(times):
            self.content_failures.append(Failure(status, code, message or f"error {code}"))

    def hold_next(self, phone: str | None = None) -> Held:
        """Keep the next message create (to `phone`, or to anyone) in flight until
        `release()`, to make something happen while the bot waits for that answer."""
        return self.holds.next("Messages", None if phone is None else _address(phone))

    # --- what tests read -----------------------------------------------------------------

    def to(self, phone: str) -> list[SentMessage]:
        address = _address(phone)
        return [m for m in self.sent if m.to == address]

    async def wait_for(self, phone: str, count: int, timeout: float = 10.0
                       ) -> list[SentMessage]:
        """Wait until `count` messages in all went to `phone`; return them."""
        async def _enough() -> list[SentMessage]:
            async with self._new_sent:
                while len(self.to(phone)) < count:
                    await self._new_sent.wait()
            return self.to(phone)
        try:
            return await asyncio.wait_for(_enough(), timeout)
        except TimeoutError:
            got = [m.text[:60] for m in self.to(phone)]
            raise AssertionError(f"expected {count} messages to {phone}, got {got}") from None

    # --- the API -------------------------------------------------------------------------

    async def _create(self, request: Request) -> JSONResponse:
        self.calls += 1
        if not self._authorized(request):
            self.unauthorized += 1
            return _error(401, 20003, "Authenticate")
        form = await request.form()
        if self.failures:
            failure = self.failures.popleft()
            if failure.status == 0:  # hang until the client gives up or we stop
                await self._closing.wait()
            if failure.status == 429:
                self.too_many += 1
            return _error(failure.status or 503, failure.code, failure.message)
        if self._rate_limited():
            self.too_many += 1
            return _error(429, 20429, "Too Many Requests")
        to, from_ = str(form.get("To") or ""), str(form.get("From") or "")
        await self.holds.pass_through("Messages", to)
        body = form.get("Body")
        content_sid = form.get("ContentSid")
        if not to.startswith("whatsapp:") or not from_:
            return _error(400, 21211, "Invalid 'To' Phone Number")
        if not body and not content_sid and not form.get("MediaUrl"):
            return _error(400, 21602, "Message body is required.")
        if body is not None and len(str(body)) > 1600:
            return _error(400, 21617, "The concatenated message body exceeds the 1600 "
                          "character limit.")
        variables_text = _optional(form.get("ContentVariables"))
        content = self.contents.get(str(content_sid)) if content_sid else None
        rendered: tuple[str, str, list[tuple[str, str]]] | None = None
        if content is not None:
            try:
                variables = json.loads(variables_text or "{}")
                rendered = _render(content, variables)
            except (ValueError, KeyError):
                return _error(400, 21656, "The ContentVariables Parameter is invalid.")
        sid = f"SM{next(self._ids):032x}"
        message = SentMessage(sid, to, from_, None if body is None else str(body),
                              None if content_sid is None else str(content_sid),
                              variables_text,
                              [str(u) for u in form.getlist("MediaUrl")],
                              _optional(form.get("StatusCallback")))
        if rendered is not None:
            message.content_type, message.body, message.buttons = rendered
        async with self._new_sent:
            self.sent.append(message)
            self._new_sent.notify_all()
        return JSONResponse(self._resource(message), status_code=201)

    async def _create_content(self, request: Request) -> JSONResponse:
        """POST https://content.twilio.com/v1/Content: a JSON body with `types`."""
        self.calls += 1
        if not self._authorized(request, self.account_sid):
            self.unauthorized += 1
            return _error(401, 20003, "Authenticate")
        if self.content_failures:
            failure = self.content_failures.popleft()
            return _error(failure.status or 503, failure.code, failure.message)
        try:
            body = await request.json()
        except ValueError:
            return _error(400, 20001, "Invalid JSON")
        types = body.get("types") or {}
        if not isinstance(types, dict) or len(types) != 1:
            return _error(400, 20001, "Exactly one content type is required")
        kind, spec = next(iter(types.items()))
        problem = _content_problem(kind, spec)
        if problem:
            return _error(400, 20001, problem)
        sid = f"HX{next(self._ids):032x}"
        resource = {"sid": sid, "account_sid": self.account_sid,
                    "friendly_name": body.get("friendly_name"),
                    "language": body.get("language"), "variables": body.get("variables"),
                    "types": types, "url": f"https://content.twilio.com/v1/Content/{sid}",
                    "date_created": "2026-01-01T00:00:00Z",
                    "date_updated": "2026-01-01T00:00:00Z", "links": {}}
        self.contents[sid] = resource
        return JSONResponse(resource, status_code=201)

    def _authorized(self, request: Request, account: str | None = None) -> bool:
        if (account or request.path_params["sid"]) != self.account_sid:
            return False
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        return secrets.compare_digest(request.headers.get("authorization", ""),
                                      f"Basic {expected}")

    def _rate_limited(self) -> bool:
        if not self.messages_per_second:
            return False
        now = time.monotonic()
        while self._window and now - self._window[0] >= 1.0:
            self._window.popleft()
        if len(self._window) >= self.messages_per_second:
            return True
        self._window.append(now)
        return False

    def _resource(self, message: SentMessage) -> dict[str, Any]:
        return {"sid": message.sid, "account_sid": self.account_sid, "to": message.to,
                "from": message.from_, "body": message.body, "status": "queued",
                "num_segments": "1", "num_media": str(len(message.media_urls)),
                "direction": "outbound-api", "api_version": "2010-04-01",
                "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{message.sid}.json"}


def _address(phone: str) -> str:
    return phone if phone.startswith("whatsapp:") else f"whatsapp:{phone}"


def _content_problem(kind: str, spec: Any) -> str | None:
    """What WhatsApp would refuse in a quick-reply or list-picker (None if nothing)."""
    if not isinstance(spec, dict) or not spec.get("body"):
        return "A body is required"
    if kind == "twilio/quick-reply":
        actions = spec.get("actions") or []
        if not 1 <= len(actions) <= 3:
            return "A quick reply has 1 to 3 actions in a session"
        return None
    if kind == "twilio/list-picker":
        items = spec.get("items") or []
        if not 1 <= len(items) <= 10:
            return "A list picker has 1 to 10 items"
        if not spec.get("button") or len(spec["button"]) > 20:
            return "A list picker needs a button of at most 20 characters"
        return None
    return f"content type {kind} is not served by the stand-in"


def _fill(text: str, variables: dict[str, str]) -> str:
    """`{{1}}` → variables["1"]; a missing variable is an error, as on Twilio."""
    def value(match: re.Match[str]) -> str:
        return str(variables[match.group(1)])
    return re.sub(r"\{\{(\w+)\}\}", value, text)


def _render(content: dict[str, Any], variables: dict[str, str]
            ) -> tuple[str, str, list[tuple[str, str]]]:
    """What the person sees: the content type, the body, the (id, title) of each option."""
    kind, spec = next(iter(content["types"].items()))
    entries = spec["actions"] if kind == "twilio/quick-reply" else spec["items"]
    title = "title" if kind == "twilio/quick-reply" else "item"
    options = [(_fill(e["id"], variables), _fill(e[title], variables)) for e in entries]
    for ident, shown in options:
        limit = 20 if kind == "twilio/quick-reply" else 24
        if len(shown) > limit or len(ident) > 200:
            raise ValueError(f"option {shown!r} too long")
    return kind, _fill(spec["body"], variables), options


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _error(status: int, code: int | None, message: str) -> JSONResponse:
    return JSONResponse({"code": code, "message": message, "status": status,
                         "more_info": f"https://www.twilio.com/docs/errors/{code}"},
                        status_code=status)


class WhatsAppUser:
    """Someone on WhatsApp: each call posts a webhook signed the way Twilio signs it.

    The signature covers the public URL (`public_base_url` + path) while the request goes to
    the bot's real address, as behind a reverse proxy.
    """

    def __init__(self, bot_url: str, public_base_url: str, phone: str, *,
                 auth_token: str = AUTH_TOKEN, profile_name: str = "",
                 account_sid: str = ACCOUNT_SID) -> None:
        self.bot_url = bot_url.rstrip("/")
        self.public_base_url = public_base_url.rstrip("/")
        self.phone = phone
        self.profile_name = profile_name
        self.account_sid = account_sid
        self.validator = RequestValidator(auth_token)
        self._ids = itertools.count(1)
        self.client = httpx.AsyncClient(timeout=10)

    async def close(self) -> None:
        await self.client.aclose()

    def fields(self, **extra: str) -> dict[str, str]:
        """An incoming-message webhook's fields, as Twilio sends them for WhatsApp."""
        sid = f"SM{secrets.token_hex(16)}"
        values = {"MessageSid": sid, "SmsMessageSid": sid, "SmsSid": sid,
                  "AccountSid": self.account_sid, "From": f"whatsapp:{self.phone}",
                  "To": FROM, "Body": "", "NumMedia": "0", "NumSegments": "1",
                  "WaId": self.phone.lstrip("+"), "ProfileName": self.profile_name,
                  "MessageType": "text", "SmsStatus": "received", "ApiVersion": "2010-04-01"}
        values.update(extra)
        return values

    def sign(self, path: str, fields: dict[str, str]) -> str:
        return self.validator.compute_signature(self.public_base_url + path, fields)

    async def post(self, path: str, fields: dict[str, str], *, signature: str | None = None,
                   signed: bool = True, **kwargs: Any) -> httpx.Response:
        headers = {}
        if signed:
            headers["X-Twilio-Signature"] = (signature if signature is not None
                                             else self.sign(path, fields))
        return await self.client.post(self.bot_url + path, data=fields, headers=headers,
                                      **kwargs)

    async def presses(self, message: SentMessage, title: str) -> httpx.Response:
        """Tap a button (quick reply) or pick a list item on an interactive message."""
        ident = next(i for i, shown in message.buttons if shown == title)
        if message.content_type == "twilio/list-picker":
            extra = {"ListId": ident, "ListTitle": title, "MessageType": "interactive"}
        else:
            extra = {"ButtonPayload": ident, "ButtonText": title, "MessageType": "button"}
        return await self.says(title, **extra)

    async def says(self, text: str, **extra: str) -> httpx.Response:
        response = await self.post("/webhooks/twilio/whatsapp",
                                   self.fields(Body=text, **extra))
        assert response.status_code == 200, response.status_code
        return response

    async def sends(self, **extra: str) -> httpx.Response:
        """Anything else: media, a location, a button press (given as webhook fields)."""
        response = await self.post("/webhooks/twilio/whatsapp", self.fields(**extra))
        assert response.status_code == 200, response.status_code
        return response

    async def status(self, message_sid: str, status: str, error_code: int | None = None
                     ) -> httpx.Response:
        """Twilio's status callback for a message the bot sent."""
        fields = {"MessageSid": message_sid, "SmsSid": message_sid, "MessageStatus": status,
                  "SmsStatus": status, "AccountSid": self.account_sid,
                  "To": f"whatsapp:{self.phone}", "From": FROM, "ApiVersion": "2010-04-01"}
        if error_code is not None:
            fields["ErrorCode"] = str(error_code)
        return await self.post("/webhooks/twilio/status", fields)
