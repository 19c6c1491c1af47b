"""dashboard tables: login links, sessions, the audit of views, public questions; survey count indexes

Revision ID: dashboard_1
Revises: whatsapp_content_1
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import storage.types


revision: str = 'dashboard_1'
down_revision: str | None = 'whatsapp_content_1'
branch_labels: str | Sequence[str] | None = ('dashboard',)
depends_on: str | Sequence[str] | None = None


COUNTED = "kind IN ('locality', 'multi', 'scale', 'single', 'yesno')"


def upgrade() -> None:
    # The survey summary's GROUP BYs (what the dashboard's survey page shows) read these only.
    op.create_index('ix_survey_answers_reached', 'survey_answers', ['survey_id', 'question_id', 'skipped', 'response_id'], unique=False)
    op.create_index('ix_survey_answers_choices', 'survey_answers', ['survey_id', 'question_id', 'value', 'skipped', 'response_id'], unique=False, sqlite_where=sa.text(COUNTED), postgresql_where=sa.text(COUNTED))
    op.create_table('dashboard_logins',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('urn', sa.String(length=120), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token_hash')
    )
    op.create_index(op.f('ix_dashboard_logins_person_id'), 'dashboard_logins', ['person_id'], unique=False)
    op.create_table('dashboard_sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('urn', sa.String(length=120), nullable=False),
    sa.Column('csrf', sa.String(length=64), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ended_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token_hash')
    )
    op.create_index(op.f('ix_dashboard_sessions_person_id'), 'dashboard_sessions', ['person_id'], unique=False)
    op.create_table('dashboard_audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('urn', sa.String(length=120), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('what', sa.String(length=200), nullable=False),
    sa.Column('details', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_dashboard_audit_at', 'dashboard_audit', ['at'], unique=False)
    op.create_table('dashboard_public_questions',
    sa.Column('survey_id', sa.String(length=40), nullable=False),
    sa.Column('question_id', sa.String(length=80), nullable=False),
    sa.Column('chosen_by', sa.String(length=120), nullable=False),
    sa.Column('chosen_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('survey_id', 'question_id')
    )


def downgrade() -> None:
    op.drop_index('ix_survey_answers_choices', table_name='survey_answers')
    op.drop_index('ix_survey_answers_reached', table_name='survey_answers')
    op.drop_table('dashboard_public_questions')
    op.drop_index('ix_dashboard_audit_at', table_name='dashboard_audit')
    op.drop_table('dashboard_audit')
    op.drop_index(op.f('ix_dashboard_sessions_person_id'), table_name='dashboard_sessions')
    op.drop_table('dashboard_sessions')
    op.drop_index(op.f('ix_dashboard_logins_person_id'), table_name='dashboard_logins')
    op.drop_table('dashboard_logins')
