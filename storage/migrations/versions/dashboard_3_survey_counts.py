"""dashboard: survey counts kept as answers arrive (survey_counts), backfilled from the answers

The survey page grouped every answer per view: 0.5-1.8 s with 20,000 respondents on SQLite.
`storage/survey_counts.py` keeps the same counts per facet (everyone, a coordinator's region,
a region or locality filter) in the transaction that writes an answer; this fills them once
from the answers already stored.

Revision ID: dashboard_3
Revises: dashboard_2
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage import survey_counts

revision: str = 'dashboard_3'
down_revision: str | None = 'dashboard_2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('survey_counts',
    sa.Column('survey_id', sa.String(length=40), nullable=False),
    sa.Column('facet', sa.String(length=160), nullable=False),
    sa.Column('metric', sa.String(length=8), nullable=False),
    sa.Column('question_id', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('survey_id', 'facet', 'metric', 'question_id', 'value')
    )
    connection = op.get_bind()
    survey_counts.write_all(connection, survey_counts.recounted(connection))


def downgrade() -> None:
    op.drop_table('survey_counts')
