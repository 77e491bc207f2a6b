"""Who hears whom: the conference-bridge links the call legs ask for. Pure: no pjsua2.

Ports are named by keys: "mic" (the agent's microphone), "ear" (the agent's speaker),
"ring" (the ring tone), "call:ID" (a leg's audio) and "rec:ID" (a leg's recorder). A link
(source, sink) means the sink hears the source. The rules:

- A talking customer or consult leg: the agent hears it, it hears the agent (unless muted).
- Talking legs joined in one conference also hear each other.
- A held or ringing leg hears nothing and sends nothing (its recorder keeps its own audio).
- A monitoring leg (a supervisor) hears the talking legs it watches and the agent's
  microphone (unless the agent muted the call); nobody hears it in listen mode, the agent
  hears it in whisper mode, the agent, the customer and the other supervisors in barge mode.
- While the call it watches is not talking (the agent put the customer on hold), the
  supervisor hears nothing at all, in every mode: not the agent's microphone (what the agent
  says off the call is not the call), not the held customer, not a consultation. A whispering
  or barging supervisor is still heard by the agent (coaching while the customer waits), never
  by the held customer.
- The ring tone plays while an incoming call rings and the agent hears nobody else.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .legs import LegRole, MonitorMode

Link = tuple[str, str]  # (source key, sink key)


@dataclass(frozen=True)
class LegAudio:
    """What the plan needs to know about one leg."""

    id: str
    role: LegRole = LegRole.CUSTOMER
    state: str = "connected"  # "ringing" | "connected" | "held"
    ringing_in: bool = False  # incoming and not answered yet: the ring tone plays
    muted: bool = False  # customer/consult: the agent's mic is cut; monitor: the supervisor's
    conference: str = ""
    mode: MonitorMode = MonitorMode.LISTEN
    watched_call: str = ""  # monitor legs: "" watches every talking call
    recording: bool = False
    has_audio: bool = True  # pjsua2 has a conference port for it

    @property
    def talking(self) -> bool:
        return self.state == "connected" and self.has_audio

    @property
    def key(self) -> str:
        return f"call:{self.id}"


def plan_links(legs: Iterable[LegAudio]) -> set[Link]:
    """The links wanted for these legs (see the module docstring)."""
    legs = list(legs)
    wanted: set[Link] = set()
    talks = [leg for leg in legs if leg.talking and leg.role is not LegRole.MONITOR]
    monitors = [leg for leg in legs if leg.talking and leg.role is LegRole.MONITOR]
    for leg in legs:
        if leg.recording and leg.has_audio and leg.state in ("connected", "held"):
            wanted.add((leg.key, f"rec:{leg.id}"))
    for leg in talks:
        wanted.add((leg.key, "ear"))
        if not leg.muted:
            wanted.update({("mic", leg.key), ("mic", f"rec:{leg.id}")})
    groups: dict[str, list[str]] = {}
    for leg in talks:
        if leg.conference:
            groups.setdefault(leg.conference, []).append(leg.key)
    for members in groups.values():
        wanted.update((a, b) for a in members for b in members if a != b)
    agent_muted = any(leg.muted for leg in talks)
    for sup in monitors:
        watched = _watched(sup, talks)
        wanted.update((leg.key, sup.key) for leg in watched)
        if watched and not agent_muted:  # (nothing watched talks: the customer is held)
            wanted.add(("mic", sup.key))
        if sup.muted or sup.mode is MonitorMode.LISTEN:
            continue
        wanted.add((sup.key, "ear"))  # whisper and barge: the agent hears the supervisor
        if sup.mode is MonitorMode.BARGE:
            wanted.update((sup.key, leg.key) for leg in watched)
            wanted.update((sup.key, other.key) for other in monitors if other is not sup)
    if any(leg.ringing_in for leg in legs) and not any(sink == "ear" for _, sink in wanted):
        wanted.add(("ring", "ear"))
    return wanted


def _watched(sup: LegAudio, talks: list[LegAudio]) -> list[LegAudio]:
    """The talking legs a supervisor hears: the watched call and the calls joined with it,
    or every talking call when none is named."""
    if not sup.watched_call:
        return talks
    target = next((leg for leg in talks if leg.id == sup.watched_call), None)
    if target is None:
        return []
    return [leg for leg in talks
            if leg is target or (target.conference and leg.conference == target.conference)]
