"""Example CRM adapter for Agent Console: a phone book kept in the adapter's own settings.

It shows everything a third-party adapter needs: a ``create(settings, context)`` factory named
in the ``agent_console.crm_adapters`` entry-point group, and an object with the async methods of
``crm_adapters.protocol.CrmAdapter``. Configure it as::

    [crm]            adapters = ["phonebook"]
    [crm.phonebook]  type = "example_phonebook"
    [crm.phonebook.entries."+421905123456"]  name = "Ján Novák"  company = "Novák s.r.o."
"""
from __future__ import annotations

import itertools
from datetime import datetime, timezone
from typing import Any

from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, Interaction, NumberInfo


class PhonebookAdapter:
    def __init__(self, name: str, entries: dict[str, dict[str, Any]]) -> None:
        self.name = name
        self.entries = entries
        self.notes: list[Interaction] = []
        self._ids = itertools.count(1)

    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        entry = self.entries.get(number.e164 or "")
        if entry is None:
            return []
        return [Customer(id=number.e164 or "", source=self.name, name=str(entry.get("name", "")),
                         company=str(entry.get("company", "")), language=str(entry.get("language", "")),
                         phones=[number.e164 or ""])]

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        mine = [n for n in self.notes if n.customer_id == customer.id]
        return sorted(mine, key=lambda n: n.when, reverse=True)[:limit]

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        return []

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:
        return idempotency_key

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        self.notes.append(Interaction(id=idempotency_key, source=self.name, customer_id=customer_id, kind="note",
                                      when=datetime.now(timezone.utc), summary=text))
        return idempotency_key

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        raise AdapterError("the phone book keeps no tasks", retryable=False)

    async def close(self) -> None:
        pass


def create(settings: dict[str, Any], context: AdapterContext) -> PhonebookAdapter:
    entries = settings.get("entries", {})
    if not isinstance(entries, dict):
        raise ValueError("entries must be a table of numbers, e.g. [crm.phonebook.entries.\"+421905123456\"]")
    return PhonebookAdapter(context.extra.get("adapter_name", "example_phonebook"), entries)
