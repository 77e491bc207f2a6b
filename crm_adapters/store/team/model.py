"""What the team store holds, as plain values: who is on the team and in which state, the calls
on the line, the customers waiting, hand-offs (a transfer's context) and today's figures.

Times are UNIX seconds (``time.time()``) so that consoles on different machines agree; the
board turns them into clocks. Phone numbers are stored whole: whoever shows them masks them
for roles that may not see them (:func:`mask_number`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

READY, RINGING, ON_CALL, WRAP_UP, AWAY, MONITORING, OFFLINE = (
    "ready", "ringing", "on_call", "wrap_up", "away", "monitoring", "offline")
PRESENCE_STATES = (READY, RINGING, ON_CALL, WRAP_UP, AWAY, MONITORING, OFFLINE)

HEARTBEAT_S = 1.0  # every console says "still here" this often
OFFLINE_AFTER_S = 3.5  # silence this long and the agent shows as offline (within 5 s of a kill)


@dataclass(frozen=True)
class AgentEntry:
    """One agent as the team sees them. ``state`` is ``offline`` when the heartbeat stopped."""

    id: str
    name: str
    role: str  # agent | trainee | lead
    state: str
    reason: str = ""  # away reason
    since: float = 0.0  # when this state began
    heartbeat: float = 0.0  # last sign of life from their console
    call_id: str = ""  # their current call (a key into TeamView.calls)
    sip_uri: str = ""  # where colleagues reach them (dial, transfer, supervision)


@dataclass(frozen=True)
class LiveCall:
    """A call on an agent's line."""

    call_id: str
    agent_id: str
    direction: str  # inbound | outbound
    state: str  # ringing | connected | held
    started: float
    customer_name: str = ""
    number: str = ""  # whole; mask for roles that may not see it
    supervised_by: tuple[str, ...] = ()  # agent ids of supervisors on the call
    sip_call_id: str = ""  # the customer's SIP Call-ID (one ring group INVITE = one customer)


@dataclass(frozen=True)
class WaitingCustomer:
    """A customer ringing one or more agents (a ring group) and not yet answered."""

    sip_call_id: str
    number: str
    name: str
    since: float  # when the first console saw the call ring
    ringing_at: tuple[str, ...] = ()  # agent ids whose consoles ring


@dataclass(frozen=True)
class Handoff:
    """The context that travels with a transferred call: notes, disposition path, customer."""

    id: str
    from_agent: str
    from_name: str
    to_agent: str  # agent id, or "" when transferred to an outside number
    number: str  # the customer's number (matches the call on the receiving console)
    customer: dict = field(default_factory=dict)  # {"id", "name", "crm", "link"} as far as known
    notes: str = ""
    disposition: str = ""  # the disposition path chosen so far
    created: float = 0.0
    taken_by_call: str = ""  # the receiving console's call id once it matched


@dataclass(frozen=True)
class AgentFigures:
    """Today's numbers for one agent (or for the team, with ``agent_id`` "")."""

    agent_id: str
    handled: int = 0
    missed: int = 0
    average_handle_s: float = 0.0
    average_wrap_up_s: float = 0.0
    longest_wait_s: float = 0.0
    abandoned: int = 0  # customers who gave up ringing (for the team: each customer once)


@dataclass(frozen=True)
class TeamView:
    """Everything a board shows, read in one go."""

    agents: tuple[AgentEntry, ...] = ()
    calls: tuple[LiveCall, ...] = ()
    waiting: tuple[WaitingCustomer, ...] = ()
    figures: tuple[AgentFigures, ...] = ()  # per agent, then the team's (agent_id "")
    calls_per_hour: tuple[tuple[int, int], ...] = ()  # (hour 0-23 local, calls) today
    answered_within_target: float | None = None  # share (0..1) of today's customers answered in time
    taken_at: float = 0.0


@dataclass(frozen=True)
class JoinRequest:
    """A lead's "join the line" request to one agent who is away, and the agent's answer."""

    id: str
    from_agent: str
    to_agent: str
    created: float
    answered: float = 0.0  # 0 while unanswered
    accepted: bool | None = None  # None while unanswered


def mask_number(number: str, role: str) -> str:
    """Leads see numbers whole; everyone else sees only the last three digits."""
    if role == "lead" or not number:
        return number
    digits = [i for i, ch in enumerate(number) if ch.isdigit()]
    keep = set(digits[-3:])
    return "".join(ch if (i in keep or not ch.isdigit()) else "•" for i, ch in enumerate(number))
