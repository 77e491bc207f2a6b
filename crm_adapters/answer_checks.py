"""Checking and merging what CRMs answer, so one broken CRM cannot break or flood the card.

Every adapter's answer passes through here: wrong types become a short reason, enormous
answers are cut, texts are trimmed; then the answers of all CRMs are merged by priority
(see :mod:`crm_adapters.lookup_chain` for the rules).

An adapter that had to leave part of an answer unread says so with :func:`note`; the lookup
chain (and ``crm test``) collect those notes for the card's source line. :func:`terminal_text`
makes CRM text safe to print on a terminal.
"""
from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable
from contextvars import ContextVar
from datetime import datetime
from typing import Any

from crm_adapters.card_cache import SourceAnswer
from crm_adapters.privacy import scrub_numbers as scrub
from crm_adapters.problems import Problem
from crm_adapters.protocol import AdapterError
from crm_adapters.vocabulary import Customer, CustomerCard, FollowUpTask, Interaction, NumberInfo, Segment, SourceStatus

HISTORY_LIMIT = 20  # history items on a card, from all CRMs together
TASK_LIMIT = 20
CUSTOMERS_PER_SOURCE = 5
SCAN_LIMIT = 200  # records looked at per answer; the rest of an enormous answer is ignored
REASON_LIMIT = 160
_SHORT, _TEXT, _LONG, _URL = 200, 1000, 4000, 2000


class BadAnswer(Problem):
    """An adapter answered something other than what the protocol promises."""

    code = "crm.bad_answer"


_NOTES: ContextVar[list[str] | None] = ContextVar("crm_answer_notes", default=None)


def collect_notes() -> list[str]:
    """Start collecting notes in this task (and the tasks it starts); returns the list they go in."""
    notes: list[str] = []
    _NOTES.set(notes)
    return notes


def note(text: str) -> None:
    """Tell whoever is collecting (a lookup, ``crm test``) something about the answer, e.g. that
    only its first records were read. Outside a collecting task this does nothing."""
    notes = _NOTES.get()
    if notes is not None and text not in notes:
        notes.append(text)


def first(items: object, what: str, source: str, limit: int = SCAN_LIMIT) -> list[object]:
    """At most ``limit`` items of a CRM's list (anything else counts as an empty list); a note
    says how many were left unread."""
    if not isinstance(items, (list, tuple)):
        return []
    if len(items) > limit:
        note(f"{source} sent {len(items)} {what}; only the first {limit} were read")
    return list(items[:limit])


# ESC sequences (CSI, OSC, DCS/PM/APC strings, two-character ones), their 8-bit C1 forms, then
# every other control character but line breaks and tabs.
_TERMINAL_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x1b][\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def terminal_text(text: str) -> str:
    """CRM text as it may be printed on a terminal: escape sequences (colours, window titles,
    cursor moves) and control characters removed, line breaks and tabs kept."""
    return _TERMINAL_SEQUENCE.sub("", text)


def _clip(value: Any, limit: int = _SHORT) -> str:
    if value is None or isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _when(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) <= 64:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _instant(value: datetime) -> float:
    """Seconds since the epoch, so CRMs with and without time zones sort together
    (a time without zone is taken as this workstation's local time)."""
    try:
        return value.timestamp()
    except (OverflowError, OSError, ValueError):
        return 0.0


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value) if isinstance(value, (int, float, str)) else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


def _segment(value: Any) -> Segment:
    try:
        return value if isinstance(value, Segment) else Segment(str(value).lower())
    except ValueError:
        return Segment.STANDARD


