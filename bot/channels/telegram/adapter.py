"""Telegram through python-telegram-bot's Application: updates in, core replies out.

Polling by default; with TELEGRAM_WEBHOOK_URL set, updates arrive at /webhooks/telegram on
the bot's own HTTP server (see `webhook_route`). Conversations happen in private chats only.
From groups (a garin's linked group) only what the core must know is translated into a
`GroupEvent`: a bot command addressed to it (`/link_garin 1234-5678`, with whether the bot is
an admin there), the bot removed or demoted (`my_chat_member`), the group migrated to a
supergroup (`migrate_to_chat_id`, or an outbox send refused with `migrate_to_chat_id`).

Messages go out as raw Bot API calls (`bulk.BotApi`), replies and edits as much as the
outbox's sends: PTB's `send_message` builds a whole `Message` from every answer over httpx,
which profiled at ~11% of the bot's CPU per update (issue 14). PTB's Application stays for
what comes in (polling, the webhook, `Update` objects) and for the rare calls whose answers
are read or that upload files (getChatMember, createChatInviteLink, sendDocument,
setMyCommands).
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from telegram import BotCommand, Message, Update
from telegram.error import RetryAfter, TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from bot.channels.port import ChannelPort
from bot.channels.telegram.bulk import BotApi, Migrated
from bot.channels.telegram.bulk import RetryAfter as BulkRetryAfter
from bot.channels.telegram.render import (
    MESSAGE_LIMIT,
    REMOVE_KEYBOARD,
    classify,
    is_inline,
    keyboard,
    retry_after_seconds,
)
from bot.channels.turns import ChatTurns
from bot.delivery.outbox_worker import SendError
from conversations.domain import buttons
from conversations.domain.text import split_text
from conversations.domain.types import (
    INVITE_LINK,
    Address,
    ChannelName,
    GroupChange,
    GroupEvent,
    Inbound,
    Media,
    Outbound,
    Pressed,
    SharedContact,
    SharedLocation,
)
from locales import LANGUAGES
from storage.models import Identity

log = logging.getLogger(__name__)
T = TypeVar("T")

CHANNEL = ChannelName.TELEGRAM.value
COMMANDS = ("start", "menu", "help", "back", "cancel", "mydata", "deleteme")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
REPLY_RETRIES = 3
TAKEN = "✔️"
GROUP_TYPES = ("group", "supergroup")
GROUP_COMMANDS = ("link_garin", "unlink_garin")
"""The only commands the bot reads in groups; everything else said there is not for it."""
ADMIN_STATUSES = ("administrator", "creator")
GONE_STATUSES = ("left", "kicked")
TICKED = "✅"
"""How a multiple choice's selected options begin (see the flows' toggle lists)."""


class TelegramChannel:
    """Owns the PTB Application; also the outbox's sender for Telegram."""

    channel = CHANNEL
    numbered_choices = False

    def __init__(self, port: ChannelPort, *, webhook: bool = False,
                 concurrent_updates: int = 256) -> None:
        self.port = port
        settings = port.settings
        builder = (ApplicationBuilder().token(settings.telegram_bot_token)
                   .base_url(settings.telegram_api_base_url)
                   .base_file_url(settings.telegram_api_file_url)
                   .concurrent_updates(concurrent_updates)
                   .connection_pool_size(64)
                   .connect_timeout(settings.telegram_timeout_seconds)
                   .read_timeout(settings.telegram_timeout_seconds)
                   .write_timeout(settings.telegram_timeout_seconds)
                   .post_init(self._register_commands))
        if webhook:
            builder = builder.updater(None)
        self.application: Application = builder.build()
        self.application.add_handler(TypeHandler(Update, self._on_update))
        self.application.add_error_handler(self._on_error)
        self.webhook = webhook
        self.limiter = port.limiter(CHANNEL)
        self.turns = ChatTurns()
        """One chat's sends in order: an update's whole answer, then whatever came after it
        (the outbox's delivery, the answer to the next update); see bot/channels/turns.py."""
        self.paid_broadcast = bool(getattr(settings, "telegram_paid_broadcast", False))
        self.bulk_api = BotApi(settings.telegram_api_base_url, settings.telegram_bot_token,
                               timeout=settings.telegram_timeout_seconds,
                               pool=max(64, settings.outbox_concurrency))

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        app = self.application
        await app.initialize()
        if app.post_init:
            await app.post_init(app)
        await app.start()
        settings = self.port.settings
        if self.webhook:
            await app.bot.set_webhook(settings.telegram_webhook_url,
                                      secret_token=settings.telegram_webhook_secret or None,
                                      allowed_updates=Update.ALL_TYPES)
        else:
            await app.bot.delete_webhook()
            assert app.updater is not None
            await app.updater.start_polling(allowed_updates=Update.ALL_TYPES,
                                            timeout=settings.telegram_poll_timeout)

    async def stop(self) -> None:
        """Updates stop first and the handlers finish (`app.stop` waits for them); only then
        does the raw client's pool close, since their replies go through it."""
        app = self.application
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await self.bulk_api.close()
        await app.shutdown()

    async def _register_commands(self, app: Application) -> None:
        """setMyCommands once per language, so the menu button speaks the user's language."""
        for language in (None, *LANGUAGES):
            lang = language or self.port.settings.default_language
            commands = [BotCommand(name, self.port.text(lang, f"cmd-{name}"))
                        for name in COMMANDS]
            await app.bot.set_my_commands(commands, language_code=language)

    # --- inbound --------------------------------------------------------------------------

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.my_chat_member is not None:
            await self._on_membership(update)
            return
        chat = update.effective_chat
        if chat is not None and chat.type in GROUP_TYPES:
            async with self.turns.take(chat.id):  # its answer, whole, among the outbox's
                await self._on_group_message(update)
            return
        event = to_inbound(update, self.port.now())
        if event is None:
            return
        # The chat's turn is taken before the first await, so updates keep their order; the
        # acknowledgement of a press is no message in the chat and need not wait for it.
        turn = self.turns.take(int(event.address.user_id))
        try:
            query = update.callback_query
            if query is not None:
                await self._tidy("answerCallbackQuery", {"callback_query_id": query.id})
            async with turn:
                await self._answer(update, event)
        finally:
            turn.release()

    async def _answer(self, update: Update, event: Inbound) -> None:
        """Handle a person's update and send the answer, edits first, in the chat's turn."""
        query = update.callback_query
        handled = await self.port.handle(event)
        if handled.duplicate:
            return
        chat_id = int(event.address.user_id)
        replies = list(handled.replies)
        if query is not None and isinstance(query.message, Message):
            if replies and replies[0].edits == str(query.message.message_id) \
                    and await self._edit(chat_id, query.message, replies[0]):
                replies.pop(0)
            elif handled.refused:  # the press did nothing: drop the keyboard, mark no choice
                await self._tidy("editMessageReplyMarkup", _ids(query.message))
            else:
                await self._tidy(*_mark_pressed(query.message, query.data or ""))
        remove_keyboard = update.effective_message is not None and (
            update.effective_message.contact is not None)
        for reply in replies:
            await self._send(chat_id, reply, remove_keyboard=remove_keyboard)
            remove_keyboard = False

    async def _on_membership(self, update: Update) -> None:
        """A person blocked the bot: stop business messages to them until they write again.
        In a group: the bot was removed or lost its admin rights there."""
        member = update.my_chat_member
        assert member is not None
        status = member.new_chat_member.status
        if member.chat.type in GROUP_TYPES:
            old = member.old_chat_member.status
            if status in GONE_STATUSES:
                change = GroupChange.BOT_REMOVED
            elif old in ADMIN_STATUSES and status not in ADMIN_STATUSES:
                change = GroupChange.BOT_DEMOTED
            else:
                return
            await self.port.handle_group(GroupEvent(
                Address(CHANNEL, str(member.chat.id)), self.port.now(), change,
                sender=Address(CHANNEL, str(member.from_user.id)),
                title=member.chat.title or ""))
            return
        if member.chat.type != "private" or status != "kicked":
            return
        await self.port.mark_unreachable(Address(CHANNEL, str(member.from_user.id)),
                                         "blocked the bot")

    async def _on_group_message(self, update: Update) -> None:
        """A message in a group: a migration, or one of our commands; the rest is ignored
        (people talk to each other there, not to the bot)."""
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None:
            return
        group = Address(CHANNEL, str(chat.id))
        if message.migrate_to_chat_id:
            await self.port.handle_group(GroupEvent(
                group, self.port.now(), GroupChange.MIGRATED,
                new_group=Address(CHANNEL, str(message.migrate_to_chat_id))))
            return
        user = message.from_user
        command, argument = _command(message.text or "", self.application.bot.username)
        if command not in GROUP_COMMANDS or user is None or user.is_bot:
            return
        bot_is_admin = False
        try:
            me = await self.application.bot.get_chat_member(chat.id, self.application.bot.id)
            bot_is_admin = me.status in ADMIN_STATUSES
        except TelegramError as error:
            log.info("telegram getChatMember failed: %s", type(error).__name__)
        replies = await self.port.handle_group(GroupEvent(
            group, self.port.now(), GroupChange.COMMAND, sender=Address(CHANNEL, str(user.id)),
            command=command, argument=argument, title=chat.title or "",
            bot_is_admin=bot_is_admin, language_hint=user.language_code))
        for reply in replies:
            try:
                await self._send(chat.id, reply)
            except TelegramError as error:  # a document or an invite link: PTB's calls
                log.info("telegram group answer failed: %s", type(error).__name__)
            except SendError as error:  # the raw path's, classified (no body in it)
                log.info("telegram group answer failed: %s", error.reason)

    async def _edit(self, chat_id: int, message: Message, reply: Outbound) -> bool:
        """Show `reply` in place of the message its button was pressed on: the same question
        with a tick moved or another page. False when Telegram would not (then it is sent)."""
        if len(reply.text) > MESSAGE_LIMIT:
            return False
        markup = keyboard(reply)
        if not is_inline(markup):
            return False
        params: dict[str, Any] = {**_ids(message), "reply_markup": markup}
        method = "editMessageReplyMarkup"
        if reply.text != message.text:
            method, params["text"] = "editMessageText", reply.text
        try:
            await self._call(chat_id, partial(self.bulk_api.request, method, params),
                             bulk=False, first=True)
        except SendError as error:  # classified by bulk.classify: no body in the reason
            if "not modified" in error.reason.lower():
                return True  # it already reads so (a double tap)
            log.info("telegram edit refused, sending anew: %s", error.reason)
            return False
        return True

    async def _tidy(self, method: str, params: dict[str, object]) -> None:
        """Best-effort calls (acknowledging a press, tidying its keyboard) must never break
        handling; their results are not read, so they skip PTB's objects (`bulk.BotApi`)."""
        try:
            await self.bulk_api.request(method, params)
        except SendError as error:
            log.info("telegram tidy-up call failed: %s", error.reason)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("telegram handler error: %s", type(context.error).__name__,
                  exc_info=context.error)

    # --- outbound -------------------------------------------------------------------------

    async def _send(self, chat_id: int, message: Outbound, *, remove_keyboard: bool = False,
                    bulk: bool = False) -> str | None:
        """Send one core message (split if long); returns the last Telegram message id.

        Every call takes a slot of the channel's rate limiter, except the first call of an
        outbox message (`bulk`), whose slot the outbox took before marking it `sending`.
        """
        if INVITE_LINK in message.extras:
            message = await self._with_invite_link(chat_id, message)
        if message.document is not None:  # a multipart upload: PTB's
            bot = self.application.bot
            paid = {"allow_paid_broadcast": True} if bulk and self.paid_broadcast else {}
            document = message.document
            sent = await self._call(chat_id, lambda: bot.send_document(
                chat_id, document=document.content, filename=document.filename,
                caption=message.text[:1024] or None, **paid), bulk=bulk, first=True)
            return str(sent.message_id)
        return await self._send_text(chat_id, message, bulk=bulk, slot_taken=bulk,
                                     remove_keyboard=remove_keyboard)

    async def _send_text(self, chat_id: int, message: Outbound, *, bulk: bool,
                         slot_taken: bool, remove_keyboard: bool = False) -> str | None:
        """A text message, split into parts, through the raw Bot API client; the keyboard
        goes on the last part (or, asked for, a reply keyboard's removal on the first).

        `slot_taken`: the outbox took the first part's slot (not for a resend to a migrated
        group); a reply (not `bulk`) takes a slot for every part."""
        parts = split_text(message.text, MESSAGE_LIMIT)
        last_id = None
        for index, part in enumerate(parts):
            params: dict[str, object] = {"chat_id": chat_id, "text": part}
            markup = keyboard(message) if index == len(parts) - 1 else None
            if markup is None and remove_keyboard:
                markup = REMOVE_KEYBOARD
            if markup is not None:
                params["reply_markup"] = markup
            if bulk and self.paid_broadcast and chat_id > 0:  # a group keeps 20/minute
                params["allow_paid_broadcast"] = True
            last_id = await self._call(chat_id, partial(self.bulk_api.call, "sendMessage",
                                                        params),
                                       bulk=bulk, first=slot_taken and index == 0)
            remove_keyboard = False
        return last_id

    async def _with_invite_link(self, chat_id: int, message: Outbound) -> Outbound:
        """Create the one-person, expiring invite link the message asks for and add it."""
        wanted = message.extras[INVITE_LINK]
        group = int(wanted["chat"])
        expires = self.port.now() + timedelta(hours=float(wanted.get("hours", 24)))
        extras = {k: v for k, v in message.extras.items() if k != INVITE_LINK}
        try:
            link = await self._call(group, partial(
                self.application.bot.create_chat_invite_link, group, expire_date=expires,
                member_limit=1, name=str(wanted.get("name", ""))[:32] or None),
                bulk=False, first=True)
        except TelegramError as error:  # e.g. the bot is no longer an admin there
            log.info("telegram createChatInviteLink failed: %s", type(error).__name__)
            language = message.language or self.port.settings.default_language
            return replace(message, text=self.port.text(language, "garin-group-invite-failed"),
                           extras=extras)
        return replace(message, text=f"{message.text}\n{link.invite_link}", extras=extras)

    async def _call(self, chat_id: int, request: Callable[[], Awaitable[T]], *,
                    bulk: bool, first: bool) -> T:
        """One API call within the rate limits; a 429 holds the chat (or the channel), then
        retries.

        The first call of an outbox message is not retried here: the outbox reschedules
        the row instead of holding it in `sending` through a long pause.
        """
        for attempt in range(REPLY_RETRIES + 1):
            if not (bulk and first and attempt == 0):
                await self.limiter.acquire(chat_id, bulk=bulk, group=chat_id < 0)
            try:
                return await request()
            except (RetryAfter, BulkRetryAfter) as error:  # PTB's call, or a raw one
                if bulk and first:
                    raise  # the outbox pauses the channel and reschedules the row
                seconds = retry_after_seconds(error) if isinstance(error, RetryAfter) \
                    else error.retry_after or 1.0
                scope = await self.limiter.too_many(seconds, chat_id)  # this chat, or all
                log.warning("telegram 429 (%s): pausing for %.1f s", scope, seconds)
                if attempt == REPLY_RETRIES:
                    raise
        raise AssertionError("unreachable")

    async def warm(self) -> None:
        """The raw Bot API pool, made before the outbox takes slots (`Sender.warm`)."""
        self.bulk_api.open()

    async def send(self, identity: Identity, message: Outbound, *, kind: str) -> str | None:
        """The outbox's entry point: errors become SendError for retry / give-up decisions.

        Text goes as raw Bot API calls (`bulk.BotApi`: no PTB objects per response, errors
        classified there); documents, rare in bulk, through PTB's multipart upload."""
        try:
            chat_id = int(identity.user_id)
        except ValueError as error:
            raise SendError(f"bad chat id: {error}", permanent=True) from error
        async with self.turns.take(chat_id):  # not into the middle of an answer
            return await self._deliver(chat_id, identity, message)

    async def _deliver(self, chat_id: int, identity: Identity, message: Outbound
                       ) -> str | None:
        try:
            if message.document is not None or INVITE_LINK in message.extras:
                return await self._send(chat_id, message, bulk=True)
            try:
                return await self._send_text(chat_id, message, bulk=True, slot_taken=True)
            except Migrated as moved:  # a group became a supergroup: follow it, once
                new_group = Address(CHANNEL, str(moved.new_chat_id))
                await self.port.handle_group(GroupEvent(
                    Address(CHANNEL, identity.user_id), self.port.now(),
                    GroupChange.MIGRATED, new_group=new_group))
                return await self._send_text(moved.new_chat_id, message, bulk=True,
                                             slot_taken=False)
        except TelegramError as error:  # a file's upload or createChatInviteLink: PTB's
            raise classify(error) from error

    # --- webhook --------------------------------------------------------------------------

    def webhook_route(self) -> Route:
        return Route("/webhooks/telegram", self._webhook, methods=["POST"])

    async def _webhook(self, request: Request) -> Response:
        expected = self.port.settings.telegram_webhook_secret
        given = request.headers.get(SECRET_HEADER, "")
        if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
            return Response(status_code=403)
        try:
            data = await request.json()
            update = Update.de_json(data, self.application.bot)
        except Exception:
            return Response(status_code=400)
        if update is None:
            return Response(status_code=400)
        # Handled before the answer: Telegram then sends a person's next update only after
        # this one is committed, whichever web process behind the balancer gets it, and an
        # update this process dies on is delivered again (its id makes the retry harmless).
        await self.application.process_update(update)
        return Response(status_code=200)


