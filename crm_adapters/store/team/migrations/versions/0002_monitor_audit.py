"""The supervision audit: every monitoring session, mode change and refusal.

Revision ID: 0002_monitor_audit
Revises: 0001_team
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_monitor_audit"
down_revision = "0001_team"
branch_labels = None
depends_on = None


def _text(name: str, length: int = 200) -> sa.Column:
    return sa.Column(name, sa.String(length), nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "team_monitor_audit",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.Float(), nullable=False, server_default="0"),
        _text("supervisor"), _text("agent"), _text("customer_call"), _text("mode", 16), _text("outcome", 16),
        _text("reason", 64), _text("via", 16), _text("written_by"),
    )
    op.create_index("ix_team_monitor_audit_at", "team_monitor_audit", ["at", "agent"])


def downgrade() -> None:
    op.drop_index("ix_team_monitor_audit_at", "team_monitor_audit")
    op.drop_table("team_monitor_audit")
