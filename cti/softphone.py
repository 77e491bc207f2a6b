"""The agent's softphone: pjsua2 on its own thread, driven by plain method calls.

Every public method can be called from any thread: it validates what it can at once (a clear
SoftphoneError for bad input) and queues the rest onto the one SIP thread that owns the pjsua2
Endpoint. What happens is reported to every subscriber (`subscribe()`, or the `on_event`
given to the constructor) with the dataclasses in cti/events.py, called on the SIP thread; a
failing subscriber is logged and never stops the phone.

The parts: call_commands (what the agent does to calls), incoming_calls with incoming_policy
(what happens to a new call), leg_events (what pjsua2 reports), phone_core (what they share).
"""
from __future__ import annotations

import atexit
import functools
import logging
import threading
import time
from typing import Callable

import pjsua2 as pj

from .audio_devices import AudioSetupError, open_audio, ring_player
from .call_commands import CallCommands
from .call_screening import CallScreen
from .events import PhoneEvent, RegistrationChanged
from .incoming_calls import IncomingCalls
from .incoming_policy import MonitorRequest, standard_chain
from .leg_events import LegEvents
from .legs import CallSnapshot
from .phone_core import PhoneCore
from .phone_endpoint import PhoneAccount, PhoneEndpoint
from .recording import repair_folder
from .settings import AudioSettings, SipSettings
from .sip_stack import SoftphoneError, account_config, create_endpoint, create_transports, registrar_host, split_host_port
from .sip_thread import SipThread

__all__ = ["Softphone", "SoftphoneError", "CallSnapshot"]

log = logging.getLogger(__name__)
_in_use = threading.Lock()  # pjsua2 allows one Endpoint per process; a second one aborts


