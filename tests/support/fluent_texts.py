"""The Fluent texts as syntax trees, for tests that check their grammar (forms, plurals).

Reads `locales/<lang>/*.ftl` and the ar/he/en/ru texts of the survey YAML files, so a test
can ask "which variables does this text select on, with which variant keys" without
rendering it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import yaml
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from tests.support.paths import ROOT

SURVEYS = ROOT / "conversations" / "survey" / "definitions"


@dataclass(frozen=True)
class Text:
    """One message: where it lives and its pattern."""

    key: str
    where: str
    pattern: ast.Pattern


def _parse(source: str, where: str) -> Iterator[Text]:
    for entry in FluentParser().parse(source).body:
        assert not isinstance(entry, ast.Junk), (where, entry.annotations)
        if isinstance(entry, ast.Message) and entry.value is not None:
            yield Text(entry.id.name, where, entry.value)


@cache
def ftl_texts(language: str) -> dict[str, Text]:
    """Every message of `locales/<language>/*.ftl`, by key."""
    found: dict[str, Text] = {}
    for path in sorted((ROOT / "locales" / language).glob("*.ftl")):
        for text in _parse(path.read_text(encoding="utf-8"), path.name):
            found[text.key] = text
    return found


def _survey_patterns(node: object, path: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(where, {language: pattern}) for every per-language text mapping in a survey."""
    if isinstance(node, dict):
        if node and "he" in node and all(isinstance(v, str) for v in node.values()):
            yield path, node
            return
        for name, value in node.items():
            yield from _survey_patterns(value, path if name == "text" else f"{path}/{name}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            name = item.get("id", index) if isinstance(item, dict) else index
            yield from _survey_patterns(item, f"{path}/{name}")


@cache
def survey_texts(language: str) -> dict[str, Text]:
    """The survey texts in `language`, keyed `<file>:<question>/<option>` (as the loader
    turns them into Fluent messages: continuation lines indented)."""
    found: dict[str, Text] = {}
    for path in sorted(SURVEYS.glob("*.yaml")):
        tree = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, by_language in _survey_patterns(tree, path.stem):
            if language not in by_language:
                continue
            lines = by_language[language].splitlines()
            entry = "x = " + "\n".join([lines[0], *("    " + ln for ln in lines[1:])])
            for text in _parse(entry + "\n", where):
                found[where] = Text(where, path.name, text.pattern)
    return found


@cache
def all_texts(language: str) -> dict[str, Text]:
    return {**ftl_texts(language), **survey_texts(language)}


def selects(pattern: ast.Pattern) -> Iterator[ast.SelectExpression]:
    """Every select expression in a pattern, nested ones included."""
    for element in pattern.elements:
        if isinstance(element, ast.Placeable):
            yield from _selects_in(element.expression)


def _selects_in(expression: object) -> Iterator[ast.SelectExpression]:
    if isinstance(expression, ast.SelectExpression):
        yield expression
        for variant in expression.variants:
            yield from selects(variant.value)
    elif isinstance(expression, ast.Placeable):
        yield from _selects_in(expression.expression)


def selector_name(select: ast.SelectExpression) -> str | None:
    selector = select.selector
    return selector.id.name if isinstance(selector, ast.VariableReference) else None


def variant_key(variant: ast.Variant) -> str:
    key = variant.key
    return key.name if isinstance(key, ast.Identifier) else str(key.value)


def variables(pattern: ast.Pattern) -> set[str]:
    """Every `$variable` a pattern uses, as a value or as a selector."""
    found: set[str] = set()

    class Collect(Visitor):
        def visit_VariableReference(self, node: ast.VariableReference) -> None:
            found.add(node.id.name)

    Collect().visit(pattern)
    return found


def form_keys(pattern: ast.Pattern) -> list[set[str]]:
    """The variant keys of every select on `$form` in a pattern."""
    return [{variant_key(v) for v in s.variants} for s in selects(pattern)
            if selector_name(s) == "form"]


def literal(pattern: ast.Pattern) -> str:
    """A pattern's own words (placeables dropped), for comparing variants' wording."""
    parts: list[str] = []
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            parts.append(element.value)
        else:
            parts.append("\n")
    return "".join(parts)
