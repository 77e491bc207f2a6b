"""Revoked supervision grants in the team store: `agent-console supervision revoke PERSON_ID`
writes one line, signed with the team admin's key; every agent's console reads them on its team
lane and refuses that person's older grants from then on (cti.supervision.grants.RoleCheck).

A line whose signature does not verify with the console's `[supervision] roles_key` is ignored:
write access to the team database is not enough to revoke a lead. Values are bounded when written
and when read (another console's version, or anyone with access to the database, wrote them).
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import BigInteger, Index, Integer, String, insert, select
from sqlalchemy.orm import Mapped, mapped_column

from crm_adapters.store.team import bounds
from crm_adapters.store.team.tables import Base

MAX_READ = 10_000  # a team has far fewer revocations; more are not read


class RevokedGrantRow(Base):
    __tablename__ = "team_revoked_grants"
    __table_args__ = (Index("ix_team_revoked_grants_person", "person"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person: Mapped[str] = mapped_column(String(64), default="")
    revoked_at: Mapped[int] = mapped_column(BigInteger, default=0)
    signature: Mapped[str] = mapped_column(String(86), default="")
    written_by: Mapped[str] = mapped_column(String(200), default="")


@dataclass(frozen=True)
class Revocation:
    person: str
    revoked_at: int  # UNIX time: grants issued up to then are void
    signature: str  # the admin's (cti.supervision.grants.revocation_signature)
    written_by: str = ""


def revoke(store, revocation: Revocation) -> None:  # noqa: ANN001 - a TeamStore
    """Write one revocation; the consoles watching the store are told at once."""
    values = {"person": bounds.line(revocation.person, 64), "revoked_at": int(revocation.revoked_at),
              "signature": bounds.line(revocation.signature, 86), "written_by": bounds.line(revocation.written_by)}
    with store._writing() as conn:  # (the store's own short write, within this package)
        conn.execute(insert(RevokedGrantRow).values(**values))
        store._tell(conn)


def revocations(store) -> tuple[Revocation, ...]:  # noqa: ANN001 - a TeamStore
    """Every revocation as stored (not checked: the reader checks each signature)."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(RevokedGrantRow).order_by(RevokedGrantRow.id).limit(MAX_READ)).all()
    return tuple(Revocation(bounds.line(r.person, 64), _when(r.revoked_at), bounds.line(r.signature, 86),
                            bounds.line(r.written_by)) for r in rows)


def _when(value: object) -> int:
    try:
        at = int(value)
    except (TypeError, ValueError, OverflowError):
        return 0
    return at if 0 <= at <= time.time() + 86400 * 3650 else 0
