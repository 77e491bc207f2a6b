"""Nothing for the local CRM: the after-call tables moved to their owner.

Revision ID: 0002_after_call
Revises: 0001_local_crm

Until issue 10 this revision created the outbox, note drafts, call log and task list tables.
They belong to the after-call work now (``crm_adapters/store/after_call/migrations``), which
creates them in the workstation file or adopts them, rows and all, where this revision once
made them. The revision stays so workstation files stamped with it upgrade in place.
"""
from __future__ import annotations

revision = "0002_after_call"
down_revision = "0001_local_crm"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
