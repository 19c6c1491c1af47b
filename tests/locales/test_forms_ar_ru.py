"""Arabic and Russian address the person in the form they chose, wherever Hebrew does.

Arabic has masculine, feminine and plural second person (أنتَ / أنتِ / أنتم); Russian uses
«ты» with gendered past tense and short adjectives for m / f and «вы» with plural agreement
for p (see locales/GLOSSARY.md). So every text that selects on `$form` in Hebrew selects
in Arabic and Russian too, with all three variants written out.
"""

from __future__ import annotations

import re

import pytest

from locales import Localizer
from tests.support.fluent_texts import (
    all_texts,
    form_keys,
    literal,
    selector_name,
    selects,
    variant_key,
)

LANGUAGES = ("ar", "ru")
HEBREW = all_texts("he")
HEBREW_FORM_KEYS = sorted(key for key, text in HEBREW.items() if form_keys(text.pattern))
RUSSIAN_FORM_FREE = {
    f"graduates/questions/{option}" for option in (
        "occupation/options/seeking", "time_frame/options/unknown",
        "family_status/options/single", "family_status/options/married")}
"""The person's own answers, which Russian words without agreement («В поиске работы»,
«Пока сложно сказать», «Не в браке»): a «вы» reader is usually one person, so a plural
«Ищем работу» would be wrong for them, and a singular «Ищу» wrong for a couple."""
SECOND_PERSON = re.compile(r"(?i)\b(ты|тебя|тебе|твой|твоя|твои|вы|вас|вам|ваш\w*)\b")
SLASH_FORMS = re.compile(r"\w\((?:а|на|ла|-?ась|-?шла|ы)\)|\w/ة|\w/ه\b|\w\(ة\)")


def test_hebrew_has_form_selecting_texts_to_compare_with() -> None:
    assert {"privacy-notice", "meeting-reminder-ask", "offer-text"} <= set(HEBREW_FORM_KEYS)
    assert any(key.startswith("graduates/questions/") for key in HEBREW_FORM_KEYS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", HEBREW_FORM_KEYS)
def test_what_selects_on_form_in_hebrew_selects_in_arabic_and_russian(language: str,
                                                                      key: str) -> None:
    texts = all_texts(language)
    assert key in texts, f"{key} has no {language} text"
    if language == "ru" and key in RUSSIAN_FORM_FREE:
        words = literal(texts[key].pattern)
        assert not form_keys(texts[key].pattern) and not SECOND_PERSON.search(words), words
        return
    assert form_keys(texts[key].pattern), f"{language} {key} does not select on $form"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_form_selector_has_m_f_and_p_with_p_the_default(language: str) -> None:
    wrong = []
    for key, text in all_texts(language).items():
        for select in selects(text.pattern):
            if selector_name(select) != "form":
                continue
            keys = sorted(variant_key(v) for v in select.variants)
            default = next(variant_key(v) for v in select.variants if v.default)
            if keys != ["f", "m", "p"] or default != "p":
                wrong.append((key, keys, default))
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plural_variant_is_really_plural(language: str) -> None:
    """`p` is not a copy of `m`: Arabic أنتم, Russian «вы» (or a first-person plural)."""
    same = []
    for key, text in all_texts(language).items():
        for select in selects(text.pattern):
            if selector_name(select) == "form":
                words = {variant_key(v): literal(v.value) for v in select.variants}
                if words["p"] == words["m"]:
                    same.append(key)
    assert same == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_slash_forms(language: str) -> None:
    found = [(key, match.group()) for key, text in all_texts(language).items()
             for match in SLASH_FORMS.finditer(literal(text.pattern))]
    assert found == []


@pytest.mark.parametrize(("language", "hebrew_word"), [("ar", "العبرية"), ("ru", "иврит")])
def test_the_form_question_is_asked_in_the_language_itself(language: str,
                                                            hebrew_word: str) -> None:
    localizer = Localizer()
    for form in ("m", "f", "p"):
        assert hebrew_word not in localizer.format(language, "form-prompt", form)
    labels = {localizer.format(language, f"form-{form}") for form in ("m", "f", "p")}
    assert len(labels) == 3


def test_the_russian_choice_is_ty_or_vy_and_the_buttons_agree() -> None:
    localizer = Localizer()
    assert [localizer.format("ru", "consent-yes", form) for form in ("m", "f", "p")] == [
        "Согласен", "Согласна", "Согласны"]
    assert "«вы»" in localizer.format("ru", "form-p")
    assert all("«ты»" in localizer.format("ru", f"form-{form}") for form in ("m", "f"))
