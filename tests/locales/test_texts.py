"""The text rules of issue 18, checked on every Hebrew and English text (and the survey's).

- Every Hebrew text that selects on `$form` has all three variants, `[m]`, `[f]` and `[p]`; a
  text that speaks to the reader (second-person pronouns) selects on `$form`; and no `[p]`
  variant slips back into the singular.
- Every text with a count selects on it, and renders the right plural for 1, 2, 3, 11 and 100.
- No slash forms («רכז/ת») in a text that has a verb (we forbid them outright in Hebrew).
"""

from __future__ import annotations

import re

import pytest
from fluent.syntax import FluentParser
from fluent.syntax.ast import (
    BaseNode,
    Message,
    SelectExpression,
    TextElement,
    VariableReference,
)

from conversations.features import build_registry
from locales import FORMS, LIGHT_PREFIXES, LOCALES_DIR, Localizer
from tests.support.fluent import (
    COUNTS,
    Text,
    ftl_texts,
    placeables_outside_selects,
    selectors,
    survey_texts,
    variables,
    variant_keys,
    variant_text,
    walk,
)

HEBREW = ftl_texts("he") + survey_texts("he")
ENGLISH = ftl_texts("en") + survey_texts("en")

SECOND_PERSON = re.compile(r"(?<![\u0590-\u05FF])(אתה|אתם|לך|לכם|שלך|שלכם|אותך|אתכם|אלייך|"
                           r"אליך|אליכם|עלייך|עליך|עליכם|איתך|איתכם|בשבילך|בשבילכם|רשותך|"
                           r"ממך|מכם|תרצה|תרצי|תרצו)(?![\u0590-\u05FF])")
SINGULAR_ONLY = re.compile(r"(?<![\u0590-\u05FF])(אתה|לך|שלך|אותך|אליך|אלייך|עליך|עלייך|"
                           r"איתך|בשבילך|רשותך|ממך)(?![\u0590-\u05FF])")
"""Second-person singular words a plural reader must never see («את» is left out: it is also
the object marker, «לא תקבלו יותר את „…”»)."""

LABELLED = re.compile(r"(: |/|\()$")
"""A count right after a label («נשלחו: 3», «3/14») or opening a parenthesis reads the same for
every number; anywhere else the text must select on it."""
NOUN_AFTER_ANOTHER = {("survey-nudge", "answered"), ("meeting-seats-invalid", "most"),
                     ("garin-decision-ask-options", "most"), ("garin-decision-ask-times", "most"),
                     ("garin-decision-options-count", "most")}
"""«ענית על 1 מתוך 3 שאלות»: the noun agrees with `$total`, which the text selects on; «מספר
בין 1 ל־6», «בין 2 ל־10 אפשרויות»: the upper bound of a range that starts at 2 or more, so the
noun, if any, is plural whatever the bound."""

HE_PLURALS = ("מקומות", "שעות", "תווים", "הודעות", "אנשים", "נמענים", "משתתפים", "מתנדבים",
              "בקשות", "הצעות", "חוגים", "ימים", "דקות", "שאלות")
HE_SINGULARS = ("מקום", "שעה", "תו", "הודעה", "אדם", "נמען", "משתתף", "מתנדב", "בקשה",
                "הצעה", "חוג", "יום", "דקה", "שאלה")
EN_PLURALS = ("seats", "hours", "characters", "messages", "people", "recipients",
              "participants", "volunteers", "requests", "offers", "meetings", "days",
              "minutes", "questions")
EN_SINGULARS = ("seat", "hour", "character", "message", "person", "recipient", "participant",
                "volunteer", "request", "offer", "meeting", "day", "minute", "question")


def ids(texts: list[Text]) -> list[str]:
    return [f"{t.origin}:{t.key}" for t in texts]


@pytest.fixture(scope="module")
def localizer() -> Localizer:
    return Localizer()


