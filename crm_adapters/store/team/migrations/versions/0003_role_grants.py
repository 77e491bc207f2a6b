"""Revoked supervision grants: "every grant of this person issued up to then is void", signed by
the team's admin key (cti.supervision.grants).

Revision ID: 0003_role_grants
Revises: 0004_call_records
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_role_grants"
down_revision = "0002_monitor_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_revoked_grants",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("person", sa.String(64), nullable=False, server_default=""),
        sa.Column("revoked_at", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("signature", sa.String(86), nullable=False, server_default=""),
        sa.Column("written_by", sa.String(200), nullable=False, server_default=""),
    )
    op.create_index("ix_team_revoked_grants_person", "team_revoked_grants", ["person"])


def downgrade() -> None:
    op.drop_index("ix_team_revoked_grants_person", "team_revoked_grants")
    op.drop_table("team_revoked_grants")
