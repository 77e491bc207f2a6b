"""What the parts of the softphone share: the call legs, the event subscribers, the bridge.

The Softphone builds one PhoneCore and hands it to its parts (call_commands, incoming_calls,
leg_events); none of them knows the others' modules, so there is no import circle. Apart from
`calls()`, `subscribe()` and `submit()`, everything here runs on the SIP thread.
"""
from __future__ import annotations

import contextlib
import logging
import threading
from typing import Any, Callable, Iterator

import pjsua2 as pj

from .audio_devices import AudioPorts
from .calls import PhoneCall
from .events import CallEnded, ConferenceChanged, PhoneError, PhoneEvent
from .legs import CallLeg, CallSnapshot
from .media_wiring import Bridge, wire
from .settings import SipSettings
from .sip_stack import SoftphoneError
from .sip_thread import SipThread
from .subscribers import Subscribers

log = logging.getLogger(__name__)


class PhoneCore:
    def __init__(self, sip: SipSettings, thread: SipThread) -> None:
        self.sip = sip
        self.thread = thread
        self.events: Subscribers[PhoneEvent] = Subscribers()
        self._snap_lock = threading.Lock()
        self._snapshots: dict[str, CallSnapshot] = {}
        # SIP thread only:
        self.legs: dict[str, CallLeg] = {}
        self.account: pj.Account | None = None
        self.audio: AudioPorts | None = None
        self.ring: pj.AudioMedia | None = None
        self.bridge = Bridge()
        self.graveyard: list[PhoneCall] = []  # Calls to drop outside any pjsua2 callback
        self.refused: dict[str, PhoneCall] = {}  # refused calls until pjsua2 lets them go
        self.leg_handler: Any = None  # receives the PhoneCall callbacks (leg_events.LegEvents)
        self._after: list[Callable[[], None]] = []  # work for when pjsua2's callback returned
        self._running_after = False
        self._holding = False  # inside onIncomingCall: events wait until it returned
        self.completed_elsewhere: set[str] = set()  # ringing legs a CANCEL said were answered elsewhere
        self.player: Any = None  # a call record being played to the ear (cti/playback)

    # -- any thread ----------------------------------------------------------------------
    def calls(self) -> list[CallSnapshot]:
        with self._snap_lock:
            return list(self._snapshots.values())

    def submit(self, name: str, call_id: str, fn: Callable[..., None], *args: Any) -> None:
        """Run fn(*args) on the SIP thread; a failure becomes a PhoneError event."""
        if not self.thread.alive:
            self.emit(PhoneError(name, "the softphone is not running", call_id, code="sip.not_running"))
            return

        def job() -> None:
            try:
                fn(*args)
            except SoftphoneError as exc:
                self.emit(PhoneError(name, str(exc), call_id, code=exc.code, params=exc.params))
            except pj.Error as exc:
                self.emit(PhoneError(name, exc.reason or exc.info(), call_id, code="sip.library_error",
                                     params={"reason": exc.reason or exc.info()}))

        self.thread.submit(name, job)

    def emit(self, event: PhoneEvent) -> None:
        if self._holding:
            self._after.append(lambda: self.events.emit(event))
            return
        self.run_deferred()  # what happened first is told first
        self.events.emit(event)

    @contextlib.contextmanager
    def holding_events(self) -> Iterator[None]:
        """Events emitted inside this block reach the listeners once pjsua2's callback has
        returned (see after_callback)."""
        self._holding = True
        try:
            yield
        finally:
            self._holding = False

    # -- SIP thread ----------------------------------------------------------------------
    def after_callback(self, work: Callable[[], None]) -> None:
        """Run `work` once the current pjsua2 callback has returned. pjsua sends the answer to
        an INVITE (100, 180, 200) only when onIncomingCall returns, so telling the listeners
        about a new call must not happen inside it: they would delay the customer's 200 OK."""
        self._after.append(work)

    def run_deferred(self) -> None:
        if self._running_after:
            return  # called from deferred work itself: the loop below goes on in order
        self._running_after = True
        try:
            while self._after:
                work = self._after.pop(0)
                try:
                    work()
                except Exception:  # noqa: BLE001 - one failure must not stop the others
                    log.exception("deferred phone work failed")
        finally:
            self._running_after = False

    def new_call(self, leg_id: str, call_id: int = pj.PJSUA_INVALID_ID) -> PhoneCall:
        return PhoneCall(self.leg_handler, self.account, leg_id, call_id)

    def add(self, leg: CallLeg) -> None:
        self.legs[leg.id] = leg
        self.publish(leg)

    def publish(self, leg: CallLeg) -> None:
        with self._snap_lock:
            self._snapshots[leg.id] = leg.snapshot()

    def leg(self, leg_id: str) -> CallLeg:
        leg = self.legs.get(leg_id)
        if leg is None:
            raise SoftphoneError(f"no call {leg_id!r}", code="sip.no_such_call", params={"call_id": leg_id})
        return leg

    def rewire(self) -> None:
        """Recompute who hears whom from the legs (see media_plan)."""
        if self.audio is not None:
            wire(self.bridge, self.legs.values(), self.audio, self.ring)

    def finish(self, leg: CallLeg, reason: str, code: int) -> None:
        """A leg ended: forget it, rewire, tell the subscribers."""
        self.legs.pop(leg.id, None)
        if leg.recording:
            leg.recording.close()
            leg.recording = None
        self.graveyard.append(leg.call)
        with self._snap_lock:
            self._snapshots.pop(leg.id, None)
        members: tuple[str, ...] | None = None
        if leg.conference:
            left = [x for x in self.legs.values() if x.conference == leg.conference]
            if len(left) == 1:
                left[0].conference = ""
            members = tuple(x.id for x in left) if len(left) > 1 else ()
        self.rewire()
        elsewhere = leg.id in self.completed_elsewhere
        self.completed_elsewhere.discard(leg.id)
        log.info("call %s ended: %s %s%s", leg.id, code, reason, " (answered elsewhere)" if elsewhere else "")
        self.emit(CallEnded(leg.id, reason, code, round(leg.duration(), 3), completed_elsewhere=elsewhere))
        if members is not None:
            self.emit(ConferenceChanged(leg.conference, members))

    def forget_all(self) -> None:
        """At shutdown, after every call was hung up (or given up on)."""
        for leg in self.legs.values():
            if leg.recording:
                leg.recording.close()
        if self.player is not None:
            self.player.close()  # (players must go before libDestroy)
            self.player = None
        self._after.clear()
        self.legs.clear()
        self.refused.clear()
        self.completed_elsewhere.clear()
        self.graveyard.clear()
        self.bridge.forget()
        with self._snap_lock:
            self._snapshots.clear()
