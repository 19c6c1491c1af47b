"""The graduates survey as a typical python-telegram-bot developer writes it: one
ConversationHandler, a state per question, hand-written handlers, inline keyboards, answers in
user_data kept by PicklePersistence, finished responses appended to a CSV file.

It is the benchmark's peer, not part of Kehila: no database, no outbox, no localisation beyond
the Hebrew texts, no gazetteer for the locality (the name is kept as typed).
"""

from __future__ import annotations

import csv
import logging
import os
import re
from datetime import datetime
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)

from bench.baseline.texts import INTRO, QUESTIONS, THANKS

log = logging.getLogger(__name__)

Q = {q["id"]: q for q in QUESTIONS}
(FORM, AGE_GROUP, ACADEMY, GRADUATION_YEAR, OCCUPATION, SERVICE_END, LOCALITY, FAMILY_STATUS,
 OPENNESS, REGIONS, TIME_FRAME, ENABLERS, HOUSE_MEETING, GARIN, VOLUNTEER, CONTACT_OK, COMMENTS,
 CONFIRM) = range(18)
STATE_OF = {"age_group": AGE_GROUP, "academy": ACADEMY, "graduation_year": GRADUATION_YEAR,
            "occupation": OCCUPATION, "service_end": SERVICE_END, "locality": LOCALITY,
            "family_status": FAMILY_STATUS, "openness": OPENNESS, "regions": REGIONS,
            "time_frame": TIME_FRAME, "enablers": ENABLERS, "house_meeting": HOUSE_MEETING,
            "garin": GARIN, "volunteer": VOLUNTEER, "contact_ok": CONTACT_OK,
            "comments": COMMENTS}
FORMS = [("m", "בלשון זכר"), ("f", "בלשון נקבה"), ("p", "בלשון רבים")]
YES_NO = [("yes", "כן"), ("no", "לא")]
SKIP, DONE, SEND = "⏭️ דילוג", "✔️ סיימתי", "✅ שליחה"
CSV_PATH = Path(os.environ.get("BASELINE_CSV", "responses.csv"))


def text_of(question: dict, form: str) -> str:
    text = question["text"]
    return text if isinstance(text, str) else text[form]


def options_of(question: dict) -> list[tuple[str, str]]:
    return question.get("options") or YES_NO


def keyboard(question: dict, ticked: list[str] | None = None) -> InlineKeyboardMarkup | None:
    if question["type"] not in ("single", "multi", "yesno"):
        if question.get("optional"):
            return InlineKeyboardMarkup([[InlineKeyboardButton(SKIP, callback_data="skip")]])
        return None
    rows = []
    for option_id, label in options_of(question):
        if ticked is not None and option_id in ticked:
            label = f"✅ {label}"
        rows.append([InlineKeyboardButton(label, callback_data=option_id)])
    if question["type"] == "multi":
        rows.append([InlineKeyboardButton(DONE, callback_data="done")])
        if question.get("optional"):
            rows.append([InlineKeyboardButton(SKIP, callback_data="skip")])
    return InlineKeyboardMarkup(rows)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, question_id: str) -> int:
    form = context.user_data.get("form", "m")
    question = Q[question_id]
    if question["type"] == "multi":
        context.user_data["ticked"] = []
    await update.effective_chat.send_message(text_of(question, form),
                                             reply_markup=keyboard(question, []))
    return STATE_OF[question_id]


def next_question(after: str, answers: dict) -> str | None:
    """The question after `after`, skipping those whose condition does not hold."""
    ids = [q["id"] for q in QUESTIONS]
    for question_id in ids[ids.index(after) + 1:]:
        condition = Q[question_id].get("show_if")
        if condition and answers.get(condition["question"]) not in condition["in"]:
            continue
        return question_id
    return None


async def advance(update: Update, context: ContextTypes.DEFAULT_TYPE, question_id: str) -> int:
    following = next_question(question_id, context.user_data["answers"])
    if following is None:
        return await review(update, context)
    return await ask(update, context, following)


async def mark_pressed(update: Update, label: str) -> None:
    query = update.callback_query
    await query.answer()
    await query.edit_message_text(f"{query.message.text}\n\n✔️ {label}")


# --- the conversation ---------------------------------------------------------------------

async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    context.user_data["answers"] = {}
    buttons = [[InlineKeyboardButton(label, callback_data=form)] for form, label in FORMS]
    await update.message.reply_text("שלום! איך לפנות אליך?",
                                    reply_markup=InlineKeyboardMarkup(buttons))
    return FORM


