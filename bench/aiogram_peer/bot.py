"""The graduates survey as a typical aiogram 3 developer writes it: one Router, a StatesGroup
with a State per question, handlers filtered by state, inline keyboards answered by callback
queries, the answers in the FSM data of RedisStorage (the durable storage aiogram users pick),
finished responses appended to a CSV file — the same survey, texts and checks as
bench/baseline, so the simulated users walk both with the same script.

It is the benchmark's peer, not part of Kehila; it runs in its own environment
(.venv-aiogram) and imports nothing of the bot's but the baseline's Hebrew texts.
"""

from __future__ import annotations

import asyncio
import csv
import logging
import os
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.filters import Command, CommandStart, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.base import DefaultKeyBuilder
from aiogram.fsm.storage.redis import RedisStorage
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bench.baseline.texts import INTRO, QUESTIONS, THANKS

log = logging.getLogger(__name__)
router = Router(name="survey")

Q = {q["id"]: q for q in QUESTIONS}
FORMS = [("m", "בלשון זכר"), ("f", "בלשון נקבה"), ("p", "בלשון רבים")]
YES_NO = [("yes", "כן"), ("no", "לא")]
SKIP, DONE, SEND = "⏭️ דילוג", "✔️ סיימתי", "✅ שליחה"
CSV_PATH = Path(os.environ.get("BASELINE_CSV", "responses.csv"))


class Survey(StatesGroup):
    form = State()
    age_group = State()
    academy = State()
    graduation_year = State()
    occupation = State()
    service_end = State()
    locality = State()
    family_status = State()
    openness = State()
    regions = State()
    time_frame = State()
    enablers = State()
    house_meeting = State()
    garin = State()
    volunteer = State()
    contact_ok = State()
    comments = State()
    confirm = State()


STATE_OF: dict[str, State] = {question_id: getattr(Survey, question_id) for question_id in Q}
QUESTION_OF: dict[str, str] = {state.state: question_id
                               for question_id, state in STATE_OF.items() if state.state}
CHOICE = [STATE_OF[q["id"]] for q in QUESTIONS if q["type"] in ("single", "yesno")]
MULTI = [STATE_OF[q["id"]] for q in QUESTIONS if q["type"] == "multi"]
TYPED = [STATE_OF[q["id"]] for q in QUESTIONS
         if q["type"] not in ("single", "yesno", "multi")]


def text_of(question: dict, form: str) -> str:
    text = question["text"]
    return text if isinstance(text, str) else text[form]


def options_of(question: dict) -> list[tuple[str, str]]:
    return question.get("options") or YES_NO


def keyboard(question: dict, ticked: list[str] | None = None) -> InlineKeyboardMarkup | None:
    def button(label: str, data: str) -> list[InlineKeyboardButton]:
        return [InlineKeyboardButton(text=label, callback_data=data)]

    if question["type"] not in ("single", "multi", "yesno"):
        return InlineKeyboardMarkup(inline_keyboard=[button(SKIP, "skip")]) \
            if question.get("optional") else None
    rows = [button(f"✅ {label}" if ticked and option_id in ticked else label, option_id)
            for option_id, label in options_of(question)]
    if question["type"] == "multi":
        rows.append(button(DONE, "done"))
        if question.get("optional"):
            rows.append(button(SKIP, "skip"))
    return InlineKeyboardMarkup(inline_keyboard=rows)


def next_question(after: str, answers: dict) -> str | None:
    """The question after `after`, skipping those whose condition does not hold."""
    ids = [q["id"] for q in QUESTIONS]
    for question_id in ids[ids.index(after) + 1:]:
        condition = Q[question_id].get("show_if")
        if condition and answers.get(condition["question"]) not in condition["in"]:
            continue
        return question_id
    return None


