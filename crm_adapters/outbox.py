"""The durable write-back outbox: what the agent saved, and the promise to deliver it.

Why: a CRM can be down, slow or wrong for hours, and the console can crash or be killed at
any moment. So saving a note, a call log or a task is one local transaction that writes

* the record into a CRM kept in the same database, if there is one (the local CRM without a
  ``url``: history is complete at once; see :class:`SameTransactionCrm`),
* the console's own call log / task list rows,
* one outbox entry per remote CRM adapter, each with its own idempotency key,
* and removes the note draft the text came from.

Either all of it is on disk or none of it is (and the caller shows a loud warning). The
:class:`~crm_adapters.outbox_sender.OutboxSender` then delivers entries and marks them
delivered in a separate transaction after the CRM said yes; a crash in between means the
entry is sent again with the same key, which the CRM uses to store it once.
"""
from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol

from sqlalchemy import func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from crm_adapters.privacy import mask_number, mask_text
from crm_adapters.problems import Problem
from crm_adapters.store.after_call.tables import (
    DELIVERED,
    FAILED,
    NEEDS_CUSTOMER,
    PENDING,
    CallLogRow,
    NoteDraft,
    OutboxEntry,
    TaskRow,
)
from crm_adapters.store.database import Database
from crm_adapters.vocabulary import CallLog, FollowUpTask

log = logging.getLogger(__name__)

ANY_CRM = "*"  # customer_ids key: the same id in every CRM (e.g. `ctl note --customer 42`)
RECORDS = ("note", "call_log", "task")  # what every CRM gets unless its adapter says otherwise
KINDS = (*RECORDS, "task_done")  # task_done: a task written back earlier is marked done there too
# payload key of the caller's number for an entry queued without the customer's id in that CRM:
# the sender looks the number up there when it sends (see outbox_sender.resolve)
LOOKUP_NUMBER = "lookup_number"
STATES = (PENDING, NEEDS_CUSTOMER, FAILED, DELIVERED)


STORAGE_CODES = {"disk_full": "storage.disk_full", "read_only": "storage.read_only", "other": "storage.failed"}
# what the agent reads about an entry waiting for a customer, and about linking one (the window's sentences)
LINK_CODES = {"needs_customer": "outbox.needs_customer", "no_match": "outbox.no_match", "not_linked": "outbox.not_linked"}


class StorageProblem(Problem):
    """The local database refused to store the agent's work (disk full, read-only, broken).
    ``message`` is a sentence for the agent; nothing was saved, the text must stay on screen.
    ``reason`` says which: "disk_full", "read_only" or "other" (``code``: STORAGE_CODES)."""

    def __init__(self, message: str, reason: str = "other", *, params: Mapping[str, Any] | None = None):
        super().__init__(message, code=STORAGE_CODES.get(reason, "storage.failed"), params=params)
        self.message = message
        self.reason = reason


def problem_reason(exc: BaseException) -> str:
    """"disk_full", "read_only" or "other" for an error of the local database."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    if "disk is full" in text or "disk full" in text or "no space left" in text:
        return "disk_full"
    if "readonly" in text or "read-only" in text or "read only" in text:
        return "read_only"
    return "other"


def storage_problem(exc: BaseException) -> str | None:
    """A sentence for the agent when ``exc`` means "the local database cannot store", else None."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    reason = problem_reason(exc)
    if reason == "disk_full":
        return "The disk is full: your work could NOT be saved. Free some disk space; the text stays here."
    if reason == "read_only":
        return "The database is read-only: your work could NOT be saved. Ask IT to fix the file permissions; the text stays here."
    if isinstance(exc, OperationalError):
        return f"The local database cannot store your work ({text[:120]}); the text stays here."
    return None


def _detail(exc: BaseException) -> dict[str, str]:
    """What the database said, for the agent's sentence (as storage_problem words it)."""
    return {"detail": str(getattr(exc, "orig", exc) or exc).lower()[:120]}


@dataclass(frozen=True)
class Delivery:
    """One outbox entry as the sender needs it."""

    entry_id: int
    adapter: str
    kind: str
    record_id: str
    idempotency_key: str
    payload: dict[str, Any]
    attempts: int
    next_attempt_at: datetime


