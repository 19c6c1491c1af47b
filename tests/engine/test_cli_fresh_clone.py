"""Every `kehila` command on a fresh clone, before the first `make run`: the database is
migrated first, and whatever the operator gets wrong (a missing file, a folder, a path that
cannot be written, an unknown id) is answered in words, never with a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from conversations.features import build_registry

# command name -> the invocations a newcomer might try (paths relative to a fresh folder)
TRIES: dict[str, list[list[str]]] = {
    "broadcast": [["broadcast"], ["broadcast", "--segment", "all", "--text-file", "no.txt"]],
    "broadcast list": [["broadcast", "list"]],
    "broadcast report": [["broadcast", "report", "1"]],
    "broadcast pause": [["broadcast", "pause", "1"]],
    "broadcast resume": [["broadcast", "resume", "1"]],
    "broadcast cancel": [["broadcast", "cancel", "1"]],
    "segments list": [["segments", "list"]],
    "segments save": [["segments", "save", "x", "--json", "{nonsense"],
                      ["segments", "save", "x", "--json", "@no.json"]],
    "meetings import": [["meetings", "import", "no.csv"], ["meetings", "import", "."]],
    "export meetings": [["export", "meetings", "--out", "out/m.csv"],
                        ["export", "meetings", "--out", "."],
                        ["export", "meetings", "--out", "/proc/m.xlsx"]],
    "outbox status": [["outbox", "status"]],
    "export survey": [["export", "survey", "--out", "out/s.xlsx"],
                      ["export", "survey", "--format", "csv", "--out", "out/s.csv"],
                      ["export", "survey", "--out", "."],
                      ["export", "survey", "--out", "/proc/s.xlsx"],
                      ["export", "survey", "--survey", "nosuch", "--out", "s.xlsx"]],
    "survey summary": [["survey", "summary"], ["survey", "summary", "--survey", "nosuch"]],
    "survey check": [["survey", "check", "no.yaml"]],
    "export requests": [["export", "requests", "--out", "out/r.csv"],
                        ["export", "requests", "--out", "."]],
    "demo": [["demo", "--clear"], ["demo"], ["demo"], ["demo", "--clear"]],
    "export leads": [["export", "leads", "--out", "out/l.csv"],
                     ["export", "leads", "--out", "."]],
    "garin list": [["garin", "list"]],
    "export decisions": [["export", "decisions", "--out", "out/d.xlsx"],
                         ["export", "decisions", "--out", "."]],
    "export journey": [["export", "journey", "--out", "out/j.csv"],
                       ["export", "journey", "--out", "/proc/j.xlsx"]],
    "journey check": [["journey", "check"], ["journey", "check", "no.yaml"]],
    "journey due": [["journey", "due", "--garin", "1", "--milestone", "x", "--date", "2027-1-1"],
                    ["journey", "due", "--garin", "1", "--milestone", "x", "--date", "soon"]],
}


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh working directory (no .env) whose SQLite database does not exist yet."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "TWILIO_", "COORDINATORS", "SURVEY_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'data' / 'k.db'}")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    return tmp_path


def test_every_command_is_tried() -> None:
    assert set(TRIES) == set(build_registry().commands)


@pytest.mark.parametrize("name", sorted(TRIES))
def test_a_command_on_a_fresh_clone_answers_in_words(fresh: Path, name: str,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    for argv in TRIES[name]:
        try:
            status = main(argv)
        except SystemExit as exited:  # survey check prints its problems, then exits 1
            status = exited.code  # type: ignore[assignment]
        printed = capsys.readouterr()
        assert status in (0, 1), (argv, printed)
        assert "Traceback" not in printed.err + printed.out, (argv, printed.err)
        if status == 1:
            assert (printed.err + printed.out).strip(), argv  # a failure says why


def test_an_unwritable_spreadsheet_is_one_line(fresh: Path) -> None:
    """openpyxl's write-only workbook used to fail half-way ("I/O operation on closed file")
    with two tracebacks; now the file is opened first."""
    result = subprocess.run([sys.executable, "-m", "bot", "export", "survey", "--out",
                             "/proc/survey.xlsx"], capture_output=True, text=True,
                            cwd=fresh, env=dict(os.environ), timeout=90)
    assert result.returncode == 1
    assert result.stderr == "kehila: [Errno 2] No such file or directory: " \
        "'/proc/survey.xlsx'\n"
