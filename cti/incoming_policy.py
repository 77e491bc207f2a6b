"""What to do with a new incoming call, decided on the SIP thread before it rings.

An ordered chain of small policies; each looks at the call (who, from where, its headers,
the legs already up) and either decides or passes. The first decision wins; when every
policy passes, the call rings. Today's chain (see `standard_chain`):

1. screening: too many new calls from one caller → refused (503 with Retry-After);
2. monitor request: a supervisor's signed request → answered at once as a monitoring leg,
   without holding anybody; a bad one → 403, no audio (cti.supervision.session checks it;
   without supervision it never matches);
3. auto-answer: `[sip] auto_answer_s` = 0 → answered at once (the other calls are held),
   more than 0 → rings, answered after that many seconds;
4. otherwise it rings.

Plain Python, no pjsua2: every policy is unit-testable.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Protocol

from .call_screening import CallScreen, Refusal
from .caller_id import CallerId
from .legs import CallSnapshot, LegRole, MonitorMode


class Action(str, enum.Enum):
    REFUSE = "refuse"
    MONITOR = "monitor"  # answer now as a monitoring leg; nobody is held
    ANSWER = "answer"  # answer now as a customer call; the other calls are held
    RING = "ring"


@dataclass(frozen=True)
class Incoming:
    """A new incoming call as the policies see it."""

    caller: CallerId
    message: str  # the whole INVITE (bounded by pjsip), for policies that read headers
    legs: tuple[CallSnapshot, ...] = ()  # the calls already up

    def header(self, name: str) -> str:
        return self.caller.headers.get(name, "")


@dataclass(frozen=True)
class Decision:
    action: Action
    status_code: int = 0  # REFUSE: the SIP status sent back
    reason: str = ""  # REFUSE: the reason phrase
    headers: tuple[tuple[str, str], ...] = ()  # REFUSE: extra headers (Retry-After)
    refusal: Refusal | None = None  # REFUSE by screening: whose calls and which limit
    answer_after_s: float | None = None  # RING: answer by itself after this long
    mode: MonitorMode = MonitorMode.LISTEN  # MONITOR: how the supervisor joins
    watched_call: str = ""  # MONITOR: the leg the supervisor listens to ("" = all)
    decided_by: str = ""

    @property
    def role(self) -> LegRole:
        return LegRole.MONITOR if self.action is Action.MONITOR else LegRole.CUSTOMER


class Policy(Protocol):
    name: str

    def decide(self, call: Incoming) -> Decision | None: ...


RING = Decision(Action.RING, decided_by="default")


class PolicyChain:
    """The policies in order; `decide()` returns the first decision, else RING."""

    def __init__(self, policies: Iterable[Policy]) -> None:
        self.policies = list(policies)

    def decide(self, call: Incoming) -> Decision:
        for policy in self.policies:
            decision = policy.decide(call)
            if decision is not None:
                return decision if decision.decided_by else _by(decision, policy.name)
        return RING


def _by(decision: Decision, name: str) -> Decision:
    return replace(decision, decided_by=name)


class Screening:
    """Issue 9's per-caller limit: a burst of new calls is refused with 503 + Retry-After."""

    name = "screening"

    def __init__(self, screen: CallScreen) -> None:
        self.screen = screen

    def decide(self, call: Incoming) -> Decision | None:
        refusal = self.screen.admit(call.caller)
        if refusal is None:
            return None
        retry = str(max(1, min(3600, round(refusal.window_s))))
        return Decision(Action.REFUSE, 503, "Too many calls, try later",
                        (("Retry-After", retry),), refusal)


@dataclass
class MonitorRequest:
    """A supervisor's request to listen in. `check` reads the request (header, signature,
    expiry) and returns (mode, watched call) to answer it as a monitoring leg, a Decision (a
    refusal: 403 and no audio), or None when the call is no such request. Without a check
    nothing matches. `bind`, when given, is called once with the softphone's core when the
    softphone is built (cti.supervision.session follows the calls from there)."""

    check: Callable[[Incoming], "tuple[MonitorMode, str] | Decision | None"] | None = None
    name: str = field(default="monitor request")
    bind: Callable[[object], None] | None = None

    def decide(self, call: Incoming) -> Decision | None:
        found = self.check(call) if self.check is not None else None
        if found is None or isinstance(found, Decision):
            return found
        mode, watched = found
        return Decision(Action.MONITOR, mode=mode, watched_call=watched)


class AutoAnswer:
    """`[sip] auto_answer_s`: None = never, 0 = at once, more = after that many seconds."""

    name = "auto-answer"

    def __init__(self, after_s: float | None) -> None:
        self.after_s = after_s

    def decide(self, call: Incoming) -> Decision | None:
        if self.after_s is None:
            return None
        if self.after_s <= 0:
            return Decision(Action.ANSWER)
        return Decision(Action.RING, answer_after_s=float(self.after_s))


def standard_chain(screen: CallScreen, auto_answer_s: float | None,
                   monitor: MonitorRequest | None = None) -> PolicyChain:
    return PolicyChain([Screening(screen), monitor or MonitorRequest(), AutoAnswer(auto_answer_s)])
