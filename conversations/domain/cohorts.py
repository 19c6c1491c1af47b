"""Proposed cohorts: leads grouped by target region and timing (and one more field, if the
coordinator names one), each group split toward a target size, with the reasons.

Pure: the feature gathers the candidates from storage and shows the result. A person with
several regions goes to the region most candidates share, so the groups come out bigger.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

DEFAULT_TARGET = 20
ANY = ""
"""A key part nobody answered (no region, no timing): still grouped, shown as "any"."""


@dataclass(frozen=True)
class Candidate:
    person_id: int
    regions: tuple[str, ...] = ()
    timing: str = ANY
    extra: tuple[str, ...] = ()
    """The values of the coordinator's extra field (empty without one)."""


@dataclass
class Cohort:
    region: str
    timing: str
    extra: str = ANY
    members: list[int] = field(default_factory=list)
    part: int = 1
    parts: int = 1
    """A big group split in several: this is part `part` of `parts`."""

    @property
    def size(self) -> int:
        return len(self.members)

    def reasons(self, target: int) -> list[tuple[str, str | int]]:
        """Why these people are together: (kind, value), for the feature to translate."""
        found: list[tuple[str, str | int]] = [("region", self.region), ("timing", self.timing)]
        if self.extra:
            found.append(("extra", self.extra))
        found.append(("size", self.size))
        if self.parts > 1:
            found.append(("split", self.parts))
        if self.size < target // 2:
            found.append(("small", target))
        return found


def _pick(options: Sequence[str], popularity: Counter[str]) -> str:
    if not options:
        return ANY
    return max(options, key=lambda o: (popularity[o], -options.index(o)))


def propose(candidates: Sequence[Candidate], *, target: int = DEFAULT_TARGET) -> list[Cohort]:
    """Group the candidates; biggest groups first, ties by region, timing, extra."""
    target = max(2, target)
    regions = Counter(r for c in candidates for r in dict.fromkeys(c.regions))
    extras = Counter(e for c in candidates for e in dict.fromkeys(c.extra))
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for c in sorted(candidates, key=lambda c: c.person_id):
        key = (_pick(c.regions, regions), c.timing or ANY, _pick(c.extra, extras))
        groups[key].append(c.person_id)
    cohorts = []
    for (region, timing, extra), members in groups.items():
        parts = max(1, round(len(members) / target))
        size = -(-len(members) // parts)  # the parts come out as even as they can
        for n in range(parts):
            cohorts.append(Cohort(region, timing, extra, members[n * size:(n + 1) * size],
                                  n + 1, parts))
    cohorts.sort(key=lambda c: (-c.size, c.region or "~", c.timing or "~", c.extra, c.part))
    return [c for c in cohorts if c.members]
