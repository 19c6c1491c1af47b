"""Israeli localities and regions: fuzzy lookup by any of a locality's names, locality → region.

The list is the statistics bureau's (a copy of shared/data/localities.csv shipped as package
data); each locality's Arabic, Russian and English names come from `data/locality_names.csv`
(GeoNames, or a marked transliteration: scripts/build_locality_names.py, data/README.md). The
sub-district → region map is data in `data/regions.yaml`. rapidfuzz ranks spellings in every
script after folding what people type differently: Hebrew final letters ("אופקימ" finds
"אופקים"), Arabic hamza seats, ta marbuta and vowel signs ("الناصره" finds "الناصرة"), Russian
ё, so «Офакм» still finds Ofakim.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).with_name("data")
FOLDS = str.maketrans("ךםןףץأإآٱىةёй", "כמנפצاااايهеи")
ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640\u200b-\u200f]")
"""Arabic vowel signs, tatweel and direction marks: not part of a spelling."""
MIN_SCORE = 70
LANGUAGES = ("he", "ar", "en", "ru")


@dataclass(frozen=True)
class Locality:
    name_he: str
    name_en: str
    subdistrict: str
    region: str
    names: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    """The name in each language ("he", "ar", "en", "ru"); `name_en` is the bureau's."""
    also: tuple[str, ...] = field(default=(), compare=False, hash=False)
    """Other spellings GeoNames knows (Arabic and Cyrillic variants): found, never shown."""

    @property
    def key(self) -> str:
        """A stable id: the Hebrew name (unique but for two bureau duplicates)."""
        return self.name_he

    def display(self, language: str) -> str:
        """The name a reader of `language` knows the place by (Hebrew if there is none)."""
        return self.names.get(language) or self.names.get("en") or self.name_he

    def spellings(self) -> set[str]:
        """Every name it is known by, in every script: what a person may type."""
        return {name for name in (self.name_he, self.name_en, *self.names.values(), *self.also)
                if name}


def fold(text: str) -> str:
    """Casefold, fold letters written either way, drop punctuation: for comparing spellings."""
    text = ARABIC_MARKS.sub("", text.casefold()).translate(FOLDS)
    kept = "".join(ch if ch.isalnum() or ch.isspace() else " " for ch in text.replace("'", ""))
    return " ".join(kept.split())


class Places:
    def __init__(self, localities: list[Locality], regions: dict[str, list[str]]) -> None:
        self.localities = localities
        self.regions = list(regions)
        self._by_key = {loc.key: loc for loc in localities}
        self._names: list[str] = []
        self._owners: list[Locality] = []
        for loc in localities:
            for name in {fold(name) for name in loc.spellings()}:
                self._names.append(name)
                self._owners.append(loc)

    def get(self, key: str) -> Locality | None:
        return self._by_key.get(key)

    def is_named(self, loc: Locality, text: str) -> bool:
        """Whether `text` is one of the locality's names exactly (folded), not a near miss."""
        return fold(text) in {fold(name) for name in loc.spellings()}

    def score(self, loc: Locality, text: str) -> float:
        """How close `text` is to the nearest of the locality's names (0–100)."""
        from rapidfuzz import (
            fuzz,  # on use: a resting bot need not hold it (bench/RESULTS.md, memory)
        )

        query = fold(text)
        return max(fuzz.WRatio(query, fold(name)) for name in loc.spellings())

    def search(self, text: str, limit: int = 5) -> list[Locality]:
        """The closest localities to what was typed, best first, each at most once."""
        query = fold(text)
        if not query:
            return []
        exact = [loc for name, loc in zip(self._names, self._owners, strict=True)
                 if name == query]
        if exact:
            return list(dict.fromkeys(exact))[:limit]
        from rapidfuzz import fuzz, process

        hits = process.extract(query, self._names, scorer=fuzz.WRatio, limit=limit * 3,
                               score_cutoff=MIN_SCORE)
        found: list[Locality] = []
        for _name, _score, index in hits:
            loc = self._owners[index]
            if loc not in found:
                found.append(loc)
        return found[:limit]

    def in_region(self, region: str) -> list[Locality]:
        return [loc for loc in self.localities if loc.region == region]


def _names() -> dict[str, dict[str, str]]:
    with (DATA_DIR / "locality_names.csv").open(encoding="utf-8", newline="") as handle:
        return {row["name_he"]: row for row in csv.DictReader(handle)}


@cache
def default_places() -> Places:
    regions = yaml.safe_load((DATA_DIR / "regions.yaml").read_text(encoding="utf-8"))
    region_of = {sub: region for region, subs in regions.items() for sub in subs}
    names = _names()
    localities = []
    with (DATA_DIR / "localities.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            sub, he = row["subdistrict_he"].strip(), row["name_he"].strip()
            own = names.get(he, {})
            localities.append(Locality(
                he, row["name_en"].strip(), sub, region_of.get(sub, "other"),
                {"he": he} | {lang: own[f"name_{lang}"] for lang in ("ar", "en", "ru")
                              if own.get(f"name_{lang}")},
                tuple(filter(None, (own.get("also") or "").split("|")))))
    return Places(localities, regions)