def _records(value: Any, kind: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise BadAnswer(f"returned {type(value).__name__} instead of a list of {kind}", code="crm.bad_answer",
                        params={"what": kind})
    return list(value[:SCAN_LIMIT])


def checked_customers(value: Any, source: str) -> list[tuple[Customer, Customer]]:
    """(adapter's own record, trimmed copy stamped with ``source``) for each usable match."""
    records = _records(value, "customers")
    found = []
    for c in records:
        if isinstance(c, Customer) and (_clip(c.id) or _clip(c.name)):
            phones = c.phones if isinstance(c.phones, (list, tuple)) else []
            clean = Customer(
                id=_clip(c.id), source=source, name=_clip(c.name), company=_clip(c.company),
                language=_clip(c.language, 16), segment=_segment(c.segment), value=_number(c.value),
                currency=_clip(c.currency, 8), email=_clip(c.email, 320),
                phones=[p for p in (_clip(x, 64) for x in phones[:20]) if p],
                notes=_clip(c.notes, _LONG), url=_clip(c.url, _URL),
            )
            found.append((c, clean))
            if len(found) == CUSTOMERS_PER_SOURCE:
                break
    if records and not found:
        raise BadAnswer(f"returned no usable customer record (got {type(records[0]).__name__})", code="crm.no_usable_records",
                        params={"what": "customers"})
    return found


def checked_history(value: Any, source: str) -> list[Interaction]:
    records = _records(value, "interactions")
    items = []
    for i in records:
        when = _when(i.when) if isinstance(i, Interaction) else None
        if when is not None:
            items.append(Interaction(
                id=_clip(i.id), source=source, customer_id=_clip(i.customer_id),
                kind=_clip(i.kind, 32) or "note", when=when, summary=_clip(i.summary, _TEXT),
                direction=_clip(i.direction, 8), agent=_clip(i.agent), disposition=_clip(i.disposition, 64),
                duration_s=None if _number(i.duration_s) is None else int(_number(i.duration_s) or 0),
                url=_clip(i.url, _URL),
            ))
    if records and not items:
        raise BadAnswer(f"no usable records (got {type(records[0]).__name__})", code="crm.no_usable_records",
                        params={"what": "history"})
    items.sort(key=lambda i: _instant(i.when), reverse=True)
    return items[:HISTORY_LIMIT]


def checked_tasks(value: Any, source: str) -> list[FollowUpTask]:
    records = _records(value, "tasks")
    items = []
    for t in records:
        if isinstance(t, FollowUpTask) and (_clip(t.id) or _clip(t.title)) and t.done is not True:
            items.append(FollowUpTask(
                id=_clip(t.id), source=source, customer_id=_clip(t.customer_id), title=_clip(t.title, _TEXT),
                due=_when(t.due), assignee=_clip(t.assignee), kind=_clip(t.kind, 32) or "task",
                call_id=_clip(t.call_id), url=_clip(t.url, _URL),
            ))
    if records and not items and not all(isinstance(t, FollowUpTask) for t in records):
        raise BadAnswer(f"no usable records (got {type(records[0]).__name__})", code="crm.no_usable_records",
                        params={"what": "tasks"})
    items.sort(key=_task_order(time.time()))
    return items[:TASK_LIMIT]


def _task_order(now: float) -> Callable[[FollowUpTask], tuple[int, float]]:
    """Overdue first (oldest first), then upcoming by due date, then those without a date."""
    def key(task: FollowUpTask) -> tuple[int, float]:
        if task.due is None:
            return (2, 0.0)
        due = _instant(task.due)
        return (0 if due < now else 1, due)
    return key


def merge(number: NumberInfo, shown: list[tuple[str, SourceAnswer]], statuses: dict[str, SourceStatus],
          complete: bool, from_cache: bool) -> CustomerCard:
    """One card from the answers in priority order (see the module doc for the rules)."""
    primary: Customer | None = None
    also: list[Customer] = []
    history: list[Interaction] = []
    tasks: list[FollowUpTask] = []
    for _, answer in shown:
        if answer.customers:
            if primary is None:
                primary = answer.customers[0]
            else:
                also.append(answer.customers[0])
        history.extend(answer.history)
        tasks.extend(answer.open_tasks)
    history.sort(key=lambda i: _instant(i.when), reverse=True)
    tasks.sort(key=_task_order(time.time()))
    return CustomerCard(number=number, customer=primary, also_known_as=also, history=history[:HISTORY_LIMIT],
                        open_tasks=tasks[:TASK_LIMIT], sources=statuses, complete=complete, from_cache=from_cache)


def describe_failure(exc: BaseException) -> str:
    """A short reason for the agent's hover text: "HTTP 500", "invalid JSON", "ValueError: …"."""
    status = getattr(getattr(exc, "response", None), "status_code", None)
    if isinstance(exc, AdapterError):
        text = exc.reason or type(exc).__name__
    elif isinstance(exc, BadAnswer):
        text = str(exc)
    elif isinstance(exc, json.JSONDecodeError):
        text = "invalid JSON"
    elif isinstance(status, int):
        text = f"HTTP {status}"
    else:
        message = str(exc).strip()
        text = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    text = scrub(" ".join(text.split()))
    return text if len(text) <= REASON_LIMIT else text[: REASON_LIMIT - 1] + "…"
