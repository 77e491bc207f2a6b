"""Tables of the console's own CRM: customers, their phones, what happened, what is promised.

Phones live in their own table with the normalised E.164 form indexed, because the one
question asked while a call rings is "who has this number?" and it must be answered in
well under a millisecond even with a million customers.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from crm_adapters.store.columns import UtcDateTime, utc_now

__all__ = ["Base", "Customer", "CustomerPhone", "FollowUpTask", "Interaction", "UtcDateTime", "utc_now"]


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "crm_customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    segment: Mapped[str] = mapped_column(String(16), default="standard")  # vip/high/standard/low
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.id"
    )


class CustomerPhone(Base):
    __tablename__ = "crm_customer_phones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("crm_customers.id", ondelete="CASCADE"), index=True
    )
    raw: Mapped[str] = mapped_column(String(64))  # as the CRM user wrote it: "0905 123 456"
    e164: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    label: Mapped[str] = mapped_column(String(32), default="")  # "mobile", "office", ...

    customer: Mapped[Customer] = relationship(back_populates="phones")


class Interaction(Base):
    """A call or a note. Calls from unknown numbers are kept too (customer_id NULL, number)."""

    __tablename__ = "crm_interactions"
    __table_args__ = (Index("ix_crm_interactions_customer_when", "customer_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("crm_customers.id", ondelete="CASCADE"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # "call" / "note"
    direction: Mapped[str] = mapped_column(String(8), default="")  # "in" / "out" for calls
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    summary: Mapped[str] = mapped_column(Text, default="")
    agent: Mapped[str] = mapped_column(String(100), default="")
    disposition: Mapped[str] = mapped_column(String(64), default="")
    duration_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    number: Mapped[str] = mapped_column(String(64), default="")
    recording: Mapped[str] = mapped_column(String(500), default="")
    call_id: Mapped[str] = mapped_column(String(200), default="", index=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), nullable=True, unique=True)


class FollowUpTask(Base):
    __tablename__ = "crm_follow_up_tasks"
    __table_args__ = (Index("ix_crm_tasks_customer_done", "customer_id", "done"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("crm_customers.id", ondelete="CASCADE"), nullable=True
    )
    title: Mapped[str] = mapped_column(String(500))
    due: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    assignee: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(16), default="task")  # "task" / "callback"
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    call_id: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), nullable=True, unique=True)
