"""A survey definition read from YAML: questions, branches, segment fields and texts.

Surveys are data an organisation edits, so every mistake is reported with the file, the line
and what is wrong, before the bot starts. The YAML is composed into nodes (which keep their
line marks) and validated node by node; texts are Fluent patterns per language, so Hebrew can
address the reader by form (`{ $form -> [f] … *[m] … }`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser
from fluent.syntax.ast import Junk
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from locales import DEFAULT_FORM, FALLBACK, LANGUAGES

SURVEYS_DIR = Path(__file__).parents[1] / "survey" / "definitions"
QUESTION_TYPES = ("single", "multi", "yesno", "scale", "number", "text", "date", "locality")
CHOICE_TYPES = frozenset({"single", "multi", "yesno", "scale"})
YES_NO = ("yes", "no")
ID = re.compile(r"^[a-z0-9][a-z0-9_]{0,39}$")
SEGMENT_NAME = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
DEFAULT_MAX_LENGTH = 500


class SurveyError(ValueError):
    """A survey file that cannot be used, with where and why."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {problem}")
        self.path = str(path)
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class Option:
    id: str


@dataclass(frozen=True)
class Condition:
    """Show a question only if an earlier answer is (or is not) one of some values."""

    question: str
    values: frozenset[str]
    negate: bool = False

    def holds(self, answered: frozenset[str] | None) -> bool:
        if answered is None:  # unanswered or skipped: the branch stays closed
            return False
        hit = bool(answered & self.values)
        return not hit if self.negate else hit


