"""What an agent does to calls: answer, reject, hang up, hold, mute, DTMF, transfer,
conference, record. The Softphone holds one CallCommands and hands every command to it; public
methods run on any thread and queue a job, the `do_*` methods run on the SIP thread.

Only one call talks at a time: answering, dialing or resuming puts the other connected call
on hold (except calls joined in a conference, and never a supervisor's monitoring leg).
"""
from __future__ import annotations

import logging
import re
import time
import uuid

import pjsua2 as pj

from .events import CallHeld, CallMuted, CallRinging, PhoneError, RecordingChanged
from .legs import CallLeg, LegRole
from .phone_core import PhoneCore
from .recording import CallRecording
from .sip_stack import SoftphoneError, make_target_uri

log = logging.getLogger(__name__)
_DTMF = re.compile(r"^[0-9A-Da-d*#]{1,64}$")
_HEADER_NAME = re.compile(r"^[A-Za-z0-9\-_.!%*+`'~]{1,64}$")


class CallCommands:
    """Agent commands; see the module docstring."""

    def __init__(self, core: PhoneCore) -> None:
        self.core = core
        self.sip = core.sip

    # ---------------------------------------------------------------- public, any thread
    def answer(self, call_id: str) -> None:
        self.core.submit("answer", call_id, self.do_answer, call_id)

    def reject(self, call_id: str, code: int = 486) -> None:
        if not 400 <= int(code) <= 699:
            raise SoftphoneError(f"reject code {code} is not a SIP error (400-699)", code="sip.bad_reject_code",
                                 params={"status": code})
        self.core.submit("reject", call_id, self.do_reject, call_id, int(code))

    def hangup(self, call_id: str) -> None:
        self.core.submit("hangup", call_id, self.do_hangup, call_id)

    def hold(self, call_id: str) -> None:
        self.core.submit("hold", call_id, self.do_hold, call_id)

    def resume(self, call_id: str) -> None:
        self.core.submit("resume", call_id, self.do_resume, call_id)

    def mute(self, call_id: str, on: bool) -> None:
        self.core.submit("mute", call_id, self.do_mute, call_id, bool(on))

    def dtmf(self, call_id: str, digits: str) -> None:
        if not _DTMF.match(digits or ""):
            raise SoftphoneError(f"DTMF digits must be 0-9, *, #, A-D (got {digits[:20]!r})", code="sip.bad_dtmf",
                                 params={"digits": digits[:20]})
        self.core.submit("dtmf", call_id, lambda: self.core.leg(call_id).call.dialDtmf(digits))

    def transfer(self, call_id: str, target: str) -> None:
        uri = make_target_uri(target, self.sip)
        self.core.submit("transfer", call_id, self.do_transfer, call_id, uri)

    def attended_transfer(self, call_id: str, consult_call_id: str) -> None:
        self.core.submit("transfer", call_id, self.do_attended, call_id, consult_call_id)

    def conference(self, call_ids: list[str]) -> None:
        if len(set(call_ids)) < 2:
            raise SoftphoneError("a conference needs at least two calls", code="sip.conference_too_small")
        self.core.submit("conference", ",".join(call_ids), self.do_conference, list(call_ids))

    def send_message(self, call_id: str, body: str,
                     content_type: str = "text/plain") -> None:
        """An in-dialog SIP MESSAGE (supervision uses it to change mode mid-call)."""
        if len(body) > 4096 or not re.fullmatch(r"[\w.+\-]+/[\w.+\-]+", content_type):
            raise SoftphoneError("message too long (4096 max) or bad content type", code="sip.bad_message",
                                 params={"limit": 4096})
        self.core.submit("message", call_id, self.do_send_message, call_id, body, content_type)

    def start_recording(self, call_id: str, path: str) -> None:
        self.core.submit("record", call_id, self.do_start_recording, call_id, path)

    def stop_recording(self, call_id: str) -> None:
        self.core.submit("record", call_id, self.do_stop_recording, call_id)

    def dial(self, target: str, headers: dict[str, str] | None = None) -> str:
        """Call a number, user@host or sip: URI; returns the new call's id at once."""
        uri = make_target_uri(target, self.sip)
        clean_headers = []
        for name, value in (headers or {}).items():
            if not _HEADER_NAME.match(name or "") or any(c in str(value) for c in "\r\n\0"):
                raise SoftphoneError(f"header {name[:40]!r} is not a valid SIP header", code="sip.bad_header",
                                     params={"header": name[:40]})
            clean_headers.append((name, str(value)))
        cid = uuid.uuid4().hex[:12]
        number = re.sub(r"^sips?:", "", uri, flags=re.I).split("@")[0].split(";")[0]
        if "@" not in uri:
            number = ""
        self.core.submit("dial", cid, self.do_dial, cid, uri, number, clean_headers)
        return cid

    def do_dial(self, cid: str, uri: str, number: str, headers: list[tuple[str, str]]) -> None:
        self.hold_others(cid)
        busy = any(x.role is not LegRole.MONITOR for x in self.core.legs.values())
        leg = CallLeg(cid, "out", number, self.core.new_call(cid),
                      role=LegRole.CONSULT if busy else LegRole.CUSTOMER)
        self.core.add(leg)
        self.core.emit(CallRinging(cid, "out", number, "", uri, False, "To" if number else "",
                               time.perf_counter_ns(), {}))
        op = pj.CallOpParam(True)
        for name, value in headers:
            h = pj.SipHeader()
            h.hName, h.hValue = name, value
            op.txOption.headers.append(h)
        try:
            leg.call.makeCall(uri, op)
        except pj.Error as exc:
            if cid in self.core.legs:
                self.core.finish(leg, exc.reason or "call failed", 0)
            self.core.emit(PhoneError("dial", f"cannot call {uri}: {exc.reason}", cid, code="sip.cannot_call",
                                      params={"target": uri, "reason": exc.reason}))

    # ---------------------------------------------------------------- SIP thread
    def hold_others(self, except_id: str) -> None:
        keep = self.core.legs.get(except_id)
        for leg in list(self.core.legs.values()):
            if leg.id == except_id or leg.state != "connected" or leg.held:
                continue
            if leg.role is LegRole.MONITOR:
                continue  # a supervisor listening in is never put on hold
            if keep is not None and keep.conference and leg.conference == keep.conference:
                continue
            try:
                self.do_hold(leg.id)
            except (SoftphoneError, pj.Error) as exc:
                log.warning("could not hold call %s: %s", leg.id, exc)

    def do_answer(self, cid: str) -> None:
        leg = self.core.leg(cid)
        if leg.direction != "in" or leg.state != "ringing" or leg.answering:
            raise SoftphoneError("this call is not ringing", code="sip.not_ringing")
        self.answer_leg(leg)
        self.core.rewire()  # the ring tone stops now

    def answer_leg(self, leg: CallLeg) -> None:
        """200 OK now; a customer call first holds the others, a monitoring leg holds nobody."""
        if leg.role is not LegRole.MONITOR:
            self.hold_others(leg.id)
        op = pj.CallOpParam(True)
        op.statusCode = 200
        leg.answering = True  # before answer(): pjsua2 may call back inside it
        try:
            leg.call.answer(op)
        except pj.Error:
            leg.answering = False
            raise

    def do_reject(self, cid: str, code: int) -> None:
        leg = self.core.leg(cid)
        if leg.direction != "in" or leg.answered_at is not None:
            raise SoftphoneError("only a ringing incoming call can be rejected", code="sip.cannot_reject")
        op = pj.CallOpParam(True)
        op.statusCode = code
        leg.call.hangup(op)

    def do_hangup(self, cid: str) -> None:
        self.core.leg(cid).call.hangup(pj.CallOpParam(True))

    def do_hold(self, cid: str) -> None:
        leg = self.core.leg(cid)
        if leg.state != "connected":
            raise SoftphoneError("only a connected call can be held", code="sip.cannot_hold")
        leg.held, leg.state = True, "held"
        self.core.rewire()  # silence first, then tell the other side
        leg.call.setHold(pj.CallOpParam(True))
        self.core.publish(leg)
        self.core.emit(CallHeld(cid, True))

    def do_resume(self, cid: str) -> None:
        leg = self.core.leg(cid)
        if leg.state != "held":
            raise SoftphoneError("this call is not on hold", code="sip.not_on_hold")
        self.hold_others(cid)
        op = pj.CallOpParam(True)
        op.opt.flag = pj.PJSUA_CALL_UNHOLD
        leg.call.reinvite(op)
        leg.held, leg.state = False, "connected"
        self.core.rewire()
        self.core.publish(leg)
        self.core.emit(CallHeld(cid, False))

    def do_mute(self, cid: str, on: bool) -> None:
        leg = self.core.leg(cid)
        leg.muted = on
        self.core.rewire()
        self.core.publish(leg)
        self.core.emit(CallMuted(cid, on))

    def do_transfer(self, cid: str, uri: str) -> None:
        leg = self.core.leg(cid)
        leg.transfer_target, leg.transfer_attended = uri, False
        leg.call.xfer(uri, pj.CallOpParam(True))

    def do_attended(self, cid: str, consult_id: str) -> None:
        leg, consult = self.core.leg(cid), self.core.leg(consult_id)
        leg.transfer_target, leg.transfer_attended = consult.number or consult_id, True
        leg.call.xferReplaces(consult.call, pj.CallOpParam(True))

    def do_conference(self, call_ids: list[str]) -> None:
        legs = [self.core.leg(c) for c in call_ids]
        if any(r.state not in ("connected", "held") for r in legs):
            raise SoftphoneError("only connected calls can be joined", code="sip.cannot_join")
        group = uuid.uuid4().hex[:8]
        for leg in legs:
            leg.conference = group
        for leg in legs:
            if leg.held:
                self.do_resume(leg.id)
        self.core.rewire()

    def do_send_message(self, cid: str, body: str, content_type: str) -> None:
        prm = pj.SendInstantMessageParam()
        prm.content, prm.contentType = body, content_type
        self.core.leg(cid).call.sendInstantMessage(prm)

    def do_start_recording(self, cid: str, path: str) -> None:
        leg = self.core.leg(cid)
        if leg.recording is not None:
            raise SoftphoneError("this call is already being recorded", code="sip.already_recording")
        try:
            leg.recording = CallRecording(path)
        except ValueError as exc:
            raise SoftphoneError(str(exc), code="sip.cannot_record", params={"detail": str(exc)}) from None
        self.core.rewire()
        self.core.emit(RecordingChanged(cid, True, path))

    def do_stop_recording(self, cid: str) -> None:
        leg = self.core.leg(cid)
        if leg.recording is None:
            raise SoftphoneError("this call is not being recorded", code="sip.not_recording")
        path = leg.recording.path
        leg.recording.close()
        leg.recording = None
        self.core.rewire()
        self.core.emit(RecordingChanged(cid, False, path))
