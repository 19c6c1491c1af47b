"""The rule-based spellings used where GeoNames has no Arabic or Russian name."""

from __future__ import annotations

import pytest

from conversations.domain.transliterate import (
    hebrew_to_arabic,
    hebrew_to_cyrillic,
    latin_to_cyrillic,
)


@pytest.mark.parametrize(("hebrew", "arab", "arabic"), [
    ("אבו סנאן", True, "أبو سنان"),            # the name word takes its hamza
    ("כפר כנא", True, "كفر كنا"),
    ("אבו עמרה", True, "أبو عمرة"),            # an Arabic name's final ה is ة
    ("קודייראת א-צאנע", True, "قوديرات الصانع"),  # «א-» is the article, יי one consonant
    ("ג'דיידה-מכר", True, "جديدة مكر"),       # ג׳ is ج, the hyphen a space
    ("ח'ואלד", True, "خوالد"),                  # ח׳ is خ
    ("ע'ג'ר", True, "غجر"),                     # ע׳ is غ
    ("אופקים", False, "اوفقيم"),               # a Hebrew name: final letters, ק ق
    ("נתניה", False, "نتنيا"),                 # a Hebrew name's final ה is a vowel
    ('פעמי תש"ז', False, "فعمي تشز"),          # gershayim dropped
])
def test_hebrew_to_arabic(hebrew, arab, arabic):
    assert hebrew_to_arabic(hebrew, arab=arab) == arabic


@pytest.mark.parametrize(("latin", "hebrew", "cyrillic"), [
    ("OFAQIM", "אופקים", "Офаким"),              # q is к
    ("BE'ER SHEVA", "באר שבע", "Беэр Шева"),     # the apostrophe between vowels is э
    ("MIZPE RAMON", "מצפה רמון", "Мицпе Рамон"),  # z for צ is ц
    ("ZIMRAT", "זמרת", "Зимрат"),                # z for ז stays з
    ("YEROHAM", "ירוחם", "Йерохам"),
    ("ELAT", "אילת", "Элат"),                    # a first e is э
    ("SHEFAR'AM", "שפרעם", "Шефарам"),           # sh is ш, a lone apostrophe dropped
    ("ABU GHOSH", "אבו גוש", "Абу Гхош"),
    ("TAMRA (YIZRE'EL)", "טמרה (יזרעאל)", "Тамра (Йизреэл)"),
    ("SEGEV-SHALOM", "שגב-שלום", "Сегев-Шалом"),
])
def test_latin_to_cyrillic(latin, hebrew, cyrillic):
    assert latin_to_cyrillic(latin, hebrew) == cyrillic


@pytest.mark.parametrize(("hebrew", "cyrillic"), [
    ("יתיר", "Итир"),
    ("דימונה", "Димуна"),
    ("בית שאן", "Бит Шн"),
])
def test_hebrew_to_cyrillic_is_a_last_resort(hebrew, cyrillic):
    assert hebrew_to_cyrillic(hebrew) == cyrillic
