"""Reading the .ftl files (and the survey's texts) as syntax trees, for the text-rule tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from fluent.syntax import FluentParser
from fluent.syntax.ast import (
    BaseNode,
    Message,
    NumberLiteral,
    Placeable,
    SelectExpression,
    TextElement,
    VariableReference,
)

from locales import LOCALES_DIR

SURVEYS = Path(LOCALES_DIR).parent / "conversations" / "survey" / "definitions"
COUNTS = {"seats", "count", "total", "limit", "most", "taken", "days", "minutes", "offers",
          "length", "load", "n", "answered", "sent", "remaining", "held", "failed",
          "recipients", "delivered", "read", "unknown", "cancelled", "waiting", "reconfirmed",
          "started", "finished"}
"""Variables that count something. Identifiers and positions are not counts: `$number` and
`$id` (request #12), `$position` (place 3 in the queue), `$page`/`$pages`,
`$low`/`$high` (a range of years), `$rate` (a percentage)."""


@dataclass(frozen=True)
class Text:
    """One message: where it is from, its key and its syntax tree."""

    origin: str
    key: str
    message: Message


def ftl_texts(language: str) -> list[Text]:
    found = []
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        body = FluentParser().parse(path.read_text(encoding="utf-8")).body
        found += [Text(f"{language}/{path.name}", entry.id.name, entry) for entry in body
                  if isinstance(entry, Message) and entry.value is not None]
    return found


def survey_texts(language: str) -> list[Text]:
    """The survey files' texts (questions, options, intro…), each parsed as Fluent, the way
    conversations/domain/survey_def.py builds its bundles."""
    found = []
    for path in sorted(SURVEYS.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        patterns = [(name, document.get(name)) for name in ("title", "intro", "thanks")]
        for question in document["questions"]:
            patterns += [(f"q-{question['id']}", question.get("text")),
                         (f"q-{question['id']}-title", question.get("title"))]
            patterns += [(f"o-{question['id']}-{option['id']}", option.get("text"))
                         for option in question.get("options", [])]
        for key, by_language in patterns:
            if not isinstance(by_language, dict) or language not in by_language:
                continue
            lines = str(by_language[language]).splitlines()
            entry = f"{key} = " + "\n".join([lines[0], *("    " + ln for ln in lines[1:])])
            [message] = FluentParser().parse(entry + "\n").body
            assert isinstance(message, Message), (path.name, key, language)
            found.append(Text(f"{path.name} ({language})", key, message))
    return found


def walk(node: object) -> Iterator[BaseNode]:
    if isinstance(node, BaseNode):
        yield node
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                yield from walk(child)


def variables(message: Message) -> set[str]:
    return {n.id.name for n in walk(message) if isinstance(n, VariableReference)}


def selectors(message: Message) -> dict[str, list[SelectExpression]]:
    """The select expressions of a message, by the variable they select on."""
    found: dict[str, list[SelectExpression]] = {}
    for node in walk(message):
        if isinstance(node, SelectExpression) and isinstance(node.selector, VariableReference):
            found.setdefault(node.selector.id.name, []).append(node)
    return found


def variant_keys(select: SelectExpression) -> set[str]:
    return {str(v.key.value) if isinstance(v.key, NumberLiteral) else v.key.name
            for v in select.variants}


def variant_text(select: SelectExpression, key: str) -> str:
    """The literal text of one variant (placeables left out)."""
    for variant in select.variants:
        name = variant.key.name if not isinstance(variant.key, NumberLiteral) else None
        if name == key:
            return "".join(n.value for n in walk(variant.value) if isinstance(n, TextElement))
    return ""


def placeables_outside_selects(message: Message, variable: str) -> list[str]:
    """For each `{ $variable }` not inside a select on it, the text just before it."""
    found: list[str] = []

    def visit(node: object, before: str, inside: bool) -> str:
        if isinstance(node, SelectExpression) and isinstance(node.selector, VariableReference):
            now_inside = inside or node.selector.id.name == variable
            for variant in node.variants:
                visit(variant.value, before, now_inside)
            return before
        if isinstance(node, TextElement):
            return before + node.value
        if isinstance(node, Placeable) and isinstance(node.expression, VariableReference):
            if node.expression.id.name == variable and not inside:
                found.append(before)
            return before + "#"
        if isinstance(node, BaseNode):
            for value in vars(node).values():
                for child in value if isinstance(value, list) else [value]:
                    before = visit(child, before, inside)
        return before

    visit(message.value, "", False)
    return found
