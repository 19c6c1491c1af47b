"""The benchmark's own PostgreSQL database (kehila_bench), dropped and created afresh per run."""

from __future__ import annotations

import os

import asyncpg

PG_URL = os.environ.get("BENCH_DATABASE_URL",
                        "postgresql+asyncpg://postgres@127.0.0.1:5432/kehila_bench")


async def fresh_database(url: str = PG_URL) -> str:
    """Drop and recreate the database named in `url`; return the url."""
    server, _, name = url.replace("postgresql+asyncpg://", "postgresql://").rpartition("/")
    connection = await asyncpg.connect(f"{server}/postgres", timeout=10)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return url
