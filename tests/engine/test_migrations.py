"""The migrations build exactly the schema the models describe, on both databases.

Features may start their own Alembic branch (`branch_labels`, `depends_on`), so the bot
upgrades to `heads`; whatever the graph, the result must match `storage.all_models`.
"""

from __future__ import annotations

import subprocess
import sys

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from storage import migrate
from storage.all_models import metadata


async def test_upgraded_schema_matches_the_models(core):
    def differences(connection):  # type: ignore[no-untyped-def]
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, metadata)

    async with core.db.engine.connect() as connection:
        assert await connection.run_sync(differences) == []


def test_every_migration_is_reachable_from_the_one_base():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    bases = script.get_bases()
    assert bases == ["0001"], "features branch off the core with depends_on, never a new base"
    reachable = {rev.revision for rev in script.walk_revisions("base", "heads")}
    assert reachable == {rev.revision for rev in script.walk_revisions()}


def test_the_heads_read_from_the_files_are_alembics():
    """The start-up check (`migrate.heads`, no Alembic import) agrees with Alembic's graph."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.heads() == frozenset(script.get_heads())


def test_a_database_at_the_heads_starts_without_importing_alembic(tmp_path):
    """Alembic (~10 MiB with Mako, Pygments, Rich) loads only when there is work to do: a
    new database is migrated; opening it again finds it current and imports nothing."""
    program = (
        "import asyncio, sys\n"
        "from storage import migrate\n"
        "from storage.db import Database\n"
        "from datetime import datetime, UTC\n"
        "async def main():\n"
        f"    db = Database('sqlite+aiosqlite:///{tmp_path / 'k.db'}',\n"
        "                  now=lambda: datetime.now(UTC))\n"
        "    await migrate.upgrade(db)\n"
        "    await db.dispose()\n"
        "    print('alembic' in sys.modules)\n"
        "asyncio.run(main())\n")
    first = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                           check=True)
    again = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                           check=True)
    assert (first.stdout.strip(), again.stdout.strip()) == ("True", "False")
