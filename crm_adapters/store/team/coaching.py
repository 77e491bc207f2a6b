"""A team lead's private coaching notes about an agent, in the team store (issue 12).

One note per lead and agent: what the lead noticed while listening to the agent's calls and wants
to bring up in coaching. It is not the customer's business and not the agent's to read: it never
goes to a CRM, and only a lead's console reads or writes it (the console checks the role; this
module takes the lead's id as given). The note is kept when a supervision session ends, for the
next one. Its text is bounded and plain, written and read (another console may have written it).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Float, String, Text, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, mapped_column

from crm_adapters.store.team import bounds
from crm_adapters.store.team.tables import Base

MAX_CHARS = bounds.NOTES


class CoachingRow(Base):
    __tablename__ = "team_coaching_notes"

    lead: Mapped[str] = mapped_column(String(200), primary_key=True)
    agent: Mapped[str] = mapped_column(String(200), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated: Mapped[float] = mapped_column(Float, default=0.0)


@dataclass(frozen=True)
class CoachingNote:
    lead: str
    agent: str
    text: str = ""
    updated: float = 0.0  # UNIX time of the last save; 0 = never written

    def fields(self) -> dict:
        return {"lead": self.lead, "agent": self.agent, "text": self.text, "updated": self.updated}


def read_note(engine: Engine, lead: str, agent: str) -> CoachingNote:
    """``lead``'s note about ``agent`` (an empty one when there is none yet)."""
    lead, agent = bounds.line(lead, bounds.KEY), bounds.line(agent, bounds.KEY)
    with engine.connect() as conn:
        row = conn.execute(select(CoachingRow.text, CoachingRow.updated)
                           .where(CoachingRow.lead == lead, CoachingRow.agent == agent)).first()
    if row is None:
        return CoachingNote(lead, agent)
    return CoachingNote(lead, agent, bounds.text(row.text, MAX_CHARS), bounds.moment(row.updated))


def write_note(engine: Engine, lead: str, agent: str, text: str, now: float) -> CoachingNote:
    """Replace ``lead``'s note about ``agent`` with ``text``; returns it as stored."""
    note = CoachingNote(bounds.line(lead, bounds.KEY), bounds.line(agent, bounds.KEY), bounds.text(text, MAX_CHARS),
                        bounds.moment(now))
    if not note.lead or not note.agent:
        raise ValueError("a coaching note needs the lead's and the agent's id")
    where = (CoachingRow.lead == note.lead, CoachingRow.agent == note.agent)
    with engine.begin() as conn:
        changed = conn.execute(update(CoachingRow).where(*where).values(text=note.text, updated=note.updated))
        if changed.rowcount == 0:
            conn.execute(insert(CoachingRow).values(lead=note.lead, agent=note.agent, text=note.text,
                                                    updated=note.updated))
    return note
