"""Local CRM: customers, phones, interactions, follow-up tasks.

Revision ID: 0001_local_crm
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_local_crm"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "crm_customers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("company", sa.String(200), nullable=False, server_default=""),
        sa.Column("language", sa.String(16), nullable=False, server_default=""),
        sa.Column("segment", sa.String(16), nullable=False, server_default="standard"),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(3), nullable=False, server_default=""),
        sa.Column("email", sa.String(254), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "crm_customer_phones",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer(),
            sa.ForeignKey("crm_customers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("raw", sa.String(64), nullable=False),
        sa.Column("e164", sa.String(20), nullable=True),
        sa.Column("label", sa.String(32), nullable=False, server_default=""),
    )
    op.create_index("ix_crm_customer_phones_customer_id", "crm_customer_phones", ["customer_id"])
    op.create_index("ix_crm_customer_phones_e164", "crm_customer_phones", ["e164"])
    op.create_table(
        "crm_interactions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer(),
            sa.ForeignKey("crm_customers.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("direction", sa.String(8), nullable=False, server_default=""),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False, server_default=""),
        sa.Column("agent", sa.String(100), nullable=False, server_default=""),
        sa.Column("disposition", sa.String(64), nullable=False, server_default=""),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(64), nullable=False, server_default=""),
        sa.Column("recording", sa.String(500), nullable=False, server_default=""),
        sa.Column("call_id", sa.String(200), nullable=False, server_default=""),
        sa.Column("idempotency_key", sa.String(200), nullable=True, unique=True),
    )
    op.create_index(
        "ix_crm_interactions_customer_when", "crm_interactions", ["customer_id", "occurred_at"]
    )
    op.create_index("ix_crm_interactions_call_id", "crm_interactions", ["call_id"])
    op.create_table(
        "crm_follow_up_tasks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer(),
            sa.ForeignKey("crm_customers.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=True),
        sa.Column("assignee", sa.String(100), nullable=False, server_default=""),
        sa.Column("kind", sa.String(16), nullable=False, server_default="task"),
        sa.Column("done", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("call_id", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=True, unique=True),
    )
    op.create_index("ix_crm_tasks_customer_done", "crm_follow_up_tasks", ["customer_id", "done"])


def downgrade() -> None:
    op.drop_table("crm_follow_up_tasks")
    op.drop_table("crm_interactions")
    op.drop_table("crm_customer_phones")
    op.drop_table("crm_customers")