@pytest.mark.parametrize("text", HEBREW, ids=ids(HEBREW))
def test_hebrew_form_selectors_have_all_three_forms(text: Text) -> None:
    for select in selectors(text.message).get("form", []):
        assert {"m", "f", "p"} <= variant_keys(select), \
            f"{text.key}: selects on $form with {sorted(variant_keys(select))}, not m, f, p"
        assert any(v.default and v.key.name == "p" for v in select.variants) or \
            any(v.default and v.key.name == "m" for v in select.variants)


@pytest.mark.parametrize("text", HEBREW, ids=ids(HEBREW))
def test_a_hebrew_text_that_speaks_to_the_reader_selects_on_form(text: Text) -> None:
    outside = _text_outside_form_selects(text)
    assert not SECOND_PERSON.search(outside), \
        f"{text.key} addresses the reader («{SECOND_PERSON.search(outside)[0]}») without $form"


@pytest.mark.parametrize("text", HEBREW, ids=ids(HEBREW))
def test_the_plural_form_never_reads_singular(text: Text) -> None:
    for select in selectors(text.message).get("form", []):
        plural = variant_text(select, "p")
        found = SINGULAR_ONLY.search(plural)
        assert found is None, f"{text.key}: [p] says «{found[0] if found else ''}»: {plural!r}"


@pytest.mark.parametrize("text", HEBREW, ids=ids(HEBREW))
def test_no_slash_forms_in_hebrew(text: Text) -> None:
    literal = _literal(text)
    found = re.search(r"[\u05D0-\u05EA]+/(ת|ה|אה|תה|ית|יה|ות|ים)(?![\u05D0-\u05EA])", literal)
    assert found is None, f"{text.key}: slash form «{found[0] if found else ''}» – rewrite it"


@pytest.mark.parametrize("text", HEBREW + ENGLISH, ids=ids(HEBREW + ENGLISH))
def test_every_count_is_selected_on(text: Text) -> None:
    chosen = selectors(text.message)
    for name in sorted(variables(text.message) & COUNTS):
        if (text.key, name) in NOUN_AFTER_ANOTHER:
            continue
        bare = [before for before in placeables_outside_selects(text.message, name)
                if not LABELLED.search(before)]
        assert not bare, f"{text.key}: «…{bare[0][-20:]}{{ ${name} }}» without a plural " \
                         f"selector (has selectors on {sorted(chosen)})"


COUNTED = [(lang, t) for lang, texts in (("he", HEBREW), ("en", ENGLISH)) for t in texts
           if t.origin.endswith(".ftl") and set(selectors(t.message)) & COUNTS]


@pytest.mark.parametrize(("language", "text"), COUNTED,
                         ids=[f"{lang}:{t.key}" for lang, t in COUNTED])
@pytest.mark.parametrize("n", [1, 2, 3, 11, 100])
def test_counts_read_right_for_each_number(localizer: Localizer, language: str, text: Text,
                                           n: int) -> None:
    plurals, singulars = (HE_PLURALS, HE_SINGULARS) if language == "he" else \
        (EN_PLURALS, EN_SINGULARS)
    for name in sorted(set(selectors(text.message)) & COUNTS):
        args: dict[str, object] = {v: 5 for v in variables(text.message) & COUNTS}
        args |= {v: "X" for v in variables(text.message) - COUNTS - {"form"}}
        args[name] = n
        for form in FORMS:
            shown = localizer.format(language, text.key, form, **args)
            if n == 1:
                wrong = re.search(rf"(?<![\d.,])1 ({'|'.join(plurals)})\b", shown)
            else:
                wrong = re.search(rf"(?<![\d.,]){n} ({'|'.join(singulars)})(?![\w\u0590-\u05FF])",
                                  shown)
            if language == "he" and n == 2:
                wrong = wrong or re.search(r"(?<![\d.,])2 (שעות|ימים)", shown)
            assert wrong is None, f"{language} {text.key} with ${name}={n}: {shown!r}"


