"""My tasks across the console and the CRMs: the agent's tasks the CRMs list (adapters with the
optional ``assigned_tasks``, crm_adapters/protocol.py), the customers' names for the whole list,
and what My tasks asks of the console's own task list beyond :mod:`crm_adapters.after_call_store`:
moving a due time (Snooze), the customers of its tasks, which CRM records are the same tasks.

Plain functions (no Qt); the console runs them on a background lane, never the GUI thread.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select, update

from crm_adapters.after_call_store import my_tasks
from crm_adapters.numbers import normalise
from crm_adapters.protocol import can_list_tasks
from crm_adapters.runtime import CrmRuntime
from crm_adapters.store.after_call.tables import DELIVERED, OutboxEntry, TaskRow
from crm_adapters.store.database import Database
from crm_adapters.vocabulary import FollowUpTask

log = logging.getLogger(__name__)
MAX_SNOOZE_MIN = 7 * 24 * 60  # a week: longer is not a snooze but a new date


def snooze_task(db: Database, record_id: str, minutes: int, now: datetime | None = None) -> datetime | None:
    """Move an open task's due time to ``minutes`` from now and let it be announced again then.
    The new due time, or None when there is no such open task."""
    if not 1 <= int(minutes) <= MAX_SNOOZE_MIN:
        raise ValueError(f"a snooze is 1 to {MAX_SNOOZE_MIN} minutes")
    due = (now or datetime.now(timezone.utc)).replace(microsecond=0) + timedelta(minutes=int(minutes))
    with db.session() as s:
        moved = s.execute(update(TaskRow).where(TaskRow.record_id == record_id, TaskRow.done.is_(False))
                          .values(due=due, notified=False)).rowcount
    return due if moved else None


def task_customers(db: Database, record_ids: list[str]) -> dict[str, tuple[str, str]]:
    """record id -> (customer id in the local CRM, number) for the console's tasks asked about."""
    wanted = list(dict.fromkeys(record_ids))[:500]
    if not wanted:
        return {}
    with db.session() as s:
        rows = s.execute(select(TaskRow.record_id, TaskRow.customer_id, TaskRow.number)
                         .where(TaskRow.record_id.in_(wanted))).all()
    return {r.record_id: (r.customer_id or "", r.number or "") for r in rows}


def delivered_task_ids(db: Database, limit: int = 5000) -> set[tuple[str, str]]:
    """(adapter, the CRM's id) of the console's tasks each CRM has taken: a CRM listing them
    back lists the console's own tasks, which My tasks already shows."""
    with db.session() as s:
        rows = s.execute(select(OutboxEntry.adapter, OutboxEntry.remote_id)
                         .where(OutboxEntry.kind == "task", OutboxEntry.state == DELIVERED,
                                OutboxEntry.remote_id != "")
                         .order_by(OutboxEntry.id.desc()).limit(limit)).all()
    return {(r.adapter, r.remote_id) for r in rows}


# ---- the CRMs' lists ----------------------------------------------------------------------------
LIST_LIMIT = 50  # tasks per CRM
NAME_LOOKUPS = 20  # customers looked up by number per CRM, per read


@dataclass
class CrmTaskLists:
    tasks: list[FollowUpTask] = field(default_factory=list)
    names: dict[tuple[str, str], str] = field(default_factory=dict)  # (adapter, customer id) -> name
    console_names: dict[str, str] = field(default_factory=dict)  # record id -> name
    counts: dict[str, int] = field(default_factory=dict)  # adapter -> tasks it listed
    cannot_list: list[str] = field(default_factory=list)
    problems: dict[str, BaseException] = field(default_factory=dict)


def read_lists(runtime: CrmRuntime, adapters: list[tuple[str, Any]], db: Database, assignee: str, region: str,
               timeout_s: float) -> CrmTaskLists:
    """The CRMs' tasks for ``assignee`` and the customers' names for the whole list (``db``: the
    workstation database). Blocks its thread until the CRMs answered or ``timeout_s`` passed."""
    own = my_tasks(db, assignee)
    unnamed = task_customers(db, [t.record_id for t in own if not t.customer_name])
    theirs = delivered_task_ids(db)
    found = runtime.submit(_gather(list(adapters), assignee, unnamed, region, timeout_s))
    lists = found.result(timeout=3 * timeout_s + 2)
    lists.tasks = [t for t in lists.tasks if (t.source, t.id) not in theirs]  # the console's own, delivered
    return lists


async def _gather(adapters: list, assignee: str, unnamed: dict[str, tuple[str, str]], region: str,
                  timeout_s: float) -> CrmTaskLists:
    out = CrmTaskLists(cannot_list=[name for name, a in adapters if not can_list_tasks(a)])

    async def listed(name: str, adapter) -> None:
        try:
            tasks = await asyncio.wait_for(adapter.assigned_tasks(assignee, LIST_LIMIT), timeout_s)
            tasks = [t for t in list(tasks)[:LIST_LIMIT] if isinstance(t, FollowUpTask) and not t.done]
        except Exception as exc:  # noqa: BLE001 - one CRM's trouble is said, the others still list
            out.problems[name] = exc
            return
        for t in tasks:
            t.source = name  # the key and the "From" column are the configured name
        out.tasks.extend(tasks)
        out.counts[name] = len(tasks)

    await asyncio.gather(*(listed(n, a) for n, a in adapters if can_list_tasks(a)))
    await asyncio.gather(*(_names(out, n, a, unnamed, region, timeout_s) for n, a in adapters))
    return out


async def _names(out: CrmTaskLists, name: str, adapter, unnamed: dict[str, tuple[str, str]], region: str,
                 timeout_s: float) -> None:
    """Names by id where the CRM can give them (the local CRM: also for the console's own tasks,
    whose customer ids are the local CRM's), else by the task's number."""
    mine = [t for t in out.tasks if t.source == name and t.customer_id]
    by_id = getattr(adapter, "customer_names", None)
    try:
        if callable(by_id):
            ids = [t.customer_id for t in mine] + [cid for cid, _ in unnamed.values() if cid]
            names = await asyncio.wait_for(by_id(ids), timeout_s)
            out.names.update({(name, k): v for k, v in names.items()})
            for record_id, (cid, _number) in unnamed.items():
                if cid in names:
                    out.console_names.setdefault(record_id, names[cid])
        wanted = [t for t in mine if (name, t.customer_id) not in out.names and t.number][:NAME_LOOKUPS]
        for t in wanted:
            customers = await asyncio.wait_for(adapter.find_customers(normalise(t.number, region)), timeout_s)
            match = next((c for c in customers if c.id == t.customer_id), None)
            if match is not None:
                out.names[(name, t.customer_id)] = match.name
        if callable(by_id):  # the console's tasks for a number alone: who has that number here
            for record_id, (cid, number) in list(unnamed.items())[:NAME_LOOKUPS]:
                if not cid and number and record_id not in out.console_names:
                    customers = await asyncio.wait_for(adapter.find_customers(normalise(number, region)), timeout_s)
                    if len(customers) == 1:
                        out.console_names[record_id] = customers[0].name
    except Exception as exc:  # noqa: BLE001 - a name is a help, not a must: the task still shows
        log.warning("customer names for My tasks from %s failed: %s", name, type(exc).__name__)
