"""Every feature's texts exist in every language, so nobody silently reads Hebrew instead.

A missing key only falls back to Hebrew at run time (see locales/__init__.py), which an Arabic
or Russian speaker cannot read; so each `.ftl` file in English must have a counterpart in every
other language with the same message ids, and no file may hold unparsable (Junk) entries.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax.ast import BaseNode, Junk, Message, Resource, VariableReference

from locales import LANGUAGES, LOCALES_DIR, Localizer

REFERENCE = "en"
OTHERS = tuple(lang for lang in LANGUAGES if lang != REFERENCE)

# Files whose translation has not landed yet: (language, file name) → why. Keep it empty;
# an entry here is a known gap to close, reported by the test's skip message.
NOT_YET_TRANSLATED: dict[tuple[str, str], str] = {}


def parse(path: Path) -> Resource:
    return FluentParser().parse(path.read_text(encoding="utf-8"))


def messages(path: Path) -> dict[str, Message]:
    return {entry.id.name: entry for entry in parse(path).body if isinstance(entry, Message)}


def reference_files() -> list[str]:
    return sorted(path.name for path in (LOCALES_DIR / REFERENCE).glob("*.ftl"))


def all_files() -> list[Path]:
    return sorted(LOCALES_DIR.glob("*/*.ftl"))


def test_there_are_files_to_compare() -> None:
    assert {"core.ftl", "meetings.ftl", "survey.ftl"} <= set(reference_files())


@pytest.mark.parametrize("path", all_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_parse_errors(path: Path) -> None:
    junk = [entry for entry in parse(path).body if isinstance(entry, Junk)]
    problems = [f"{a.message}: {entry.content.strip()[:80]!r}"
                for entry in junk for a in entry.annotations]
    assert not junk, f"{path} has unparsable entries: {problems}"


@pytest.mark.parametrize("language", OTHERS)
@pytest.mark.parametrize("name", reference_files())
def test_same_message_ids_as_english(language: str, name: str) -> None:
    if (language, name) in NOT_YET_TRANSLATED:
        pytest.skip(f"{language}/{name}: {NOT_YET_TRANSLATED[language, name]}")
    path = LOCALES_DIR / language / name
    assert path.exists(), f"{language}/{name} is missing: {language} would fall back to Hebrew"
    english = messages(LOCALES_DIR / REFERENCE / name)
    translated = messages(path)
    expected, found = set(english), set(translated)
    assert not expected - found, f"{language}/{name} lacks {sorted(expected - found)}"
    assert not found - expected, f"{language}/{name} has ids English lacks: "\
                                 f"{sorted(found - expected)}"
    # $form is Hebrew's form of address: other languages may use it or not.
    differ = {key: (variables(english[key]) - {"form"}, variables(translated[key]) - {"form"})
              for key in expected}
    wrong = {key: pair for key, pair in differ.items() if pair[0] != pair[1]}
    assert not wrong, f"{language}/{name}: variables differ from English (en, {language}): {wrong}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_file_exists_only_outside_english(language: str) -> None:
    names = {path.name for path in (LOCALES_DIR / language).glob("*.ftl")}
    assert names <= set(reference_files()), f"{language} has files English lacks"


def test_plural_variants_format_without_errors() -> None:
    """Every message formats in every language for counts that hit each plural category."""
    localizer = Localizer()
    failures = []
    for language, bundle in localizer.bundles.items():
        for entry in (e for path in (LOCALES_DIR / language).glob("*.ftl")
                      for e in parse(path).body if isinstance(e, Message)):
            if entry.value is None:
                continue
            message = bundle.get_message(entry.id.name)
            for n in (0, 1, 2, 3, 5, 11, 21, 100):
                args = {name: n for name in variables(entry)} | {"form": "f"}
                _text, errors = bundle.format_pattern(message.value, args)
                if errors:
                    failures.append(f"{language} {entry.id.name} ({n}): {errors}")
                    break
    assert not failures, failures


def variables(entry: Message) -> set[str]:
    """The `$names` a message uses, found by walking its syntax tree."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, VariableReference):
            found.add(node.id.name)
        if isinstance(node, BaseNode):
            for value in vars(node).values():
                for child in value if isinstance(value, list) else [value]:
                    walk(child)

    walk(entry)
    return found
