"""The accompaniment journey of a garin, read from YAML: stages, milestones, owners, due days.

Like the survey, the journey is data an organisation edits (`GARIN_JOURNEY_FILE`), so every
mistake is reported with the file, the line and what is wrong before the bot starts. The node
helpers and the Fluent texts are the survey reader's; only the document's shape is new.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from yaml.nodes import Node

from conversations.domain.survey_def import SurveyError, Texts, _Reader, compose_yaml

JOURNEY_FILE = Path(__file__).parent / "data" / "journey.yaml"
LEAD, COORDINATOR = "lead", "coordinator"
OWNERS = (LEAD, COORDINATOR)
MAX_DUE_DAYS = 3650


class JourneyError(SurveyError):
    """A journey file that cannot be used, with where and why."""


@dataclass(frozen=True)
class Milestone:
    id: str
    stage: str
    owner: str
    due_days: int
    """Days from the garin's start of the journey to the milestone's due date."""


@dataclass(frozen=True)
class Stage:
    id: str
    milestones: tuple[Milestone, ...]


@dataclass(frozen=True)
class Journey:
    id: str
    version: int
    path: str
    stages: tuple[Stage, ...]
    texts: Texts

    @property
    def milestones(self) -> tuple[Milestone, ...]:
        return tuple(m for stage in self.stages for m in stage.milestones)

    def milestone(self, mid: str) -> Milestone | None:
        return next((m for m in self.milestones if m.id == mid), None)

    def stage_title(self, sid: str, language: str) -> str:
        return self.texts.get(f"stage-{sid}", language)

    def milestone_title(self, mid: str, language: str) -> str:
        return self.texts.get(f"milestone-{mid}", language)


def load_journey(path: Path | str = JOURNEY_FILE) -> Journey:
    """Read and validate a journey file; raise JourneyError naming the file and line."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as error:
        raise JourneyError(path, None, f"cannot read the file ({error.strerror})") from error
    return parse_journey(source, path)


@cache
def configured_journey(path: str = "") -> Journey:
    """The journey in use: the organisation's file when set, else the shipped one."""
    return load_journey(path or JOURNEY_FILE)


def parse_journey(source: str, path: Path | str = "<journey>") -> Journey:
    return _JourneyReader(Path(path)).journey(compose_yaml(source, path, JourneyError))


class _JourneyReader(_Reader):
    def fail(self, node: Node | None, problem: str) -> SurveyError:
        line = node.start_mark.line + 1 if node is not None else None
        return JourneyError(self.path, line, problem)

    def journey(self, root: Node) -> Journey:
        top = self.mapping(root, "the journey", ("id", "version", "title", "stages"),
                           required=("id", "version", "stages"))
        journey_id = self.identifier(top["id"], "the journey id")
        version = self.integer(top["version"], "version")
        if version < 1:
            raise self.fail(top["version"], "version must be 1 or more")
        if "title" in top:
            self.text(top["title"], "title", "title")
        stages: list[Stage] = []
        seen: set[str] = set()
        nodes = self.sequence(top["stages"], "stages")
        if not nodes:
            raise self.fail(top["stages"], "a journey needs at least one stage")
        for node in nodes:
            stages.append(self.stage(node, seen))
        return Journey(journey_id, version, str(self.path), tuple(stages), self._bundles())

    def stage(self, node: Node, seen: set[str]) -> Stage:
        fields = self.mapping(node, "a stage", ("id", "title", "milestones"),
                              required=("id", "title", "milestones"))
        sid = self.identifier(fields["id"], "the stage id")
        if f"stage:{sid}" in seen:
            raise self.fail(fields["id"], f"stage id {sid!r} is used twice")
        seen.add(f"stage:{sid}")
        self.text(fields["title"], f"stage-{sid}", f"the title of stage {sid!r}")
        items = self.sequence(fields["milestones"], "milestones")
        if not items:
            raise self.fail(fields["milestones"], f"stage {sid!r} needs a milestone")
        return Stage(sid, tuple(self.milestone(item, sid, seen) for item in items))

    def milestone(self, node: Node, stage: str, seen: set[str]) -> Milestone:
        fields = self.mapping(node, "a milestone", ("id", "title", "owner", "due_days"),
                              required=("id", "title", "owner", "due_days"))
        mid = self.identifier(fields["id"], "the milestone id")
        if mid in seen:
            raise self.fail(fields["id"], f"milestone id {mid!r} is used twice")
        seen.add(mid)
        self.text(fields["title"], f"milestone-{mid}", f"the title of milestone {mid!r}")
        owner = self.scalar(fields["owner"], "owner")
        if owner not in OWNERS:
            raise self.fail(fields["owner"], f"owner must be one of {', '.join(OWNERS)}, "
                                             f"not {owner!r}")
        due = self.integer(fields["due_days"], "due_days")
        if not 0 <= due <= MAX_DUE_DAYS:
            raise self.fail(fields["due_days"], f"due_days must be 0–{MAX_DUE_DAYS}")
        return Milestone(mid, stage, owner, due)
