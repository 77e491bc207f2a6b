"""A team lead's private coaching notes about an agent (issue 12): one note per lead and agent.

Revision ID: 0005_coaching_notes
Revises: 0003_role_grants
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_coaching_notes"
down_revision = "0004_call_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_coaching_notes",
        sa.Column("lead", sa.String(200), primary_key=True),
        sa.Column("agent", sa.String(200), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated", sa.Float(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("team_coaching_notes")