async def form(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    chosen = update.callback_query.data
    context.user_data["form"] = chosen
    await mark_pressed(update, dict(FORMS)[chosen])
    await update.effective_chat.send_message(INTRO)
    return await ask(update, context, "age_group")


async def single_choice(update: Update, context: ContextTypes.DEFAULT_TYPE,
                        question_id: str) -> int:
    chosen = update.callback_query.data
    labels = dict(options_of(Q[question_id]))
    if chosen not in labels:
        await update.callback_query.answer()
        return STATE_OF[question_id]
    context.user_data["answers"][question_id] = chosen
    await mark_pressed(update, labels[chosen])
    return await advance(update, context, question_id)


async def multi_choice(update: Update, context: ContextTypes.DEFAULT_TYPE,
                       question_id: str) -> int:
    query = update.callback_query
    question = Q[question_id]
    ticked = context.user_data.setdefault("ticked", [])
    if query.data == "skip":
        await mark_pressed(update, SKIP)
        return await advance(update, context, question_id)
    if query.data == "done":
        if not ticked:
            await query.answer("בחר/י לפחות אפשרות אחת")
            return STATE_OF[question_id]
        context.user_data["answers"][question_id] = list(ticked)
        labels = dict(options_of(question))
        await mark_pressed(update, ", ".join(labels[t] for t in ticked))
        return await advance(update, context, question_id)
    if query.data in ticked:
        ticked.remove(query.data)
    else:
        ticked.append(query.data)
    await query.answer()
    await query.edit_message_reply_markup(keyboard(question, ticked))
    return STATE_OF[question_id]


async def skip(update: Update, context: ContextTypes.DEFAULT_TYPE, question_id: str) -> int:
    await mark_pressed(update, SKIP)
    return await advance(update, context, question_id)


async def typed(update: Update, context: ContextTypes.DEFAULT_TYPE, question_id: str) -> int:
    """A free-text answer, checked by the question's type."""
    question = Q[question_id]
    text = update.message.text.strip()
    if question["type"] == "number":
        if not text.isdigit():
            await update.message.reply_text("זה לא נראה לי מספר. אפשר לכתוב רק ספרות, למשל 2019.")
            return STATE_OF[question_id]
        if not question["min"] <= int(text) <= question["max"]:
            await update.message.reply_text(
                f"צריך מספר בין {question['min']} ל־{question['max']}.")
            return STATE_OF[question_id]
        value: object = int(text)
    elif question["type"] == "date":
        match = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
        try:
            value = datetime(int(match[3]), int(match[2]), int(match[1])).date().isoformat()
        except (TypeError, ValueError):
            await update.message.reply_text(
                "לא הצלחתי לקרוא את התאריך. כתבו יום/חודש/שנה, למשל 15/08/2027.")
            return STATE_OF[question_id]
    else:
        limit = question.get("max_length", 200)
        if len(text) > limit:
            await update.message.reply_text(f"התשובה ארוכה מדי. אפשר לקצר עד {limit} תווים?")
            return STATE_OF[question_id]
        value = text
    context.user_data["answers"][question_id] = value
    return await advance(update, context, question_id)


async def review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    answers = context.user_data["answers"]
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
    button = InlineKeyboardMarkup([[InlineKeyboardButton(SEND, callback_data="send")]])
    await update.effective_chat.send_message("\n".join(lines), reply_markup=button)
    return CONFIRM


async def confirm(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    await mark_pressed(update, SEND)
    answers = context.user_data["answers"]
    new_file = not CSV_PATH.exists()  # noqa: ASYNC240 - a blocking write, as typical bots do
    with CSV_PATH.open("a", newline="", encoding="utf-8") as handle:  # noqa: ASYNC230
        writer = csv.writer(handle)
        if new_file:
            writer.writerow(["user_id", *(q["id"] for q in QUESTIONS)])
        writer.writerow([update.effective_user.id, *(answers.get(q["id"], "")
                                                      for q in QUESTIONS)])
    await update.effective_chat.send_message(THANKS[context.user_data.get("form", "m")])
    return ConversationHandler.END


async def use_buttons(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("אפשר לבחור באחד הכפתורים 👆")


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    await update.message.reply_text("הסקר הופסק. /start כדי להתחיל מחדש.")
    return ConversationHandler.END


def handlers_for(question_id: str) -> list:
    """The handlers of one question's state."""
    kind = Q[question_id]["type"]

    async def on_single(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        return await single_choice(update, context, question_id)

    async def on_multi(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        return await multi_choice(update, context, question_id)

    async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        return await typed(update, context, question_id)

    async def on_skip(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        return await skip(update, context, question_id)

    if kind in ("single", "yesno"):
        return [CallbackQueryHandler(on_single)]
    if kind == "multi":
        return [CallbackQueryHandler(on_multi)]
    return [MessageHandler(filters.TEXT & ~filters.COMMAND, on_text),
            CallbackQueryHandler(on_skip, pattern="^skip$")]


def build(token: str, base_url: str, persistence_path: Path,
          concurrent_updates: bool = False) -> Application:
    states = {FORM: [CallbackQueryHandler(form, pattern="^[mfp]$")],
              CONFIRM: [CallbackQueryHandler(confirm, pattern="^send$")]}
    for question_id, state in STATE_OF.items():
        states[state] = handlers_for(question_id)
    conversation = ConversationHandler(
        entry_points=[CommandHandler("start", start)],
        states=states,
        fallbacks=[CommandHandler("cancel", cancel),
                   MessageHandler(filters.TEXT & ~filters.COMMAND, use_buttons)],
        name="survey", persistent=True)
    application = (Application.builder().token(token).base_url(base_url)
                   .persistence(PicklePersistence(filepath=persistence_path))
                   .concurrent_updates(concurrent_updates).build())
    application.add_handler(conversation)
    return application


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING"))
    application = build(os.environ["TELEGRAM_BOT_TOKEN"],
                        os.environ.get("TELEGRAM_API_BASE_URL", "https://api.telegram.org/bot"),
                        Path(os.environ.get("BASELINE_PERSISTENCE", "baseline.pickle")),
                        os.environ.get("BASELINE_CONCURRENT_UPDATES", "") == "1")
    application.run_polling(timeout=int(os.environ.get("TELEGRAM_POLL_TIMEOUT", "10")),
                            allowed_updates=Update.ALL_TYPES)
