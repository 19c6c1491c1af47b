"""Rule-based spellings of a locality name in Arabic script and in Cyrillic, for the localities
GeoNames has no Arabic or Russian name for (scripts/build_locality_names.py; never at run time).

Arabic is read from the Hebrew letters: Hebrew writes Arabic place names phonetically, with the
geresh marking the Arabic-only sounds (ג׳ ج, ח׳ خ, ע׳ غ, ד׳ ذ, ט׳ ظ, צ׳ ض, ת׳ ث) and «א-» for the
article, so letter by letter gives the Arabic spelling back; Hebrew names come out as Israeli
Arabic road signs spell them (ק ق, ו و, י ي). Cyrillic is read from the bureau's Latin spelling,
which has the vowels Hebrew script leaves out (OFAQIM → Офаким, as Russian speakers in Israel
write it: q is к, h is х, z is ц where the Hebrew has צ and no ז).
"""

from __future__ import annotations

import re

GERESH = "'׳’`"
HE_AR_GERESH = {"ג": "ج", "ח": "خ", "ע": "غ", "ד": "ذ", "ט": "ظ", "צ": "ض", "ץ": "ض",
                "ת": "ث", "ז": "ج"}
HE_AR = {"א": "ا", "ב": "ب", "ג": "ج", "ד": "د", "ה": "ه", "ו": "و", "ז": "ز", "ח": "ح",
         "ט": "ط", "י": "ي", "כ": "ك", "ך": "ك", "ל": "ل", "מ": "م", "ם": "م", "נ": "ن",
         "ן": "ن", "ס": "س", "ע": "ع", "פ": "ف", "ף": "ف", "צ": "ص", "ץ": "ص", "ק": "ق",
         "ר": "ر", "ש": "ش", "ת": "ت", "-": " ", " ": " ", "(": "(", ")": ")"}

ARABIC_WORDS = {"אבו": "أبو", "אום": "أم", "ביר": "بئر", "עין": "عين"}
"""Arabic name words whose Hebrew spelling drops the hamza."""


def hebrew_to_arabic(name_he: str, *, arab: bool = False) -> str:
    """«אבו סנאן» → «ابو سنان», «אופקים» → «اوفقيم». `arab`: the name is Arabic, so a final
    ה is the feminine ة («אבו עמרה» → «ابو عمرة») and «א-»/«אל-» is the article ال."""
    words = []
    for word in re.split(r"\s+", name_he.replace('"', "").replace("״", "").strip()):
        if arab and word in ARABIC_WORDS:
            words.append(ARABIC_WORDS[word])
            continue
        if arab and re.fullmatch(r"(א|אל)-.+", word):
            word = word.partition("-")[2]
            words.append("ال" + _letters(word, arab=arab))
            continue
        words.append(_letters(word, arab=arab))
    return " ".join(w for w in " ".join(words).split())


def _letters(word: str, *, arab: bool) -> str:
    out: list[str] = []
    # a doubled vav or yod inside a word is one consonant (ו and י are also vowel letters)
    chars = list(word[:1] + word[1:].replace("וו", "ו").replace("יי", "י"))
    for i, ch in enumerate(chars):
        if ch in GERESH:
            continue
        marked = i + 1 < len(chars) and chars[i + 1] in GERESH
        last = i == len(chars) - 1 or not ("\u05d0" <= chars[i + 1] <= "\u05ea")
        if marked and ch in HE_AR_GERESH:
            out.append(HE_AR_GERESH[ch])
        elif ch == "ה" and last and i > 0:
            out.append("ة" if arab else "ا")
        elif ch == "-":
            out.append(" ")
        else:
            out.append(HE_AR.get(ch, ""))
    return "".join(out)


LATIN_CYR = [("shch", "щ"), ("sh", "ш"), ("kh", "х"), ("ch", "ч"), ("zh", "ж"), ("ts", "ц"),
             ("tz", "ц"), ("ya", "я"), ("yu", "ю"), ("yo", "йо"), ("ye", "е"), ("ei", "ей"),
             ("ai", "ай"), ("oi", "ой"), ("ui", "уй"), ("aa", "аа"), ("ee", "ее"),
             ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
             ("h", "х"), ("i", "и"), ("j", "дж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
             ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
             ("v", "в"), ("w", "в"), ("x", "кс"), ("y", "й"), ("z", "з")]
VOWELS = "аеиоуяюэ"


def latin_to_cyrillic(name_en: str, name_he: str = "") -> str:
    """«OFAQIM» → «Офаким», «BE'ER SHEVA» → «Беэр Шева», «MIZPE RAMON» → «Мицпе Рамон»
    (z is ц when the Hebrew spells צ and no ז)."""
    z = "ц" if ("צ" in name_he or "ץ" in name_he) and "ז" not in name_he else "з"
    words = []
    for word in re.split(r"(\s+|-)", name_en.casefold()):
        if not word.strip() or word == "-":
            words.append(word)
            continue
        words.append(_cyrillic_word(word, z))
    return "".join(words)


def _cyrillic_word(word: str, z: str) -> str:
    out = ""
    i = 0
    text = word.replace("’", "'").replace("`", "'")
    while i < len(text):
        if text[i] == "'":
            # the bureau's apostrophe marks an aleph/ayin between vowels: "be'er" is «беэр»
            if out and out[-1] in VOWELS and i + 1 < len(text) and text[i + 1] == "e":
                out += "э"
                i += 2
                continue
            i += 1
            continue
        for latin, cyr in LATIN_CYR:
            if text.startswith(latin, i):
                if latin == "z":
                    cyr = z
                elif latin == "y" and i + 1 < len(text) and text[i + 1] in "aeiou":
                    cyr = "й"
                elif latin == "ye" and i == 0:
                    cyr = "йе"  # Йерохам, Йехуд: a first ye keeps its й
                elif latin == "e" and (not out or out[-1] in VOWELS) and i == 0:
                    cyr = "э"
                elif latin == "i" and out and out[-1] in "аоу" and i + 1 == len(text):
                    cyr = "й"
                out += cyr
                i += len(latin)
                break
        else:
            out += text[i] if text[i] in "()" else ""
            i += 1
    lead = len(out) - len(out.lstrip("("))
    return out[:lead] + out[lead:lead + 1].upper() + out[lead + 1:]


def hebrew_to_cyrillic(name_he: str) -> str:
    """A last resort for a name the bureau gives no Latin spelling: consonants as written,
    vav and yod as у and и («יתיר» → «Итир»)."""
    table = {"א": "", "ב": "в", "ג": "г", "ד": "д", "ה": "", "ו": "у", "ז": "з", "ח": "х",
             "ט": "т", "י": "и", "כ": "х", "ך": "х", "ל": "л", "מ": "м", "ם": "м", "נ": "н",
             "ן": "н", "ס": "с", "ע": "", "פ": "ф", "ף": "ф", "צ": "ц", "ץ": "ц", "ק": "к",
             "ר": "р", "ש": "ш", "ת": "т", " ": " ", "-": "-"}
    words = []
    for word in name_he.split():
        text = "".join(table.get(ch, "") for ch in word)
        if word[:1] == "ב":
            text = "б" + text[1:]
        if word[:1] == "כ":
            text = "к" + text[1:]
        if word[:1] == "פ":
            text = "п" + text[1:]
        if word[-1:] == "ה":
            text += "а"
        words.append(text[:1].upper() + text[1:])
    return " ".join(w for w in words if w)
