"""`python -m bench.echo`: one reply per update, polling, concurrent_updates=True.

The benchmark's floor peer: python-telegram-bot's own request/response handling and nothing
else — no state, no storage. Env: TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL,
TELEGRAM_POLL_TIMEOUT.
"""

from __future__ import annotations

import logging
import os

from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer every update once: a message with its text, a button press with its data."""
    if update.callback_query is not None:
        query = update.callback_query
        await query.answer()
        await context.bot.send_message(query.from_user.id, query.data or "?")
    elif update.effective_message is not None and update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id,
                                       update.effective_message.text or "?")


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING"))
    application = (Application.builder().token(os.environ["TELEGRAM_BOT_TOKEN"])
                   .base_url(os.environ.get("TELEGRAM_API_BASE_URL",
                                            "https://api.telegram.org/bot"))
                   .concurrent_updates(True).build())
    application.add_handler(TypeHandler(Update, echo))
    application.run_polling(timeout=int(os.environ.get("TELEGRAM_POLL_TIMEOUT", "10")),
                            allowed_updates=Update.ALL_TYPES)


main()
