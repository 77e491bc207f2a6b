"""The local CRM in the workstation file gets the agent's records inside the save itself.

When the local CRM has no ``url`` its tables sit in the same file as the outbox, so the
outbox writes the note, call or task into them in the save's own transaction (history is
complete at once, nothing to deliver later). :class:`LocalRecords` is that writer; it follows
:class:`crm_adapters.outbox.SameTransactionCrm`.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_adapters.local import models as m
from crm_adapters.numbers import normalise
from crm_adapters.vocabulary import CallLog, FollowUpTask


class LocalRecords:
    def __init__(self, name: str = "local", default_region: str = "SK") -> None:
        self.name = name
        self.default_region = default_region

    def add_note(self, s: Session, text: str, customer_id: str, call_id: str, key: str) -> None:
        s.add(m.Interaction(customer_id=_existing(s, customer_id), kind="note", occurred_at=datetime.now(timezone.utc),
                            summary=text, call_id=call_id, idempotency_key=key))

    def add_call_log(self, s: Session, call: CallLog, customer_id: str, key: str) -> str:
        """Stores the call; returns the id of the customer it was filed under ("" = nobody)."""
        cid = _existing(s, customer_id) or self._owner_of(s, call.number)
        s.add(m.Interaction(customer_id=cid, kind="call", direction=call.direction, occurred_at=call.started,
                            summary=call.notes, agent=call.agent, disposition=call.disposition,
                            duration_s=int(call.duration_s), number=call.number, recording=call.recording,
                            call_id=call.call_id, idempotency_key=key))
        return str(cid or "")

    def add_task(self, s: Session, task: FollowUpTask, customer_id: str, key: str) -> None:
        s.add(m.FollowUpTask(customer_id=_existing(s, customer_id), title=task.title.strip(), due=task.due,
                             assignee=task.assignee, kind=task.kind, done=task.done, call_id=task.call_id,
                             idempotency_key=key))

    def _owner_of(self, s: Session, number: str) -> int | None:
        """The one customer with this number (None when nobody or several have it)."""
        e164 = normalise(number, self.default_region).e164 if number else None
        if not e164:
            return None
        owners = s.scalars(select(m.CustomerPhone.customer_id).where(m.CustomerPhone.e164 == e164).distinct()).all()
        return owners[0] if len(owners) == 1 else None


def _existing(s: Session, customer_id: str) -> int | None:
    text = str(customer_id or "").strip()
    if not text.isdigit():
        return None
    return int(text) if s.get(m.Customer, int(text)) is not None else None
