"""The agent's softphone: pjsua2 on its own thread, driven by plain method calls.

Every public method can be called from any thread: it validates what it can at once (a clear
SoftphoneError for bad input) and queues the rest onto the one SIP thread that owns the pjsua2
Endpoint. What happens is reported through `on_event` with the dataclasses in cti/events.py,
called on the SIP thread; a failing handler is logged and never stops the phone.
"""
from __future__ import annotations

import atexit
import functools
import logging
import os
import threading
import time
import uuid
from typing import Any, Callable

import pjsua2 as pj

from .audio_devices import AudioPorts, AudioSetupError, open_audio, ring_player
from .call_control import CallControl
from .call_screening import CallScreen, Refusal
from .caller_id import masked
from .calls import CallRecord, CallSnapshot, PhoneCall
from .events import (CallAnswered, CallEnded, CallRinging, CallsRefused, PhoneError, PhoneEvent,
                     RegistrationChanged)
from .media_wiring import Bridge, plan_links
from .recording import repair_folder
from .settings import AudioSettings, SipSettings
from .sip_stack import (SoftphoneError, account_config, create_endpoint, create_transports,
                        registrar_host, split_host_port)
from .sip_thread import SipThread
from .trusted_hosts import mask_host

__all__ = ["Softphone", "SoftphoneError", "CallSnapshot"]

log = logging.getLogger(__name__)
_in_use = threading.Lock()  # pjsua2 allows one Endpoint per process; a second one aborts


class _Endpoint(pj.Endpoint):
    """pjsua2's Endpoint; lets the phone pace new INVITEs before pjsua sets up their media."""

    def __init__(self, phone: "Softphone") -> None:
        super().__init__()
        self.phone = phone

    def onSelectAccount(self, prm: pj.OnSelectAccountParam) -> None:
        try:
            self.phone._pace_request(prm)
        except Exception:  # noqa: BLE001 - an exception here would abort the process
            log.exception("pacing an incoming request failed")


class _Account(pj.Account):
    def __init__(self, phone: "Softphone") -> None:
        super().__init__()
        self.phone = phone

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:
        received_ns = time.perf_counter_ns()  # first thing: the latency origin
        try:
            self.phone._on_incoming(prm, received_ns)
        except Exception:  # noqa: BLE001
            log.exception("incoming call handling failed")

    def onRegState(self, prm: pj.OnRegStateParam) -> None:
        try:
            self.phone._on_reg_state(prm)
        except Exception:  # noqa: BLE001
            log.exception("registration state handling failed")


