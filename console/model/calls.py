"""The call book: every call the agent has in front of them, held once.

A call enters when it rings (or when a draft left by the last run is restored), changes as the
phone reports it (answered, held, muted, recording, ended), gets its customer's card from the
CRMs and, after hang-up, the after-call facts (disposition, the customer's ids). It leaves when
nobody needs it any more: an ended call stays as long as a *keeper* holds it (after-call work
holds each call until its call log is saved).

The desk writes to the book; the call panel, the cards, after-call work, the agent's state and
`ctl` read it. The book tells who changed through its signals (on the GUI thread).
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QObject, Signal

from crm_adapters.vocabulary import CustomerCard

RINGING, CONNECTED, HELD, ENDED = "ringing", "connected", "held", "ended"
LIVE = (RINGING, CONNECTED, HELD)


@dataclass
class Call:
    call_id: str
    direction: str = "in"  # "in" | "out"
    number: str = ""  # E.164 when it could be read, else as received ("" when withheld)
    display_name: str = ""  # the caller's own SIP name (outside text)
    withheld: bool = False
    trusted: bool = True  # False: from a host that is not trusted (its number is only a claim)
    caller: str = ""  # what the agent sees: the customer's name once known, else the number
    state: str = RINGING  # ringing | connected | held | ended
    muted: bool = False
    conference: tuple[str, ...] = ()  # the other calls joined with this one ("" = not in a conference)
    recording: bool = False
    recording_file: str = ""
    started: str = ""  # ISO time the call began ringing
    answered: bool = False
    connected_at: float | None = None  # time.monotonic() when answered (the call clock)
    duration_s: float = 0.0  # connected time, once ended
    received_ns: int = 0  # perf_counter_ns when the INVITE reached the phone (card latency origin)
    lookup_number: str = ""  # what the CRMs are asked for ("" = nothing to look up)
    # the customer's card
    card: CustomerCard | None = None
    placeholder: CustomerCard | None = None  # the number alone, shown if the CRMs are slow
    card_made_ns: int = 0
    card_received_ns: int = 0
    card_due: bool = False  # a newer card waits to be painted
    card_shown: bool = False
    # after the call
    disposition: str = ""
    customer_ids: dict[str, str] = field(default_factory=dict)  # adapter -> that CRM's id
    customer_name: str = ""
    previous: list[str] = field(default_factory=list)  # what was said on earlier calls
    wrap_up_since: float | None = None  # time.monotonic() when wrap-up began
    keepers: set[str] = field(default_factory=set)

    @property
    def live(self) -> bool:
        return self.state in LIVE

    @property
    def notes_key(self) -> str:
        """The key of this call's notes draft."""
        return self.call_id

    def draft_context(self) -> dict[str, Any]:
        """What the notes draft keeps about the call (enough to save its call log after a restart)."""
        return {"call_id": self.call_id, "direction": self.direction, "number": self.number,
                "started": self.started, "customer_ids": dict(self.customer_ids),
                "customer_name": self.customer_name, "answered": self.answered, "ended": not self.live,
                "duration_s": self.duration_s, "disposition": self.disposition,
                "recording": self.recording_file, "trusted": self.trusted}


# draft field -> (Call attribute, type)
_DRAFT_FIELDS: dict[str, tuple[str, type]] = {
    "direction": ("direction", str), "number": ("number", str), "started": ("started", str),
    "customer_ids": ("customer_ids", dict), "customer_name": ("customer_name", str),
    "answered": ("answered", bool), "duration_s": ("duration_s", float), "disposition": ("disposition", str),
    "recording": ("recording_file", str), "trusted": ("trusted", bool), "previous": ("previous", list),
}


def call_from_draft(context: dict[str, Any]) -> Call | None:
    """The call kept in a draft (the database or a rescued copy), as an ended call; None when
    the draft is not a call's. Values of the wrong type are left out (a damaged copy must not
    break the start)."""
    call_id = context.get("call_id")
    if not isinstance(call_id, str) or not call_id:
        return None
    call = Call(call_id, state=ENDED)
    for key, (name, expected) in _DRAFT_FIELDS.items():
        value = context.get(key)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            continue
        inner = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        if all(isinstance(v, str) for v in inner):
            setattr(call, name, value)
    try:
        datetime.fromisoformat(call.started)
    except ValueError:
        call.started = now_iso()
    return call


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


