"""A newcomer's first minutes in the terminal chat: with no COORDINATORS the terminal user is
the coordinator, and only on the terminal; COORDINATORS naming someone else turns that off."""

from __future__ import annotations

from io import StringIO

from bot.app import create_core
from bot.channels.terminal import TerminalChannel
from bot.clock import FakeClock
from tests.support.person import Person, label
from tests.support.settings import make_settings

COORDINATOR_ENTRIES = ("menu-broadcast", "menu-meetings-admin", "menu-outbox-status",
                       "menu-survey-summary", "menu-help-requests", "menu-dashboard")
TYPED = "1\n2\n1\nexit\n"  # Hebrew, feminine, agree: the main menu


async def _terminal_menu(database_url: str, clock: FakeClock, coordinators: str) -> str:
    settings = make_settings(database_url, coordinators=coordinators, terminal_user="local")
    core = await create_core(settings, clock=clock)
    try:
        screen = StringIO()
        await TerminalChannel(core.port(), stdin=StringIO(TYPED), stdout=screen).chat()
        return screen.getvalue()
    finally:
        await core.close()


async def test_with_no_coordinators_the_terminal_user_is_one(database_url: str,
                                                             clock: FakeClock) -> None:
    screen = await _terminal_menu(database_url, clock, coordinators="")
    assert label("he", "menu-mydata", "f") in screen
    for key in COORDINATOR_ENTRIES:
        assert f". {label('he', key, 'f')}\n" in screen, key


async def test_named_coordinators_leave_the_terminal_user_out(database_url: str,
                                                              clock: FakeClock) -> None:
    screen = await _terminal_menu(database_url, clock, coordinators="tg:7001")
    assert label("he", "menu-mydata", "f") in screen
    for key in COORDINATOR_ENTRIES:
        assert label("he", key, "f") not in screen, key


async def test_with_no_coordinators_telegram_and_whatsapp_people_are_not_coordinators(
        database_url: str, clock: FakeClock) -> None:
    settings = make_settings(database_url, coordinators="", terminal_user="local")
    assert settings.coordinator_urns == frozenset({"terminal:local"})
    core = await create_core(settings, clock=clock)
    try:
        for urn in ("telegram:local", "whatsapp:+972501234567", "terminal:someone-else"):
            person = Person.on_core(core, urn)
            menu = await person.onboard()
            shown = "\n".join(c.label for c in menu.choices)
            assert label("he", "menu-mydata", "f") in shown, urn
            for key in COORDINATOR_ENTRIES:
                assert label("he", key, "f") not in shown, (urn, key)
    finally:
        await core.close()