def to_inbound(update: Update, now: datetime) -> Inbound | None:
    """Translate a Telegram update into the core's Inbound, or None to ignore it.

    `now` is the bot's clock, not the message's own date: every "now" comes from one clock."""
    chat = update.effective_chat
    user = update.effective_user
    if chat is None or user is None or chat.type != "private" or user.is_bot:
        return None
    address = Address(CHANNEL, str(user.id))
    key = f"u{update.update_id}"
    hint = user.language_code
    if update.callback_query is not None:
        pressed = buttons.decode(update.callback_query.data or "")
        if pressed is None:  # forged or from an old version: treat like a stale button
            pressed = Pressed("stale", "")
        message = update.callback_query.message
        on = str(message.message_id) if isinstance(message, Message) else None
        return Inbound(address, now, message_id=key, pressed=pressed, language_hint=hint,
                       pressed_on=on)
    message = update.message
    if message is None:
        return None
    at = now
    if message.contact is not None:
        contact = SharedContact(message.contact.phone_number, message.contact.first_name,
                                is_own=message.contact.user_id == user.id)
        return Inbound(address, at, message_id=key, contact=contact, language_hint=hint)
    if message.location is not None:
        location = SharedLocation(message.location.latitude, message.location.longitude)
        return Inbound(address, at, message_id=key, location=location, language_hint=hint)
    media = _media_kind(message)
    if media is not None:
        return Inbound(address, at, message_id=key, media=media, language_hint=hint)
    return Inbound(address, at, message_id=key, text=message.text or "", language_hint=hint)