@dataclass(frozen=True)
class Segment:
    """A segment field fed by a question: its option ids, or a fixed value when matched."""

    name: str
    value: str | None = None
    when: frozenset[str] | None = None


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    optional: bool = False
    options: tuple[Option, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    max_length: int = DEFAULT_MAX_LENGTH
    show_if: tuple[Condition, ...] = ()
    segments: tuple[Segment, ...] = ()
    line: int = 0

    @property
    def option_ids(self) -> tuple[str, ...]:
        if self.type == "yesno":
            return YES_NO
        if self.type == "scale":
            assert self.minimum is not None and self.maximum is not None
            return tuple(str(n) for n in range(self.minimum, self.maximum + 1))
        return tuple(o.id for o in self.options)


@dataclass
class Texts:
    """The survey's Fluent bundles, one per language that has texts."""

    bundles: dict[str, FluentBundle] = field(default_factory=dict)

    def has(self, key: str, language: str) -> bool:
        bundle = self.bundles.get(language)
        return bool(bundle and bundle.has_message(key))

    def get(self, key: str, language: str, form: str | None = None, **args: Any) -> str:
        """The text in `language`, else Hebrew, else any language that has it."""
        args.setdefault("form", form or DEFAULT_FORM)
        for lang in (language, FALLBACK, *self.bundles):
            bundle = self.bundles.get(lang)
            if bundle is not None and bundle.has_message(key):
                message = bundle.get_message(key)
                if message.value is not None:
                    text, _errors = bundle.format_pattern(message.value, args)
                    return str(text)
        return key


@dataclass(frozen=True)
class Survey:
    id: str
    version: int
    path: str
    questions: tuple[Question, ...]
    texts: Texts

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def index(self, qid: str) -> int:
        return next(i for i, q in enumerate(self.questions) if q.id == qid)

    def text(self, key: str, language: str, form: str | None = None, **args: Any) -> str:
        return self.texts.get(key, language, form, **args)

    def question_text(self, q: Question, language: str, form: str | None = None) -> str:
        return self.text(f"q-{q.id}", language, form)

    def title(self, q: Question, language: str) -> str:
        """The short name of a question, for the review list and spreadsheet headers."""
        return self.text(f"q-{q.id}-title", language)

    def option_text(self, q: Question, option: str, language: str,
                    form: str | None = None) -> str:
        key = f"o-{q.id}-{option}"
        if q.type in ("yesno", "scale") and not self.texts.has(key, FALLBACK):
            return option  # yes/no labels come from the locale files; scales are numbers
        return self.text(key, language, form)


# --- loading ---------------------------------------------------------------------------


def load_survey(path: Path | str) -> Survey:
    """Read and validate one survey file; raise SurveyError naming the file and line."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SurveyError(path, None, f"cannot read the file ({error.strerror})") from error
    return parse_survey(source, path)


def compose_yaml(source: str, path: Path | str,
                 error_type: type[SurveyError] = SurveyError) -> yaml.Node:
    """The YAML node tree (nodes keep their line numbers, for errors that name the line); a
    syntax error or an empty file raises `error_type` with where and why."""
    try:
        root = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(error, "problem", None) or str(error)
        raise error_type(path, line, f"not valid YAML: {problem}") from error
    if root is None:
        raise error_type(path, None, "the file is empty")
    return root


def parse_survey(source: str, path: Path | str = "<survey>") -> Survey:
    return _Reader(Path(path)).survey(compose_yaml(source, path))


@cache
def load_directory(directory: str) -> dict[str, Survey]:
    """Every `*.yaml` survey in a directory, by id (a bad file stops everything)."""
    found: dict[str, Survey] = {}
    for path in sorted(Path(directory).glob("*.y*ml")):
        survey = load_survey(path)
        if survey.id in found:
            raise SurveyError(path, None, f"survey id {survey.id!r} is also used by "
                                          f"{found[survey.id].path}")
        found[survey.id] = survey
        _KNOWN_IDS.update(q.id for q in survey.questions)
    return found


def catalog(extra_dir: str = "") -> dict[str, Survey]:
    """The shipped surveys plus an organisation's own directory (same id: theirs wins)."""
    surveys = dict(load_directory(str(SURVEYS_DIR)))
    if extra_dir:
        surveys.update(load_directory(str(Path(extra_dir).resolve())))
    return surveys


def known_question_ids() -> set[str]:
    """Question ids of every survey loaded so far (for checking stored flow states)."""
    load_directory(str(SURVEYS_DIR))
    return _KNOWN_IDS


_KNOWN_IDS: set[str] = set()


class _Reader:
    """Walks the composed node tree, turning nodes into a Survey or a precise error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fluent: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
        self.parser = FluentParser(with_spans=False)

    def fail(self, node: Node | None, problem: str) -> SurveyError:
        line = node.start_mark.line + 1 if node is not None else None
        return SurveyError(self.path, line, problem)

    # -- node helpers --

    def mapping(self, node: Node, what: str, allowed: Iterable[str],
                required: Iterable[str] = ()) -> dict[str, Node]:
        if not isinstance(node, MappingNode):
            raise self.fail(node, f"{what} must be a mapping (key: value)")
        result: dict[str, Node] = {}
        allowed = set(allowed)
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            if key not in allowed:
                raise self.fail(key_node, f"unknown key {key!r} in {what} "
                                          f"(allowed: {', '.join(sorted(allowed))})")
            if key in result:
                raise self.fail(key_node, f"key {key!r} appears twice in {what}")
            result[key] = value_node
        for key in required:
            if key not in result:
                raise self.fail(node, f"{what} needs {key!r}")
        return result

    def scalar(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode) or not str(node.value).strip():
            raise self.fail(node, f"{what} must be a non-empty value")
        return str(node.value).strip()

    def identifier(self, node: Node, what: str) -> str:
        value = self.scalar(node, what)
        if not ID.match(value):
            raise self.fail(node, f"{what} {value!r} must be lower-case letters, digits and _ "
                                  "(up to 40 characters)")
        return value

    def integer(self, node: Node, what: str) -> int:
        value = self.scalar(node, what)
        try:
            return int(value)
        except ValueError:
            raise self.fail(node, f"{what} must be a whole number, not {value!r}") from None

    def boolean(self, node: Node, what: str) -> bool:
        value = self.scalar(node, what).lower()
        if value not in ("true", "false", "yes", "no"):
            raise self.fail(node, f"{what} must be true or false")
        return value in ("true", "yes")

    def sequence(self, node: Node, what: str) -> list[Node]:
        if isinstance(node, SequenceNode):
            return list(node.value)
        return [node]  # a single value or mapping where a list is allowed

    def text(self, node: Node, key: str, what: str) -> None:
        """Texts per language: `{he: …, en: …}`; Hebrew is required."""
        by_language = self.mapping(node, what, LANGUAGES, required=(FALLBACK,))
        for language, value_node in by_language.items():
            pattern = self.scalar(value_node, f"{what} ({language})")
            lines = pattern.splitlines()
            entry = f"{key} = " + "\n".join([lines[0], *("    " + ln for ln in lines[1:])])
            parsed = self.parser.parse(entry + "\n")
            if not parsed.body or any(isinstance(e, Junk) for e in parsed.body):
                junk = next((e for e in parsed.body if isinstance(e, Junk)), None)
                detail = junk.annotations[0].message if junk and junk.annotations else ""
                raise self.fail(value_node, f"{what} ({language}) is not a valid text: "
                                            f"{detail} (a literal brace is written {{\"{{\"}})")
            self.fluent[language].append(entry)

    # -- the document --

    def survey(self, root: Node) -> Survey:
        top = self.mapping(root, "the survey", ("id", "version", "title", "intro", "thanks",
                                                "questions"),
                           required=("id", "version", "title", "questions"))
        survey_id = self.identifier(top["id"], "the survey id")
        version = self.integer(top["version"], "version")
        if version < 1:
            raise self.fail(top["version"], "version must be 1 or more")
        for name in ("title", "intro", "thanks"):
            if name in top:
                self.text(top[name], name, name)
        questions: list[Question] = []
        nodes = self.sequence(top["questions"], "questions")
        if not nodes:
            raise self.fail(top["questions"], "a survey needs at least one question")
        for node in nodes:
            question = self.question(node, questions)
            questions.append(question)
        return Survey(survey_id, version, str(self.path), tuple(questions), self._bundles())

    def question(self, node: Node, earlier: list[Question]) -> Question:
        fields = self.mapping(node, "a question",
                              ("id", "type", "text", "title", "optional", "options", "min",
                               "max", "max_length", "show_if", "segment"),
                              required=("id", "type", "text", "title"))
        qid = self.identifier(fields["id"], "the question id")
        if any(q.id == qid for q in earlier):
            raise self.fail(fields["id"], f"question id {qid!r} is used twice")
        kind = self.scalar(fields["type"], "type")
        if kind not in QUESTION_TYPES:
            raise self.fail(fields["type"], f"unknown question type {kind!r} "
                                            f"(one of: {', '.join(QUESTION_TYPES)})")
        self.text(fields["text"], f"q-{qid}", f"the text of {qid!r}")
        self.text(fields["title"], f"q-{qid}-title", f"the title of {qid!r}")
        optional = self.boolean(fields["optional"], "optional") if "optional" in fields \
            else False
        options = self.options(fields, qid, kind, node)
        minimum = self.integer(fields["min"], "min") if "min" in fields else None
        maximum = self.integer(fields["max"], "max") if "max" in fields else None
        if kind == "scale":
            minimum = 1 if minimum is None else minimum
            maximum = 5 if maximum is None else maximum
            if not 0 <= minimum < maximum <= minimum + 10:
                raise self.fail(node, "a scale goes from min to max, at most 11 steps")
        elif minimum is not None and maximum is not None and minimum > maximum:
            raise self.fail(fields["min"], "min is larger than max")
        max_length = DEFAULT_MAX_LENGTH
        if "max_length" in fields:
            max_length = self.integer(fields["max_length"], "max_length")
            if not 1 <= max_length <= 4000:
                raise self.fail(fields["max_length"], "max_length must be 1–4000")
        draft = Question(qid, kind, optional, options, minimum, maximum, max_length,
                         line=node.start_mark.line + 1)
        show_if = tuple(self.condition(c, earlier)
                        for c in self.sequence(fields["show_if"], "show_if")) \
            if "show_if" in fields else ()
        segments = tuple(self.segment(s, draft)
                         for s in self.sequence(fields["segment"], "segment")) \
            if "segment" in fields else ()
        return Question(qid, kind, optional, options, minimum, maximum, max_length,
                        show_if, segments, draft.line)

    def options(self, fields: dict[str, Node], qid: str, kind: str,
                node: Node) -> tuple[Option, ...]:
        if kind in ("single", "multi"):
            if "options" not in fields:
                raise self.fail(node, f"a {kind} question needs options")
            items = self.sequence(fields["options"], "options")
            if len(items) < 2:
                raise self.fail(fields["options"], "give at least two options")
            seen: list[Option] = []
            for item in items:
                option = self.mapping(item, "an option", ("id", "text"), required=("id", "text"))
                oid = self.identifier(option["id"], "the option id")
                if any(o.id == oid for o in seen):
                    raise self.fail(option["id"], f"option id {oid!r} is used twice")
                self.text(option["text"], f"o-{qid}-{oid}", f"the text of option {oid!r}")
                seen.append(Option(oid))
            return tuple(seen)
        if kind == "yesno" and "options" in fields:  # optional custom yes / no labels
            option = self.mapping(fields["options"], "yes/no labels", YES_NO, required=YES_NO)
            for oid in YES_NO:
                self.text(option[oid], f"o-{qid}-{oid}", f"the {oid} label")
            return ()
        if "options" in fields:
            raise self.fail(fields["options"], f"a {kind} question has no options")
        return ()

    def condition(self, node: Node, earlier: list[Question]) -> Condition:
        fields = self.mapping(node, "a show_if condition", ("question", "in", "not_in"),
                              required=("question",))
        qid = self.scalar(fields["question"], "show_if question")
        source = next((q for q in earlier if q.id == qid), None)
        if source is None:
            raise self.fail(fields["question"], f"show_if refers to {qid!r}, which is not an "
                                                "earlier question")
        if ("in" in fields) == ("not_in" in fields):
            raise self.fail(node, "a show_if condition needs exactly one of 'in' or 'not_in'")
        values_node = fields.get("in") or fields["not_in"]
        values = [self.scalar(v, "a show_if value")
                  for v in self.sequence(values_node, "show_if values")]
        allowed = set(source.option_ids) if source.type in CHOICE_TYPES else None
        for value_node, value in zip(self.sequence(values_node, "show_if values"), values,
                                     strict=True):
            if allowed is not None and value not in allowed:
                raise self.fail(value_node, f"{value!r} is not an option of {qid!r} "
                                            f"({', '.join(sorted(allowed))})")
        return Condition(qid, frozenset(values), negate="not_in" in fields)

    def segment(self, node: Node, question: Question) -> Segment:
        if isinstance(node, ScalarNode):
            name = self.scalar(node, "segment")
            fields: dict[str, Node] = {}
            name_node: Node = node
        else:
            fields = self.mapping(node, "a segment", ("name", "value", "when"),
                                  required=("name",))
            name_node = fields["name"]
            name = self.scalar(name_node, "segment name")
        if not SEGMENT_NAME.match(name):
            raise self.fail(name_node, f"segment name {name!r} must be lower-case letters, "
                                       "digits and _")
        value = self.scalar(fields["value"], "segment value") if "value" in fields else None
        when = None
        if "when" in fields:
            when_nodes = self.sequence(fields["when"], "segment when")
            when = frozenset(self.scalar(n, "segment when") for n in when_nodes)
            bad = when - set(question.option_ids)
            if question.type in CHOICE_TYPES and bad:
                raise self.fail(fields["when"], f"{sorted(bad)} not options of {question.id!r}")
        return Segment(name, value, when)

    def _bundles(self) -> Texts:
        texts = Texts()
        for language, entries in self.fluent.items():
            if entries:
                bundle = FluentBundle([language], use_isolating=False)
                bundle.add_resource(FluentResource("\n".join(entries) + "\n"))
                texts.bundles[language] = bundle
        return texts
