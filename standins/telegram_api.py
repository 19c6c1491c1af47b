"""A stand-in Telegram Bot API: enough of the real one for the bot, the tests and benchmarks.

It queues updates for getUpdates (long polling, in batches), records what the bot sends,
enforces optional per-chat and global rate limits with 429 + retry_after like the real
server, adds optional latency, and can be told to fail the next calls (403, 5xx, timeouts).

Groups (negative chat ids) behave like the real ones as far as the bot can see: the bot has a
status in each (`add_group`, `set_bot_status`, which pushes the `my_chat_member` update a
real server sends); sending to a group the bot was removed from answers 403 "bot was kicked
from the group chat"; an upgraded group answers 400 with `migrate_to_chat_id`; a group takes
at most 20 messages a minute (429 beyond); `getChatMember` and `createChatInviteLink` answer
in the real shapes (python-telegram-bot's ChatMember* and ChatInviteLink), the latter only
for an admin.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from standins.holds import Held, Holds
from standins.server import LoopbackServer

MESSAGE_METHODS = ("sendMessage", "sendDocument", "sendPhoto")
GROUP_PER_MINUTE = 20
"""Telegram's limit of messages a bot may send to one group in a minute."""
EDIT_METHODS = ("editMessageText", "editMessageReplyMarkup")
BOT_USER = {"id": 999000, "is_bot": True, "first_name": "Kehila", "username": "kehila_bot"}


@dataclass
class Sent:
    """One thing the bot sent or did, as the server saw it."""

    method: str
    chat_id: int | None
    params: dict[str, Any]
    message_id: int | None = None
    at: float = field(default_factory=time.monotonic)
    shown: str | None = None
    """For an edit: the message's whole text after it (an edit of the keyboard only sends
    none)."""

    @property
    def text(self) -> str:
        return self.params.get("text") or self.params.get("caption") or self.shown or ""

    @property
    def is_new_prompt(self) -> bool:
        """A message sent, or one edited into another prompt (it still has buttons)."""
        return self.method in MESSAGE_METHODS or (
            self.method in EDIT_METHODS and bool(self.buttons))

    @property
    def buttons(self) -> list[dict[str, Any]]:
        markup = self.params.get("reply_markup") or {}
        if "inline_keyboard" in markup:
            return [b for row in markup["inline_keyboard"] for b in row]
        return [b if isinstance(b, dict) else {"text": b}
                for row in markup.get("keyboard", []) for b in row]

    @property
    def labels(self) -> list[str]:
        return [b["text"] for b in self.buttons]


@dataclass
class Limits:
    per_chat_per_second: float | None = None
    global_per_second: float | None = None
    latency: float = 0.0


