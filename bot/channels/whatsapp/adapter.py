"""WhatsApp through Twilio: signed webhooks in, the core's replies out through the REST API.

Routes on the bot's HTTP server:
- POST /webhooks/twilio/whatsapp: incoming messages. The signature is checked against the
  public URL Twilio called (PUBLIC_BASE_URL + path), Twilio gets an empty TwiML answer at
  once, and the message is handled in the background, in order per sender.
- POST /webhooks/twilio/status: delivery statuses per MessageSid.
- GET /media/{token}: documents we send, fetched by Twilio from an unguessable, expiring URL.

Also the outbox's sender for WhatsApp, which applies the 24-hour customer-service window:
free text inside it, an approved template (WHATSAPP_TEMPLATES) outside it, else held.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import timedelta
from typing import Any
from urllib.parse import quote

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from twilio.request_validator import RequestValidator

from bot.channels.ordered import OrderedTasks
from bot.channels.port import ChannelPort
from bot.channels.turns import ChatTurns
from bot.channels.whatsapp.inbound import CHANNEL, PREFIX, Malformed, to_inbound
from bot.channels.whatsapp.render import Interactive, bodies, interactive, template_variables
from bot.channels.whatsapp.twilio_client import TwilioMessages
from bot.delivery.outbox_worker import SendError
from conversations.domain.types import Address, Inbound, Outbound
from storage.models import Identity

log = logging.getLogger(__name__)

INBOUND_PATH = "/webhooks/twilio/whatsapp"
STATUS_PATH = "/webhooks/twilio/status"
MEDIA_PATH = "/media/{token}"
SIGNATURE_HEADER = "X-Twilio-Signature"
WINDOW = timedelta(hours=24)
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
ANY_KIND = "*"
REPLY_ATTEMPTS = 3
MAX_BODY_BYTES = 64 * 1024


class WhatsAppChannel:
    """Twilio webhooks and sends for WhatsApp; the outbox's sender for channel "whatsapp"."""

    channel = CHANNEL
    numbered_choices = True

    def __init__(self, port: ChannelPort) -> None:
        self.port = port
        self.settings = port.settings
        self.validator = RequestValidator(self.settings.twilio_auth_token)
        self.twilio = TwilioMessages(self.settings)
        self.background: OrderedTasks[Inbound] = OrderedTasks(self._process)
        self.turns = ChatTurns()
        """One person's sends in order: the answer to their message whole, then what the
        outbox has for them (bot/channels/turns.py); their own messages are already handled
        one at a time (`background`)."""
        self.public_base = self.settings.public_base_url.rstrip("/")
        if not self.public_base:
            log.warning("PUBLIC_BASE_URL is empty: Twilio's signatures cannot be checked, "
                        "so every WhatsApp webhook will be refused")

    def routes(self) -> list[Route]:
        return [Route(INBOUND_PATH, self._inbound, methods=["POST"]),
                Route(STATUS_PATH, self._status, methods=["POST"]),
                Route(MEDIA_PATH, self._media, methods=["GET"])]

    async def start(self) -> None:
        """Nothing to start: Twilio calls us."""

    async def stop(self) -> None:
        try:
            await self.background.join(timeout=10)
        except TimeoutError:
            await self.background.cancel()
        await self.twilio.close()

    # --- webhooks -------------------------------------------------------------------------

    async def _verified(self, request: Request) -> FormData | Response:
        """The form Twilio posted, or the response refusing it (403 unsigned, 400 unreadable)."""
        signature = request.headers.get(SIGNATURE_HEADER, "")
        if not signature or not self.public_base:
            return Response(status_code=403)
        length = request.headers.get("Content-Length", "0")
        if not length.isdigit() or int(length) > MAX_BODY_BYTES:
            return Response(status_code=400)  # Twilio's forms are small
        try:
            form = await request.form()
        except Exception:
            return Response(status_code=400)
        if any(not isinstance(value, str) for _key, value in form.multi_items()):
            return Response(status_code=400)
        url = self.public_base + request.url.path
        if request.url.query:
            url += "?" + request.url.query
        if not self.validator.validate(url, form, signature):
            log.warning("refused a Twilio webhook with a wrong signature")
            return Response(status_code=403)
        return form

    async def _inbound(self, request: Request) -> Response:
        form = await self._verified(request)
        if isinstance(form, Response):
            return form
        try:
            event = to_inbound(form, self.port.now())  # type: ignore[arg-type]
        except Malformed as error:
            log.info("malformed WhatsApp webhook: %s", error)
            return Response(status_code=400)
        self.background.put(event.address.urn, event)
        return Response(EMPTY_TWIML, media_type="text/xml")

    async def _status(self, request: Request) -> Response:
        form = await self._verified(request)
        if isinstance(form, Response):
            return form
        sid = str(form.get("MessageSid") or "")
        status = str(form.get("MessageStatus") or form.get("SmsStatus") or "").lower()
        if not sid or not status or len(sid) > 64 or len(status) > 16:
            return Response(status_code=400)
        code_text = str(form.get("ErrorCode") or "")
        code = int(code_text) if code_text.isdigit() else None
        await self.port.record_delivery_status(message_sid=sid, status=status, error_code=code)
        return Response(status_code=204)

    async def _media(self, request: Request) -> Response:
        token = request.path_params["token"]
        media = await self.port.published_media(token)
        if media is None:
            return Response(status_code=404)
        disposition = f"attachment; filename*=UTF-8''{quote(media.filename)}"
        return Response(media.content, media_type=media.mime_type,
                        headers={"Content-Disposition": disposition,
                                 "Cache-Control": "private, no-store"})

    # --- handling -------------------------------------------------------------------------

    async def _process(self, event: Inbound) -> None:
        async with self.turns.take(event.address.user_id):  # before the first await
            handled = await self.port.handle(event)
            if handled.duplicate:
                return
            for reply in handled.replies:
                await self._reply(event.address, reply)

    async def _reply(self, address: Address, message: Outbound) -> None:
        """Answer the person's own message: always inside the window; brief retries only."""
        limiter = self.port.limiter(CHANNEL)  # shared with the outbox; replies first
        for attempt in range(REPLY_ATTEMPTS):
            try:
                async with limiter.slot(address.user_id):
                    await self._send_free(address.user_id, message, person_id=None)
                return
            except SendError as error:
                if error.retry_after is not None:
                    limiter.pause(error.retry_after)  # 429 / 20429: the whole channel waits
                retryable = not (error.permanent or error.held or error.maybe_sent)
                if not retryable or attempt == REPLY_ATTEMPTS - 1:
                    log.warning("WhatsApp reply not sent: %s", error.reason)
                    return
                await asyncio.sleep(0 if error.retry_after else 0.5 * 2 ** attempt)

    # --- sending --------------------------------------------------------------------------

    async def warm(self) -> None:
        """Twilio's pool, made before the outbox takes slots (`Sender.warm`)."""
        self.twilio.open()

    async def send(self, identity: Identity, message: Outbound, *, kind: str) -> str | None:
        """The outbox's entry point: free text inside the 24-hour window, a template outside;
        never into the middle of an answer to the person's own message."""
        async with self.turns.take(identity.user_id):
            return await self._deliver(identity, message, kind)

    async def _deliver(self, identity: Identity, message: Outbound, kind: str) -> str | None:
        now = self.port.now()
        last = identity.last_inbound_at
        if last is not None and now - last < WINDOW:
            return await self._send_free(identity.user_id, message,
                                         person_id=identity.person_id)
        if message.document is not None:  # a template carries text only: hold, don't drop it
            raise SendError(f"outside WhatsApp's 24-hour window a template cannot carry the "
                            f"document {message.document.filename} ({kind})", held=True)
        language = message.language or await self.port.language_of(identity.person_id)
        content_sid = self._template(kind, language)
        if content_sid is None:
            raise SendError(f"outside WhatsApp's 24-hour window and no template for "
                            f"{kind}/{language}", held=True)
        return await self.twilio.create(
            to=PREFIX + identity.user_id, from_=self.settings.twilio_whatsapp_from,
            content_sid=content_sid,
            content_variables=json.dumps(template_variables(message), ensure_ascii=False),
            **self._callback())

    def _template(self, kind: str, language: str) -> str | None:
        templates = self.settings.whatsapp_templates
        for key in (kind, ANY_KIND):
            content_sid = templates.get(key, {}).get(language)
            if content_sid:
                return content_sid
        return None

    async def _send_free(self, phone: str, message: Outbound, *,
                         person_id: int | None) -> str | None:
        """Send choices as native buttons or a list when they fit, else text (split at
        WhatsApp's limit) and any document; return the last SID."""
        if self.settings.whatsapp_interactive and message.choices:
            language = message.language or self.settings.default_language
            shaped = interactive(message, self.port.text(language, "wa-list-button"))
            if shaped is not None:
                sid = await self._send_interactive(phone, shaped, language)
                if sid is not None:
                    return sid
        parts = bodies(message, self.settings.whatsapp_message_limit)
        media_url = None
        if message.document is not None:
            media_url = await self._publish(message, phone, person_id)
        last_sid = None
        for index, body in enumerate(parts):
            fields: dict[str, Any] = {"to": PREFIX + phone,
                                      "from_": self.settings.twilio_whatsapp_from,
                                      "body": body, **self._callback()}
            if media_url and index == 0:
                fields["media_url"] = [media_url]
            try:
                last_sid = await self.twilio.create(**fields)
            except SendError as error:
                if index and not (error.held or error.opted_out or error.unreachable):
                    raise SendError(f"{error.reason} after part {index} of {len(parts)}",
                                    maybe_sent=True) from error  # resending would repeat
                raise
        return last_sid

    async def _send_interactive(self, phone: str, shaped: Interactive, language: str
                                ) -> str | None:
        """Send through a Content resource (created once per structure); None when the
        Content API or the send refused it, so the caller sends numbered text instead."""
        content_sid = await self.port.content_sid(shaped.key)
        if content_sid is None:
            try:
                content_sid = await self.twilio.create_content(
                    name=f"kehila_{shaped.kind.split('/')[-1]}_{shaped.key[:12]}",
                    language=language, types=shaped.types, variables=shaped.variables)
            except SendError as error:
                log.warning("Twilio Content API refused %s, sending text: %s", shaped.kind,
                            error.reason)
                return None
            await self.port.remember_content(shaped.key, content_sid, shaped.kind)
        try:
            return await self.twilio.create(
                to=PREFIX + phone, from_=self.settings.twilio_whatsapp_from,
                content_sid=content_sid,
                content_variables=json.dumps(shaped.variables, ensure_ascii=False),
                **self._callback())
        except SendError as error:
            if error.permanent and not (error.held or error.opted_out or error.unreachable):
                log.warning("WhatsApp refused %s, sending text: %s", shaped.kind, error.reason)
                return None
            raise

    async def _publish(self, message: Outbound, phone: str, person_id: int | None) -> str | None:
        """Store the document where Twilio can fetch it; None (text only) without a public URL."""
        assert message.document is not None
        if not self.public_base:
            log.warning("cannot send %s on WhatsApp without PUBLIC_BASE_URL",
                        message.document.filename)
            return None
        ttl = timedelta(hours=self.settings.whatsapp_media_ttl_hours)
        token = await self.port.publish_media(message.document, to=Address(CHANNEL, phone),
                                              person_id=person_id, ttl=ttl)
        return f"{self.public_base}/media/{token}"

    def _callback(self) -> dict[str, str]:
        return {"status_callback": self.public_base + STATUS_PATH} if self.public_base else {}
