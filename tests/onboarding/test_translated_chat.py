"""Rana chats in Arabic and Avi in Russian: the survey and house meetings answer in their
language, not in the Hebrew fallback (the reason locales/ar and locales/ru are complete)."""

from __future__ import annotations

from tests.support.person import on_telegram
from tests.support.telegram import running_bot

RANA, AVI = 1003, 1002
HEBREW = range(0x0590, 0x0600)


def no_hebrew(text: str) -> bool:
    return not any(ord(ch) in HEBREW for ch in text)


async def test_rana_answers_the_survey_in_arabic(database_url, api, clock):
    rana = on_telegram(api, RANA)
    async with running_bot(database_url, api, clock=clock):
        await rana.onboard("العربية", "بصيغة المؤنّث (أنتِ)", "موافقة")
        assert {"📋 الإجابة عن الاستبيان", "🏠 لقاءات بيتية"} <= set(rana.last.labels)
        intro, age = await rana.tap("📋 الإجابة عن الاستبيان", expect=2)
        assert intro.text.startswith("📋 استبيان قصير")
        assert age.text.startswith("(1/12)\nكم عمركِ؟")  # feminine, as she chose
        assert "36 فما فوق" in age.labels
        [academy] = await rana.tap("22–25")
        assert academy.text.startswith("(2/12)\nفي أي كلية تحضيرية")
        [year] = await rana.say("مكينة عتسمون")
        error, again = await rana.say("ألفين", expect=2)
        assert error.text.startswith("هذا لا يبدو رقمًا")
        assert again.text == year.text
        [occupation] = await rana.say("2019")
        assert occupation.text.startswith("(4/12)\nبماذا تنشغلين")
        assert occupation.labels[:2] == ["خدمة عسكرية", "خدمة مدنية أو وطنية"]
        for sent in (intro, age, academy, year, error, occupation):
            assert no_hebrew(sent.text + "".join(sent.labels)), sent.text


async def test_avi_browses_house_meetings_in_russian(database_url, api, clock):
    avi = on_telegram(api, AVI)
    async with running_bot(database_url, api, clock=clock):
        await avi.onboard("Русский", "На «ты», я мужчина", "Согласен")
        assert "🏠 Домашние встречи" in avi.last.labels
        [regions] = await avi.tap("🏠 Домашние встречи")
        assert regions.text == "В каком регионе искать домашнюю встречу?"
        assert "Негев и юг" in regions.labels and "🌍 Везде" in regions.labels
        [none] = await avi.tap("Негев и юг")
        assert none.text.startswith("Ближайших домашних встреч в Негеве и на юге пока нет.")
        assert none.labels == ["🧭 Другой регион", "🌍 Везде", "↩️ В меню"]
        for sent in (regions, none):
            assert no_hebrew(sent.text + "".join(sent.labels)), sent.text


async def test_avi_starts_a_volunteer_profile_in_russian(database_url, api, clock):
    avi = on_telegram(api, AVI)
    async with running_bot(database_url, api, clock=clock):
        await avi.onboard("Русский", "На «ты», я мужчина", "Согласен")
        assert "🙋 Профиль волонтёра" in avi.last.labels
        intro, name = await avi.tap("🙋 Профиль волонтёра", expect=2)
        assert intro.text.startswith("Как здорово, что ты пришёл помогать 💛")
        assert name.text.startswith("Как тебя зовут?")
        [skills] = await avi.say("Ави")
        assert skills.text.startswith("Чем ты можешь помочь?")
        assert {"▫️ Перевод", "▫️ Подвезти", "✔️ Готово"} <= set(skills.labels)
        for message in (intro, name, skills):
            assert no_hebrew(message.text + "".join(message.labels)), message.text
