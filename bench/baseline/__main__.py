"""`python -m bench.baseline`: run the baseline survey bot (TELEGRAM_BOT_TOKEN,
TELEGRAM_API_BASE_URL, BASELINE_PERSISTENCE, BASELINE_CONCURRENT_UPDATES=1)."""

from bench.baseline.bot import main

main()