class Softphone:
    """A SIP phone for one agent. start() once, stop() once."""

    def __init__(self, sip: SipSettings, audio: AudioSettings,
                 on_event: Callable[[PhoneEvent], None] | None = None,
                 monitor_request: MonitorRequest | None = None) -> None:
        self.sip = sip
        self.audio = audio
        self._thread = SipThread(self._setup, self._teardown, self._handle_events, "cti-sip")
        self._core = PhoneCore(sip, self._thread)
        if on_event is not None:
            self._core.events.subscribe(on_event)
        self.commands = CallCommands(self._core)
        self._core.leg_handler = LegEvents(self._core, self.commands)
        self._monitor_request = monitor_request
        if monitor_request is not None and monitor_request.bind is not None:
            monitor_request.bind(self._core)  # supervision follows the calls (cti/supervision)
        self._incoming: IncomingCalls | None = None  # made by start() (the screen may refuse)
        self._host, self._port = "", 0
        self.bound_port = 0
        # SIP thread only:
        self._ep: pj.Endpoint | None = None
        self._writer: object = None
        self._registered: bool | None = None
        self._owns_lock = False

    # ---------------------------------------------------------------- any thread
    def subscribe(self, callback: Callable[[PhoneEvent], None]) -> Callable[[], None]:
        """Deliver every phone event to `callback` (on the SIP thread) until the returned
        function is called."""
        return self._core.events.subscribe(callback)

    def calls(self) -> list[CallSnapshot]:
        return self._core.calls()

    @property
    def refused_calls(self) -> int:
        """Calls refused since start because one caller started too many (see call_limits)."""
        return self._incoming.screen.refused if self._incoming is not None else 0

    @property
    def listen_address(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"{host}:{self.bound_port}"

    @property
    def running(self) -> bool:
        return self._thread.alive

    # The agent's commands (see call_commands): same names and arguments as there.
    def answer(self, call_id: str) -> None:
        self.commands.answer(call_id)

    def reject(self, call_id: str, code: int = 486) -> None:
        self.commands.reject(call_id, code)

    def hangup(self, call_id: str) -> None:
        self.commands.hangup(call_id)

    def hold(self, call_id: str) -> None:
        self.commands.hold(call_id)

    def resume(self, call_id: str) -> None:
        self.commands.resume(call_id)

    def mute(self, call_id: str, on: bool) -> None:
        self.commands.mute(call_id, on)

    def dtmf(self, call_id: str, digits: str) -> None:
        self.commands.dtmf(call_id, digits)

    def transfer(self, call_id: str, target: str, hint: str = "") -> None:
        self.commands.transfer(call_id, target, hint)

    def attended_transfer(self, call_id: str, consult_call_id: str) -> None:
        self.commands.attended_transfer(call_id, consult_call_id)

    def consult(self, call_id: str, target: str, headers: dict[str, str] | None = None) -> str:
        return self.commands.consult(call_id, target, headers)

    def complete_transfer(self, call_id: str) -> None:
        self.commands.complete_transfer(call_id)

    def cancel_transfer(self, call_id: str) -> None:
        self.commands.cancel_transfer(call_id)

    def conference(self, call_ids: list[str]) -> None:
        self.commands.conference(call_ids)

    def send_message(self, call_id: str, body: str, content_type: str = "text/plain") -> None:
        self.commands.send_message(call_id, body, content_type)

    def start_recording(self, call_id: str, path: str) -> None:
        self.commands.start_recording(call_id, path)

    def stop_recording(self, call_id: str) -> None:
        self.commands.stop_recording(call_id)

    def dial(self, target: str, headers: dict[str, str] | None = None) -> str:
        return self.commands.dial(target, headers)

    def play_record(self, play_id: str, path: str) -> None:
        """Play a WAV (a call record) to the agent's ear; cti.playback.PlaybackChanged events
        tell its progress and end."""
        from . import playback

        self._core.submit("play", "", playback.play, self._core, play_id, path)

    def stop_playing(self) -> None:
        from . import playback

        self._core.submit("play", "", playback.stop, self._core)

    def monitor(self, target_uri: str, header: str) -> str:
        """Supervise a colleague's call: dial their console with a signed request (see
        cti.supervision); returns the monitoring call's id at once."""
        from .supervision.supervisor import start_monitoring

        return start_monitoring(self, target_uri, header)

    # ---------------------------------------------------------------- life cycle
    def start(self) -> None:
        """Bind the transports and start; raises SoftphoneError with the reason if it can't."""
        self._host, self._port = split_host_port(self.sip.listen)
        try:
            screen = CallScreen(self.sip)
        except ValueError as exc:
            raise SoftphoneError(str(exc), code="sip.bad_settings", params={"detail": str(exc)}) from None
        names = screen.start()
        chain = standard_chain(screen, self.sip.auto_answer_s, self._monitor_request)
        self._incoming = IncomingCalls(self._core, self.commands, screen, chain)
        if not _in_use.acquire(blocking=False):
            raise SoftphoneError("another softphone is already running in this process", code="sip.already_running")
        self._owns_lock = True
        try:
            self._thread.start(timeout=30)
        except SoftphoneError:
            self._release()
            raise
        except AudioSetupError as exc:
            self._release()
            raise SoftphoneError(str(exc), code=exc.code, params=exc.params) from None
        except pj.Error as exc:
            self._release()
            raise SoftphoneError(f"the softphone did not start: {exc.reason}", code="sip.did_not_start",
                                 params={"reason": exc.reason}) from None
        except Exception:
            self._release()
            raise
        atexit.register(self.stop)  # a forgotten stop() would abort the process at exit
        if names is not None:
            names.join(timeout=1.0)  # usually done by now; if not, those hosts count once resolved

    def stop(self) -> None:
        """Hang up, unregister and free pjsua2; safe to call twice."""
        atexit.unregister(self.stop)
        self._thread.stop()
        if self._thread.alive:
            log.error("the SIP thread did not stop in time")
        self._release()

    def _release(self) -> None:
        if self._owns_lock:
            self._owns_lock = False
            _in_use.release()

    # ---------------------------------------------------------------- SIP thread
    def _setup(self) -> None:
        core = self._core
        self._ep, self._writer = create_endpoint(self.sip, functools.partial(PhoneEndpoint, self))
        try:
            self.bound_port = create_transports(self._ep, self.sip, self._host, self._port)
            self._ep.libStart()
            core.audio = open_audio(self._ep, self.audio)
            core.ring = ring_player(self.audio.ring_tone)
            repair_folder(self.sip.record_dir)
            core.account = PhoneAccount(self)
            core.account.create(account_config(self.sip, self._host, self.bound_port))
        except BaseException:
            self._teardown()
            raise
        log.info("softphone listening on %s:%s (%s)", self._host, self.bound_port,
                 "registrar " + registrar_host(self.sip) if self.sip.registrar else "direct calls")

    def _handle_events(self, ms: int) -> None:
        self._ep.libHandleEvents(ms)
        self._core.run_deferred()
        if self._core.graveyard:
            self._core.graveyard.clear()  # outside any callback: safe to destroy the Calls

    def _teardown(self) -> None:
        ep, core = self._ep, self._core
        if ep is None:
            return
        try:
            if core.legs:
                ep.hangupAllCalls()
            deadline = time.monotonic() + 2.0
            while core.legs and time.monotonic() < deadline:
                ep.libHandleEvents(10)
        except pj.Error as exc:
            log.warning("hanging up at shutdown: %s", exc.reason)
        core.forget_all()
        if core.account is not None:
            self._unregister(ep, core.account)
            core.account = None
        if core.audio is not None:
            core.audio.destroy()
            core.audio = None
        core.ring = None
        try:
            ep.libDestroy()
        except pj.Error as exc:
            log.warning("libDestroy: %s", exc.reason)
        self._ep = None
        self._writer = None

    def _unregister(self, ep: pj.Endpoint, account: pj.Account) -> None:
        if self._registered:
            try:
                account.setRegistration(False)  # tell the PBX we are gone
                deadline = time.monotonic() + 0.5
                while self._registered and time.monotonic() < deadline:
                    ep.libHandleEvents(10)
            except pj.Error as exc:
                log.debug("unregister at shutdown: %s", exc.reason)
        try:
            account.shutdown()
        except pj.Error as exc:
            log.debug("account shutdown: %s", exc.reason)

    def _on_reg_state(self, prm: pj.OnRegStateParam) -> None:
        account = self._core.account
        info = account.getInfo() if account else None
        code = int(prm.code)
        registered = bool(info and info.regIsActive) and 200 <= code < 300 and prm.expiration > 0
        if registered != self._registered:
            self._registered = registered
            self._core.emit(RegistrationChanged(registered, code, str(prm.reason),
                                                registrar_host(self.sip)))
