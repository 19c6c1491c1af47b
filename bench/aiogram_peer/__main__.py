"""`python -m bench.aiogram_peer`, run with the aiogram venv's interpreter (.venv-aiogram,
made by `make bench` from bench/aiogram_peer/requirements.lock). Env: TELEGRAM_BOT_TOKEN,
TELEGRAM_API_SERVER (the Bot API's root URL), TELEGRAM_POLL_TIMEOUT, AIOGRAM_REDIS_URL,
AIOGRAM_REDIS_PREFIX, BASELINE_CSV."""

from bench.aiogram_peer.bot import main

main()
