"""Every "now" comes from the injected clock, and settings from the running `Settings`.

An AST walk over bot/, conversations/ and storage/ (not a grep that formatting or an alias can
fool) refuses reads of the wall clock outside `bot/clock.py` and reads of `Settings` class
defaults (`model_fields`). Issue 12 was one `datetime.now(UTC)` in the meetings feature that
made the seat refill wait for a date that tests' fixed clock never reached.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests import timeline
from tests.support.paths import ROOT

PACKAGES = ("bot", "conversations", "storage")
ALLOWED = {Path("bot/clock.py")}
WALL_CLOCK = {("datetime", "datetime", "now"), ("datetime", "datetime", "utcnow"),
              ("datetime", "datetime", "today"), ("datetime", "date", "today"),
              ("time", None, "time"), ("time", None, "time_ns")}
"""(module, class or None, function) pairs that read the machine's calendar clock."""
SETTINGS_DEFAULTS = {"__struct_defaults__", "__struct_fields__"}
"""Where msgspec keeps the Settings class's defaults (a read there skips the running values)."""


def wall_clock_reads(source: str) -> list[str]:
    """Where `source` reads the wall clock or Settings' class defaults, as 'line: what'."""
    tree = ast.parse(source)
    modules: dict[str, str] = {}  # local name -> module ("datetime", "time")
    classes: dict[str, tuple[str, str]] = {}  # local name -> (module, class)
    functions: dict[str, tuple[str, str]] = {}  # local name -> (module, function)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in ("datetime", "time"):
                    modules[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module in ("datetime", "time"):
            for alias in node.names:
                local = alias.asname or alias.name
                if node.module == "datetime" and alias.name in ("datetime", "date"):
                    classes[local] = ("datetime", alias.name)
                elif node.module == "time":
                    functions[local] = ("time", alias.name)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in SETTINGS_DEFAULTS:
            found.append(f"{node.lineno}: reads Settings.{node.attr} (class defaults)")
        if not isinstance(node, ast.Call):
            continue
        called = _resolve(node.func, modules, classes, functions)
        if called in WALL_CLOCK:
            found.append(f"{node.lineno}: calls {'.'.join(p for p in called if p)}")
    return found


def _resolve(func: ast.expr, modules: dict[str, str], classes: dict[str, tuple[str, str]],
             functions: dict[str, tuple[str, str]]) -> tuple[str, str | None, str] | None:
    if isinstance(func, ast.Name) and func.id in functions:
        module, name = functions[func.id]
        return (module, None, name)
    if not isinstance(func, ast.Attribute):
        return None
    owner = func.value
    if isinstance(owner, ast.Name):
        if owner.id in classes:
            return (*classes[owner.id], func.attr)
        if owner.id in modules:
            return (modules[owner.id], None, func.attr)
    if isinstance(owner, ast.Attribute) and isinstance(owner.value, ast.Name) \
            and owner.value.id in modules:
        return (modules[owner.value.id], owner.attr, func.attr)
    return None


def project_modules() -> list[Path]:
    return sorted(path.relative_to(ROOT) for package in PACKAGES
                  for path in (ROOT / package).rglob("*.py"))


def test_no_module_reads_the_wall_clock_or_settings_defaults():
    offenders = {str(path): reads for path in project_modules() if path not in ALLOWED
                 if (reads := wall_clock_reads((ROOT / path).read_text(encoding="utf-8")))}
    assert offenders == {}


@pytest.mark.parametrize("source", [
    "from datetime import UTC, datetime\nx = datetime.now(UTC)",
    "from datetime import datetime as dt\nx = dt.utcnow()",
    "import datetime\nx = datetime.datetime.now()",
    "import datetime as d\nx = d.date.today()",
    "from datetime import date\nx = date.today()",
    "import time\nx = time.time()",
    "from time import time as wall\nx = wall()",
    "from datetime import datetime\nx = (datetime\n     .now())",
    "from bot.settings import Settings\nzone = Settings.__struct_defaults__[3]",
    "from bot.settings import Settings\nnames = Settings.__struct_fields__",
])
def test_the_walk_finds_every_spelling_of_a_wall_clock_read(source: str):
    assert len(wall_clock_reads(source)) == 1


@pytest.mark.parametrize("source", [
    "now = clock.now()",
    "now = ctx.now",
    "import time\nx = time.monotonic()",
    "from datetime import datetime\nx = datetime.fromisoformat('2026-01-01')",
    "zone = settings.timezone",
])
def test_the_walk_leaves_the_injected_clock_alone(source: str):
    assert wall_clock_reads(source) == []


@pytest.mark.parametrize("today", ["2026-12-01", "2027-03-20", "2027-06-15", "2027-10-01"])
@pytest.mark.parametrize("mode", ["ahead", "behind"])
def test_a_shifted_test_clock_keeps_weekday_time_and_winter_and_skips_holidays(mode, today):
    from datetime import date, timedelta

    real = date.fromisoformat(today)
    start = timeline.start_for(mode, real)
    assert start.weekday() == timeline.FIXED_START.weekday()
    assert start.timetz() == timeline.FIXED_START.timetz()
    distance = (start.date() - real) if mode == "ahead" else (real - start.date())
    assert distance >= timedelta(days=300)
    assert timeline._keeps_the_rules(start)


def test_the_fixed_test_start_keeps_the_rules_too():
    assert timeline._keeps_the_rules(timeline.FIXED_START)
