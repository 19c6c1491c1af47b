"""The outbox's own way to the Bot API: one JSON POST per message over a small aiohttp pool.

Why not python-telegram-bot's `Bot.send_message` here: for each response it builds a full
`Message` (with `User`, `Chat`, … through `TelegramObject.__setattr__`), and its httpx pool
scans every connection per request; profiled at a 1,000/s paid broadcast that was 63% of the
bot's CPU. The outbox needs only the sent message's id, so this client parses `ok`,
`result.message_id`, `error_code`, `description` and `parameters` and nothing else. aiohttp
(already installed for twilio's async client) measured ~10× less CPU per request than httpx
against the stand-in. Inbound updates and replies stay on PTB's Application; the
best-effort calls around a button press (answering it, marking the pressed keyboard) use
this client too, since nothing reads their results.

Errors are classified like `render.classify` classifies PTB's exceptions, with the same
reasons, so the outbox's decisions (retry, reschedule on 429, unreachable, unknown) hold.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from bot.channels.tls import trusted_roots
from bot.delivery.outbox_worker import SendError

if TYPE_CHECKING:  # imported on the first send: a resting bot need not hold it (~9 MiB)
    import aiohttp

KEEPALIVE_SECONDS = 4.0
"""Below uvicorn's and most proxies' 5 s: an idle connection is dropped by us, not under a
request (a POST on a connection the server closed may have been read: it would be unknown)."""


class RetryAfter(SendError):
    """A 429: the outbox reschedules the row; a later part of a long message waits it out."""


class Migrated(SendError):
    """A group became a supergroup: this id will never work again, the new one will."""

    def __init__(self, reason: str, new_chat_id: int) -> None:
        super().__init__(reason, permanent=True)
        self.new_chat_id = new_chat_id


class BotApi:
    """A keep-alive pool to one bot's Bot API endpoint, made on first use inside the loop."""

    def __init__(self, base_url: str, token: str, *, timeout: float, pool: int) -> None:
        self.prefix = f"{base_url}{token}/"
        self.timeout_seconds = timeout
        self.pool = pool
        self._session: aiohttp.ClientSession | None = None

    def _get(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            import aiohttp

            connector = aiohttp.TCPConnector(limit=self.pool, keepalive_timeout=KEEPALIVE_SECONDS,
                                             ssl=trusted_roots())
            timeout = aiohttp.ClientTimeout(total=None, connect=self.timeout_seconds,
                                            sock_read=self.timeout_seconds)
            self._session = aiohttp.ClientSession(
                connector=connector, timeout=timeout, skip_auto_headers=("User-Agent",),
                headers={"Content-Type": "application/json"})
        return self._session

    def open(self) -> None:
        """Make the pool now (its imports take a few hundred ms the first time)."""
        self._get()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def call(self, method: str, params: dict[str, Any]) -> str:
        """POST one sending method; return `result.message_id` as text, or raise a
        classified SendError (RetryAfter for a 429)."""
        status, payload = await self._post(method, params)
        return parse(status, payload)

    async def request(self, method: str, params: dict[str, Any]) -> None:
        """POST a method whose result is not needed (answerCallbackQuery, an edit that only
        tidies the chat); raise a classified SendError if Telegram refused it."""
        status, payload = await self._post(method, params)
        if not 200 <= status <= 299:
            parse(status, payload)

    async def _post(self, method: str, params: dict[str, Any]) -> tuple[int, bytes]:
        import aiohttp  # loaded by _get on the first call

        body = json.dumps(params, ensure_ascii=False, separators=(",", ":")).encode()
        try:
            async with self._get().post(self.prefix + method, data=body) as response:
                return response.status, await response.read()
        except aiohttp.ConnectionTimeoutError as error:  # no connection: nothing was sent
            raise SendError("telegram timeout before sending") from error
        except TimeoutError as error:  # sent, and no answer in time
            raise SendError("telegram timeout waiting for the answer", maybe_sent=True) \
                from error
        except aiohttp.ClientConnectorError as error:  # never connected
            raise SendError(f"telegram network: {type(error).__name__}") from error
        except aiohttp.ClientError as error:  # the connection broke after the request left
            raise SendError(f"telegram connection lost: {type(error).__name__}",
                            maybe_sent=True) from error


def parse(status: int, payload: bytes) -> str:
    """The sent message's id from a Bot API answer, or the SendError its error means."""
    try:
        data = json.loads(payload)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        if 200 <= status <= 299:  # accepted, but we cannot tell the id: it may be there
            raise SendError("telegram answer unreadable", maybe_sent=True)
        raise SendError(f"telegram network: HTTP {status}")  # a proxy's 5xx page, say
    if 200 <= status <= 299 and data.get("ok"):
        result = data.get("result")
        message_id = result.get("message_id") if isinstance(result, dict) else None
        if message_id is None:
            raise SendError("telegram answer without a message id", maybe_sent=True)
        return str(message_id)
    raise classify(status, data)


def classify(status: int, data: dict[str, Any]) -> SendError:
    """The Bot API's error answer → retry / reschedule / give up / unreachable, as
    `render.classify` decides for PTB's exceptions (same reasons)."""
    description = str(data.get("description") or f"HTTP {status}")
    parameters = data.get("parameters")
    if isinstance(parameters, dict):
        migrated = parameters.get("migrate_to_chat_id")
        if migrated:  # a group became a supergroup: this id will never work again
            return Migrated(f"telegram 400: chat migrated to {migrated}", int(migrated))
        retry_after = parameters.get("retry_after")
        if retry_after:
            return RetryAfter("telegram 429", retry_after=float(retry_after))
    message = _message(description)
    if status == 403:
        return SendError(f"telegram 403: {message}", permanent=True, unreachable=True)
    if status == 400:
        lowered = message.lower()
        unreachable = "chat not found" in lowered or "user is deactivated" in lowered
        return SendError(f"telegram 400: {message}", permanent=True, unreachable=unreachable)
    if status in (401, 404):
        return SendError(f"telegram rejected the bot token: {message}")
    if status == 429:  # without retry_after (not seen from Telegram): a second, then again
        return RetryAfter("telegram 429", retry_after=1.0)
    if status >= 500:
        return SendError(f"telegram network: {message}")
    return SendError(f"telegram {status}: {message}", permanent=True)


def _message(description: str) -> str:
    """The description as python-telegram-bot words it (so reasons read as before)."""
    text = description.removeprefix("Error: ").removeprefix("[Error]: ") \
        .removeprefix("Bad Request: ")
    return text.capitalize() if text != description else text
