"""garin telegram groups, link codes; outbox rows for a group chat

Revision ID: garin_group_1
Revises: garin_decisions_1
Create Date: 2026-12-01 15:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = 'garin_group_1'
down_revision: str | None = 'garin_decisions_1'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('garin_telegram_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('garin_id', sa.Integer(), nullable=False),
    sa.Column('chat_id', sa.BigInteger(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('linked_by', sa.Integer(), nullable=True),
    sa.Column('linked_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('unlinked_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('unlinked_reason', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['garin_id'], ['garinim.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['linked_by'], ['people.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_garin_telegram_groups_chat', 'garin_telegram_groups',
                    ['chat_id', 'unlinked_at'], unique=False)
    op.create_index(op.f('ix_garin_telegram_groups_garin_id'), 'garin_telegram_groups',
                    ['garin_id'], unique=False)
    op.create_table('garin_link_codes',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('garin_id', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['people.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['garin_id'], ['garinim.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_index(op.f('ix_garin_link_codes_garin_id'), 'garin_link_codes', ['garin_id'],
                    unique=False)
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chat', sa.String(length=80), nullable=True))
        batch_op.alter_column('person_id', existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM outbox WHERE person_id IS NULL")
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.alter_column('person_id', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column('chat')
    op.drop_index(op.f('ix_garin_link_codes_garin_id'), table_name='garin_link_codes')
    op.drop_table('garin_link_codes')
    op.drop_index(op.f('ix_garin_telegram_groups_garin_id'), table_name='garin_telegram_groups')
    op.drop_index('ix_garin_telegram_groups_chat', table_name='garin_telegram_groups')
    op.drop_table('garin_telegram_groups')
