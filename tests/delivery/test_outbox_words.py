"""Every reason quiet hours give is shown in the coordinator's words, holidays by name, and a
broadcast's report uses the same words (issue 18, item 8: «quiet hours (shabbat Fri …)»)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from conversations.broadcasts.render import report_text
from conversations.domain.quiet_hours import QuietPolicy, plan
from conversations.engine.outbox_words import holiday_name, reason_text
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


def yom_tov_ids() -> set[str]:
    """Every holiday id quiet hours can name: the Yom Tov days of three years in Israel."""
    from datetime import date

    from hdate import HDateInfo

    days = (date(2026, 1, 1) + timedelta(days=n) for n in range(3 * 366))
    return {h.name for d in days if (info := HDateInfo(d, diaspora=False)).is_yom_tov
            for h in info.holidays}


SCRIPTS = {"he": "\u0590-\u05ff", "ar": "\u0600-\u06ff", "ru": "\u0400-\u04ff", "en": "A-Za-z"}


@pytest.mark.parametrize("language", ["he", "ar", "en", "ru"])
def test_every_yom_tov_has_a_name_in_each_language(language: str) -> None:
    import re

    t = Localizer().bind(language, None)
    ids = yom_tov_ids()
    assert {"rosh_hashana_i", "yom_kippur", "pesach", "shavuot"} <= ids
    for holiday in ids:
        name = holiday_name(t, holiday)
        assert t.localizer.has(language, "holiday-" + holiday.replace("_", "-")), holiday
        assert re.search(f"[{SCRIPTS[language]}]", name), (holiday, name)
    # Arabic and Russian readers see their own words, not hdate's English transliteration
    shown = reason_text(t, reasons(holiday_eve())["wait"])
    assert not re.search("[A-Za-z]", shown) or language == "en", shown
