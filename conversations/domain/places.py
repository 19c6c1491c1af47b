"""Israeli localities and regions: fuzzy lookup by Hebrew or English name, locality → region.

The list is the statistics bureau's (a copy of shared/data/localities.csv shipped as package
data); the sub-district → region map is data in `data/regions.yaml`. rapidfuzz ranks
spellings, after folding Hebrew final letters so "אופקימ" finds "אופקים".
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

DATA_DIR = Path(__file__).with_name("data")
FINAL_LETTERS = str.maketrans("ךםןףץ", "כמנפצ")
MIN_SCORE = 70


@dataclass(frozen=True)
class Locality:
    name_he: str
    name_en: str
    subdistrict: str
    region: str

    @property
    def key(self) -> str:
        """A stable id: the Hebrew name (unique but for two bureau duplicates)."""
        return self.name_he

    def display(self, language: str) -> str:
        if language == "he" or not self.name_en:
            return self.name_he
        return self.name_en.title()


def fold(text: str) -> str:
    """Casefold, fold Hebrew final letters, drop punctuation: for comparing spellings."""
    text = text.casefold().translate(FINAL_LETTERS)
    kept = "".join(ch if ch.isalnum() or ch.isspace() else " " for ch in text)
    return " ".join(kept.replace("'", "").split())


class Places:
    def __init__(self, localities: list[Locality], regions: dict[str, list[str]]) -> None:
        self.localities = localities
        self.regions = list(regions)
        self._by_key = {loc.key: loc for loc in localities}
        self._names: list[str] = []
        self._owners: list[Locality] = []
        for loc in localities:
            for name in {loc.name_he, loc.name_en}:
                if name:
                    self._names.append(fold(name))
                    self._owners.append(loc)

    def get(self, key: str) -> Locality | None:
        return self._by_key.get(key)

    def search(self, text: str, limit: int = 5) -> list[Locality]:
        """The closest localities to what was typed, best first, each at most once."""
        query = fold(text)
        if not query:
            return []
        exact = [loc for name, loc in zip(self._names, self._owners, strict=True)
                 if name == query]
        if exact:
            return list(dict.fromkeys(exact))[:limit]
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


@cache
def default_places() -> Places:
    regions = yaml.safe_load((DATA_DIR / "regions.yaml").read_text(encoding="utf-8"))
    region_of = {sub: region for region, subs in regions.items() for sub in subs}
    localities = []
    with (DATA_DIR / "localities.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            sub = row["subdistrict_he"].strip()
            localities.append(Locality(row["name_he"].strip(), row["name_en"].strip(), sub,
                                       region_of.get(sub, "other")))
    return Places(localities, regions)
