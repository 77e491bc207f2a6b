"""After-call records: write-back outbox, note drafts, the console's call log and task list.

Revision ID: 0001_after_call
Revises:

Until issue 10 these tables were created by the local CRM's migration 0002_after_call (in the
same file, recorded in ``crm_local_alembic_version``). A workstation file that already has them
keeps them as they are, rows and all: this revision only creates what is missing and then
records that the after-call work owns them.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_after_call"
down_revision = None
branch_labels = None
depends_on = None


def _missing(table: str) -> bool:
    return not sa.inspect(op.get_bind()).has_table(table)


def upgrade() -> None:
    if _missing("console_outbox"):
        op.create_table(
            "console_outbox",
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("adapter", sa.String(100), nullable=False),
            sa.Column("kind", sa.String(16), nullable=False),
            sa.Column("record_id", sa.String(64), nullable=False),
            sa.Column("idempotency_key", sa.String(200), nullable=False, unique=True),
            sa.Column("payload", sa.Text(), nullable=False),
            sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
            sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
            sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
            sa.Column("last_error", sa.Text(), nullable=False, server_default=""),
            sa.Column("remote_id", sa.String(200), nullable=False, server_default=""),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("delivered_at", sa.DateTime(), nullable=True),
        )
        op.create_index("ix_console_outbox_adapter_state_due", "console_outbox",
                        ["adapter", "state", "next_attempt_at"])
        op.create_index("ix_console_outbox_record_id", "console_outbox", ["record_id"])
    if _missing("console_note_drafts"):
        op.create_table(
            "console_note_drafts",
            sa.Column("key", sa.String(200), primary_key=True),
            sa.Column("text", sa.Text(), nullable=False, server_default=""),
            sa.Column("context", sa.Text(), nullable=False, server_default="{}"),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
        )
    if _missing("console_call_log"):
        op.create_table(
            "console_call_log",
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("record_id", sa.String(64), nullable=False, unique=True),
            sa.Column("call_id", sa.String(200), nullable=False, server_default=""),
            sa.Column("direction", sa.String(8), nullable=False, server_default=""),
            sa.Column("number", sa.String(64), nullable=False, server_default=""),
            sa.Column("customer_name", sa.String(200), nullable=False, server_default=""),
            sa.Column("customer_id", sa.String(200), nullable=False, server_default=""),
            sa.Column("started", sa.DateTime(), nullable=False),
            sa.Column("duration_s", sa.Integer(), nullable=False, server_default="0"),
            sa.Column("disposition", sa.String(64), nullable=False, server_default=""),
            sa.Column("notes", sa.Text(), nullable=False, server_default=""),
            sa.Column("recording", sa.String(500), nullable=False, server_default=""),
            sa.Column("agent", sa.String(100), nullable=False, server_default=""),
        )
        op.create_index("ix_console_call_log_call_id", "console_call_log", ["call_id"])
        op.create_index("ix_console_call_log_started", "console_call_log", ["started"])
    if _missing("console_tasks"):
        op.create_table(
            "console_tasks",
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("record_id", sa.String(64), nullable=False, unique=True),
            sa.Column("title", sa.String(500), nullable=False),
            sa.Column("due", sa.DateTime(), nullable=True),
            sa.Column("assignee", sa.String(100), nullable=False, server_default=""),
            sa.Column("kind", sa.String(16), nullable=False, server_default="task"),
            sa.Column("customer_id", sa.String(200), nullable=False, server_default=""),
            sa.Column("customer_name", sa.String(200), nullable=False, server_default=""),
            sa.Column("number", sa.String(64), nullable=False, server_default=""),
            sa.Column("call_id", sa.String(200), nullable=False, server_default=""),
            sa.Column("done", sa.Boolean(), nullable=False, server_default=sa.false()),
            sa.Column("notified", sa.Boolean(), nullable=False, server_default=sa.false()),
            sa.Column("created_at", sa.DateTime(), nullable=False),
        )
        op.create_index("ix_console_tasks_assignee_done_due", "console_tasks", ["assignee", "done", "due"])


def downgrade() -> None:
    for table in ("console_tasks", "console_call_log", "console_note_drafts", "console_outbox"):
        op.drop_table(table)