def _command(text: str, bot_username: str | None) -> tuple[str, str]:
    """`/link_garin@kehila_bot 1234-5678` → ("link_garin", "1234-5678"); ("", "") when it is
    no command, or one addressed to another bot."""
    if not text.startswith("/"):
        return "", ""
    head, _, argument = text[1:].partition(" ")
    name, _, addressed = head.partition("@")
    if addressed and bot_username and addressed.lower() != bot_username.lower():
        return "", ""
    return name.lower(), argument.strip()


def _media_kind(message: Message) -> Media | None:
    if message.sticker is not None:
        return Media.STICKER
    if message.photo:
        return Media.PHOTO
    if message.voice is not None:
        return Media.VOICE
    if message.audio is not None:
        return Media.AUDIO
    if message.video is not None or message.video_note is not None:
        return Media.VIDEO
    if message.document is not None:
        return Media.DOCUMENT
    if message.text is None:
        return Media.OTHER
    return None


def _ids(message: Message) -> dict[str, object]:
    return {"chat_id": message.chat_id, "message_id": message.message_id}


def _mark_pressed(message: Message, data: str) -> tuple[str, dict[str, object]]:
    """Tidy the chat: drop the old keyboard and show which option was taken (after the
    ticked options of a multiple choice, when it had some). Returns the call to make."""
    label = None
    ticked = []
    if message.reply_markup is not None:
        for row in message.reply_markup.inline_keyboard:
            for button in row:
                if button.callback_data == data:
                    label = button.text
                elif button.text.startswith(TICKED):
                    ticked.append(button.text)
    if label and message.text:
        marks = "".join(f"{text}\n" for text in ticked)
        taken = label if label.startswith(TAKEN) else f"{TAKEN} {label}"
        return "editMessageText", {**_ids(message),
                                   "text": f"{message.text}\n\n{marks}{taken}"}
    return "editMessageReplyMarkup", _ids(message)