async def answer(message: Message, state: FSMContext, question_id: str, value: Any) -> None:
    """Store the answer, move the state on and only then ask the next question (aiogram's
    docs set the state before replying, so a quick next update finds it)."""
    data = await state.get_data()
    answers = {**data.get("answers", {}), question_id: value}
    following = next_question(question_id, answers)
    if following is None:
        await state.update_data(answers=answers)
        await state.set_state(Survey.confirm)
        await review(message, answers)
        return
    await state.update_data(answers=answers, ticked=[])
    await state.set_state(STATE_OF[following])
    question = Q[following]
    await message.answer(text_of(question, data.get("form", "m")),
                         reply_markup=keyboard(question, []))


async def mark_pressed(callback: CallbackQuery, label: str) -> Message:
    await callback.answer()
    message = callback.message
    assert isinstance(message, Message)
    await message.edit_text(f"{message.text}\n\n✔️ {label}")
    return message


async def review(message: Message, answers: dict) -> None:
    lines = ["כמעט סיימנו! אלה התשובות:"]
    for n, question in enumerate(QUESTIONS, 1):
        if question["id"] in answers:
            value = answers[question["id"]]
            labels = dict(options_of(question))
            if isinstance(value, list):
                value = ", ".join(labels.get(v, v) for v in value)
            elif question["type"] in ("single", "yesno"):
                value = labels.get(value, value)
            lines.append(f"{n}. {question['title']}: {value}")
    button = InlineKeyboardButton(text=SEND, callback_data="send")
    await message.answer("\n".join(lines),
                         reply_markup=InlineKeyboardMarkup(inline_keyboard=[[button]]))


# --- the conversation ---------------------------------------------------------------------

@router.message(CommandStart())
async def start(message: Message, state: FSMContext) -> None:
    await state.set_state(Survey.form)
    await state.set_data({"answers": {}})
    buttons = [[InlineKeyboardButton(text=label, callback_data=form)] for form, label in FORMS]
    await message.answer("שלום! איך לפנות אליך?",
                         reply_markup=InlineKeyboardMarkup(inline_keyboard=buttons))


@router.message(Command("cancel"))
async def cancel(message: Message, state: FSMContext) -> None:
    await state.clear()
    await message.answer("הסקר הופסק. /start כדי להתחיל מחדש.")


@router.callback_query(Survey.form, F.data.in_({"m", "f", "p"}))
async def form(callback: CallbackQuery, state: FSMContext) -> None:
    chosen = callback.data or "m"
    await state.update_data(form=chosen, ticked=[])
    await state.set_state(Survey.age_group)
    message = await mark_pressed(callback, dict(FORMS)[chosen])
    await message.answer(INTRO)
    question = Q["age_group"]
    await message.answer(text_of(question, chosen), reply_markup=keyboard(question, []))


@router.callback_query(StateFilter(*CHOICE))
async def single_choice(callback: CallbackQuery, state: FSMContext, raw_state: str) -> None:
    question_id = QUESTION_OF[raw_state]
    labels = dict(options_of(Q[question_id]))
    if callback.data not in labels:
        await callback.answer()
        return
    message = await mark_pressed(callback, labels[callback.data])
    await answer(message, state, question_id, callback.data)


@router.callback_query(StateFilter(*MULTI))
async def multi_choice(callback: CallbackQuery, state: FSMContext, raw_state: str) -> None:
    question_id = QUESTION_OF[raw_state]
    question = Q[question_id]
    ticked: list[str] = (await state.get_data()).get("ticked", [])
    if callback.data == "skip":
        message = await mark_pressed(callback, SKIP)
        await skipped(message, state, question_id)
        return
    if callback.data == "done":
        if not ticked:
            await callback.answer("בחר/י לפחות אפשרות אחת")
            return
        labels = dict(options_of(question))
        message = await mark_pressed(callback, ", ".join(labels[t] for t in ticked))
        await answer(message, state, question_id, list(ticked))
        return
    if callback.data not in dict(options_of(question)):
        await callback.answer()
        return
    ticked = [t for t in ticked if t != callback.data] if callback.data in ticked \
        else [*ticked, callback.data]
    await state.update_data(ticked=ticked)
    await callback.answer()
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(reply_markup=keyboard(question, ticked))