@pytest.mark.parametrize(("language", "key", "args", "expected"), [
    ("he", "meeting-seats-left", "seats", ["נשאר מקום אחד", "נשארו 2 מקומות", "נשארו 3 מקומות",
                                           "נשארו 11 מקומות", "נשארו 100 מקומות"]),
    ("en", "meeting-seats-left", "seats", ["One seat left", "2 seats left", "3 seats left",
                                           "11 seats left", "100 seats left"]),
    ("he", "outbox-status-title", "days", ["ביום האחרון", "ביומיים האחרונים",
                                           "ב־3 הימים האחרונים", "ב־11 הימים האחרונים",
                                           "ב־100 הימים האחרונים"]),
    ("en", "outbox-status-title", "days", ["last day", "last 2 days", "last 3 days",
                                           "last 11 days", "last 100 days"]),
])
def test_a_table_of_plurals(localizer: Localizer, language: str, key: str, args: str,
                            expected: list[str]) -> None:
    shown = [localizer.format(language, key, "p", **{args: n}) for n in (1, 2, 3, 11, 100)]
    for text, want in zip(shown, expected, strict=True):
        assert want in text, (text, want)


@pytest.mark.parametrize(("hours", "expected_he", "expected_en"), [
    (1, "בתוך שעה,", "within an hour,"), (2, "בתוך שעתיים,", "within 2 hours,"),
    (3, "בתוך 3 שעות,", "within 3 hours,"), (11, "בתוך 11 שעות,", "within 11 hours,"),
    (100, "בתוך 100 שעות,", "within 100 hours,"), (1.5, "בתוך 90 דקות,", "within 90 minutes,"),
    (1 / 60, "בתוך דקה,", "within a minute,"), (0.02, "בתוך 72 שניות,", "within 72 seconds,")])
def test_the_offer_deadline_reads_as_people_say_it(localizer: Localizer, hours: float,
                                                   expected_he: str, expected_en: str) -> None:
    from conversations.matching.texts import duration

    for language, expected in (("he", expected_he), ("en", expected_en)):
        t = localizer.bind(language, "f")
        shown = t("offer-text", summary="…", within=duration(t, hours))
        assert expected in shown, shown


def test_every_digest_section_has_a_heading_in_every_language(localizer: Localizer) -> None:
    sections = build_registry().digest_sections
    assert {"meetings", "volunteering"} <= set(sections)
    for name in sections:
        for language in localizer.bundles:
            assert localizer.has(language, f"digest-section-{name}"), (name, language)


def _literal(text: Text) -> str:
    return "".join(n.value for n in walk(text.message) if isinstance(n, TextElement))


def _text_outside_form_selects(text: Text) -> str:
    """The literal text of a message with every select on $form left out."""
    parts: list[str] = []

    def visit(node: object) -> None:
        if isinstance(node, SelectExpression) and isinstance(node.selector, VariableReference) \
                and node.selector.id.name == "form":
            return
        if isinstance(node, TextElement):
            parts.append(node.value)
        if isinstance(node, BaseNode):
            for value in vars(node).values():
                for child in value if isinstance(value, list) else [value]:
                    visit(child)

    visit(text.message)
    return " ".join(parts)


def test_start_up_texts_read_the_same_from_their_small_bundles() -> None:
    """A resting bot reads every language's `words-*` and `cmd-*` from a bundle of just those
    lines; each must be one line, reading exactly as in the language's whole bundle."""
    light, whole = Localizer(), Localizer()
    for language, bundle in whole.bundles.items():
        keys = [entry.id.name for path in sorted((LOCALES_DIR / language).glob("*.ftl"))
                for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body
                if isinstance(entry, Message) and entry.id.name.startswith(LIGHT_PREFIXES)]
        assert keys, language
        for key in keys:
            small = light.light_bundle(language)
            assert small.has_message(key), (language, key)
            got, _ = small.format_pattern(small.get_message(key).value, {"form": "p"})
            want, _ = bundle.format_pattern(bundle.get_message(key).value, {"form": "p"})
            assert got == want, (language, key)
    assert Localizer().words("words-menu") == whole.words("words-menu")
    assert "menu" in Localizer().words("words-menu")
    fresh = Localizer()
    assert fresh.format("ru", "cmd-menu") == whole.format("ru", "cmd-menu")
    assert not fresh._bundles, "the command menu needs no whole bundle"
