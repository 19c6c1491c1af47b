"""Quiet hours on real Fridays and holiday eves, with the dates and times taken from hdate."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hdate import HDateInfo

from conversations.domain.quiet_hours import (
    QuietPolicy,
    QuietRules,
    is_quiet,
    next_allowed,
    place_for,
    plan,
    quiet_window,
)
from tests.support.quiet_days import friday, holiday_eve, zmanim

TZ = ZoneInfo("Asia/Jerusalem")
MINUTE = timedelta(minutes=1)


def test_friday_evening_is_quiet_from_candle_lighting_to_havdalah():
    day = friday()
    lighting = zmanim(day).candle_lighting
    havdalah = zmanim(day + timedelta(days=1)).havdalah
    assert lighting is not None and havdalah is not None
    policy = QuietPolicy(night=None)
    assert not is_quiet(lighting - MINUTE, policy)
    assert is_quiet(lighting, policy)
    window = quiet_window(lighting + timedelta(hours=3), policy)
    assert window is not None and window.why == "shabbat"
    assert abs(window.start - lighting) < MINUTE and abs(window.end - havdalah) < MINUTE
    assert abs(next_allowed(lighting + MINUTE, policy) - havdalah) < MINUTE
    assert not is_quiet(havdalah + MINUTE, policy)


def test_friday_night_merges_with_the_night_and_saturday_evening_is_open():
    day = friday()
    havdalah = zmanim(day + timedelta(days=1)).havdalah
    assert havdalah is not None
    policy = QuietPolicy()
    friday_2300 = datetime.combine(day, time(23), TZ)
    assert abs(next_allowed(friday_2300, policy) - havdalah) < MINUTE  # not Saturday 08:00
    saturday_2100 = datetime.combine(day + timedelta(days=1), time(21), TZ)
    assert not is_quiet(saturday_2100, policy)
    saturday_2300 = saturday_2100 + timedelta(hours=2)
    assert next_allowed(saturday_2300, policy) == datetime.combine(
        day + timedelta(days=2), time(8), TZ)


def test_holiday_eve_is_quiet_and_the_holiday_named():
    eve = holiday_eve()
    lighting = zmanim(eve).candle_lighting
    assert lighting is not None
    policy = QuietPolicy(night=None)
    assert not is_quiet(lighting - MINUTE, policy)
    window = quiet_window(lighting + MINUTE, policy)
    assert window is not None and window.why.startswith("holiday ")
    last_day = HDateInfo(eve + timedelta(days=1)).last_day.gdate
    havdalah = zmanim(last_day).havdalah
    assert havdalah is not None and abs(window.end - havdalah) < MINUTE


def test_region_decides_the_times_jerusalem_by_default():
    day = friday()
    jerusalem = quiet_window(datetime.combine(day, time(23), TZ), QuietPolicy(night=None))
    tel_aviv = quiet_window(datetime.combine(day, time(23), TZ),
                            QuietPolicy(night=None, place=place_for("center")))
    assert jerusalem is not None and tel_aviv is not None
    assert jerusalem.start < tel_aviv.start  # Jerusalem lights candles 40 minutes before sunset
    assert place_for("no-such-region") == place_for(None)


def test_friday_noon_rule_and_off():
    day = friday()
    noon = datetime.combine(day, time(12, 30), TZ)
    assert not is_quiet(noon, QuietPolicy.parse("shabbat,night"))
    assert is_quiet(noon, QuietPolicy.parse("friday_noon"))
    assert not is_quiet(datetime.combine(day, time(23), TZ), QuietPolicy.parse("off"))
    assert is_quiet(datetime.combine(day + timedelta(days=3), time(23), TZ),
                    QuietPolicy.parse("night"))


def test_settings_per_region_and_bad_rules_rejected():
    rules = QuietRules("shabbat,night", by_region={"center": "off", "negev": "friday_noon"})
    assert rules.for_region("center").off
    assert rules.for_region("negev").friday_noon and rules.for_region("negev").night is None
    assert rules.for_region("galilee").night is not None
    with pytest.raises(ValueError, match="shabat"):
        QuietRules("shabat")
    with pytest.raises(ValueError, match="22:00-08:00"):
        QuietRules("night", night="10pm")


def test_plan_waits_goes_early_or_skips_and_says_why():
    day = friday()
    lighting = zmanim(day).candle_lighting
    havdalah = zmanim(day + timedelta(days=1)).havdalah
    assert lighting is not None and havdalah is not None
    policy = QuietPolicy()
    wednesday = datetime.combine(day - timedelta(days=2), time(12), TZ)
    saturday_10 = datetime.combine(day + timedelta(days=1), time(10), TZ)
    waits = plan(saturday_10, now=wednesday, policy=policy)
    assert waits.action == "wait" and waits.at is not None
    assert abs(waits.at - havdalah) < MINUTE and "shabbat" in (waits.reason or "")
    meeting = saturday_10 + timedelta(hours=2)  # useless after the meeting starts
    early = plan(saturday_10, now=wednesday, policy=policy, expires_at=meeting)
    assert early.action == "early" and early.at is not None
    assert lighting - timedelta(minutes=10) < early.at < lighting
    assert "expires" in (early.reason or "")
    too_late = plan(saturday_10, now=lighting + MINUTE, policy=policy, expires_at=meeting)
    assert too_late.action == "skip" and too_late.at is None
    urgent = plan(saturday_10, now=wednesday, policy=policy, urgent=True)
    assert urgent.action == "send" and urgent.at == saturday_10
    tuesday = plan(wednesday - timedelta(days=1), now=wednesday - timedelta(days=2),
                   policy=policy)
    assert tuesday.action == "send"
