"""Allow `python -m bot` as well as the `kehila` console script."""

from bot.cli import main

raise SystemExit(main())
