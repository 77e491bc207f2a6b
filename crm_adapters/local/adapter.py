"""The ``local`` CRM adapter: the console's own database answers "who is calling?".

Every method has a synchronous twin (``*_sync``) that does the work; the async protocol
methods run it in a worker thread so a slow disk or a busy SQLite writer never blocks the
event loop. A lookup is one indexed query on ``crm_customer_phones.e164``.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crm_adapters.local import models as m
from crm_adapters.local.database import LOCAL_CRM, open_database
from crm_adapters.local.same_transaction import LocalRecords
from crm_adapters.numbers import normalise
from crm_adapters.privacy import mask_number, mask_text
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.store.database import Database
from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, Interaction, NumberInfo, Segment

log = logging.getLogger(__name__)

CUSTOMER_URL = "agent-console://customer/{id}"
_SEGMENT_RANK = {"vip": 0, "high": 1, "standard": 2, "low": 3}


def customer_from_row(row: Any, source: str = "local", phones: list[str] | None = None) -> Customer:
    """A vocabulary Customer from an ORM row or a result row with the same column names."""
    try:
        segment = Segment(row.segment)
    except ValueError:
        segment = Segment.STANDARD
    return Customer(
        id=str(row.id),
        source=source,
        name=row.name,
        company=row.company or "",
        language=row.language or "",
        segment=segment,
        value=row.value,
        currency=row.currency or "",
        email=row.email or "",
        phones=[p.raw for p in row.phones] if phones is None else phones,
        notes=row.notes or "",
        url=CUSTOMER_URL.format(id=row.id),
    )


PREFETCH_S = 5.0  # how long the history/tasks read with a match are handed out
PREFETCH_HISTORY = 20


class _Queries:
    """The ringing path's statements, built once (building a select costs more than running it)."""

    def __init__(self) -> None:
        c, hit, phone = m.Customer.__table__.c, m.CustomerPhone.__table__.alias("hit"), m.CustomerPhone.__table__
        self.find = (  # one indexed round trip: the matching customers with all their phones
            select(c.id, c.name, c.company, c.language, c.segment, c.value, c.currency, c.email,
                   c.notes, phone.c.raw)
            .select_from(hit.join(m.Customer.__table__, hit.c.customer_id == c.id)
                         .join(phone, phone.c.customer_id == c.id))
            .where(hit.c.e164 == bindparam("e164"))
            .order_by(c.id, phone.c.id)
        )
        i = m.Interaction.__table__.c
        self.history = (
            select(i.id, i.kind, i.occurred_at, i.summary, i.direction, i.agent, i.disposition, i.duration_s)
            .where(i.customer_id == bindparam("cid"))
            .order_by(i.occurred_at.desc(), i.id.desc())
            .limit(bindparam("limit"))
        )
        t = m.FollowUpTask.__table__.c
        self.tasks = (
            select(t.id, t.title, t.due, t.assignee, t.kind, t.done, t.call_id)
            .where(t.customer_id == bindparam("cid"), t.done.is_(False))
            .order_by(t.due.is_(None), t.due, t.id)
        )
        p = m.CustomerPhone.__table__.c
        first_number = (select(p.e164).where(p.customer_id == t.customer_id, p.e164.is_not(None))
                        .order_by(p.id).limit(1).scalar_subquery())
        self.assigned = (  # due first (overdue are the oldest due), undated last
            select(t.id, t.customer_id, t.title, t.due, t.assignee, t.kind, t.call_id,
                   first_number.label("number"))
            .where(t.assignee == bindparam("assignee"), t.done.is_(False))
            .order_by(t.due.is_(None), t.due, t.id)
            .limit(bindparam("limit"))
        )


def _not_the_consoles_own(name: str) -> Any:
    """Rows the console wrote here in its own save (idempotency key "<record id>:<adapter>" of a
    task in its list) are the same tasks as the console's: not listed twice."""
    from sqlalchemy import exists, literal

    from crm_adapters.store.after_call.tables import TaskRow

    t = m.FollowUpTask.__table__.c
    mine = TaskRow.__table__.c
    return ~exists().where(t.idempotency_key == mine.record_id.concat(literal(f":{name}")))


@functools.cache
def _queries() -> _Queries:
    return _Queries()


