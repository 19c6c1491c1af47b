"""garin tables: settlement groups, members, invitations, gatherings, group messages

Revision ID: garin_1
Revises: whatsapp_content_1
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types


revision: str = 'garin_1'
down_revision: str | None = 'whatsapp_content_1'
branch_labels: str | Sequence[str] | None = ('garin',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('garinim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('target_region', sa.String(length=40), nullable=False),
    sa.Column('target_locality', sa.String(length=120), nullable=False),
    sa.Column('coordinator_person_id', sa.Integer(), nullable=True),
    sa.Column('lead_person_id', sa.Integer(), nullable=True),
    sa.Column('telegram_chat_id', sa.BigInteger(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['coordinator_person_id'], ['people.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['created_by'], ['people.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['lead_person_id'], ['people.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('garinim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_garinim_coordinator_person_id'), ['coordinator_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_garinim_lead_person_id'), ['lead_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_garinim_target_region'), ['target_region'], unique=False)

    op.create_table('garin_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('garin_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('joined_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('muted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('left_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['garin_id'], ['garinim.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('garin_id', 'person_id')
    )
    with op.batch_alter_table('garin_members', schema=None) as batch_op:
        batch_op.create_index('ix_garin_members_active', ['garin_id', 'left_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_garin_members_garin_id'), ['garin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_garin_members_person_id'), ['person_id'], unique=False)

    op.create_table('garin_invitations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('garin_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('invited_by', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('answered_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('expires_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['garin_id'], ['garinim.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invited_by'], ['people.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('garin_id', 'person_id')
    )
    with op.batch_alter_table('garin_invitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_garin_invitations_garin_id'), ['garin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_garin_invitations_person_id'), ['person_id'], unique=False)

    op.create_table('garin_gatherings',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('garin_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['garin_id'], ['garinim.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id')
    )
    with op.batch_alter_table('garin_gatherings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_garin_gatherings_garin_id'), ['garin_id'], unique=False)

    op.create_table('garin_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('garin_id', sa.Integer(), nullable=False),
    sa.Column('author_person_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('urgent', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_person_id'], ['people.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['garin_id'], ['garinim.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('garin_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_garin_messages_author_person_id'), ['author_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_garin_messages_garin_id'), ['garin_id'], unique=False)


def downgrade() -> None:
    op.drop_table('garin_messages')
    op.drop_table('garin_gatherings')
    op.drop_table('garin_invitations')
    op.drop_table('garin_members')
    op.drop_table('garinim')
