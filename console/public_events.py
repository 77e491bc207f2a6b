"""The public event stream (`ctl events`), made in one place from domain events.

The phone's events (:mod:`cti.events`) and the console's own (:mod:`console.model.events`) go
over the bridge; this module subscribes to them and publishes what other programs may rely on
(DESIGN.md lists the contract). Its handlers go ahead of every other part's, so a contract
event goes out before the parts react (``call.ringing`` before the ``agent.state`` it causes).
Nothing inside the console listens to the stream to do its own work.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, fields, is_dataclass
from typing import Any

from crm_adapters.numbers import normalise
from cti import events as ev

from console.bridge import Bridge
from console.event_hub import EventHub
from console.model import events as ce


def _phone(default_region: str) -> dict[type, Callable[[Any], tuple[str, dict[str, Any]]]]:
    """Each phone event: its contract type and fields."""
    def ringing(e: ev.CallRinging):
        number = normalise("" if e.withheld else e.number or "", default_region)
        return "call.ringing", dict(call_id=e.call_id, direction=e.direction, number=number.e164 or "",
                                    withheld=e.withheld, display_name=e.display_name, trusted=e.trusted)

    return {
        ev.CallRinging: ringing,
        ev.CallAnswered: lambda e: ("call.answered", dict(call_id=e.call_id)),
        ev.CallHeld: lambda e: ("call.held" if e.held else "call.resumed", dict(call_id=e.call_id)),
        ev.CallMuted: lambda e: ("call.muted", dict(call_id=e.call_id, muted=e.muted)),
        ev.ConferenceChanged: lambda e: ("call.conference", dict(group=e.group, call_ids=list(e.call_ids))),
        ev.RecordingChanged: lambda e: ("call.recording", dict(call_id=e.call_id, recording=e.recording)),
        ev.CallTransferred: lambda e: ("call.transferred", dict(call_id=e.call_id, target=e.target,
                                                                attended=e.attended, ok=e.ok, reason=e.reason)),
        ev.CallEnded: lambda e: ("call.ended", dict(call_id=e.call_id, reason=e.reason, status_code=e.status_code,
                                                    duration_s=round(e.duration_s, 1),
                                                    completed_elsewhere=e.completed_elsewhere)),
        ev.RegistrationChanged: lambda e: ("sip.registration", dict(registered=e.registered,
                                                                    status_code=e.status_code, reason=e.reason)),
        ev.CallsRefused: lambda e: ("calls.refused", dict(source=e.source, refused_total=e.refused_total,
                                                          max_calls=e.max_calls, window_s=e.window_s)),
        ev.PhoneError: lambda e: ("phone.error", dict(command=e.command, reason=e.reason, call_id=e.call_id)),
        # supervision on this console's calls (side "agent"; the supervisor's side is console.supervision's)
        ev.MonitorStarted: lambda e: _monitor(ce.SupervisionStarted("agent", e.call_id, e.target_call, e.supervisor,
                                                                    e.agent, e.role, e.mode)),
        ev.MonitorModeChanged: lambda e: _monitor(ce.SupervisionModeChanged(
            "agent", e.call_id, e.target_call, e.supervisor, e.agent, e.mode, e.previous, e.via)),
        ev.MonitorEnded: lambda e: _monitor(ce.SupervisionEnded("agent", e.call_id, e.target_call, e.supervisor,
                                                                e.agent, e.reason)),
        ev.MonitorRefused: lambda e: _monitor(ce.SupervisionRefused(
            "agent", e.supervisor, e.agent, e.target_call, e.mode, e.via, e.code or f"monitor.{e.reason}",
            _refusal_sentence(e.code or f"monitor.{e.reason}"))),
    }


def _monitor(e: Any) -> tuple[str, dict[str, Any]]:
    return type(e).PUBLIC, asdict(e)


def _refusal_sentence(code: str) -> str:
    from console.supervision import refusal_sentence

    return refusal_sentence(code)


def _console(e: Any) -> tuple[str, dict[str, Any]]:
    """A console event: its class names the contract type; its fields are the event's."""
    if isinstance(e, ce.CardPainted):
        return ("card.shown" if e.first else "card.updated"), dict(e.fields)
    if isinstance(e, ce.OutboxReady):
        return "outbox.ready", dict(targets=e.targets, **e.counts)
    if isinstance(e, ce.WritebackReport):
        return e.type, dict(e.fields)
    if isinstance(e, ce.StorageTrouble):
        return ("storage.problem", dict(message=e.message)) if e.message else ("storage.ok", {})
    if isinstance(e, ce.AgentStateChanged):  # the call id (and what comes next) only where there is one
        return e.PUBLIC, {k: v for k, v in asdict(e).items() if v is not None}
    return type(e).PUBLIC, asdict(e)


def console_event_types() -> list[type]:
    return [kind for kind in vars(ce).values()
            if isinstance(kind, type) and is_dataclass(kind) and getattr(kind, "PUBLIC", "") and fields(kind) is not None]


class PublicEvents:
    def __init__(self, bridge: Bridge, hub: EventHub, default_region: str) -> None:
        self.hub = hub
        for kind, make in _phone(default_region).items():
            bridge.subscribe(kind, lambda e, make=make: self._publish(*make(e)), owner=hub, first=True)
        for kind in console_event_types():
            bridge.subscribe(kind, lambda e: self._publish(*_console(e)), owner=hub, first=True)

    def _publish(self, type_: str, fields_: dict[str, Any]) -> None:
        self.hub.publish(type_, **fields_)
