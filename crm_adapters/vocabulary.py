"""The words every CRM adapter speaks: customers, interactions, follow-up tasks, call logs.

Plain dataclasses, so they cross threads and processes (and become JSON) without surprises.
Every record carries ``source`` (the adapter's name) so a merged card can say where each item
came from.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any


class Segment(str, Enum):
    """How much the customer matters to the business; VIP gets the badge."""

    VIP = "vip"
    HIGH = "high"
    STANDARD = "standard"
    LOW = "low"


@dataclass(frozen=True)
class NumberInfo:
    """A caller's number as dialled/received and what phonenumbers made of it."""

    raw: str
    e164: str | None  # None when withheld, garbage, or not a phone number
    national: str = ""  # as people in that country write it, e.g. "0905 123 456"
    international: str = ""  # "+421 905 123 456"
    region: str = ""  # ISO country, "SK"
    line_type: str = ""  # "mobile", "fixed_line", "toll_free", ...
    withheld: bool = False

    @property
    def known(self) -> bool:
        return self.e164 is not None


@dataclass
class Customer:
    id: str
    source: str
    name: str
    company: str = ""
    language: str = ""  # BCP-47-ish: "sk", "cs", "ro", "ru", "en"
    segment: Segment = Segment.STANDARD
    value: float | None = None  # lifetime value in the CRM's currency
    currency: str = ""
    email: str = ""
    phones: list[str] = field(default_factory=list)  # as written in the CRM
    notes: str = ""
    url: str = ""  # deep link that opens the record in its CRM

    @property
    def is_vip(self) -> bool:
        return self.segment == Segment.VIP


@dataclass
class Interaction:
    """Something that happened with the customer: a call, a note, an e-mail, a ticket."""

    id: str
    source: str
    customer_id: str
    kind: str  # "call", "note", "email", "ticket"
    when: datetime
    summary: str = ""
    direction: str = ""  # "in" / "out" for calls
    agent: str = ""
    disposition: str = ""
    duration_s: int | None = None
    url: str = ""


@dataclass
class FollowUpTask:
    id: str
    source: str
    customer_id: str
    title: str
    due: datetime | None = None
    assignee: str = ""
    kind: str = "task"  # "task" or "callback" (a promised call-back)
    done: bool = False
    call_id: str = ""
    url: str = ""
    number: str = ""  # the number to call back (E.164 where known); "" when not a call-back

    def is_overdue(self, now: datetime) -> bool:
        return not self.done and self.due is not None and self.due < now


@dataclass
class CallLog:
    """One call as it is written back to a CRM."""

    call_id: str
    direction: str  # "in" / "out"
    number: str  # E.164 where known, else as received
    started: datetime
    duration_s: int = 0
    customer_id: str = ""
    disposition: str = ""
    notes: str = ""
    recording: str = ""
    agent: str = ""
    disposition_label: str = ""  # what the agent chose, in words ("Call-back promised"); "" = the code


class SourceState(str, Enum):
    PENDING = "pending"
    OK = "ok"
    NOT_FOUND = "not_found"
    UNAVAILABLE = "unavailable"  # timed out, raised, bad answer


@dataclass
class SourceStatus:
    source: str
    state: SourceState
    reason: str = ""  # shown on hover when unavailable
    elapsed_ms: float | None = None


@dataclass
class CustomerCard:
    """What the agent sees for one call: the merged view across all CRMs."""

    number: NumberInfo
    customer: Customer | None = None
    also_known_as: list[Customer] = field(default_factory=list)  # other sources' records
    history: list[Interaction] = field(default_factory=list)
    open_tasks: list[FollowUpTask] = field(default_factory=list)
    sources: dict[str, SourceStatus] = field(default_factory=dict)
    complete: bool = False  # every source answered or gave up
    # Shown (at least partly) from saved answers: pending sources not yet refreshed, or a
    # source that could not answer now and kept what it said last time.
    from_cache: bool = False
    cache_age_s: float | None = None  # with from_cache: how old the saved answers are ("from cache, 2 h old")

    def to_json(self) -> dict[str, Any]:
        return _jsonable(dataclasses.asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value
