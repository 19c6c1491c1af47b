"""Every Arabic and Russian text with a count selects on it with the CLDR plural categories,
and rendering it with 1, 2, 3, 11, 100 (and 21) picks the variant of the right category.

The check renders through fluent.runtime itself: each variant of a count's selector is
replaced by a marker naming its key, so the test sees which variant Fluent chose (not a
hard-coded string) and compares it with Babel's CLDR category for that number.
"""

from __future__ import annotations

import re
from copy import deepcopy

import pytest
from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast, serialize
from fluent.syntax.visitor import Transformer

from tests.support.fluent_texts import (
    Text,
    all_texts,
    selector_name,
    selects,
    variables,
    variant_key,
)

LANGUAGES = ("ar", "ru")
NUMBERS = (1, 2, 3, 11, 21, 100)
COUNTS = {"total", "count", "seats", "minutes", "days", "offers", "load", "length", "limit",
          "most", "taken", "answered", "sent", "remaining", "held", "failed", "waiting",
          "reconfirmed", "recipients", "unknown", "cancelled", "delivered", "read", "started",
          "finished"}
"""Variables the code passes as counts of something (ints)."""
NOT_COUNTS = {"number", "id", "position", "page", "pages", "low", "high", "n", "rate"}
"""Numbers that name or bound something (request #12, page 2 of 3, between 1990 and 2030,
question 3/12, 40%): shown as they are, nothing agrees with them."""
BARE = {
    # a label and its value ("Sent: 12"), in the coordinator's reports
    "broadcast-progress": {"sent", "remaining", "held", "failed"},
    "broadcast-report": {"recipients", "sent", "failed", "held", "unknown", "cancelled"},
    "broadcast-receipts": {"delivered", "read"},
    "meeting-fill": {"waiting", "reconfirmed"},
    "survey-summary-funnel": {"started", "finished"},
    "garin-decision-count-line": {"count"},  # a decision's tally: "• Agree: 3"
    # a number in brackets or a list line with no noun: "(5, page 1 of 2)", "(3/12)", "2 · ✅"
    "survey-progress": {"total"},
    "meetings-list": {"count"},
    "meeting-attendee-line": {"seats"},
    # an upper bound of a range: "a number from 1 to 6"
    "meeting-seats-invalid": {"most"},
    # "answered 3 of 12 questions": the noun agrees with the second number
    "survey-nudge": {"answered"},
}
RUSSIAN_BARE = {"meeting-when": {"minutes"}}  # «(90 мин)»: the abbreviation never changes
MARK = re.compile(r"⟦(\w+)=(\w+)⟧")


def bare(language: str, key: str) -> set[str]:
    return BARE.get(key, set()) | (RUSSIAN_BARE.get(key, set()) if language == "ru" else set())


def counted(language: str) -> list[tuple[str, Text]]:
    return [(key, text) for key, text in sorted(all_texts(language).items())
            if variables(text.pattern) & COUNTS]


def test_babel_gives_the_cldr_categories_fluent_selects_by() -> None:
    arabic, russian = Locale.parse("ar"), Locale.parse("ru")
    assert [arabic.plural_form(n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102)] == [
        "zero", "one", "two", "few", "few", "many", "many", "other", "other"]
    assert [russian.plural_form(n) for n in (1, 2, 4, 5, 11, 21, 22, 25, 100)] == [
        "one", "few", "few", "many", "many", "one", "few", "many", "many"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_is_a_selector(language: str) -> None:
    missing = []
    for key, text in counted(language):
        selected = {selector_name(s) for s in selects(text.pattern)}
        unselected = variables(text.pattern) & COUNTS - selected - bare(language, key)
        if unselected:
            missing.append((key, sorted(unselected)))
    assert missing == []
    assert not (COUNTS & NOT_COUNTS)


class _Mark(Transformer):
    """Every variant of a count's selector becomes the marker ⟦count=key⟧."""

    def visit_SelectExpression(self, node: ast.SelectExpression) -> ast.SelectExpression:
        name = selector_name(node)
        if name in COUNTS:
            for variant in node.variants:
                variant.value = ast.Pattern(
                    [ast.TextElement(f"⟦{name}={variant_key(variant)}⟧")])
            return node
        return self.generic_visit(node)


def marked_bundle(language: str, key: str, text: Text) -> FluentBundle:
    message = ast.Message(ast.Identifier("x"), _Mark().visit(deepcopy(text.pattern)))
    bundle = FluentBundle([language], use_isolating=False)
    bundle.add_resource(FluentResource(serialize(ast.Resource([message]))))
    return bundle


def expected(language: str, n: int, keys: set[str]) -> set[str]:
    """The variant Fluent must pick: an exact-number variant, else the CLDR category."""
    return {str(n)} if str(n) in keys else {Locale.parse(language).plural_form(n)}


def count_selectors(language: str) -> list[str]:
    return [key for key, text in counted(language)
            if any(selector_name(s) in COUNTS for s in selects(text.pattern))]


def test_there_are_count_selectors_to_check() -> None:
    for language in LANGUAGES:
        assert {"meeting-seats-left", "broadcast-confirm", "text-too-long"} <= set(
            count_selectors(language))


@pytest.mark.parametrize(("language", "key"),
                         [(lang, key) for lang in LANGUAGES for key in count_selectors(lang)])
def test_each_count_picks_its_cldr_category(language: str, key: str) -> None:
    text = all_texts(language)[key]
    keys = {name: {variant_key(v) for v in s.variants}
            for s in selects(text.pattern) if (name := selector_name(s)) in COUNTS}
    bundle = marked_bundle(language, key, text)
    message = bundle.get_message("x")
    assert message.value is not None
    for form in ("m", "f", "p"):
        for n in NUMBERS:
            args: dict[str, object] = {name: "x" for name in variables(text.pattern)}
            args |= {name: n for name in variables(text.pattern) & (COUNTS | NOT_COUNTS)}
            args["form"] = form
            rendered, errors = bundle.format_pattern(message.value, args)
            assert errors == [], (key, errors)
            picked = MARK.findall(str(rendered))
            assert picked, (key, form, n, rendered)
            for name, variant in picked:
                assert variant in expected(language, n, keys[name]), (
                    f"{language} {key}: ${name}={n} picked [{variant}]")
