"""Supervision where the phone is: the agent's side (a MonitorDesk on the softphone, so a team
lead or a trainee can join this console's calls) and the supervisor's side (this console's own
monitoring calls). No Qt: runs on the SIP thread and posts to the bridge.

Monitoring legs are not the agent's calls: they never reach the call desk (no card, no call
book entry, no wrap-up, no "on a call" state). Their phone events go to the supervision
feature as `MonitorLegEvent`s instead; the supervision events themselves (cti.events
Monitor*) go on as usual.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from cti.events import CallEnded, CallRinging, MonitorEnded, MonitorModeChanged, MonitorRefused, MonitorStarted
from cti.legs import LegRole

from console.supervision_secret import NO_SECRET, NO_SECRET_CODE


@dataclass(frozen=True)
class MonitorLegEvent:
    """A phone event of a monitoring leg: ``ours`` = this console's own monitoring call (we
    supervise), else a supervisor's leg into this console."""

    event: Any
    ours: bool


class PhoneHost:
    """Sits between the softphone and the desk. `on_event` is the softphone's callback,
    `request` its monitor request; set `phone` before the phone starts."""

    def __init__(self, secret: str, agent_id: str, dtmf_switch: bool, desk_events: Callable[[object], None],
                 post: Callable[[object], None]) -> None:
        from cti.supervision.session import MonitorDesk, MonitorPolicy  # (with the phone: pjsua2)

        self.has_secret = bool(secret)
        self.monitor_desk = MonitorDesk(secret.encode("utf-8"), agent_id, MonitorPolicy(dtmf_switch=dtmf_switch))
        self.request = self.monitor_desk.request
        self.phone: Any = None  # cti.softphone.Softphone
        self._desk_events, self._post = desk_events, post
        self._lock = threading.Lock()
        self._ours: set[str] = set()  # monitoring calls this console dialled
        self._theirs: set[str] = set()  # supervisors' legs into this console

    def dial(self, target_uri: str, header: str) -> str:
        """Our monitoring call (any thread); its events never reach the desk."""
        with self._lock:  # the SIP thread's ringing event for it waits until it is known here
            call_id = self.phone.monitor(target_uri, header)
            self._ours.add(call_id)
        return call_id

    def on_event(self, event: object) -> None:  # SIP thread
        if isinstance(event, MonitorRefused) and not self.has_secret and event.reason == "bad_signature":
            # nothing could have been signed right: say why (every request is refused alike)
            event = replace(event, reason=NO_SECRET, code=NO_SECRET_CODE)
        call_id = getattr(event, "call_id", "")
        if isinstance(event, CallRinging) and event.direction == "in" and self._is_monitor_leg(call_id):
            self._theirs.add(call_id)
        with self._lock:
            ours = call_id in self._ours
        theirs = call_id in self._theirs
        if call_id and (ours or theirs) and not _is_supervision_event(event):
            self._post(MonitorLegEvent(event, ours))
            if isinstance(event, CallEnded):
                with self._lock:
                    self._ours.discard(call_id)
                self._theirs.discard(call_id)
            return
        self._desk_events(event)

    def _is_monitor_leg(self, call_id: str) -> bool:
        phone = self.phone
        return phone is not None and any(c.id == call_id and c.role == LegRole.MONITOR.value for c in phone.calls())


def _is_supervision_event(event: object) -> bool:
    return isinstance(event, (MonitorStarted, MonitorModeChanged, MonitorEnded, MonitorRefused))