def _aware(value: datetime | None) -> datetime | None:
    """Rows read through Core come back naive (stored as UTC); the ORM's type made them aware."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def _local_id(customer_id: str | int | None) -> int | None:
    text = str(customer_id or "").strip()
    return int(text) if text.isdigit() else None


class LocalCrmAdapter:
    """CrmAdapter over :class:`Database`. ``owns_db`` = close the database on :meth:`close`."""

    def __init__(self, db: Database, *, name: str = "local", default_region: str = "SK",
                 owns_db: bool = True):
        self.name = name
        self.db = db
        self.default_region = default_region
        self._owns_db = owns_db
        self._prefetched: dict[int, tuple[float, list[Interaction], list[FollowUpTask]]] = {}
        self._has_console_tasks: bool | None = None  # the console's own task list is in this database

    # ---- reading -------------------------------------------------------------------------
    # A ringing call asks find_customers, then history and open_tasks for the match. All three
    # are answered from one connection in one worker-thread hop: the history and tasks of the
    # best match are read right after it is found and handed out when asked for (PREFETCH_S).

    def find_customers_sync(self, number: NumberInfo) -> list[Customer]:
        if not number.e164:
            return []
        found: dict[int, Customer] = {}
        with self.db.engine.connect() as conn:
            for row in conn.execute(_queries().find, {"e164": number.e164}):
                customer = found.get(row.id)
                if customer is None:
                    customer = found[row.id] = customer_from_row(row, self.name, phones=[])
                if row.raw not in customer.phones:
                    customer.phones.append(row.raw)
            result = sorted(found.values(), key=lambda x: (_SEGMENT_RANK.get(x.segment.value, 9), int(x.id)))
            if result:
                cid = int(result[0].id)
                self._prefetched[cid] = (time.monotonic(), self._history_rows(conn, cid, PREFETCH_HISTORY),
                                         self._task_rows(conn, cid))
                while len(self._prefetched) > 32:
                    self._prefetched.pop(next(iter(self._prefetched)))
        log.debug("lookup %s: %d match(es)", mask_number(number.e164), len(result))
        return result

    def _take_prefetched(self, customer: Customer, part: int, limit: int | None = None) -> list | None:
        cid = self._own_id(customer)
        entry = self._prefetched.get(cid) if cid is not None else None
        if entry is None or time.monotonic() - entry[0] > PREFETCH_S:
            return None
        if limit is not None and limit > PREFETCH_HISTORY:
            return None
        rows = entry[part]
        return rows if limit is None else rows[:max(0, int(limit))]

    def history_sync(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        cid = self._own_id(customer)
        if cid is None:
            return []
        with self.db.engine.connect() as conn:
            return self._history_rows(conn, cid, limit)

    def open_tasks_sync(self, customer: Customer) -> list[FollowUpTask]:
        cid = self._own_id(customer)
        if cid is None:
            return []
        with self.db.engine.connect() as conn:
            return self._task_rows(conn, cid)

    def _history_rows(self, conn: Any, cid: int, limit: int) -> list[Interaction]:
        return [
            Interaction(
                id=str(r.id), source=self.name, customer_id=str(cid), kind=r.kind,
                when=_aware(r.occurred_at), summary=r.summary or "", direction=r.direction or "",
                agent=r.agent or "", disposition=r.disposition or "", duration_s=r.duration_s,
            )
            for r in conn.execute(_queries().history, {"cid": cid, "limit": max(0, int(limit))})
        ]

    def _task_rows(self, conn: Any, cid: int) -> list[FollowUpTask]:
        return [
            FollowUpTask(
                id=str(r.id), source=self.name, customer_id=str(cid), title=r.title, due=_aware(r.due),
                assignee=r.assignee or "", kind=r.kind or "task", done=bool(r.done), call_id=r.call_id or "",
            )
            for r in conn.execute(_queries().tasks, {"cid": cid})
        ]

    def assigned_tasks_sync(self, assignee: str, limit: int = 50) -> list[FollowUpTask]:
        """Open tasks assigned to ``assignee``: overdue and soonest first, undated last. The
        console's own tasks (written here in the save's transaction) are left out: My tasks has
        them already, with their snoozes and their done marks."""
        if not assignee:
            return []
        with self.db.engine.connect() as conn:
            query = _queries().assigned
            if self._console_tasks_here(conn):
                query = query.where(_not_the_consoles_own(self.name))
            rows = conn.execute(query, {"assignee": assignee, "limit": max(0, min(int(limit), 500))}).all()
        return [
            FollowUpTask(
                id=str(r.id), source=self.name, customer_id=str(r.customer_id or ""), title=r.title,
                due=_aware(r.due), assignee=r.assignee or "", kind=r.kind or "task", done=False,
                call_id=r.call_id or "", url=CUSTOMER_URL.format(id=r.customer_id) if r.customer_id else "",
                number=r.number or "",
            )
            for r in rows
        ]

    def _console_tasks_here(self, conn: Any) -> bool:
        if self._has_console_tasks is None:
            from sqlalchemy import inspect

            self._has_console_tasks = inspect(conn).has_table("console_tasks")
        return self._has_console_tasks

    def customer_names_sync(self, ids: list[str]) -> dict[str, str]:
        """Names of this CRM's customers by id (ids that are not here are left out)."""
        wanted = sorted({i for i in (_local_id(x) for x in ids[:500]) if i is not None})
        if not wanted:
            return {}
        with self.db.engine.connect() as conn:
            rows = conn.execute(select(m.Customer.id, m.Customer.name).where(m.Customer.id.in_(wanted))).all()
        return {str(r.id): r.name for r in rows}

    def _own_id(self, customer: Customer) -> int | None:
        if customer.source not in (self.name, "local"):
            return None
        return _local_id(customer.id)

    # ---- writing -------------------------------------------------------------------------
    def _store_once(self, model: type, key: str, build: Any) -> str:
        """Insert ``build(session)`` unless a row with this idempotency key exists."""
        key = key or None
        for _attempt in range(2):
            try:
                with self.db.session() as s:
                    if key:
                        existing = s.scalar(select(model.id).where(model.idempotency_key == key))
                        if existing is not None:
                            return str(existing)
                    row = build(s)
                    row.idempotency_key = key
                    s.add(row)
                    s.flush()
                    return str(row.id)
            except IntegrityError:
                if not key:
                    raise
                continue  # another writer stored the same key first: read it back
        raise AdapterError("could not store the record (idempotency key conflict)", retryable=True,
                           code="crm.idempotency_conflict")

    def _existing_customer(self, s: Session, customer_id: str | int | None) -> int | None:
        cid = _local_id(customer_id)
        if cid is None or s.get(m.Customer, cid) is None:
            return None
        return cid

    def write_call_log_sync(self, entry: CallLog, idempotency_key: str) -> str:
        def build(s: Session) -> m.Interaction:
            cid = self._existing_customer(s, entry.customer_id)
            if cid is None:  # no (valid) id given: attach to the one customer with this number
                e164 = normalise(entry.number, self.default_region).e164
                if e164:
                    owners = s.scalars(
                        select(m.CustomerPhone.customer_id).where(m.CustomerPhone.e164 == e164).distinct()
                    ).all()
                    cid = owners[0] if len(owners) == 1 else None
            return m.Interaction(
                customer_id=cid, kind="call", direction=entry.direction or "",
                occurred_at=entry.started, summary=entry.notes or "", agent=entry.agent or "",
                disposition=entry.disposition or "", duration_s=int(entry.duration_s or 0),
                number=entry.number or "", recording=entry.recording or "", call_id=entry.call_id or "",
            )

        rid = self._store_once(m.Interaction, idempotency_key, build)
        log.info("call log %s stored for %s (%s)", rid, mask_number(entry.number), mask_text(entry.notes))
        return rid

    def write_note_sync(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        def build(s: Session) -> m.Interaction:
            cid = self._existing_customer(s, customer_id)
            if cid is None:
                raise AdapterError(f"customer {customer_id!r} is not in the local CRM", retryable=False,
                                   code="crm.unknown_customer", params={"id": str(customer_id)[:40]})
            return m.Interaction(
                customer_id=cid, kind="note", occurred_at=datetime.now(timezone.utc),
                summary=text or "", call_id=call_id or "",
            )

        rid = self._store_once(m.Interaction, idempotency_key, build)
        log.info("note %s stored for customer %s (%s)", rid, customer_id, mask_text(text))
        return rid

    def write_task_sync(self, task: FollowUpTask, idempotency_key: str) -> str:
        if not (task.title or "").strip():
            raise AdapterError("a task needs a title", retryable=False, code="crm.task_needs_title")

        def build(s: Session) -> m.FollowUpTask:
            cid = self._existing_customer(s, task.customer_id)
            if cid is None:
                raise AdapterError(f"customer {task.customer_id!r} is not in the local CRM", retryable=False,
                                   code="crm.unknown_customer", params={"id": str(task.customer_id)[:40]})
            return m.FollowUpTask(
                customer_id=cid, title=task.title.strip(), due=task.due, assignee=task.assignee or "",
                kind=task.kind or "task", done=bool(task.done), call_id=task.call_id or "",
            )

        rid = self._store_once(m.FollowUpTask, idempotency_key, build)
        log.info("task %s stored for customer %s", rid, task.customer_id)
        return rid

    # ---- the async protocol --------------------------------------------------------------
    async def warm_up(self) -> None:
        """Run each lookup query once at start-up, so the first caller of the day does not pay
        for compiling queries and starting the worker thread (about 100 ms)."""
        await asyncio.to_thread(self._warm_up_sync)

    def _warm_up_sync(self) -> None:
        nobody = Customer(id="0", source=self.name, name="")
        self.find_customers_sync(NumberInfo(raw="+10000000000", e164="+10000000000"))
        self.history_sync(nobody, 10)
        self.open_tasks_sync(nobody)

    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        return await asyncio.to_thread(self.find_customers_sync, number)

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        ready = self._take_prefetched(customer, 1, limit)
        return ready if ready is not None else await asyncio.to_thread(self.history_sync, customer, limit)

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        ready = self._take_prefetched(customer, 2)
        return ready if ready is not None else await asyncio.to_thread(self.open_tasks_sync, customer)

    async def assigned_tasks(self, assignee: str, limit: int = 50) -> list[FollowUpTask]:
        return await asyncio.to_thread(self.assigned_tasks_sync, assignee, limit)

    async def customer_names(self, ids: list[str]) -> dict[str, str]:
        return await asyncio.to_thread(self.customer_names_sync, list(ids))

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:  # noqa: A002
        return await asyncio.to_thread(self.write_call_log_sync, log, idempotency_key)

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        return await asyncio.to_thread(self.write_note_sync, customer_id, text, call_id, idempotency_key)

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        return await asyncio.to_thread(self.write_task_sync, task, idempotency_key)

    def records_in(self, db: Database) -> LocalRecords | None:
        """The writer that puts the agent's records into this CRM inside a save's own
        transaction, when this CRM's tables are in ``db``; else None (it gets write-backs)."""
        return LocalRecords(self.name, self.default_region) if self.db.same_place(db) else None

    async def close(self) -> None:
        if self._owns_db:
            self.db.close()


def create(settings: dict[str, Any], context: AdapterContext) -> LocalCrmAdapter:
    """Entry point ``local``. With a ``url`` the CRM lives in that database (its own tables
    only); without one it lives in the workstation's file: ``context.extra["database"]`` (the
    console's open workstation :class:`Database`) when given, else ``data_dir/console.db``."""
    name = str(context.extra.get("adapter_name") or "local") if context.extra else "local"
    url = str(settings.get("url", "") or "")
    shared = context.extra.get("database") if context.extra else None
    try:
        if isinstance(shared, Database) and not url:
            LOCAL_CRM.migrate(shared.engine)  # our tables in the workstation file, next to the outbox
            return LocalCrmAdapter(shared, name=name, default_region=context.default_region, owns_db=False)
        data_dir = context.data_dir
        if data_dir is None:
            import platformdirs

            data_dir = Path(platformdirs.user_data_dir("agent-console", appauthor=False))
        db = open_database(url, Path(data_dir))
    except Exception as exc:  # bad URL, unreachable server, unreadable file
        raise AdapterError(f"local CRM database cannot be opened: {exc}", retryable=False,
                           code="crm.local_database_unusable", params={"detail": str(exc)[:200]}) from exc
    return LocalCrmAdapter(db, name=name, default_region=context.default_region)
