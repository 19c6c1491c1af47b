"""`kehila` commands come from the features' registry, run on a migrated database, and answer a
mistake the operator can make with one line instead of a traceback."""

from __future__ import annotations

import argparse

import pytest

from bot.cli import build_parser, main
from conversations.engine.commands import Command, CommandContext, CommandGroup
from conversations.engine.registry import Registry
from conversations.features import build_registry


@pytest.fixture
def shell(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A fresh working directory (no .env) with a fresh, never migrated SQLite database."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    return tmp_path


def test_a_command_on_a_fresh_database_migrates_it_first(shell, capsys):
    assert main(["outbox", "status"]) == 0
    printed = capsys.readouterr()
    assert printed.out.startswith("📬 Delivery status, last 7 days")
    assert "Traceback" not in printed.err
    assert main(["export", "requests", "--out", str(shell / "out" / "requests.csv")]) == 0
    assert "0 requests written" in capsys.readouterr().out


@pytest.mark.parametrize("url", ["nonsense", "sqlite+aiosqlite:////proc/no/such/dir/x.db",
                                 "postgresql+asyncpg://nobody@127.0.0.1:1/kehila"])
def test_an_unusable_database_is_one_line(shell, monkeypatch, capsys, url):
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["segments", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kehila: cannot ") and err.count("\n") == 1, err


def test_operator_mistakes_are_one_line(shell, capsys):
    assert main(["broadcast"]) == 1
    assert capsys.readouterr().err == (
        "kehila broadcast needs --segment NAME and --text-file FILE\n")
    assert main(["broadcast", "--segment", "x", "--text-file", "missing.txt"]) == 1
    assert "missing.txt" in capsys.readouterr().err
    assert main(["broadcast", "report", "9"]) == 1
    assert capsys.readouterr().err == "no broadcast #9\n"


def test_survey_check_needs_neither_the_database_nor_a_good_survey_dir(shell, monkeypatch,
                                                                       capsys):
    (shell / "surveys").mkdir()
    (shell / "surveys" / "bad.yaml").write_text("id: [\n", encoding="utf-8")
    monkeypatch.setenv("SURVEY_DIR", str(shell / "surveys"))
    monkeypatch.setenv("DATABASE_URL", "nonsense")
    with pytest.raises(SystemExit) as exited:  # the problems are printed, then exit 1
        main(["survey", "check", str(shell / "surveys" / "bad.yaml")])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "bad.yaml:2: not valid YAML" in err and not err.startswith("kehila: cannot")
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{shell / 'fresh.db'}")
    assert main(["survey", "summary"]) == 1  # the start-up check refuses the survey dir
    assert "bad.yaml:2: not valid YAML" in capsys.readouterr().err


def test_every_feature_command_is_in_the_parser(capsys):
    registry = build_registry()
    parser = build_parser(registry)
    for name in registry.commands:
        with pytest.raises(SystemExit) as exited:
            parser.parse_args([*name.split(), "--help"])
        assert exited.value.code == 0
        assert capsys.readouterr().out.startswith(f"usage: kehila {name} ")


async def test_registered_commands_get_a_context_and_groups_their_help():
    ran: list[tuple[str, int]] = []

    async def hello(ctx: CommandContext, args: argparse.Namespace) -> None:
        ran.append((ctx.operator, args.times))

    registry = Registry()
    registry.add_commands(CommandGroup("greet", "greetings"),
                          Command("greet hello", "say hello", run=hello, database=False,
                                  configure=lambda p: p.add_argument("--times", type=int)))
    with pytest.raises(ValueError):
        registry.add_command(Command("greet hello", "again", run=hello))
    with pytest.raises(ValueError):
        registry.add_command_group(CommandGroup("greet", "other help"))
    parser = build_parser(registry)
    assert "greetings" in parser.format_help()
    args = parser.parse_args(["greet", "hello", "--times", "2"])
    from tests.support.settings import make_settings

    await args.func(args, make_settings("sqlite+aiosqlite:///:memory:"))
    assert ran and ran[0][0].startswith("cli") and ran[0][1] == 2
    orphan = Registry()
    orphan.add_command(Command("nowhere hello", "no group", run=hello))
    with pytest.raises(ValueError, match="no command group 'nowhere'"):
        build_parser(orphan)