async def skipped(message: Message, state: FSMContext, question_id: str) -> None:
    """Move on without an answer (the question stays out of the review)."""
    data = await state.get_data()
    following = next_question(question_id, data.get("answers", {}))
    if following is None:
        await state.set_state(Survey.confirm)
        await review(message, data.get("answers", {}))
        return
    await state.update_data(ticked=[])
    await state.set_state(STATE_OF[following])
    question = Q[following]
    await message.answer(text_of(question, data.get("form", "m")),
                         reply_markup=keyboard(question, []))


@router.callback_query(StateFilter(*TYPED), F.data == "skip")
async def skip(callback: CallbackQuery, state: FSMContext, raw_state: str) -> None:
    message = await mark_pressed(callback, SKIP)
    await skipped(message, state, QUESTION_OF[raw_state])


@router.message(StateFilter(*TYPED), F.text)
async def typed(message: Message, state: FSMContext, raw_state: str) -> None:
    """A free-text answer, checked by the question's type."""
    question_id = QUESTION_OF[raw_state]
    question = Q[question_id]
    text = (message.text or "").strip()
    if question["type"] == "number":
        if not text.isdigit():
            await message.answer("זה לא נראה לי מספר. אפשר לכתוב רק ספרות, למשל 2019.")
            return
        if not question["min"] <= int(text) <= question["max"]:
            await message.answer(f"צריך מספר בין {question['min']} ל־{question['max']}.")
            return
        value: object = int(text)
    elif question["type"] == "date":
        match = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
        try:
            value = datetime(int(match[3]), int(match[2]),  # type: ignore[index]
                             int(match[1])).date().isoformat()  # type: ignore[index]
        except (TypeError, ValueError):
            await message.answer("לא הצלחתי לקרוא את התאריך. כתבו יום/חודש/שנה, למשל 15/08/2027.")
            return
    else:
        limit = question.get("max_length", 200)
        if len(text) > limit:
            await message.answer(f"התשובה ארוכה מדי. אפשר לקצר עד {limit} תווים?")
            return
        value = text
    await answer(message, state, question_id, value)


@router.callback_query(Survey.confirm, F.data == "send")
async def confirm(callback: CallbackQuery, state: FSMContext) -> None:
    data = await state.get_data()
    await state.clear()
    message = await mark_pressed(callback, SEND)
    answers = data.get("answers", {})
    new_file = not CSV_PATH.exists()  # noqa: ASYNC240 - a blocking write, as typical bots do
    with CSV_PATH.open("a", newline="", encoding="utf-8") as handle:  # noqa: ASYNC230
        writer = csv.writer(handle)
        if new_file:
            writer.writerow(["user_id", *(q["id"] for q in QUESTIONS)])
        writer.writerow([callback.from_user.id, *(answers.get(q["id"], "") for q in QUESTIONS)])
    await message.answer(THANKS[data.get("form", "m")])


@router.callback_query()
async def stale(callback: CallbackQuery) -> None:
    """A button from an old question: answered, so the client stops its spinner."""
    await callback.answer()


@router.message(F.text)
async def use_buttons(message: Message) -> None:
    await message.answer("אפשר לבחור באחד הכפתורים 👆")


async def serve() -> None:
    storage = RedisStorage.from_url(
        os.environ.get("AIOGRAM_REDIS_URL", "redis://127.0.0.1:6379/0"),
        key_builder=DefaultKeyBuilder(prefix=os.environ.get("AIOGRAM_REDIS_PREFIX", "fsm")))
    session = AiohttpSession(api=TelegramAPIServer.from_base(
        os.environ.get("TELEGRAM_API_SERVER", "https://api.telegram.org")))
    bot = Bot(os.environ["TELEGRAM_BOT_TOKEN"], session=session)
    dispatcher = Dispatcher(storage=storage)
    dispatcher.include_router(router)
    try:
        await dispatcher.start_polling(
            bot, polling_timeout=int(os.environ.get("TELEGRAM_POLL_TIMEOUT", "10")),
            allowed_updates=dispatcher.resolve_used_update_types())
    finally:
        await storage.close()


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING"))
    asyncio.run(serve())
