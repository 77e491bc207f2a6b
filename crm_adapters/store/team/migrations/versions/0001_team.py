"""The team store: presence, live calls, waiting customers, hand-offs, today's calls, join
requests and the change counter.

Revision ID: 0001_team
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_team"
down_revision = None
branch_labels = None
depends_on = None


def _text(name: str, length: int | None = 200, default: str = "") -> sa.Column:
    kind = sa.Text() if length is None else sa.String(length)
    return sa.Column(name, kind, nullable=False, server_default=default)


def _time(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Float(), nullable=nullable, server_default=None if nullable else "0")


def upgrade() -> None:
    op.create_table(
        "team_agents",
        sa.Column("id", sa.String(200), primary_key=True),
        _text("name"), _text("role", 16, "agent"), _text("state", 16, "offline"), _text("reason"),
        _time("since"), _time("heartbeat"), _text("call_id"), _text("sip_uri", 300),
    )
    op.create_table(
        "team_calls",
        sa.Column("call_id", sa.String(200), primary_key=True),
        sa.Column("agent_id", sa.String(200), nullable=False),
        _text("direction", 16, "inbound"), _text("state", 16, "ringing"), _time("started"),
        _text("customer_name"), _text("number", 64), _text("supervised_by", None, "[]"), _text("sip_call_id"),
    )
    op.create_index("ix_team_calls_agent_id", "team_calls", ["agent_id"])
    op.create_table(
        "team_waiting",
        sa.Column("sip_call_id", sa.String(200), primary_key=True),
        _text("number", 64), _text("name"), _time("since"), _text("ringing_at", None, "[]"), _text("answered_by"),
        sa.Column("abandoned", sa.Boolean(), nullable=False, server_default=sa.false()),
        _time("ended", nullable=True),
    )
    op.create_index("ix_team_waiting_open", "team_waiting", ["ended", "since"])
    op.create_table(
        "team_handoffs",
        sa.Column("id", sa.String(64), primary_key=True),
        _text("from_agent"), _text("from_name"), _text("to_agent"), _text("number", 64), _text("number_key", 16),
        _text("customer", None, "{}"), _text("notes", None), _text("disposition", 500), _time("created"),
        _text("taken_by_call"),
    )
    op.create_index("ix_team_handoffs_to_open", "team_handoffs", ["to_agent", "taken_by_call", "created"])
    op.create_table(
        "team_call_history",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("agent_id", sa.String(200), nullable=False),
        _text("call_id"), _text("sip_call_id"), _text("direction", 16, "inbound"),
        sa.Column("outcome", sa.String(16), nullable=False),
        _time("rang_at"), _time("answered_at", nullable=True), _time("ended_at"), _time("wrap_up_s"), _time("wait_s"),
    )
    op.create_index("ix_team_call_history_ended", "team_call_history", ["ended_at", "agent_id"])
    op.create_table(
        "team_requests",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("to_agent", sa.String(200), primary_key=True),
        _text("from_agent"), _time("created"), _time("answered", nullable=True),
        sa.Column("accepted", sa.Boolean(), nullable=True),
    )
    op.create_index("ix_team_requests_to", "team_requests", ["to_agent", "answered"])
    changes = op.create_table(
        "team_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("counter", sa.BigInteger(), nullable=False, server_default="0"),
    )
    op.bulk_insert(changes, [{"id": 1, "counter": 0}])


def downgrade() -> None:
    for table in ("team_changes", "team_requests", "team_call_history", "team_handoffs", "team_waiting",
                  "team_calls", "team_agents"):
        op.drop_table(table)
