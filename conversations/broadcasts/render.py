"""What a broadcast looks like to a recipient, and how its figures read to a coordinator.

The preview in the compose flow and the outbox rows use the same `render`, so the preview is
exactly what recipients get.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from conversations.domain import dates
from conversations.domain.types import Choice, Outbound
from conversations.engine.outbox_words import reasons_text
from locales import Localizer, Translator

UNSUBSCRIBE = "unsub"
SUBSCRIBE = "sub"
RECEIPT_CHANNELS = ("whatsapp",)
"""Channels that report delivery and reading (Twilio's status callbacks). Telegram's Bot API
reports neither, so its "delivered: 0" would only mislead."""
UNKNOWN_SHOWN = 15
"""Recipients listed by name in the chat report when delivery is unknown; the rest are in the
export."""


def local_time(at: datetime | None, timezone: str, language: str = "en") -> str:
    """"25/11/2026, 18:30" in the organisation's time zone (settings.timezone), or "-"."""
    return dates.short(at, language, timezone, empty="-")


def pick_text(texts: dict[str, str], language: str, default_language: str) -> str:
    """The recipient's language, else the text for everyone, else the default, else any."""
    for key in (language, "*", default_language):
        if texts.get(key):
            return texts[key]
    return next(iter(texts.values()), "")


def unsubscribe_choice(t: Translator, topic: str) -> Choice:
    return Choice(t("broadcast-unsubscribe", topic=t(f"topic-{topic}")), UNSUBSCRIBE, topic)


def render(localizer: Localizer, *, texts: dict[str, str], topic: str,
           button: dict[str, Any] | None, language: str, form: str | None,
           default_language: str, broadcast_id: int | None = None,
           urgent: bool = False) -> Outbound:
    """One recipient's message: the text in their language, the optional flow button, and the
    one-tap unsubscribe from the broadcast's topic."""
    t = localizer.bind(language, form)
    text = pick_text(texts, language, default_language)
    if urgent:
        text = f"{t('broadcast-urgent-mark')}\n{text}"
    choices = []
    if button:
        choices.append(Choice(t(button["label_key"]), button["action"], button["target"]))
    choices.append(unsubscribe_choice(t, topic))
    return Outbound(text=text, choices=tuple(choices), language=language,
                    extras={"broadcast_id": broadcast_id, "topic": topic})


def for_recipients(localizer: Localizer, *, texts: dict[str, str], topic: str,
                   button: dict[str, Any] | None, default_language: str, urgent: bool,
                   broadcast_id: int | None = None) -> Callable[[str, str | None], Outbound]:
    """The per-(language, form) message of one broadcast: what the outbox rows hold and what
    the compose flow's preview shows (urgent mark included)."""
    def one(language: str, form: str | None) -> Outbound:
        return render(localizer, texts=texts, topic=topic, button=button, language=language,
                      form=form, default_language=default_language,
                      broadcast_id=broadcast_id, urgent=urgent)
    return one


def split_lines(t: Translator, split: Any) -> str:
    """"1,240 people — Telegram 900, WhatsApp 340 — Hebrew 1,000, Arabic 240"."""
    channels = ", ".join(f"{t('channel-' + c)} {n}" for c, n in split.by_channel.items())
    languages = ", ".join(f"{t('lang-' + lang)} {n}" for lang, n in split.by_language.items())
    return t("broadcast-split", total=split.total, channels=channels or "-",
             languages=languages or "-")


def progress_text(t: Translator, broadcast_id: int, report: dict[str, Any]) -> str:
    return t("broadcast-progress", id=broadcast_id, sent=report["sent"],
             remaining=report["remaining"], held=sum(report["held"].values()),
             failed=sum(report["failed"].values()))


def receipts_text(t: Translator, report: dict[str, Any]) -> str:
    """Delivered / read for the channels that report them; "not reported" for the others."""
    by_channel: dict[str, int] = report.get("by_channel", {})
    with_receipts = [c for c in by_channel if c in RECEIPT_CHANNELS]
    without = [c for c in by_channel if c not in RECEIPT_CHANNELS]
    parts = []
    if with_receipts or not without:
        names = ", ".join(t("channel-" + c) for c in with_receipts or RECEIPT_CHANNELS)
        parts.append(t("broadcast-receipts", channels=names, delivered=report["delivered"],
                       read=report["read"]))
    if without:
        parts.append(t("broadcast-no-receipts",
                       channels=", ".join(t("channel-" + c) for c in without)))
    return "; ".join(parts)


def unknown_people(t: Translator, rows: list[tuple[int, str | None, str | None, str | None]]
                   ) -> list[tuple[str, str | None]]:
    """(name, channel) for `storage.broadcasts.unknown_recipients`; no phone numbers here."""
    return [(name or t("broadcast-unknown-person", id=person_id), channel)
            for person_id, name, channel, _address in rows]


def unknown_text(t: Translator, unknown: list[tuple[str, str | None]], total: int) -> str:
    """Who may or may not have got it: names (or their channel), so someone can ask them."""
    if not unknown:
        return ""
    names = ", ".join(f"{name} ({t('channel-' + channel)})" if channel else name
                      for name, channel in unknown[:UNKNOWN_SHOWN])
    text = t("broadcast-unknown-who", people=names)
    if total > min(len(unknown), UNKNOWN_SHOWN):
        text += " " + t("broadcast-unknown-more", count=total - min(len(unknown),
                                                                     UNKNOWN_SHOWN))
    return text


def report_text(t: Translator, broadcast_id: int, report: dict[str, Any],
                unknown: list[tuple[str, str | None]] | None = None) -> str:
    """The final report; `unknown` lists (name, channel) of those whose delivery is unknown."""
    text = t("broadcast-report", id=broadcast_id, recipients=report["recipients"],
             sent=report["sent"], receipts=receipts_text(t, report),
             failed=sum(report["failed"].values()),
             failed_reasons=reasons_text(t, report["failed"]),
             held=sum(report["held"].values()), held_reasons=reasons_text(t, report["held"]),
             unknown=report["unknown"], cancelled=report["cancelled"])
    who = unknown_text(t, unknown or [], report["unknown"])
    return f"{text}\n{who}" if who else text