class Softphone(CallControl):
    """A SIP phone for one agent. start() once, stop() once."""

    def __init__(self, sip: SipSettings, audio: AudioSettings,
                 on_event: Callable[[PhoneEvent], None]) -> None:
        self.sip = sip
        self.audio = audio
        self._on_event = on_event
        self._thread = SipThread(self._setup, self._teardown, self._handle_events, "cti-sip")
        self._snap_lock = threading.Lock()
        self._snapshots: dict[str, CallSnapshot] = {}
        self._host, self._port = "", 0
        self.bound_port = 0
        # SIP thread only:
        self._ep: pj.Endpoint | None = None
        self._writer: Any = None
        self._account: _Account | None = None
        self._audio: AudioPorts | None = None
        self._ring: pj.AudioMediaPlayer | None = None
        self._records: dict[str, CallRecord] = {}
        self._graveyard: list[PhoneCall] = []
        self._bridge = Bridge()
        self._registered: bool | None = None
        self._owns_lock = False
        self._screen: CallScreen | None = None  # trusted hosts and the per-caller call limit
        self._refused: dict[str, PhoneCall] = {}  # refused calls until pjsua2 lets them go

    # ---------------------------------------------------------------- life cycle
    def start(self) -> None:
        """Bind the transports and start; raises SoftphoneError with the reason if it can't."""
        self._host, self._port = split_host_port(self.sip.listen)
        try:
            self._screen = CallScreen(self.sip)
        except ValueError as exc:
            raise SoftphoneError(str(exc)) from None
        names = self._screen.start()
        if not _in_use.acquire(blocking=False):
            raise SoftphoneError("another softphone is already running in this process")
        self._owns_lock = True
        try:
            self._thread.start(timeout=30)
        except SoftphoneError:
            self._release()
            raise
        except AudioSetupError as exc:
            self._release()
            raise SoftphoneError(str(exc)) from None
        except pj.Error as exc:
            self._release()
            raise SoftphoneError(f"the softphone did not start: {exc.reason}") from None
        except Exception:
            self._release()
            raise
        atexit.register(self.stop)  # a forgotten stop() would abort the process at exit
        if names is not None:
            names.join(timeout=1.0)  # usually done by now; if not, those hosts count once resolved

    @property
    def refused_calls(self) -> int:
        """Calls refused since start because one caller started too many (see call_limits)."""
        return self._screen.refused if self._screen is not None else 0

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

    @property
    def listen_address(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"{host}:{self.bound_port}"

    @property
    def running(self) -> bool:
        return self._thread.alive

    def calls(self) -> list[CallSnapshot]:
        with self._snap_lock:
            return list(self._snapshots.values())

    # ---------------------------------------------------------------- SIP thread
    def _setup(self) -> None:
        self._ep, self._writer = create_endpoint(self.sip, functools.partial(_Endpoint, self))
        try:
            self.bound_port = create_transports(self._ep, self.sip, self._host, self._port)
            self._ep.libStart()
            self._audio = open_audio(self._ep, self.audio)
            self._ring = ring_player(self.audio.ring_tone)
            repair_folder(self.sip.record_dir)
            self._account = _Account(self)
            self._account.create(account_config(self.sip, self._host, self.bound_port))
        except BaseException:
            self._teardown()
            raise
        log.info("softphone listening on %s:%s (%s)", self._host, self.bound_port,
                 "registrar " + registrar_host(self.sip) if self.sip.registrar else "direct calls")

    def _handle_events(self, ms: int) -> None:
        self._ep.libHandleEvents(ms)
        if self._graveyard:
            self._graveyard.clear()  # outside any callback: safe to destroy the Call objects

    def _teardown(self) -> None:
        ep = self._ep
        if ep is None:
            return
        try:
            if self._records:
                ep.hangupAllCalls()
            deadline = time.monotonic() + 2.0
            while self._records and time.monotonic() < deadline:
                ep.libHandleEvents(10)
        except pj.Error as exc:
            log.warning("hanging up at shutdown: %s", exc.reason)
        for rec in self._records.values():
            if rec.recording:
                rec.recording.close()
        self._records.clear()
        self._refused.clear()
        self._graveyard.clear()
        self._bridge.forget()
        with self._snap_lock:
            self._snapshots.clear()
        if self._account is not None:
            if self._registered:
                try:
                    self._account.setRegistration(False)  # tell the PBX we are gone
                    deadline = time.monotonic() + 0.5
                    while self._registered and time.monotonic() < deadline:
                        ep.libHandleEvents(10)
                except pj.Error as exc:
                    log.debug("unregister at shutdown: %s", exc.reason)
            try:
                self._account.shutdown()
            except pj.Error as exc:
                log.debug("account shutdown: %s", exc.reason)
            self._account = None
        if self._audio is not None:
            self._audio.destroy()
            self._audio = None
        self._ring = None
        try:
            ep.libDestroy()
        except pj.Error as exc:
            log.warning("libDestroy: %s", exc.reason)
        self._ep = None
        self._writer = None

    def _emit(self, event: PhoneEvent) -> None:
        try:
            self._on_event(event)
        except Exception:  # noqa: BLE001 - the owner's bug must not kill the SIP thread
            log.exception("on_event handler failed for %s", type(event).__name__)

    def _publish(self, rec: CallRecord) -> None:
        with self._snap_lock:
            self._snapshots[rec.id] = rec.snapshot()

    def _record(self, call_id: str) -> CallRecord:
        rec = self._records.get(call_id)
        if rec is None:
            raise SoftphoneError(f"no call {call_id!r}")
        return rec

    def _submit(self, name: str, call_id: str, fn: Callable[..., None], *args: Any) -> None:
        if not self._thread.alive:
            self._emit(PhoneError(name, "the softphone is not running", call_id))
            return

        def job() -> None:
            try:
                fn(*args)
            except SoftphoneError as exc:
                self._emit(PhoneError(name, str(exc), call_id))
            except pj.Error as exc:
                self._emit(PhoneError(name, exc.reason or exc.info(), call_id))

        self._thread.submit(name, job)

    # ---------------------------------------------------------------- incoming
    def _on_incoming(self, prm: pj.OnIncomingCallParam, received_ns: int) -> None:
        try:
            message = str(prm.rdata.wholeMsg)
        except Exception:  # noqa: BLE001 - undecodable bytes: still ring, unknown caller
            message = ""
        try:
            source = str(prm.rdata.srcAddress)
        except Exception:  # noqa: BLE001 - unknown source: trusted by nobody
            source = ""
        caller = self._screen.identify(message, source)
        refusal = self._screen.admit(caller)
        if refusal is not None:
            self._refuse(prm, refusal)
            return
        cid = uuid.uuid4().hex[:12]
        rec = CallRecord(cid, "in", caller.number, PhoneCall(self, self._account, cid, prm.callId))
        self._records[cid] = rec
        self._publish(rec)
        log.info("call %s ringing from %s (%s)", cid, masked(caller.number) or "withheld",
                 "trusted" if caller.trusted else "untrusted host " + mask_host(caller.source_host))
        self._emit(CallRinging(cid, "in", caller.number, caller.display_name, caller.remote_uri,
                               caller.withheld, caller.number_source, received_ns,
                               dict(caller.headers), caller.trusted, caller.source_host))
        auto = self.sip.auto_answer_s
        if cid not in self._records:
            return  # the handler already hung up
        op = pj.CallOpParam(True)
        if auto is not None and auto <= 0 and rec.state == "ringing":
            self._hold_others(cid)
            op.statusCode = 200
            rec.call.answer(op)
            rec.meta["answering"] = True
            return
        op.statusCode = 180
        rec.call.answer(op)
        if auto is not None:
            self._thread.call_later(auto, "auto-answer", lambda: self._auto_answer(cid))
        self._rewire()

    def _pace_request(self, prm: pj.OnSelectAccountParam) -> None:
        """A new INVITE, before pjsua opens its media sockets: during a flood, wait a moment so
        the ioqueue gets closed sockets back in time (see call_limits.SetupPacer)."""
        if self._screen is None or not str(prm.rdata.info).startswith("Request msg INVITE"):
            return
        wait = self._screen.pacer.delay()
        if wait > 0:
            if self._screen.pacer.slowed == 1:
                log.warning("a flood of new calls: taking them more slowly (this warning is "
                            "shown once)")
            time.sleep(wait)

    def _refuse(self, prm: pj.OnIncomingCallParam, refusal: Refusal) -> None:
        """Too many new calls: 503 with Retry-After; the call never rings, so no card, no CRM
        look-up, no call log."""
        rid = "refused-" + uuid.uuid4().hex[:12]
        call = PhoneCall(self, self._account, rid, prm.callId)
        self._refused[rid] = call
        op = pj.CallOpParam(True)
        op.statusCode = 503
        op.reason = "Too many calls, try later"
        header = pj.SipHeader()
        header.hName, header.hValue = "Retry-After", str(max(1, min(3600, round(refusal.window_s))))
        op.txOption.headers.append(header)
        call.answer(op)  # a final answer carries our headers (hangup() would drop them)
        if refusal.burst_started:
            log.warning("refusing new calls from %s: more than %d in %g s (answered 503); "
                        "%d refused since start", refusal.who, refusal.max_calls, refusal.window_s,
                        self._screen.refused)
            self._emit(CallsRefused(refusal.who, self._screen.refused, refusal.max_calls,
                                    refusal.window_s))

    def _auto_answer(self, cid: str) -> None:
        rec = self._records.get(cid)
        if rec is not None and rec.state == "ringing":
            self._do_answer(cid)

    def _on_call_state(self, cid: str, prm: pj.OnCallStateParam) -> None:
        rec = self._records.get(cid)
        if rec is None:
            refused = self._refused.get(cid)
            if refused is not None:
                try:
                    gone = refused.getInfo().state == pj.PJSIP_INV_STATE_DISCONNECTED
                except pj.Error:
                    gone = True
                if gone:  # dropped outside this callback (see _handle_events)
                    self._graveyard.append(self._refused.pop(cid))
            return
        info = rec.call.getInfo()
        if info.state == pj.PJSIP_INV_STATE_CONFIRMED and rec.answered_at is None:
            rec.answered_at, rec.answered_mono = time.time(), time.monotonic()
            rec.state = "held" if rec.held else "connected"
            self._publish(rec)
            self._emit(CallAnswered(cid))
            if self.sip.record_dir and rec.recording is None:
                name = f"{time.strftime('%Y%m%d-%H%M%S')}-{cid}.wav"
                self._do_start_recording(cid, os.path.join(self.sip.record_dir, name))
            self._rewire()
        elif info.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self._finish(rec, str(info.lastReason), int(info.lastStatusCode))

    def _finish(self, rec: CallRecord, reason: str, code: int) -> None:
        self._records.pop(rec.id, None)
        if rec.recording:
            rec.recording.close()
            rec.recording = None
        self._graveyard.append(rec.call)
        with self._snap_lock:
            self._snapshots.pop(rec.id, None)
        if rec.conference:
            left = [r for r in self._records.values() if r.conference == rec.conference]
            if len(left) == 1:
                left[0].conference = ""
        self._rewire()
        log.info("call %s ended: %s %s", rec.id, code, reason)
        self._emit(CallEnded(rec.id, reason, code, round(rec.duration(), 3)))

    def _on_call_media(self, cid: str) -> None:
        self._rewire()

    def _on_reg_state(self, prm: pj.OnRegStateParam) -> None:
        info = self._account.getInfo() if self._account else None
        code = int(prm.code)
        registered = bool(info and info.regIsActive) and 200 <= code < 300 and prm.expiration > 0
        if registered != self._registered:
            self._registered = registered
            self._emit(RegistrationChanged(registered, code, str(prm.reason),
                                           registrar_host(self.sip)))

    # ---------------------------------------------------------------- media
    def _rewire(self) -> None:
        """Recompute who hears whom from the calls' state (see media_wiring)."""
        if self._audio is not None:
            self._bridge.apply(*plan_links(self._records.values(), self._audio, self._ring))
