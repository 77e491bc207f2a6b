"""Reading the console's own after-call records: my tasks, the call log, previous notes.

Plain functions over the workstation :class:`Database` (no Qt), so the views, the due-task
notifier and the ``ctl`` commands ask the same questions the same way.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import or_, select, update

from crm_adapters.store.after_call.tables import CallLogRow, TaskRow
from crm_adapters.store.database import Database


@dataclass(frozen=True)
class TaskItem:
    record_id: str
    title: str
    due: datetime | None
    assignee: str
    kind: str
    customer_name: str
    number: str
    call_id: str
    done: bool

    def overdue(self, now: datetime) -> bool:
        return not self.done and self.due is not None and self.due < now


def _task(r: TaskRow) -> TaskItem:
    return TaskItem(r.record_id, r.title, r.due, r.assignee, r.kind, r.customer_name, r.number, r.call_id, r.done)


def my_tasks(db: Database, assignee: str, now: datetime | None = None, limit: int = 200) -> list[TaskItem]:
    """Open tasks of ``assignee`` (and unassigned ones): overdue first (oldest first), then by due
    date, tasks without a date last."""
    now = now or datetime.now(timezone.utc)
    with db.session() as s:
        rows = s.scalars(select(TaskRow).where(TaskRow.done.is_(False), or_(TaskRow.assignee == assignee,
                                                                             TaskRow.assignee == ""))
                         .order_by(TaskRow.due.is_(None), TaskRow.due, TaskRow.id).limit(limit)).all()
        items = [_task(r) for r in rows]
    return sorted(items, key=lambda t: (not t.overdue(now), t.due is None, t.due or now))


def due_unannounced(db: Database, assignee: str, now: datetime | None = None) -> list[TaskItem]:
    """Tasks that came due and nobody was told yet; marks them told (in the same transaction)."""
    now = now or datetime.now(timezone.utc)
    with db.session() as s:
        rows = s.scalars(select(TaskRow).where(TaskRow.done.is_(False), TaskRow.notified.is_(False),
                                               TaskRow.due.is_not(None), TaskRow.due <= now,
                                               or_(TaskRow.assignee == assignee, TaskRow.assignee == ""))
                         .order_by(TaskRow.due)).all()
        for r in rows:
            r.notified = True
        return [_task(r) for r in rows]


def mark_task_done(db: Database, record_id: str, done: bool = True) -> bool:
    with db.session() as s:
        return bool(s.execute(update(TaskRow).where(TaskRow.record_id == record_id).values(done=done)).rowcount)


def recent_calls(db: Database, limit: int = 100, number: str = "") -> list[CallLogRow]:
    """The call log, newest first; ``number`` narrows it to one caller (previous calls)."""
    with db.session() as s:
        query = select(CallLogRow).order_by(CallLogRow.started.desc(), CallLogRow.id.desc()).limit(limit)
        if number:
            query = query.where(CallLogRow.number == number)
        return list(s.scalars(query).all())
