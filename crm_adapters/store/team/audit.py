"""The supervision audit in the team store: who listened to whom, when, on which customer's
call, in which mode, and what came of it (started, mode, ended, refused with its reason code).

Both consoles write: the agent's console what it saw (sessions it ran, requests it refused), the
supervisor's console what it started. Values come from other consoles (and a refused request
from anyone on the network): bounded and plain when written and when read.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Float, Index, Integer, String, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from crm_adapters.store.team import bounds
from crm_adapters.store.team.tables import Base

OUTCOMES = ("started", "mode", "ended", "refused", "played", "deleted")  # the last two: call records
MODES = ("listen", "whisper", "barge", "")
MAX_LIMIT = 1000


class AuditRow(Base):
    __tablename__ = "team_monitor_audit"
    __table_args__ = (Index("ix_team_monitor_audit_at", "at", "agent"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[float] = mapped_column(Float, default=0.0)
    supervisor: Mapped[str] = mapped_column(String(200), default="")
    agent: Mapped[str] = mapped_column(String(200), default="")
    customer_call: Mapped[str] = mapped_column(String(200), default="")
    mode: Mapped[str] = mapped_column(String(16), default="")
    outcome: Mapped[str] = mapped_column(String(16), default="")
    reason: Mapped[str] = mapped_column(String(64), default="")
    via: Mapped[str] = mapped_column(String(16), default="")
    written_by: Mapped[str] = mapped_column(String(200), default="")


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit. ``outcome``: started | mode | ended | refused; ``reason`` a
    code (``monitor.bad_signature`` …) for a refusal, the end's reason for an end."""

    supervisor: str  # who asked (as claimed, for a refusal)
    agent: str  # whose call
    customer_call: str  # the agent console's call id of the customer's call
    mode: str
    outcome: str
    reason: str = ""
    via: str = ""  # invite | message | dtmf | ctl
    written_by: str = ""  # the console (agent id) that wrote the line
    at: float = 0.0  # UNIX time; 0 = now
    id: int = 0

    def fields(self) -> dict:
        return {"id": self.id, "at": self.at, "supervisor": self.supervisor, "agent": self.agent,
                "customer_call": self.customer_call, "mode": self.mode, "outcome": self.outcome,
                "reason": self.reason, "via": self.via, "written_by": self.written_by}


def write(conn: Connection, entry: AuditEntry, now: float) -> int:
    if entry.outcome not in OUTCOMES:
        raise ValueError(f"unknown audit outcome {entry.outcome!r}; use one of {', '.join(OUTCOMES)}")
    at = bounds.moment(entry.at) or now
    values = {"at": at, "supervisor": bounds.line(entry.supervisor, bounds.KEY),
              "agent": bounds.line(entry.agent, bounds.KEY), "customer_call": bounds.line(entry.customer_call, bounds.KEY),
              "mode": entry.mode if entry.mode in MODES else "", "outcome": entry.outcome,
              "reason": bounds.line(entry.reason, 64), "via": bounds.line(entry.via, 16),
              "written_by": bounds.line(entry.written_by, bounds.KEY)}
    return int(conn.execute(insert(AuditRow).values(**values)).inserted_primary_key[0])


def read(conn: Connection, since: float, agent: str | None, limit: int) -> tuple[AuditEntry, ...]:
    limit = max(1, min(int(limit), MAX_LIMIT))
    query = select(AuditRow).where(AuditRow.at >= bounds.moment(since))
    if agent:
        query = query.where(AuditRow.agent == bounds.line(agent, bounds.KEY))
    rows = conn.execute(query.order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(limit)).all()
    return tuple(_entry(r) for r in reversed(rows))  # oldest first: read as it happened


def _entry(r: AuditRow) -> AuditEntry:
    outcome = bounds.line(r.outcome, 16)
    return AuditEntry(id=int(r.id), at=bounds.moment(r.at), supervisor=bounds.line(r.supervisor, bounds.KEY),
                      agent=bounds.line(r.agent, bounds.KEY), customer_call=bounds.line(r.customer_call, bounds.KEY),
                      mode=r.mode if r.mode in MODES else "", outcome=outcome if outcome in OUTCOMES else "",
                      reason=bounds.line(r.reason, 64), via=bounds.line(r.via, 16),
                      written_by=bounds.line(r.written_by, bounds.KEY))
