"""The after-call records: the write-back outbox, note drafts, the call log and "my tasks".

They belong to the console's after-call work (:mod:`crm_adapters.outbox`), not to any CRM:
they live in the workstation file whatever CRMs are configured."""
from __future__ import annotations

from pathlib import Path

from crm_adapters.store.migrations import Component

AFTER_CALL = Component("after-call records", Path(__file__).with_name("migrations"), "after_call_alembic_version")
