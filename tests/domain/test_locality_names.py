"""Every locality can be read and typed in every language: the coverage rule of
conversations/domain/data/README.md, and the search across every script."""

from __future__ import annotations

import csv
import re

import pytest

from conversations.domain.places import DATA_DIR, default_places

ROWS = list(csv.DictReader((DATA_DIR / "locality_names.csv").open(encoding="utf-8")))
ARABIC = range(0x0600, 0x0700)
CYRILLIC = range(0x0400, 0x0500)
SOURCES = {"geonames", "bureau", "reviewed", "transliterated"}


def script_of(name: str, block: range) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ord(ch) in block for ch in letters)


def test_every_bureau_locality_has_a_row():
    with (DATA_DIR / "localities.csv").open(encoding="utf-8") as handle:
        bureau = {row["name_he"].strip() for row in csv.DictReader(handle)}
    assert {row["name_he"] for row in ROWS} == bureau


def bad_names(row: dict[str, str]) -> list[str]:
    en = row["name_en"]
    return [problem for problem, bad in [
        ("Arabic", not script_of(row["name_ar"], ARABIC)),
        ("Russian", not script_of(row["name_ru"], CYRILLIC)),
        ("English", not (en.isascii() and en[:1].isupper())
         or bool(re.search(r"[a-z]'[A-Z]", en))),  # not "Be'Er Sheva"
        ("source", not {row["source_en"], row["source_ar"], row["source_ru"]} <= SOURCES),
    ] if bad]


def test_every_locality_has_a_name_in_each_script_with_its_source():
    assert {row["name_he"]: bad for row in ROWS if (bad := bad_names(row))} == {}
    assert bad_names({**ROWS[0], "name_en": "Be'Er Sheva"}) == ["English"]
    assert bad_names({**ROWS[0], "name_ru": "Ofakim"}) == ["Russian"]


def test_arab_druze_and_bedouin_localities_have_arabic_and_russian_names():
    arab = [row for row in ROWS if row["arab"]]
    assert len(arab) >= 120
    for town in ("נצרת", "רהט", "ירכא", "שפרעם", "אום אל-פחם", "סח'נין", "דאלית אל-כרמל",
                 "חורה", "בית ג'ן", "מג'דל שמס", "טייבה"):
        assert town in {row["name_he"] for row in arab}, town
    # the big ones have their Arabic name from GeoNames (or reviewed), not a transliteration
    big = [row for row in arab if row["population"] and int(row["population"]) > 5_000]
    assert len(big) >= 60
    for row in big:
        assert row["source_ar"] in {"geonames", "reviewed"}, row


def test_big_localities_mostly_have_their_names_from_a_source():
    big = [row for row in ROWS if row["population"] and int(row["population"]) > 5_000]
    assert len(big) >= 170
    sourced_ar = [row for row in big if row["source_ar"] != "transliterated"]
    sourced_ru = [row for row in big if row["source_ru"] != "transliterated"]
    assert len(sourced_ar) / len(big) > 0.6 and len(sourced_ru) / len(big) > 0.5
    # the cities over 100,000 all have GeoNames' (or reviewed) Russian and English names
    for row in big:
        if int(row["population"]) > 100_000:
            assert row["source_ru"] != "transliterated" and row["source_en"] != "bureau", row


@pytest.mark.parametrize(("typed", "key"), [
    ("الناصرة", "נצרת"), ("الناصره", "נצרת"), ("Назарет", "נצרת"), ("נצרת", "נצרת"),
    ("Nazareth", "נצרת"), ("Офаким", "אופקים"), ("Офакм", "אופקים"), ("Ofakim", "אופקים"),
    ("ofaqim", "אופקים"), ("אופקימ", "אופקים"), ("بئر السبع", "באר שבע"),
    ("Беэр Шева", "באר שבע"), ("Be'er Sheva", "באר שבע"), ("رهط", "רהט"), ("يركا", "ירכא"),
    ("Тверия", "טבריה"), ("Хайфа", "חיפה"),
])
def test_any_name_in_any_script_finds_the_locality(typed, key):
    assert default_places().search(typed)[0].key == key


@pytest.mark.parametrize(("language", "shown"), [
    ("he", "אופקים"), ("ar", "اوفقيم"), ("en", "Ofakim"), ("ru", "Офаким")])
def test_each_reader_sees_the_name_in_their_language(language, shown):
    place = default_places().get("אופקים")
    assert place is not None and place.display(language) == shown
    assert default_places().get("באר שבע").display("en") == "Be'er Sheva"  # type: ignore[union-attr]