class TelegramStandIn:
    def __init__(self, token: str = "123456:TEST", limits: Limits | None = None) -> None:
        self.token = token
        self.limits = limits or Limits()
        self.updates: deque[dict[str, Any]] = deque()
        self.next_update_id = 1
        self.next_message_id = 1
        self.sent: list[Sent] = []
        self._by_chat: defaultdict[int, list[Sent]] = defaultdict(list)
        self._waiters: defaultdict[int, list[tuple[int, bool, asyncio.Future]]] = \
            defaultdict(list)
        self.chats: defaultdict[int, dict[int, dict[str, Any]]] = defaultdict(dict)
        """What each chat shows now: message id → {"text", "reply_markup"}, edits applied."""
        self.calls: defaultdict[str, int] = defaultdict(int)
        self.failures: defaultdict[str, deque[tuple[int, str, float, int | None]]] = \
            defaultdict(deque)
        self.too_many = 0
        self.holds = Holds()
        self.commands: dict[str | None, list[dict[str, str]]] = {}
        self.webhook: dict[str, Any] = {}
        self._new_update = asyncio.Condition()
        self._chat_last: dict[int, float] = {}
        self._global_window: deque[float] = deque()
        self._closing = False
        self.groups: dict[int, dict[str, Any]] = {}
        """Group chat id → {"title", "type", "bot": the bot's status, "migrated_to"}."""
        self.invite_links: list[dict[str, Any]] = []
        self._group_sends: defaultdict[int, deque[float]] = defaultdict(deque)
        app = Starlette(routes=[Route("/bot{token}/{method}", self._dispatch,
                                      methods=["GET", "POST"])])
        self.server = LoopbackServer(app)

    # --- lifecycle ------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """For TELEGRAM_API_BASE_URL."""
        return f"{self.server.url}/bot"

    async def start(self) -> None:
        await self.server.start()

    async def stop(self) -> None:
        self._closing = True
        async with self._new_update:
            self._new_update.notify_all()
        await self.server.stop()

    # --- what a user does -----------------------------------------------------------------

    def _user(self, user_id: int, language: str | None) -> dict[str, Any]:
        user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        if language:
            user["language_code"] = language
        return user

    def _chat(self, user_id: int) -> dict[str, Any]:
        group = self.groups.get(user_id)
        if group is not None:
            return {"id": user_id, "type": group["type"], "title": group["title"]}
        return {"id": user_id, "type": "private", "first_name": f"User{user_id}"}

    # --- groups ---------------------------------------------------------------------------

    def add_group(self, chat_id: int, title: str = "Group", *, bot: str = "member",
                  kind: str = "supergroup") -> None:
        """A group the bot is in with status `bot` ("administrator", "member", "left")."""
        self.groups[chat_id] = {"title": title, "type": kind, "bot": bot, "migrated_to": None}

    async def set_bot_status(self, chat_id: int, status: str, by_user: int) -> int:
        """Someone changed the bot's status in a group (promoted, demoted, removed): the
        server sends the bot a `my_chat_member` update."""
        group = self.groups[chat_id]
        old, group["bot"] = group["bot"], status
        date = int(time.time())
        return await self.push({"my_chat_member": {
            "chat": self._chat(chat_id), "from": self._user(by_user, "he"), "date": date,
            "old_chat_member": _member(BOT_USER, old),
            "new_chat_member": _member(BOT_USER, status)}})

    async def group_text(self, chat_id: int, user_id: int, text: str,
                         language: str | None = "he") -> int:
        """A person writes in a group (a command has its `bot_command` entity, as real)."""
        message: dict[str, Any] = {
            "message_id": self._take_message_id(), "date": int(time.time()),
            "chat": self._chat(chat_id), "from": self._user(user_id, language), "text": text}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split(" ")[0])}]
        return await self.push({"message": message})

    async def migrate_group(self, old_id: int, new_id: int) -> int:
        """The group becomes a supergroup: the old chat gets a service message saying so."""
        group = self.groups[old_id]
        group["migrated_to"] = new_id
        self.groups[new_id] = {**group, "type": "supergroup", "migrated_to": None}
        return await self.push({"message": {
            "message_id": self._take_message_id(), "date": int(time.time()),
            "chat": self._chat(old_id), "from": self._user(1, None),
            "migrate_to_chat_id": new_id}})

    def _group_refuses(self, chat_id: int) -> JSONResponse | None:
        """What the real server answers for a send to a group the bot may not post in."""
        if chat_id >= 0:
            return None
        group = self.groups.get(chat_id)
        if group is None:
            return _error(400, "Bad Request: chat not found")
        if group["migrated_to"] is not None:
            return _error(400, "Bad Request: group chat was upgraded to a supergroup chat",
                          {"migrate_to_chat_id": group["migrated_to"]})
        if group["bot"] == "kicked":
            return _error(403, "Forbidden: bot was kicked from the group chat")
        if group["bot"] == "left":
            return _error(403, "Forbidden: bot is not a member of the group chat")
        window = self._group_sends[chat_id]
        now = time.monotonic()
        while window and now - window[0] >= 60.0:
            window.popleft()
        if len(window) >= GROUP_PER_MINUTE:
            self.too_many += 1
            return _error(429, "Too Many Requests: retry after 60", {"retry_after": 60})
        window.append(now)
        return None

    async def _api_getChatMember(self, params: dict[str, Any]) -> JSONResponse:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        group = self.groups.get(chat_id)
        if group is None:
            return _error(400, "Bad Request: chat not found")
        if user_id == BOT_USER["id"]:
            return _ok(_member(BOT_USER, group["bot"]))
        return _ok(_member(self._user(user_id, None), "member"))

    async def _api_createChatInviteLink(self, params: dict[str, Any]) -> JSONResponse:
        chat_id = int(params["chat_id"])
        group = self.groups.get(chat_id)
        if group is None:
            return _error(400, "Bad Request: chat not found")
        if group["bot"] != "administrator":
            return _error(400, "Bad Request: not enough rights to manage chat invite link")
        limit = params.get("member_limit")
        if limit is not None and not 1 <= int(limit) <= 99999:
            return _error(400, "Bad Request: invalid member limit")
        link: dict[str, Any] = {
            "invite_link": f"https://t.me/+standin{len(self.invite_links) + 1:04d}",
            "creator": BOT_USER, "creates_join_request": False, "is_primary": False,
            "is_revoked": False}
        for name in ("name", "expire_date", "member_limit"):
            if params.get(name) is not None:
                link[name] = params[name] if name == "name" else int(params[name])
        self.invite_links.append({**link, "chat_id": chat_id})
        await self._record("createChatInviteLink", chat_id, params)
        return _ok(link)

    async def push(self, update: dict[str, Any]) -> int:
        update_id = update.setdefault("update_id", self.next_update_id)
        self.next_update_id = max(self.next_update_id, update_id) + 1
        async with self._new_update:
            self.updates.append(update)
            self._new_update.notify_all()
        return update_id

    async def message(self, user_id: int, language: str | None = "he",
                      **content: Any) -> int:
        """The user sends a message with the given fields (text=…, sticker=…, photo=…)."""
        message = {"message_id": self._take_message_id(), "date": int(time.time()),
                   "chat": self._chat(user_id), "from": self._user(user_id, language),
                   **content}
        return await self.push({"message": message})

    async def text(self, user_id: int, text: str, language: str | None = "he") -> int:
        return await self.message(user_id, language, text=text)

    async def press(self, user_id: int, sent: Sent, label: str,
                    language: str | None = "he") -> int:
        """The user taps the button labelled `label` on a message the bot sent."""
        for button in sent.buttons:
            if button["text"] == label:
                return await self.press_data(user_id, button["callback_data"], sent, language)
        raise AssertionError(f"no button {label!r} in {sent.labels}")

    async def press_data(self, user_id: int, data: str, sent: Sent | None = None,
                         language: str | None = "he") -> int:
        message = {"message_id": sent.message_id if sent else 1, "date": int(time.time()),
                   "chat": self._chat(user_id), "from": BOT_USER,
                   "text": sent.text if sent else "…"}
        if sent is not None and sent.params.get("reply_markup"):
            message["reply_markup"] = sent.params["reply_markup"]
        shown = self.chats[user_id].get(sent.message_id) if sent and sent.message_id else None
        if shown is not None:  # the callback carries the message as it reads now
            message["text"] = shown["text"] or "…"
            message.pop("reply_markup", None)
            if _keyboard(shown):
                message["reply_markup"] = shown["reply_markup"]
        query = {"id": f"cq{self.next_update_id}", "from": self._user(user_id, language),
                 "chat_instance": str(user_id), "data": data, "message": message}
        return await self.push({"callback_query": query})

    # --- what the tests read --------------------------------------------------------------

    def to(self, chat_id: int, method: str | None = None) -> list[Sent]:
        return [s for s in self._by_chat.get(chat_id, [])
                if method is None or s.method == method]

    def messages_to(self, chat_id: int) -> list[Sent]:
        return [s for s in self._by_chat.get(chat_id, []) if s.method in MESSAGE_METHODS]

    def prompts_to(self, chat_id: int) -> list[Sent]:
        """The messages sent to `chat_id` and the edits that turned one into a new prompt:
        what a person reads as the bot's answers, in order."""
        return [s for s in self._by_chat.get(chat_id, []) if s.is_new_prompt]

    def shown_in(self, chat_id: int) -> list[dict[str, Any]]:
        """The chat as the person sees it now, oldest first: each message's current text and
        keyboard (`{"message_id", "text", "labels"}`)."""
        shown = []
        for message_id, message in sorted(self.chats.get(chat_id, {}).items()):
            keyboard = (message.get("reply_markup") or {}).get("inline_keyboard", [])
            shown.append({"message_id": message_id, "text": message.get("text", ""),
                          "labels": [b["text"] for row in keyboard for b in row]})
        return shown

    async def wait_for(self, chat_id: int, count: int, timeout: float = 10.0, *,
                       prompts: bool = False) -> list[Sent]:
        """Wait until the bot has sent `count` messages in all to `chat_id`; return them.
        With `prompts`, edits into a new prompt count too (see `prompts_to`)."""
        seen = self.prompts_to if prompts else self.messages_to
        if len(seen(chat_id)) >= count:
            return seen(chat_id)
        future = asyncio.get_running_loop().create_future()
        self._waiters[chat_id].append((count, prompts, future))
        try:
            await asyncio.wait_for(future, timeout)
            return seen(chat_id)
        except TimeoutError:
            got = [s.text[:60] for s in seen(chat_id)]
            raise AssertionError(f"expected {count} messages to {chat_id}, got {got}") from None

    def fail_next(self, method: str, status: int, description: str = "",
                  retry_after: float = 0.0, times: int = 1, chat_id: int | None = None) -> None:
        """Make the next `times` calls of `method` fail; status 0 means hang (a timeout).

        With `chat_id`, only calls for that chat fail (the order of other chats' calls
        does not matter then).
        """
        for _ in range(times):
            self.failures[method].append((status, description, retry_after, chat_id))

    def hold_next(self, method: str, chat_id: int | None = None) -> Held:
        """Keep the next call of `method` (to `chat_id`, or to any chat) in flight until
        `release()`, to make something happen while the bot waits for that answer."""
        return self.holds.next(method, chat_id)

    def _take_failure(self, method: str, params: dict[str, Any]
                      ) -> tuple[int, str, float, int | None] | None:
        queue = self.failures[method]
        chat = params.get("chat_id")
        for failure in queue:
            if failure[3] is None or str(failure[3]) == str(chat):
                queue.remove(failure)
                return failure
        return None

    # --- the API --------------------------------------------------------------------------

    async def _dispatch(self, request: Request) -> JSONResponse:
        if request.path_params["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.path_params["method"]
        params = await _params(request)
        self.calls[method] += 1
        if self.limits.latency:
            await asyncio.sleep(self.limits.latency)
        await self.holds.pass_through(method, params.get("chat_id"))
        failure = self._take_failure(method, params)
        if failure is not None:
            status, description, retry_after, _ = failure
            if status == 0:
                await asyncio.sleep(3600)
            if status == 429:
                self.too_many += 1
                return _error(429, description or "Too Many Requests: retry later",
                              {"retry_after": retry_after or 1})
            return _error(status, description or "Error")
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        return await handler(params)

    def _rate_limited(self, chat_id: int | None) -> JSONResponse | None:
        now = time.monotonic()
        limits = self.limits
        if limits.global_per_second:
            while self._global_window and now - self._global_window[0] >= 1.0:
                self._global_window.popleft()
            if len(self._global_window) >= limits.global_per_second:
                self.too_many += 1
                return _error(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        if limits.per_chat_per_second and chat_id is not None:
            last = self._chat_last.get(chat_id)
            if last is not None and now - last < 1.0 / limits.per_chat_per_second:
                self.too_many += 1
                return _error(429, "Too Many Requests: retry after 1", {"retry_after": 1})
            self._chat_last[chat_id] = now
        if limits.global_per_second:
            self._global_window.append(now)
        return None

    async def _record(self, method: str, chat_id: int | None, params: dict[str, Any],
                      message_id: int | None = None, shown: str | None = None) -> None:
        sent = Sent(method, chat_id, params, message_id, shown=shown)
        self.sent.append(sent)
        if chat_id is None:
            return
        self._by_chat[chat_id].append(sent)
        if message_id is not None and method in MESSAGE_METHODS:
            self.chats[chat_id][message_id] = {
                "text": params.get("text") or params.get("caption") or "",
                "reply_markup": params.get("reply_markup")}
        waiters = self._waiters.get(chat_id)
        if waiters and sent.is_new_prompt:
            for entry in list(waiters):
                count, prompts, future = entry
                have = len(self.prompts_to(chat_id) if prompts else self.messages_to(chat_id))
                if have >= count:
                    waiters.remove(entry)
                    if not future.done():
                        future.set_result(None)

    def _take_message_id(self) -> int:
        self.next_message_id += 1
        return self.next_message_id

    async def _api_getMe(self, params: dict[str, Any]) -> JSONResponse:
        return _ok({**BOT_USER, "can_join_groups": False, "can_read_all_group_messages": False,
                    "supports_inline_queries": False})

    async def _api_getUpdates(self, params: dict[str, Any]) -> JSONResponse:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        while self.updates and self.updates[0]["update_id"] < offset:
            self.updates.popleft()
        if not self.updates and timeout > 0 and not self._closing:
            async with self._new_update:
                try:
                    await asyncio.wait_for(self._new_update.wait(), timeout)
                except TimeoutError:
                    pass
        batch = [u for u in self.updates if u["update_id"] >= offset][:limit]
        return _ok(batch)

    async def _api_sendMessage(self, params: dict[str, Any]) -> JSONResponse:
        chat_id = int(params["chat_id"])
        refused = self._group_refuses(chat_id)
        if refused is not None:
            return refused
        limited = self._rate_limited(chat_id)
        if limited is not None:
            return limited
        text = params.get("text", "")
        if not text.strip():
            return _error(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            return _error(400, "Bad Request: message is too long")
        message_id = self._take_message_id()
        await self._record("sendMessage", chat_id, params, message_id)
        return _ok(self._message(chat_id, message_id, params))

    async def _api_sendDocument(self, params: dict[str, Any]) -> JSONResponse:
        chat_id = int(params["chat_id"])
        limited = self._rate_limited(chat_id)
        if limited is not None:
            return limited
        message_id = self._take_message_id()
        await self._record("sendDocument", chat_id, params, message_id)
        result = self._message(chat_id, message_id, params)
        result["document"] = {"file_id": f"f{message_id}", "file_unique_id": f"u{message_id}",
                              "file_name": params.get("document_filename", "file")}
        return _ok(result)

    async def _api_sendPhoto(self, params: dict[str, Any]) -> JSONResponse:
        chat_id = int(params["chat_id"])
        limited = self._rate_limited(chat_id)
        if limited is not None:
            return limited
        message_id = self._take_message_id()
        await self._record("sendPhoto", chat_id, params, message_id)
        result = self._message(chat_id, message_id, params)
        result["photo"] = [{"file_id": f"p{message_id}", "file_unique_id": f"q{message_id}",
                            "width": 640, "height": 480}]
        return _ok(result)

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> JSONResponse:
        await self._record("answerCallbackQuery", None, params)
        return _ok(True)

    async def _api_editMessageText(self, params: dict[str, Any]) -> JSONResponse:
        return await self._edit("editMessageText", params, text=params.get("text", ""))

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> JSONResponse:
        return await self._edit("editMessageReplyMarkup", params, text=None)

    async def _edit(self, method: str, params: dict[str, Any], *, text: str | None
                    ) -> JSONResponse:
        """Like Telegram: the message must exist and change; a missing keyboard removes it."""
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        limited = self._rate_limited(chat_id)
        if limited is not None:
            return limited
        current = self.chats[chat_id].get(message_id)
        if current is None:
            return _error(400, "Bad Request: message to edit not found")
        if text is not None and not text.strip():
            return _error(400, "Bad Request: message text is empty")
        updated = {"text": current["text"] if text is None else text,
                   "reply_markup": params.get("reply_markup")}
        if _keyboard(updated) == _keyboard(current) and updated["text"] == current["text"]:
            return _error(400, "Bad Request: message is not modified: specified new message"
                               " content and reply markup are exactly the same")
        self.chats[chat_id][message_id] = updated
        await self._record(method, chat_id, params, message_id, shown=updated["text"])
        return _ok(self._message(chat_id, message_id, updated))

    async def _api_setMyCommands(self, params: dict[str, Any]) -> JSONResponse:
        self.commands[params.get("language_code")] = params.get("commands", [])
        return _ok(True)

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> JSONResponse:
        self.webhook = {}
        return _ok(True)

    async def _api_setWebhook(self, params: dict[str, Any]) -> JSONResponse:
        self.webhook = params
        return _ok(True)

    def _message(self, chat_id: int, message_id: int, params: dict[str, Any]) -> dict:
        message = {"message_id": message_id, "date": int(time.time()), "from": BOT_USER,
                   "chat": self._chat(chat_id)}
        if params.get("text"):
            message["text"] = params["text"]
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message


def _member(user: dict[str, Any], status: str) -> dict[str, Any]:
    """A ChatMember in the real shape (an admin's rights are all given, as PTB requires)."""
    member: dict[str, Any] = {"status": status, "user": user}
    if status == "administrator":
        member.update({right: True for right in (
            "can_be_edited", "can_manage_chat", "can_delete_messages",
            "can_manage_video_chats", "can_restrict_members", "can_promote_members",
            "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
            "can_delete_stories", "can_pin_messages")}, is_anonymous=False)
        member["can_be_edited"] = False
    if status == "kicked":
        member["until_date"] = 0
    return member


def _keyboard(message: dict[str, Any]) -> list[Any]:
    markup = message.get("reply_markup")
    return markup.get("inline_keyboard", []) if isinstance(markup, dict) else []


async def _params(request: Request) -> dict[str, Any]:
    """PTB sends JSON-encoded fields in a form (or multipart for files); decode them."""
    content_type = request.headers.get("content-type", "")
    if "application/json" in content_type:
        return await request.json()
    params: dict[str, Any] = dict(request.query_params)
    if content_type:
        form = await request.form()
        for key, value in form.multi_items():
            if hasattr(value, "read"):
                params[f"{key}_filename"] = value.filename
                params[f"{key}_content"] = await value.read()
            else:
                params[key] = _maybe_json(value)
    return params


def _maybe_json(value: str) -> Any:
    if value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _ok(result: Any) -> JSONResponse:
    return JSONResponse({"ok": True, "result": result})


def _error(status: int, description: str, parameters: dict | None = None) -> JSONResponse:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return JSONResponse(body, status_code=status)
