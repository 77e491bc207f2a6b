"""Call records for quality control: each recorded call's index and its audio, in chunks.

Revision ID: 0004_call_records
Revises: 0002_monitor_audit
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_call_records"
down_revision = "0003_role_grants"
branch_labels = None
depends_on = None


def _text(name: str, length: int = 200) -> sa.Column:
    return sa.Column(name, sa.String(length), nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "team_call_records",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _text("call_id"), _text("agent_id"), _text("agent_name"), _text("customer_name"), _text("customer_id"),
        _text("number", 64), _text("direction", 16),
        sa.Column("started", sa.Float(), nullable=False, server_default="0"),
        sa.Column("duration_s", sa.Float(), nullable=False, server_default="0"),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False, server_default="0"),
        _text("sha256", 64),
        sa.Column("stored_at", sa.Float(), nullable=False, server_default="0"),
    )
    op.create_index("ix_team_call_records_started", "team_call_records", ["started", "agent_id"])
    op.create_index("ix_team_call_records_sha256", "team_call_records", ["sha256"])
    op.create_table(
        "team_call_record_audio",
        sa.Column("record_id", sa.Integer(), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("team_call_record_audio")
    op.drop_index("ix_team_call_records_sha256", "team_call_records")
    op.drop_index("ix_team_call_records_started", "team_call_records")
    op.drop_table("team_call_records")
