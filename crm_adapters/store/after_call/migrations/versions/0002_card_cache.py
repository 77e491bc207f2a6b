"""The card cache on disk: what the CRMs said about each number, for cards after a restart.

Revision ID: 0002_card_cache
Revises: 0001_after_call

Only adds a table; the outbox and every other row stay as they are.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_card_cache"
down_revision = "0001_after_call"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "console_card_cache",
        sa.Column("e164", sa.String(32), primary_key=True),
        sa.Column("answers", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("negative", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_console_card_cache_stored_at", "console_card_cache", ["stored_at"])


def downgrade() -> None:
    op.drop_table("console_card_cache")
