"""How the environment and `.env` become Settings: precedence, the text forms each field
accepts, and a clear error naming the variable when a value does not fit."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot import cli
from bot.settings import SettingsError, load_settings


def test_given_values_beat_the_environment_which_beats_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("HTTP_PORT=8001\nLOG_LEVEL=DEBUG\nTIMEZONE=Asia/Jerusalem\n"
                        "NOT_A_SETTING=ignored\n", encoding="utf-8")
    monkeypatch.setenv("http_port", "8002")  # any case, as pydantic-settings read it
    settings = load_settings(env_file, log_level="WARNING")
    assert (settings.http_port, settings.log_level, settings.timezone) == \
        (8002, "WARNING", "Asia/Jerusalem")
    assert load_settings(None).http_port == 8002  # no file: the environment still counts


def test_each_kind_of_field_reads_its_text_form(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PORT", "LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(
        None, coordinators=" tg:7001 , wa:+972501234567,", whatsapp_interactive="off",
        telegram_paid_broadcast="Yes", quiet_hours_regions='{"negev": "off"}',
        whatsapp_templates="", survey_nudge_delay="P3DT12H", outbox_bulk_share="0.5",
        telegram_poll_timeout="15")
    assert settings.coordinators == ["tg:7001", "wa:+972501234567"]
    assert settings.coordinator_urns == {"telegram:7001", "whatsapp:+972501234567"}
    assert settings.whatsapp_interactive is False and settings.telegram_paid_broadcast is True
    assert settings.quiet_hours_regions == {"negev": "off"} and settings.whatsapp_templates == {}
    assert settings.survey_nudge_delay == timedelta(days=3, hours=12)
    assert settings.outbox_bulk_share == 0.5 and settings.telegram_poll_timeout == 15


@pytest.mark.parametrize(("given", "named"), [
    ({"http_port": "eighty"}, "HTTP_PORT"),
    ({"outbox_batch": "0"}, "OUTBOX_BATCH"),
    ({"outbox_bulk_share": "1.5"}, "OUTBOX_BULK_SHARE"),
    ({"whatsapp_interactive": "maybe"}, "WHATSAPP_INTERACTIVE"),
    ({"quiet_hours_regions": "{negev: off}"}, "QUIET_HOURS_REGIONS"),
    ({"quiet_hours": "siesta"}, "QUIET_HOURS"),
    ({"meeting_reminder_offsets": "soon"}, "MEETING_REMINDER_OFFSETS"),
])
def test_a_value_that_does_not_fit_names_its_variable(given: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(None, **given)
    assert str(raised.value).startswith(f"{named}: ")


def test_the_command_says_which_setting_is_wrong_and_exits_2(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("OUTBOX_CONCURRENCY", "none")
    assert cli.main(["db", "upgrade"]) == 2
    error = capsys.readouterr().err
    assert "settings (environment or .env) are invalid" in error
    assert "OUTBOX_CONCURRENCY" in error
