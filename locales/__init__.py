"""Texts in Project Fluent: one folder per language, one `.ftl` file per feature.

Fluent was chosen over gettext because Hebrew second-person grammar needs selection on the
reader's form of address (`$form`: m / f / p) as well as plurals, and Fluent expresses both
inside the translation, where translators can see them. A key missing in a language falls back
to Hebrew; a key missing everywhere is a bug caught by `tests/engine/test_locales.py`.

Bidi: a value in the other direction's script is isolated, nothing else. Fluent's
`use_isolating=True` would wrap every placeable — numbers, our own Hebrew summaries, menu labels
— in FSI…PDI, which changes nothing for them but leaves invisible characters in every button
label people type back and in every text a test or a coordinator copies. What does go wrong is a
Latin-script name, title or language name inside a Hebrew or Arabic line (or a Hebrew one inside
an English line): its neighbouring punctuation and numbers jump to the wrong side («(Avi 2»).
So `format` wraps a string value in FSI…PDI (U+2068/U+2069) exactly when it has strong letters
of the other direction and none of the text's own direction; mixed values (texts we composed
ourselves, which already isolated their own parts) and neutral ones (numbers, «3/10») are left
alone. Telegram and WhatsApp render the isolates invisibly; `normalize` drops them from typed
text, so a label typed back still matches.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).parent
LANGUAGES = ("he", "ar", "en", "ru")
LIGHT_PREFIXES = ("words-", "cmd-")
"""Messages start-up reads in every language (see `Localizer.light_bundle`)."""
FALLBACK = "he"
RTL_LANGUAGES = frozenset({"he", "ar"})
FORMS = ("m", "f", "p")
DEFAULT_FORM = "p"  # plural address is the neutral choice before someone picks a form
FSI, PDI = "\u2068", "\u2069"
BIDI_MARKS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class Localizer:
    """Every language's bundle, each parsed on first use; formats a key for a language and
    form of address. A resting bot holds only the languages its people have used (Hebrew's
    is 5 MiB of parsed Fluent): what start-up needs of every language — the command words
    (`words-*`) and Telegram's command menu (`cmd-*`) — comes from small bundles of just
    those one-line messages."""

    def __init__(self, directory: Path = LOCALES_DIR) -> None:
        self.directory = directory
        self._bundles: dict[str, FluentBundle] = {}
        self._light: dict[str, FluentBundle] = {}

    @property
    def bundles(self) -> dict[str, FluentBundle]:
        """Every language's bundle (parsing those not used yet)."""
        for language in LANGUAGES:
            self._bundle(language)
        return self._bundles

    def _bundle(self, language: str) -> FluentBundle | None:
        bundle = self._bundles.get(language)
        if bundle is None and language in LANGUAGES:
            bundle = self._bundles[language] = _load(
                language, (path.read_text(encoding="utf-8")
                           for path in sorted((self.directory / language).glob("*.ftl"))))
        return bundle

    def light_bundle(self, language: str) -> FluentBundle:
        """The language's start-up messages alone (`words-*`, `cmd-*`: one line each, by
        convention; tests/locales checks they read the same as in the whole bundle)."""
        bundle = self._bundles.get(language) or self._light.get(language)
        if bundle is None:
            lines = (line for path in sorted((self.directory / language).glob("*.ftl"))
                     for line in path.read_text(encoding="utf-8").splitlines()
                     if line.startswith(LIGHT_PREFIXES))
            bundle = self._light[language] = _load(language, ["\n".join(lines)])
        return bundle

    def _for(self, language: str, key: str, args: dict[str, Any]) -> FluentBundle | None:
        """The bundle to format `key` from: the light one while the whole one is not needed."""
        bundle = self._bundles.get(language)
        if bundle is None and language in LANGUAGES and key.startswith(LIGHT_PREFIXES) \
                and args.keys() <= {"form"}:
            light = self.light_bundle(language)
            if light.has_message(key):
                return light
        return bundle or self._bundle(language)

    def has(self, language: str, key: str) -> bool:
        bundle = self._bundle(language)
        return bool(bundle and bundle.has_message(key))

    def format(self, language: str, key: str, form: str | None = None, **args: Any) -> str:
        """The text for `key`, falling back to Hebrew; never the bare key for a known key."""
        args.setdefault("form", form or DEFAULT_FORM)
        for lang in (language, FALLBACK):
            bundle = self._for(lang, key, args)
            if bundle is None or not bundle.has_message(key):
                continue
            args = {name: value if name == "form" else isolate(value, lang)
                    for name, value in args.items()}
            message = bundle.get_message(key)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, args)
            if errors:
                log.warning("locale %s key %s: %s", lang, key, errors)
            return str(text)
        log.error("missing locale key %s", key)
        return self.format(language, "error-internal") if key != "error-internal" else "…"

    def words(self, key: str) -> set[str]:
        """A comma-separated word list (e.g. `words-menu`) gathered from every language."""
        found: set[str] = set()
        for language in LANGUAGES:
            bundle = self.light_bundle(language)
            if not bundle.has_message(key):
                continue
            value = bundle.get_message(key).value
            if value is None:
                continue
            raw, _errors = bundle.format_pattern(value, {"form": DEFAULT_FORM})
            found.update(normalize(w) for w in str(raw).split(",") if w.strip())
        return found

    def bind(self, language: str, form: str | None) -> Translator:
        return Translator(self, language, form)


@dataclass(frozen=True)
class Translator:
    """A localizer bound to one person's language and form of address: `t("key", n=3)`."""

    localizer: Localizer
    language: str
    form: str | None

    def __call__(self, key: str, **args: Any) -> str:
        return self.localizer.format(self.language, key, self.form, **args)

    def all_languages(self, key: str, **args: Any) -> Iterable[str]:
        return (self.localizer.format(lang, key, self.form, **args) for lang in LANGUAGES)


def direction(text: str) -> set[str]:
    """The strong directions in `text`: {"L"}, {"R"}, both, or none (digits, punctuation)."""
    found = set()
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            found.add("L")
        elif kind in ("R", "AL"):
            found.add("R")
    return found


def isolate(value: Any, language: str) -> Any:
    """A string of the other direction's script wrapped in FSI…PDI (see the module docstring)."""
    if not isinstance(value, str) or value.startswith(FSI):
        return value
    own, other = ("R", "L") if language in RTL_LANGUAGES else ("L", "R")
    found = direction(value)
    return f"{FSI}{value}{PDI}" if other in found and own not in found else value


def normalize(text: str) -> str:
    """Lower-case, trimmed, bidi marks and final punctuation removed: for matching words."""
    cleaned = "".join(ch for ch in text if ch not in BIDI_MARKS)
    return " ".join(cleaned.strip().strip(".!?,;:").casefold().split())


def _load(language: str, sources: Iterable[str]) -> FluentBundle:
    bundle = FluentBundle([language], use_isolating=False)
    parser = FluentParser(with_spans=False)  # spans (source positions) serve tooling only
    for source in sources:
        bundle.add_resource(parser.parse(source))
    return bundle


@cache
def default_localizer() -> Localizer:
    return Localizer()
