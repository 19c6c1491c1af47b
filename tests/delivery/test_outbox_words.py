"""Every reason quiet hours give is shown in the coordinator's words, holidays by name, and a
broadcast's report uses the same words (issue 18, item 8: «quiet hours (shabbat Fri …)»)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from conversations.broadcasts.render import report_text
from conversations.domain.quiet_hours import QuietPolicy, plan
from conversations.engine.outbox_words import reason_text
from locales import Localizer
from tests.support.quiet_days import friday, holiday_eve

TZ = ZoneInfo("Asia/Jerusalem")


def reasons(day: datetime) -> dict[str, str]:
    """The three reasons quiet_hours.plan records for a message due in the evening of `day`."""
    due = datetime.combine(day, time(21), TZ)
    policy = QuietPolicy(night=None)
    now = due - timedelta(hours=5)
    return {"wait": plan(due, now=now, policy=policy).reason or "",
            "early": plan(due, now=now, policy=policy,
                          expires_at=due + timedelta(hours=2)).reason or "",
            "skip": plan(due, now=due, policy=policy,
                         expires_at=due + timedelta(hours=2)).reason or ""}


@pytest.mark.parametrize("language", ["he", "en"])
def test_every_quiet_hours_reason_is_translated(language: str) -> None:
    t = Localizer().bind(language, None)
    for kind, reason in reasons(friday()).items():
        assert reason.startswith("quiet hours (shabbat"), (kind, reason)
        shown = reason_text(t, reason)
        assert shown != reason and "shabbat" not in shown, (kind, shown)
        assert ("שבת" if language == "he" else "Shabbat") in shown


def test_holidays_are_named_in_the_readers_language() -> None:
    reason = reasons(holiday_eve())["wait"]
    assert reason.startswith("quiet hours (holiday ")
    hebrew = reason_text(Localizer().bind("he", None), reason)
    english = reason_text(Localizer().bind("en", None), reason)
    assert hebrew.startswith("שעות שקט (חג: ") and "_" not in hebrew
    assert english.startswith("quiet hours (holiday: ") and "_" not in english


def test_a_broadcast_report_gives_reasons_in_the_coordinators_words() -> None:
    t = Localizer().bind("he", "f")
    report = {"recipients": 3, "sent": 1, "delivered": 0, "read": 0, "unknown": 0,
              "cancelled": 0, "by_channel": {"telegram": 3},
              "failed": {"undelivered": 1}, "held": {"recipient opted out": 1}}
    text = report_text(t, 7, report)
    assert "נכשלו: 1 – לא נמסרה (בלי סיבה מהערוץ) (1)" in text
    assert "בהמתנה: 1 – הנמען ביקש לא לקבל הודעות ביוזמתנו (1)" in text
    assert "opted out" not in text and "undelivered" not in text
