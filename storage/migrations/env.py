"""Alembic environment: uses a connection handed in by `storage.migrate`, or the URL."""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy.ext.asyncio import create_async_engine

from storage.all_models import metadata

config = context.config


def _configure_and_run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=metadata,
                      render_as_batch=connection.dialect.name == "sqlite",
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


async def _run_with_url(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.run_sync(_configure_and_run)
    await engine.dispose()


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    # The plain `alembic` command (for writing a revision): storage never reads the bot's
    # settings, so the database comes from alembic.ini or DATABASE_URL.
    url = config.get_main_option("sqlalchemy.url") or os.environ.get("DATABASE_URL")
    if not url:
        raise SystemExit("set DATABASE_URL (or sqlalchemy.url), or run `kehila db upgrade`")
    asyncio.run(_run_with_url(url))


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run `kehila db upgrade`")
run()