@dataclass
class Saved:
    record_id: str
    kind: str
    entries: list[tuple[int, str]] = field(default_factory=list)  # (entry id, adapter)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _to_json(obj: Any) -> str:
    data = asdict(obj) if not isinstance(obj, dict) else obj
    return json.dumps(data, ensure_ascii=False, default=lambda v: v.isoformat() if isinstance(v, datetime) else str(v))


def call_log_from(payload: Mapping[str, Any]) -> CallLog:
    data = dict(payload)
    data["started"] = _utc(datetime.fromisoformat(data["started"]))
    return CallLog(**data)


def task_from(payload: Mapping[str, Any]) -> FollowUpTask:
    data = dict(payload)
    data.pop(LOOKUP_NUMBER, None)
    data["due"] = _utc(datetime.fromisoformat(data["due"])) if data.get("due") else None
    return FollowUpTask(**data)


class SameTransactionCrm(Protocol):
    """A CRM whose tables are in the outbox's own database (the local CRM without a ``url``):
    it gets each record inside the save's transaction instead of through an outbox entry.
    ``customer_id`` is its own id of the customer ("" = not known to it); ``key`` is the
    record's idempotency key for it."""

    name: str

    def add_note(self, s: Session, text: str, customer_id: str, call_id: str, key: str) -> None: ...

    def add_call_log(self, s: Session, call: CallLog, customer_id: str, key: str) -> str:
        """Returns the id of the customer the call was filed under ("" = nobody)."""
        ...

    def add_task(self, s: Session, task: FollowUpTask, customer_id: str, key: str) -> None: ...


