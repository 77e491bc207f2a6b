"""The agent's state: ready, ringing, on a call, wrap-up, away (with a reason), monitoring.

Calls decide most of it (the call book): a call rings → ringing; answered → on a call; it
ended and wrap-up runs → wrap-up; wrap-up done → ready, or away if the agent chose away
meanwhile. The agent chooses between ready and away (``ctl state ready|away --reason R``);
while calls or wrap-up are on, the choice waits for them.

Every change goes out through ``changed`` with the fields of the ``agent.state`` event:
state, reason, since (ISO time) and the call id where there is one.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone

from PySide6.QtCore import QObject, Signal

from console.format import clock
from console.listed_words import away_reason
from console.model.calls import CONNECTED, HELD, RINGING, CallBook

READY, RINGING_STATE, ON_CALL, WRAP_UP, AWAY, MONITORING = (
    "ready", "ringing", "on_call", "wrap_up", "away", "monitoring")
STATES = (READY, RINGING_STATE, ON_CALL, WRAP_UP, AWAY, MONITORING)
DEFAULT_AWAY_REASONS = ("break", "lunch", "training", "meeting", "back_office")


class StateRefused(ValueError):
    """The agent asked for a state that cannot be chosen; the text says what can."""


@dataclass(frozen=True)
class Shown:
    """What the window shows: the state in words, and its clock."""

    title: str  # "Ready", "Ringing", "On a call", "Wrap-up", "Away — lunch"
    clock: str  # "01:23", "00:12 / 01:00"

    def line(self) -> str:
        return f"{self.title} {self.clock}".strip()


class AgentState(QObject):
    changed = Signal(dict)  # the agent.state fields

    def __init__(self, book: CallBook, away_reasons: tuple[str, ...] | list[str] = DEFAULT_AWAY_REASONS,
                 wrapup_max_s: float = 0.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.away_reasons = tuple(away_reasons)
        self.wrapup_max_s = wrapup_max_s
        self.chosen, self.chosen_reason = READY, ""  # what the agent asked for
        self.state, self.reason, self.call_id = READY, "", ""
        self.monitoring = False  # listening in on a colleague's call (console/supervision.py)
        self.since = datetime.now(timezone.utc)
        self._since_mono = time.monotonic()
        for signal in (book.added, book.changed, book.removed, book.current_changed):
            signal.connect(self._recompute)

    # -- the agent's choice ----------------------------------------------------------------
    def choose(self, state: str, reason: str = "") -> dict:
        """``ready`` or ``away`` (with one of the configured reasons)."""
        if state == READY:
            if reason:
                raise StateRefused("ready takes no reason (only away does)")
            self.chosen, self.chosen_reason = READY, ""
        elif state == AWAY:
            if reason and reason not in self.away_reasons:
                raise StateRefused(f"unknown away reason {reason!r}: choose one of {', '.join(self.away_reasons)}")
            self.chosen, self.chosen_reason = AWAY, reason
        else:
            raise StateRefused(f"cannot choose the state {state!r}: choose ready or away")
        self._recompute()
        return self.fields()

    def set_monitoring(self, on: bool) -> None:
        """A supervision session of this console's own starts (or ends): not a call of its own."""
        self.monitoring = bool(on)
        self._recompute()

    # -- derived from the calls ------------------------------------------------------------
    def _derive(self) -> tuple[str, str, str]:
        live = self.book.live()
        current = self.book.get(self.book.current)
        talking = [c for c in live if c.state in (CONNECTED, HELD)]
        if talking:
            call = current if current in talking else talking[-1]
            return ON_CALL, "", call.call_id
        ringing = [c for c in live if c.state == RINGING]
        if ringing:
            return RINGING_STATE, "", ringing[-1].call_id
        wrapping = self.book.in_wrap_up()
        if wrapping:
            return WRAP_UP, "", wrapping[0].call_id
        if self.monitoring:
            return MONITORING, "", ""
        if self.chosen == AWAY:
            return AWAY, self.chosen_reason, ""
        return READY, "", ""

    def _recompute(self, *_: object) -> None:
        state, reason, call_id = self._derive()
        if (state, reason) == (self.state, self.reason):
            self.call_id = call_id
            return
        self.state, self.reason, self.call_id = state, reason, call_id
        self.since = datetime.now(timezone.utc)
        self._since_mono = time.monotonic()
        self.changed.emit(self.fields())

    def fields(self) -> dict:
        fields = {"state": self.state, "reason": self.reason, "since": self.since.isoformat()}
        if self.call_id:
            fields["call_id"] = self.call_id
        if (self.chosen, self.chosen_reason) != (self.state, self.reason) and self.state != READY:
            fields["next"] = self.chosen  # what follows once the calls and wrap-up are done
        return fields

    def seconds(self) -> float:
        """How long the agent has been in this state."""
        return time.monotonic() - self._since_mono

    # -- in words --------------------------------------------------------------------------
    def shown(self) -> Shown:
        if self.state == WRAP_UP:
            wrapping = self.book.in_wrap_up()
            took = time.monotonic() - (wrapping[0].wrap_up_since or 0.0) if wrapping else self.seconds()
            text = clock(took) + (f" / {clock(self.wrapup_max_s)}" if self.wrapup_max_s else "")
            if len(wrapping) > 1:
                more = len(wrapping) - 1
                text += " " + self.tr("(+%n more)", "", more)
            return Shown(self.tr("Wrap-up"), text)
        if self.state == ON_CALL:
            call = self.book.get(self.call_id)
            start = call.connected_at if call is not None and call.connected_at is not None else self._since_mono
            return Shown(self.tr("On a call"), clock(time.monotonic() - start))
        if self.state == AWAY:
            title = self.tr("Away — %1").replace("%1", away_reason(self.reason)) if self.reason else self.tr("Away")
            return Shown(title, clock(self.seconds()))
        title = {READY: self.tr("Ready"), RINGING_STATE: self.tr("Ringing"), MONITORING: self.tr("Monitoring")}[self.state]
        return Shown(title, "" if self.state == READY else clock(self.seconds()))
