"""The coordinator's words for what the outbox records: kinds, channels and reasons.

The outbox and the scheduler record reasons in English, for the log (bot/delivery,
conversations/domain/quiet_hours.py); every screen a coordinator reads — the delivery status and
a broadcast's report — shows them through here, in the coordinator's language. A reason not
known here (a channel's own error text, e.g. "telegram 403: Forbidden: …") shows as it is: it is
the platform's wording, which support needs verbatim.
"""

from __future__ import annotations

import contextlib
import contextvars
import re

from locales import Translator

_SPAN = (r"\((?P<why>shabbat|night|holiday \S+) \w+ (?P<start>\d\d\.\d\d \d\d:\d\d) – \w+ "
         r"(?P<end>\d\d\.\d\d \d\d:\d\d)\)")
QUIET = re.compile(rf"^quiet hours {_SPAN}: waits until they end$")
QUIET_EARLY = re.compile(rf"^quiet hours {_SPAN} and it expires at \w+ "
                         r"(?P<expires>\d\d\.\d\d \d\d:\d\d): sent before they start$")
QUIET_SKIP = re.compile(rf"^quiet hours {_SPAN} and it expires at \w+ "
                        r"(?P<expires>\d\d\.\d\d \d\d:\d\d): no allowed time left$")
"""The reasons conversations/domain/quiet_hours.py gives for waiting, going early or skipping."""
REASONS = {"recipient opted out": "outbox-reason-opted-out",
           "no reachable channel": "outbox-reason-no-channel",
           "expired before it could be sent": "outbox-reason-expired",
           "expired before it ran": "outbox-reason-expired",
           "cancelled by a coordinator": "outbox-reason-cancelled",
           "paused": "outbox-reason-paused",
           "undelivered": "outbox-reason-undelivered",
           "handler kept failing": "outbox-reason-kept-failing"}
"""Reasons the outbox and the scheduler record in English, and their coordinator-facing key."""
HDATE_LANGUAGES = {"he": "he", "en": "en"}
"""Languages hdate names holidays in; the others get the English name (a transliteration,
«Rosh Hashana I», which Arabic and Russian readers recognise better than Hebrew script)."""


def _label(t: Translator, key: str, fallback: str) -> str:
    return t(key) if t.localizer.has("en", key) else fallback


def kind_key(kind: str) -> str:
    """The locale key naming a kind: `meeting.reminder` → `outbox-kind-meeting-reminder`."""
    return "outbox-kind-" + kind.replace(".", "-").replace("_", "-")


def kind_name(t: Translator, kind: str) -> str:
    """«survey_nudge» → «Survey reminder»; a kind without a name shows as it is."""
    return _label(t, kind_key(kind), kind)


def channel_name(t: Translator, channel: str) -> str:
    """«telegram» → «טלגרם»; no channel yet (still waiting) says so."""
    return _label(t, "channel-" + channel, channel) if channel else t("outbox-channel-none")


def holiday_name(holiday_id: str, language: str) -> str:
    """`rosh_hashana_i` → «א' ראש השנה» / «Rosh Hashana I», from hdate's own translations."""
    from hdate.holidays import (
        HolidayDatabase,  # on use: a resting bot need not hold it (bench/RESULTS.md, memory)
    )
    from hdate.translator import set_language

    found = next((h for day in HolidayDatabase._all_holidays.values() for h in day
                  if h.name == holiday_id), None)
    if found is None:
        return holiday_id.replace("_", " ")

    def named() -> str:
        set_language(HDATE_LANGUAGES.get(language, "en"))  # type: ignore[arg-type]
        return str(found)

    with contextlib.suppress(Exception):
        return contextvars.copy_context().run(named)  # hdate's language is context-local
    return holiday_id.replace("_", " ")


def reason_text(t: Translator, reason: str) -> str:
    """The coordinator's words for a recorded reason; one not known here shows as it is."""
    if reason in REASONS:
        return t(REASONS[reason])
    if reason.startswith("no handler for "):
        return t("outbox-reason-no-handler", kind=kind_name(t, reason.removeprefix(
            "no handler for ")))
    for pattern, key in ((QUIET, "outbox-reason-quiet-wait"),
                         (QUIET_EARLY, "outbox-reason-quiet-early"),
                         (QUIET_SKIP, "outbox-reason-quiet-skip")):
        quiet = pattern.match(reason)
        if quiet:
            extra = {"expires": quiet["expires"]} if key != "outbox-reason-quiet-wait" else {}
            return t(key, why=_why(t, quiet["why"]), start=quiet["start"], end=quiet["end"],
                     **extra)
    return reason


def _why(t: Translator, why: str) -> str:
    if why.startswith("holiday "):
        names = why.split(" ", 1)[1].split("+")
        return t("outbox-quiet-holiday",
                 names=", ".join(holiday_name(n, t.language) for n in names))
    return t("outbox-quiet-" + why)


def reasons_text(t: Translator, reasons: dict[str, int]) -> str:
    """«quiet hours … (3); recipient opted out (1)» in the coordinator's words, or «-»."""
    return "; ".join(f"{reason_text(t, reason)} ({count})"
                     for reason, count in reasons.items()) or "-"