class CallBook(QObject):
    """Every call, once, keyed by call id, in the order they began."""

    added = Signal(str)  # call id
    changed = Signal(str)
    answered = Signal(str)  # the agent (or the other side) picked up
    ended = Signal(str)  # its line is down (it may stay for after-call work)
    removed = Signal(str)
    current_changed = Signal(str)  # the live call in front of the agent ("" = none)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: dict[str, Call] = {}
        self.current = ""

    # -- reading -----------------------------------------------------------------------------
    def __contains__(self, call_id: object) -> bool:
        return call_id in self._calls

    def __getitem__(self, call_id: str) -> Call:
        return self._calls[call_id]

    def __iter__(self) -> Iterator[Call]:
        return iter(list(self._calls.values()))

    def __len__(self) -> int:
        return len(self._calls)

    def get(self, call_id: str) -> Call | None:
        return self._calls.get(call_id)

    def ids(self) -> list[str]:
        return list(self._calls)

    def live(self) -> list[Call]:
        return [c for c in self._calls.values() if c.live]

    def in_wrap_up(self) -> list[Call]:
        """Calls in wrap-up, oldest first."""
        return sorted((c for c in self._calls.values() if c.wrap_up_since is not None),
                      key=lambda c: c.wrap_up_since or 0.0)

    # -- writing -----------------------------------------------------------------------------
    def add(self, call: Call) -> Call:
        if not call.started:
            call.started = now_iso()
        self._calls[call.call_id] = call
        self.added.emit(call.call_id)
        current = self.get(self.current)
        if call.live and (current is None or not current.live):
            self.select(call.call_id)
        return call

    def update(self, call_id: str, **changes: Any) -> Call | None:
        call = self._calls.get(call_id)
        if call is None:
            return None
        for name, value in changes.items():
            if not hasattr(call, name):
                raise AttributeError(f"a call has no {name!r}")
            setattr(call, name, value)
        self.changed.emit(call_id)
        return call

    def mark_answered(self, call_id: str) -> None:
        if self.update(call_id, state=CONNECTED, answered=True, connected_at=time.monotonic()) is not None:
            self.select(call_id)
            self.answered.emit(call_id)

    def end(self, call_id: str, duration_s: float) -> None:
        """The line is down; the call stays while a keeper holds it."""
        call = self._calls.get(call_id)
        if call is None:
            return
        call.state, call.duration_s = ENDED, duration_s
        call.muted = call.recording = False
        self.ended.emit(call_id)  # first: its keepers decide what follows (wrap-up, a saved missed call)
        if self.current == call_id:
            live = self.live()
            self.select(live[-1].call_id if live else "")
        if call_id in self._calls:
            self.changed.emit(call_id)
        self._remove_if_done(call_id)

    def select(self, call_id: str) -> None:
        """The live call in front of the agent (the one the buttons and `ctl` act on)."""
        if call_id and call_id not in self._calls:
            return
        if call_id != self.current:
            self.current = call_id
            self.current_changed.emit(call_id)

    def keep(self, call_id: str, keeper: str) -> None:
        call = self._calls.get(call_id)
        if call is not None:
            call.keepers.add(keeper)

    def release(self, call_id: str, keeper: str) -> None:
        """``keeper`` no longer needs the call: an ended call nobody keeps leaves the book."""
        call = self._calls.get(call_id)
        if call is not None:
            call.keepers.discard(keeper)
            self._remove_if_done(call_id)

    def _remove_if_done(self, call_id: str) -> None:
        call = self._calls.get(call_id)
        if call is not None and not call.live and not call.keepers:
            del self._calls[call_id]
            if self.current == call_id:
                self.select("")
            self.removed.emit(call_id)
