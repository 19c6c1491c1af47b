"""No user-facing wording in Python: texts live in locales/<lang>/*.ftl (issue 18).

The rule, precisely. In `conversations/` and `bot/`, outside docstrings:
1. no string literal contains a Hebrew, Arabic or Cyrillic letter — such a literal can only be
   wording (or data someone must translate), except the files and literals listed below;
2. no string literal with a word in it (two Latin letters or more) is given straight to what
   builds a message — `ctx.say`, `ctx.ask`, `ctx.refuse`, `Outbound(text=…)`, `Choice(label)`,
   a channel's `send_text` — where an English sentence would reach every reader untranslated.
Operator-facing English (CLI output, `CommandError`, logs) is out of scope: the CLI is the
operators' tool and speaks English by design (README, "Commands").
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.support.fluent import COUNTS
from tests.support.paths import ROOT

CODE_DIRS = ("conversations", "bot")
FOREIGN_LETTERS = re.compile(r"[\u05D0-\u05EA\u0620-\u064A\u0400-\u04FF]")
WORD = re.compile(r"[A-Za-z]{2,}")
SINKS = {"say", "ask", "refuse", "Outbound", "Choice", "send_text"}

DATA_FILES = {
    "conversations/engine/demo.py": "demo data: the «(דמו)» mark on sample names and titles",
    "conversations/matching/demo.py": "demo data: sample people, localities and a request",
    "conversations/meetings/demo.py": "demo data: sample meetings as a coordinator would type",
    "conversations/survey/demo.py": "demo data: sample respondents' names",
    "conversations/domain/transliterate.py": "transliteration tables: letters between scripts",
}
"""Files whose Hebrew is content (what people type in), not the bot's wording."""
ALLOWED = {
    ("conversations/matching/choosing.py", "אבגדהוש"): "the day letters people type («א-ה»)",
    ("conversations/matching/choosing.py", "׳"): "the geresh people type after a day letter",
    ("conversations/domain/places.py", "ךםןףץأإآٱىةёй"): "final and variant letters, folded",
    ("conversations/domain/places.py", "כמנפצاااايهеи"): "to these, to match a typed name",
    ("conversations/domain/places.py", "[\u064b-\u0652\u0670\u0640\u200b-\u200f]"):
        "Arabic vowel signs and marks, dropped from a typed name",
    ("conversations/domain/dates.py", "EEE, d בMMMM, HH:mm"): "a Babel date pattern",
    ("conversations/domain/dates.py", "EEEE d MMMM، HH:mm"): "a Babel date pattern",
    ("conversations/domain/dates.py", "EEEE, d בMMMM"): "a Babel date pattern",
    ("conversations/domain/dates.py", "d בMMMM y"): "a Babel date pattern",
}
"""Single literals that are input vocabulary or date patterns (`conversations/domain/dates.py`
holds one Babel pattern per language)."""


def modules() -> list[Path]:
    return sorted(p for d in CODE_DIRS for p in (ROOT / d).rglob("*.py"))


def docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            for statement in node.body:  # also the """…""" after an assignment
                if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                    found.add(id(statement.value))
    return found


def test_there_is_code_to_scan() -> None:
    assert len(modules()) > 50


def test_no_hebrew_arabic_or_russian_wording_in_python() -> None:
    found = []
    for path in modules():
        name = path.relative_to(ROOT).as_posix()
        if name in DATA_FILES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in skip and FOREIGN_LETTERS.search(node.value) \
                    and (name, node.value) not in ALLOWED:
                found.append(f"{name}:{node.lineno}: {node.value[:60]!r}")
    assert not found, "wording belongs in locales/*/*.ftl:\n" + "\n".join(found)


def test_no_literal_words_reach_a_message() -> None:
    found = []
    for path in modules():
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _called(node) not in SINKS:
                continue
            given = node.args[:1] + [k.value for k in node.keywords if k.arg in ("text", "label")]
            for literal in (s for arg in given for s in _literals(arg)):
                if WORD.search(literal):
                    found.append(f"{name}:{node.lineno}: {_called(node)}({literal[:50]!r})")
    assert not found, "a literal sentence reaches a message:\n" + "\n".join(found)


def test_counts_are_passed_as_numbers() -> None:
    """A text selects its plural on a count, so the count must reach it as a number: never
    `seats=f"{n}"`, `count=str(n)` or a formatted string (issue 18, item 3)."""
    found = []
    for path in modules():
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _called(node) not in ("t", "translate"):
                continue
            for keyword in node.keywords:
                value = keyword.value
                stringy = isinstance(value, ast.JoinedStr) or (
                    isinstance(value, ast.Constant) and isinstance(value.value, str)) or (
                    isinstance(value, ast.Call) and _called(value) in ("str", "format"))
                if keyword.arg in COUNTS and stringy:
                    found.append(f"{name}:{node.lineno}: {keyword.arg}=…")
    assert not found, "counts passed as text:\n" + "\n".join(found)


def test_the_rule_catches_what_it_should() -> None:
    sample = ast.parse('ctx.say("Thanks!")\nOutbound(text=f"Hi {name}")\nx = "שלום"\n')
    calls = [n for n in ast.walk(sample) if isinstance(n, ast.Call)]
    assert [_called(c) for c in calls] == ["say", "Outbound"]
    assert [s for c in calls for a in c.args[:1] + [k.value for k in c.keywords]
            for s in _literals(a)] == ["Thanks!", "Hi "]
    assert any(FOREIGN_LETTERS.search(n.value) for n in ast.walk(sample)
               if isinstance(n, ast.Constant) and isinstance(n.value, str))


def _called(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else \
        func.id if isinstance(func, ast.Name) else None


def _literals(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.BinOp):
        return _literals(node.left) + _literals(node.right)
    return []
