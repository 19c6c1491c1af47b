"""Run Alembic migrations programmatically, sharing the app's async engine.

Alembic (with Mako, Pygments and Rich behind it, ~10 MiB) is imported only when the schema
needs migrating: a bot starting on a database already at the newest revisions sees so from
`alembic_version` and the migration files' own `revision` lines (read with `ast`, nothing
imported), and never loads it (bench/RESULTS.md, memory at rest).
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from storage.db import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def upgrade(db: Database, revision: str = "heads") -> None:
    """Bring the schema to `revision` inside one transaction on the given database."""
    if revision == "heads" and await _at_heads(db):
        return

    def _run(sync_connection) -> None:  # type: ignore[no-untyped-def]
        from alembic import command

        config = alembic_config()
        config.attributes["connection"] = sync_connection
        command.upgrade(config, revision)

    async with db.engine.begin() as connection:
        await connection.run_sync(_run)


@cache
def heads() -> frozenset[str] | None:
    """The newest revision of every branch, from the files; None if one is not plain."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.AnnAssign | ast.Assign):
                targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
                for target in targets:
                    if isinstance(target, ast.Name) and node.value is not None:
                        try:
                            found[target.id] = ast.literal_eval(node.value)
                        except ValueError:
                            continue
        revision, down = found.get("revision"), found.get("down_revision")
        if not isinstance(revision, str) or found.get("depends_on") is not None:
            return None
        revisions.add(revision)
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, tuple | list):
            parents.update(str(d) for d in down)
        elif down is not None:
            return None
    return frozenset(revisions - parents)


async def _at_heads(db: Database) -> bool:
    """Whether the database already stands at every head (nothing to migrate)."""
    wanted = heads()
    if not wanted:
        return False
    async with db.engine.connect() as connection:
        try:
            rows = await connection.execute(text("SELECT version_num FROM alembic_version"))
        except Exception:  # no table yet: a new database
            return False
        return {row[0] for row in rows} == wanted
