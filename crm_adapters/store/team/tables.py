"""The team store's tables (its own Alembic history, version table ``team_alembic_version``).

Times are UNIX seconds as floats, as in :mod:`crm_adapters.store.team.model`, so consoles on
different machines and both databases compare them the same way.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import BigInteger, Boolean, Float, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from crm_adapters.store.migrations import Component
from crm_adapters.store.workstation import TEAM_VERSION_TABLE

TEAM = Component("team store", Path(__file__).with_name("migrations"), TEAM_VERSION_TABLE)


class Base(DeclarativeBase):
    pass


class AgentRow(Base):
    """One agent's presence: state, since when, and their console's last heartbeat."""

    __tablename__ = "team_agents"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="agent")
    state: Mapped[str] = mapped_column(String(16), default="offline")
    reason: Mapped[str] = mapped_column(String(200), default="")
    since: Mapped[float] = mapped_column(Float, default=0.0)
    heartbeat: Mapped[float] = mapped_column(Float, default=0.0)
    call_id: Mapped[str] = mapped_column(String(200), default="")
    sip_uri: Mapped[str] = mapped_column(String(300), default="")


class CallRow(Base):
    """A call on an agent's line now."""

    __tablename__ = "team_calls"

    call_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(200), index=True)
    direction: Mapped[str] = mapped_column(String(16), default="inbound")
    state: Mapped[str] = mapped_column(String(16), default="ringing")
    started: Mapped[float] = mapped_column(Float, default=0.0)
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    number: Mapped[str] = mapped_column(String(64), default="")
    supervised_by: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of agent ids
    sip_call_id: Mapped[str] = mapped_column(String(200), default="")


class WaitingRow(Base):
    """A customer ringing one or more agents (one ring-group INVITE, keyed by its Call-ID)."""

    __tablename__ = "team_waiting"
    __table_args__ = (Index("ix_team_waiting_open", "ended", "since"),)

    sip_call_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    number: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    since: Mapped[float] = mapped_column(Float, default=0.0)
    ringing_at: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of agent ids
    answered_by: Mapped[str] = mapped_column(String(200), default="")
    abandoned: Mapped[bool] = mapped_column(Boolean, default=False)
    ended: Mapped[float | None] = mapped_column(Float, nullable=True)


class HandoffRow(Base):
    """A transfer's context on its way to the colleague's console."""

    __tablename__ = "team_handoffs"
    __table_args__ = (Index("ix_team_handoffs_to_open", "to_agent", "taken_by_call", "created"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    from_agent: Mapped[str] = mapped_column(String(200), default="")
    from_name: Mapped[str] = mapped_column(String(200), default="")
    to_agent: Mapped[str] = mapped_column(String(200), default="")
    number: Mapped[str] = mapped_column(String(64), default="")
    number_key: Mapped[str] = mapped_column(String(16), default="")  # last nine digits
    customer: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    notes: Mapped[str] = mapped_column(Text, default="")
    disposition: Mapped[str] = mapped_column(String(500), default="")
    created: Mapped[float] = mapped_column(Float, default=0.0)
    taken_by_call: Mapped[str] = mapped_column(String(200), default="")


class HistoryRow(Base):
    """One finished call of one agent, for today's figures."""

    __tablename__ = "team_call_history"
    __table_args__ = (Index("ix_team_call_history_ended", "ended_at", "agent_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agent_id: Mapped[str] = mapped_column(String(200))
    call_id: Mapped[str] = mapped_column(String(200), default="")
    sip_call_id: Mapped[str] = mapped_column(String(200), default="")
    direction: Mapped[str] = mapped_column(String(16), default="inbound")
    outcome: Mapped[str] = mapped_column(String(16))  # handled | missed | abandoned
    rang_at: Mapped[float] = mapped_column(Float, default=0.0)
    answered_at: Mapped[float | None] = mapped_column(Float, nullable=True)
    ended_at: Mapped[float] = mapped_column(Float, default=0.0)
    wrap_up_s: Mapped[float] = mapped_column(Float, default=0.0)
    wait_s: Mapped[float] = mapped_column(Float, default=0.0)


class RequestRow(Base):
    """A lead's "join the line" request to one agent who is away, and the answer."""

    __tablename__ = "team_requests"
    __table_args__ = (Index("ix_team_requests_to", "to_agent", "answered"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    to_agent: Mapped[str] = mapped_column(String(200), primary_key=True)
    from_agent: Mapped[str] = mapped_column(String(200), default="")
    created: Mapped[float] = mapped_column(Float, default=0.0)
    answered: Mapped[float | None] = mapped_column(Float, nullable=True)
    accepted: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class ChangeRow(Base):
    """One row whose counter every write bumps: what the SQLite poll reads (PostgreSQL has
    LISTEN/NOTIFY instead)."""

    __tablename__ = "team_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    counter: Mapped[int] = mapped_column(BigInteger, default=0)
