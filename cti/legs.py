"""One call leg as the softphone tracks it. Plain Python (the pjsua2 Call is in calls.py).

A leg has a role, decided when it is created: the customer's call, a consultation the agent
dials during a call, or a supervisor's monitoring leg. The role decides who hears whom (see
media_plan) and whether answering holds the other calls.
"""
from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .recording import CallRecording


class LegRole(str, enum.Enum):
    CUSTOMER = "customer"  # a normal call with a customer (incoming, or the agent's first call)
    CONSULT = "consult"  # a second call the agent dials during a call (to a colleague)
    MONITOR = "monitor"  # a supervisor listening in (set by the incoming-call policy)


class MonitorMode(str, enum.Enum):
    LISTEN = "listen"  # the supervisor hears customer and agent; nobody hears the supervisor
    WHISPER = "whisper"  # ... and the agent hears the supervisor
    BARGE = "barge"  # ... and the customer hears the supervisor too


@dataclass(frozen=True)
class CallSnapshot:
    """A call as the console shows it (safe to read from any thread)."""

    id: str
    direction: str  # "in" | "out"
    number: str
    state: str  # "ringing" | "connected" | "held" | "ended"
    held: bool
    muted: bool
    connected_since: float | None  # time.time() when answered, None while ringing
    role: str = LegRole.CUSTOMER.value  # "customer" | "consult" | "monitor"


@dataclass
class CallLeg:
    """Everything the SIP thread knows about one call leg (SIP thread only)."""

    id: str
    direction: str  # "in" | "out"
    number: str
    call: Any  # calls.PhoneCall: the pjsua2 Call (kept out of here so this stays plain)
    role: LegRole = LegRole.CUSTOMER
    state: str = "ringing"  # "ringing" | "connected" | "held"
    answering: bool = False  # 200 OK sent, waiting for the ACK (the ring tone stops)
    held: bool = False
    muted: bool = False
    monitor_mode: MonitorMode = MonitorMode.LISTEN  # monitor legs only
    watched_call: str = ""  # monitor legs: the leg id being monitored ("" = every call)
    answered_at: float | None = None
    answered_mono: float | None = None
    conference: str = ""  # group id when bridged with other calls
    recording: "CallRecording | None" = None
    transfer_target: str = ""
    transfer_attended: bool = False

    def snapshot(self) -> CallSnapshot:
        return CallSnapshot(self.id, self.direction, self.number, self.state, self.held,
                            self.muted, self.answered_at, self.role.value)

    def duration(self) -> float:
        return time.monotonic() - self.answered_mono if self.answered_mono else 0.0

    @property
    def ringing_in(self) -> bool:
        """An incoming call nobody has answered yet (the ring tone plays for it)."""
        return self.direction == "in" and self.state == "ringing" and not self.answering