class Outbox:
    """Saves the agent's records and queues them for ``targets`` (remote adapter names);
    ``same_transaction`` is the CRM that shares this database, if any (not among the targets)."""

    def __init__(self, db: Database, targets: Sequence[str], *, default_region: str = "SK",
                 same_transaction: SameTransactionCrm | None = None,
                 takes: Mapping[str, Collection[str]] | None = None) -> None:
        self.db = db
        self.targets = list(dict.fromkeys(targets))
        # which records each target takes (a CRM without tasks gets none); not named = all kinds
        self.takes = {name: frozenset(kinds) for name, kinds in (takes or {}).items()}
        self.default_region = default_region
        self.same_transaction = same_transaction
        self._local_name = same_transaction.name if same_transaction is not None else "local"

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        try:
            with self.db.session() as s:
                yield s
        except OperationalError as exc:
            problem = storage_problem(exc)
            log.error("local database refused a write: %s", type(exc.orig or exc).__name__)
            raise StorageProblem(problem or str(exc), problem_reason(exc), params=_detail(exc)) from exc

    # ---- the agent saves ------------------------------------------------------------------
    def save_note(self, text: str, customer_ids: Mapping[str, str], *, call_id: str = "",
                  draft_key: str | None = None, number: str = "") -> Saved:
        """``number``: the caller's, for the CRMs whose id of the customer is not known yet (looked
        up when the note is sent). Without it a CRM with no id for the customer gets no entry."""
        if not text.strip():
            raise ValueError("the note is empty")
        saved = Saved(str(uuid.uuid4()), "note")
        with self._writing() as s:
            if self.same_transaction is not None:
                self.same_transaction.add_note(s, text, _customer_for(customer_ids, self._local_name), call_id,
                                               self._key(saved))
            for adapter in self._taking("note"):
                cid = _customer_for(customer_ids, adapter)
                if cid or number:  # resolved by number when sent
                    self._queue(s, saved, adapter, {"customer_id": cid, "text": text, "call_id": call_id,
                                                    LOOKUP_NUMBER: "" if cid else number})
            self._drop_draft(s, draft_key)
        log.info("note %s saved (%s), %d write-back(s) queued", saved.record_id, mask_text(text), len(saved.entries))
        return saved

    def save_call_log(self, call: CallLog, customer_ids: Mapping[str, str], *, customer_name: str = "",
                      draft_key: str | None = None) -> Saved:
        saved = Saved(str(uuid.uuid4()), "call_log")
        with self._writing() as s:
            local_id = _customer_for(customer_ids, self._local_name)
            if self.same_transaction is not None:
                filed_under = self.same_transaction.add_call_log(s, call, local_id, self._key(saved))
                local_id = local_id or filed_under
            s.add(CallLogRow(record_id=saved.record_id, call_id=call.call_id, direction=call.direction,
                             number=call.number, customer_name=customer_name, customer_id=local_id,
                             started=call.started, duration_s=int(call.duration_s), disposition=call.disposition,
                             notes=call.notes, recording=call.recording, agent=call.agent))
            for adapter in self._taking("call_log"):  # every CRM gets every call; unknown ids are looked up when sent
                payload = asdict(call)
                payload["customer_id"] = _customer_for(customer_ids, adapter)
                self._queue(s, saved, adapter, payload)
            self._drop_draft(s, draft_key)
        log.info("call log %s saved for %s, %d write-back(s) queued", saved.record_id,
                 mask_number(call.number), len(saved.entries))
        return saved

    def save_task(self, task: FollowUpTask, customer_ids: Mapping[str, str], *, customer_name: str = "",
                  number: str = "") -> Saved:
        """Queued for every CRM that takes tasks; where the customer's id is not known yet the
        sender looks up ``number`` (default: the task's own number) when it sends."""
        if not task.title.strip():
            raise ValueError("a task needs a title")
        saved = Saved(str(uuid.uuid4()), "task")
        with self._writing() as s:
            local_id = _customer_for(customer_ids, self._local_name)
            if self.same_transaction is not None:
                self.same_transaction.add_task(s, task, local_id, self._key(saved))
            s.add(TaskRow(record_id=saved.record_id, title=task.title.strip(), due=task.due,
                          assignee=task.assignee, kind=task.kind, customer_id=local_id,
                          customer_name=customer_name, number=task.number, call_id=task.call_id, done=task.done))
            lookup = number or task.number
            for adapter in self._taking("task"):
                cid = _customer_for(customer_ids, adapter)
                payload = asdict(task)
                payload.update(customer_id=cid, source=adapter, id="")
                payload[LOOKUP_NUMBER] = "" if cid else lookup
                self._queue(s, saved, adapter, payload)  # no id and no number: "needs a customer" when sent
        log.info("task %s saved, %d write-back(s) queued", saved.record_id, len(saved.entries))
        return saved

    def _taking(self, kind: str) -> list[str]:
        return [name for name in self.targets if kind in self.takes.get(name, RECORDS)]

    def _queue(self, s: Session, saved: Saved, adapter: str, payload: dict[str, Any]) -> None:
        entry = OutboxEntry(adapter=adapter, kind=saved.kind, record_id=saved.record_id,
                            idempotency_key=f"{saved.record_id}:{adapter}",
                            payload=_to_json(payload), state=PENDING, next_attempt_at=_now())
        s.add(entry)
        s.flush()
        saved.entries.append((entry.id, adapter))

    def save_task_done(self, record_id: str, done: bool = True) -> Saved | None:
        """The agent marked the task ``record_id`` done (or open again): "my tasks" and, for every CRM
        that takes it and got the task, an entry that marks it done there too (same transaction).
        None when there is no such task."""
        saved = Saved(str(uuid.uuid4()), "task_done")
        with self._writing() as s:
            changed = s.execute(update(TaskRow).where(TaskRow.record_id == record_id).values(done=done)).rowcount
            if not changed:
                return None
            if not done:
                return saved  # (reopening is not written back)
            had_it = set(s.scalars(select(OutboxEntry.adapter).where(
                OutboxEntry.record_id == record_id, OutboxEntry.kind == "task", OutboxEntry.state != FAILED)))
            for adapter in self._taking("task_done"):
                if adapter in had_it:
                    self._queue(s, saved, adapter, {"task_record_id": record_id})
        log.info("task %s marked %s, %d write-back(s) queued", record_id, "done" if done else "open", len(saved.entries))
        return saved

    def task_in_crm(self, record_id: str, adapter: str) -> tuple[str, str]:
        """(state, the CRM's id) of the task ``record_id`` as written to ``adapter``; ("", "") if never."""
        with self.db.session() as s:
            row = s.scalars(select(OutboxEntry).where(OutboxEntry.record_id == record_id, OutboxEntry.kind == "task",
                                                      OutboxEntry.adapter == adapter)).first()
            return (row.state, row.remote_id) if row is not None else ("", "")

    def _key(self, saved: Saved) -> str:
        """The idempotency key of the record for the CRM written in the same transaction."""
        return f"{saved.record_id}:{self._local_name}"

    # ---- drafts ---------------------------------------------------------------------------
    def save_draft(self, key: str, text: str, context: Mapping[str, Any] | None = None) -> None:
        """Store the draft of ``key``; raises StorageProblem when the disk cannot take it.

        A failed write throws its database connection away: SQLite in WAL mode can fail half
        way through the WAL append or a checkpoint, and the retry after the disk has room again
        must start on a fresh connection and a fresh transaction."""
        try:
            with self.db.engine.connect() as conn:
                try:
                    with Session(bind=conn) as s, s.begin():
                        draft = s.get(NoteDraft, key)
                        if draft is None:
                            s.add(NoteDraft(key=key, text=text, context=_to_json(dict(context or {})),
                                            updated_at=_now()))
                        else:
                            draft.text, draft.updated_at = text, _now()
                            if context is not None:
                                draft.context = _to_json(dict(context))
                except OperationalError:
                    conn.invalidate()
                    raise
        except OperationalError as exc:
            log.error("local database refused a draft: %s", type(exc.orig or exc).__name__)
            raise StorageProblem(storage_problem(exc) or str(exc), problem_reason(exc), params=_detail(exc)) from exc

    def drafts(self) -> list[tuple[str, str, dict[str, Any]]]:
        with self.db.session() as s:
            rows = s.scalars(select(NoteDraft).order_by(NoteDraft.updated_at)).all()
            return [(r.key, r.text, json.loads(r.context or "{}")) for r in rows]

    def drop_draft(self, key: str) -> None:
        with self._writing() as s:
            self._drop_draft(s, key)

    @staticmethod
    def _drop_draft(s: Session, key: str | None) -> None:
        if key:
            draft = s.get(NoteDraft, key)
            if draft is not None:
                s.delete(draft)

    # ---- the sender's side ----------------------------------------------------------------
    def next_pending(self, adapter: str) -> Delivery | None:
        """The pending entry for ``adapter`` that is due first (it may not be due yet)."""
        with self.db.session() as s:
            row = s.scalars(select(OutboxEntry).where(OutboxEntry.adapter == adapter, OutboxEntry.state == PENDING)
                            .order_by(OutboxEntry.next_attempt_at, OutboxEntry.id).limit(1)).first()
            if row is None:
                return None
            return Delivery(row.id, row.adapter, row.kind, row.record_id, row.idempotency_key,
                            json.loads(row.payload), row.attempts, _utc(row.next_attempt_at))

    def mark_delivered(self, entry_id: int, remote_id: str) -> None:
        with self._writing() as s:
            s.execute(update(OutboxEntry).where(OutboxEntry.id == entry_id).values(
                state=DELIVERED, remote_id=str(remote_id or "")[:200], delivered_at=_now(),
                attempts=OutboxEntry.attempts + 1, last_error=""))

    def mark_retry(self, entry_id: int, reason: str, next_attempt_at: datetime) -> None:
        with self._writing() as s:
            s.execute(update(OutboxEntry).where(OutboxEntry.id == entry_id, OutboxEntry.state == PENDING).values(
                attempts=OutboxEntry.attempts + 1, last_error=reason[:500], next_attempt_at=next_attempt_at))

    def set_customer(self, entry_id: int, customer_id: str) -> None:
        """The sender found the customer (by number): kept in the entry, so a retry or a restart
        sends it to the same customer without asking again."""
        with self._writing() as s:
            row = s.get(OutboxEntry, entry_id)
            if row is not None:
                row.payload = _to_json(_with_customer(json.loads(row.payload), row.kind, customer_id))

    def mark_needs_customer(self, entry_id: int, reason: str) -> None:
        """The CRM answers but does not know the customer: the entry waits for the agent's link."""
        with self._writing() as s:
            s.execute(update(OutboxEntry).where(OutboxEntry.id == entry_id, OutboxEntry.state == PENDING).values(
                state=NEEDS_CUSTOMER, attempts=OutboxEntry.attempts + 1, last_error=reason[:500]))

    def link(self, entry_id: int, customer_id: str) -> list[int]:
        """The agent says who the customer is (their id in that entry's CRM): the entry, and the
        others of the same call waiting for a customer in the same CRM, go out to that customer.
        Returns the linked entries' ids ([] when there is no such entry waiting or not yet sent)."""
        customer_id = str(customer_id or "").strip()
        if not customer_id:
            raise ValueError("give the customer's id in that CRM")
        if len(customer_id) > 200 or not customer_id.isprintable():
            raise ValueError("that is not a customer id (at most 200 printable characters)")
        with self._writing() as s:
            row = s.get(OutboxEntry, entry_id)
            if row is None or row.state == DELIVERED:
                return []
            same_call = _call_of(json.loads(row.payload))
            rows = [row]
            if same_call:
                rows += [r for r in s.scalars(select(OutboxEntry).where(
                    OutboxEntry.adapter == row.adapter, OutboxEntry.state == NEEDS_CUSTOMER, OutboxEntry.id != row.id))
                    if _call_of(json.loads(r.payload)) == same_call]
            for r in rows:
                r.payload = _to_json(_with_customer(json.loads(r.payload), r.kind, customer_id))
                r.state, r.next_attempt_at, r.last_error = PENDING, _now(), ""
            return [r.id for r in rows]

    def mark_failed(self, entry_id: int, reason: str) -> None:
        with self._writing() as s:
            s.execute(update(OutboxEntry).where(OutboxEntry.id == entry_id).values(
                state=FAILED, attempts=OutboxEntry.attempts + 1, last_error=reason[:500]))

    def retry(self, entry_id: int | None = None) -> int:
        """Put failed entries (one, or all) back in the queue and make waiting ones due now.
        Returns how many entries were re-queued or hurried."""
        with self._writing() as s:
            # (one waiting for a customer is looked up again: it may have been created meanwhile)
            query = update(OutboxEntry).where(OutboxEntry.state.in_((FAILED, PENDING, NEEDS_CUSTOMER)))
            if entry_id is not None:
                query = query.where(OutboxEntry.id == entry_id)
            return s.execute(query.values(state=PENDING, next_attempt_at=_now())).rowcount or 0

    # ---- what the console shows -----------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.db.session() as s:
            rows = s.execute(select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state)).all()
        counts = {PENDING: 0, DELIVERED: 0, FAILED: 0}  # and NEEDS_CUSTOMER, when some wait for one
        counts.update({state: int(n) for state, n in rows})
        return counts

    def entries(self, states: Sequence[str] = (NEEDS_CUSTOMER, PENDING, FAILED), limit: int = 200) -> list[dict[str, Any]]:
        """Entries not delivered yet (those waiting for a customer first); ``number`` is masked."""
        with self.db.session() as s:
            rows = s.scalars(select(OutboxEntry).where(OutboxEntry.state.in_(tuple(states)))
                             .order_by(OutboxEntry.state != NEEDS_CUSTOMER, OutboxEntry.id).limit(limit)).all()
            return [{"entry_id": r.id, "adapter": r.adapter, "kind": r.kind, "record_id": r.record_id,
                     "state": r.state, "attempts": r.attempts, "last_error": r.last_error,
                     "call_id": _call_of(json.loads(r.payload)),
                     "number": mask_number(lookup_number(json.loads(r.payload))) if r.state == NEEDS_CUSTOMER else "",
                     "next_attempt_at": _utc(r.next_attempt_at).isoformat(), "created_at": _utc(r.created_at).isoformat()}
                    for r in rows]


def _customer_for(customer_ids: Mapping[str, str], adapter: str) -> str:
    return str(customer_ids.get(adapter) or customer_ids.get(ANY_CRM) or "").strip()


def lookup_number(payload: Mapping[str, Any]) -> str:
    """The number to find the customer by, when the entry has no customer id."""
    return str(payload.get(LOOKUP_NUMBER) or payload.get("number") or "").strip()


def _call_of(payload: Mapping[str, Any]) -> str:
    return str(payload.get("call_id") or "")


def _with_customer(payload: dict[str, Any], kind: str, customer_id: str) -> dict[str, Any]:
    payload["customer_id"] = customer_id
    return payload
