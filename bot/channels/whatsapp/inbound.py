"""Twilio's WhatsApp webhook fields → the core's Inbound.

Contact cards arrive as `text/vcard` media whose content sits behind a MediaUrl; the request
itself carries no phone number, and fetching it would put a network call (and someone else's
personal data) into the webhook path. So a contact card is treated like other media: the
person gets the localized "I can only read text" answer. On WhatsApp the person's own number
is already their identity, so no flow needs a shared contact to link accounts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime
from functools import partial

from conversations.domain import buttons
from conversations.domain.types import (
    Address,
    ChannelName,
    Inbound,
    Media,
    SharedLocation,
)

CHANNEL = ChannelName.WHATSAPP.value
PREFIX = "whatsapp:"


class Malformed(ValueError):
    """A signed request that still is not a WhatsApp message we can read."""


def phone_of(address: str) -> str:
    """`whatsapp:+972 50…` → `+97250…` (E.164); Malformed for anything else."""
    if not address.startswith(PREFIX):
        raise Malformed("not a WhatsApp address")
    import phonenumbers  # on use: only a bot with WhatsApp on receives such an address

    raw = address[len(PREFIX):].strip()
    try:
        number = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException as error:
        raise Malformed("unparseable phone number") from error
    if not phonenumbers.is_possible_number(number):
        raise Malformed("impossible phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def to_inbound(form: Mapping[str, str], now: datetime) -> Inbound:
    """Translate one incoming-message webhook; raise Malformed if it is not one."""
    sid = (form.get("MessageSid") or form.get("SmsMessageSid") or "").strip()
    if not sid or len(sid) > 64:
        raise Malformed("no MessageSid")
    address = Address(CHANNEL, phone_of(form.get("From") or ""))
    inbound = partial(Inbound, address, now, message_id=sid,
                      profile_name=form.get("ProfileName") or None)
    media = _media(form)
    if media is not None:
        return inbound(media=media)
    location = _location(form)
    if location is not None:
        return inbound(location=location)
    payload = form.get("ButtonPayload") or form.get("ListId") or ""
    pressed = buttons.decode(payload) if payload else None
    if pressed is not None:
        return inbound(pressed=pressed)
    return inbound(text=form.get("Body") or form.get("ButtonText") or form.get("ListTitle") or "")


def _media(form: Mapping[str, str]) -> Media | None:
    try:
        count = int(form.get("NumMedia") or 0)
    except ValueError as error:
        raise Malformed("NumMedia is not a number") from error
    if count <= 0:
        return None
    kind = (form.get("MediaContentType0") or "").lower()
    if kind == "image/webp":
        return Media.STICKER
    if kind.startswith("image/"):
        return Media.PHOTO
    if kind.startswith("audio/"):
        return Media.VOICE
    if kind.startswith("video/"):
        return Media.VIDEO
    if kind.startswith("application/"):
        return Media.DOCUMENT
    return Media.OTHER  # contact cards (text/vcard) and anything new


def _location(form: Mapping[str, str]) -> SharedLocation | None:
    latitude, longitude = form.get("Latitude"), form.get("Longitude")
    if not latitude and not longitude:
        return None
    try:
        lat, lon = float(latitude or ""), float(longitude or "")
    except ValueError as error:
        raise Malformed("bad coordinates") from error
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90
            and -180 <= lon <= 180):
        raise Malformed("coordinates out of range")
    return SharedLocation(lat, lon)

