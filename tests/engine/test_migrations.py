"""The migrations build exactly the schema the models describe, on both databases.

Features may start their own Alembic branch (`branch_labels`, `depends_on`), so the bot
upgrades to `heads`; whatever the graph, the result must match `storage.all_models`.
"""

from __future__ import annotations

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
