"""whatsapp content resources: Twilio Content SIDs by a hash of their structure

Revision ID: whatsapp_content_1
Revises: matching_1
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types


revision: str = 'whatsapp_content_1'
down_revision: str | None = 'matching_1'
branch_labels: str | Sequence[str] | None = ('whatsapp_content',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('whatsapp_contents',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('content_sid', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    op.drop_table('whatsapp_contents')
