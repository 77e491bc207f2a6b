"""Tables of the after-call work: the write-back outbox, note drafts, the call log, my tasks.

Why they live in the workstation database: the agent's save and the promise to deliver it to
every CRM must commit together (one transaction), survive a crash, and be there after a
restart. The outbox row *is* that promise; it is only marked delivered after the CRM said yes.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from crm_adapters.store.columns import UtcDateTime, utc_now

PENDING, DELIVERED, FAILED = "pending", "delivered", "failed"
# the CRM is back but does not know the customer: waits for the agent to link one (never dropped)
NEEDS_CUSTOMER = "needs_customer"


class Base(DeclarativeBase):
    pass


class OutboxEntry(Base):
    """One record (note, call log, task) on its way to one CRM adapter."""

    __tablename__ = "console_outbox"
    __table_args__ = (Index("ix_console_outbox_adapter_state_due", "adapter", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    adapter: Mapped[str] = mapped_column(String(100))  # the [crm] adapter name it goes to
    kind: Mapped[str] = mapped_column(String(16))  # "note" | "call_log" | "task"
    record_id: Mapped[str] = mapped_column(String(64), index=True)  # same for every adapter
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)  # per (record, adapter)
    payload: Mapped[str] = mapped_column(Text)  # JSON of the record as this adapter gets it (numbers too:
    # the file is private to the user, 0600 in a 0700 folder, like the call log beside it)
    state: Mapped[str] = mapped_column(String(16), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    last_error: Mapped[str] = mapped_column(Text, default="")
    remote_id: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class NoteDraft(Base):
    """What the agent is typing, saved as they type so a crash loses at most a second."""

    __tablename__ = "console_note_drafts"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)  # call id, or "customer:<id>"
    text: Mapped[str] = mapped_column(Text, default="")
    context: Mapped[str] = mapped_column(Text, default="{}")  # JSON: call facts, customer ids
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class CallLogRow(Base):
    """The console's own call log: every call, whatever the CRMs say."""

    __tablename__ = "console_call_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), unique=True)
    call_id: Mapped[str] = mapped_column(String(200), default="", index=True)
    direction: Mapped[str] = mapped_column(String(8), default="")
    number: Mapped[str] = mapped_column(String(64), default="")
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    customer_id: Mapped[str] = mapped_column(String(200), default="")
    started: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, index=True)
    duration_s: Mapped[int] = mapped_column(Integer, default=0)
    disposition: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recording: Mapped[str] = mapped_column(String(500), default="")
    agent: Mapped[str] = mapped_column(String(100), default="")


class TaskRow(Base):
    """A follow-up as the console shows it in "my tasks": with the number to call back."""

    __tablename__ = "console_tasks"
    __table_args__ = (Index("ix_console_tasks_assignee_done_due", "assignee", "done", "due"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    due: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    assignee: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(16), default="task")  # "task" | "callback"
    customer_id: Mapped[str] = mapped_column(String(200), default="")
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    number: Mapped[str] = mapped_column(String(64), default="")
    call_id: Mapped[str] = mapped_column(String(200), default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    notified: Mapped[bool] = mapped_column(Boolean, default=False)  # the "due now" pop-up was shown
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class CardCacheRow(Base):
    """What the CRMs said about a number, kept on disk so the card pops from it after a restart
    while a CRM is down (see :mod:`crm_adapters.card_cache`). Kept ``[crm] cache_ttl_hours`` at
    most; `agent-console crm purge-cache` empties it."""

    __tablename__ = "console_card_cache"

    e164: Mapped[str] = mapped_column(String(32), primary_key=True)
    answers: Mapped[str] = mapped_column(Text, default="{}")  # JSON: source -> its answer, with fetched_at (UTC)
    negative: Mapped[bool] = mapped_column(Boolean, default=False)
    stored_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, index=True)
