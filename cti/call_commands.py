"""What an agent does to calls: answer, reject, hang up, hold, mute, DTMF, transfer,
conference, record. The Softphone holds one CallCommands and hands every command to it; public
methods run on any thread and queue a job, the `do_*` methods run on the SIP thread.

Only one call talks at a time: answering, dialing or resuming puts the other connected call
on hold (except calls joined in a conference, and never a supervisor's monitoring leg).

Transfers: blind (``transfer``: the customer is sent a REFER to the colleague) and attended
(``consult`` dials the colleague while the customer waits on hold; ``complete_transfer`` sends
the customer a REFER with Replaces, so the customer's new call takes the place of the
consultation at the colleague's phone; ``cancel_transfer`` hangs up the consultation and takes
the customer off hold).
"""
from __future__ import annotations

import logging
import re
import time
import uuid

import pjsua2 as pj

from .events import (
    CallEnded,
    CallHeld,
    CallMuted,
    CallRinging,
    CallTransferred,
    ConferenceChanged,
    ConsultChanged,
    PhoneError,
    PhoneEvent,
    RecordingChanged,
)
from .legs import CallLeg, LegRole
from .phone_core import PhoneCore
from .recording import CallRecording
from .sip_stack import SoftphoneError, make_target_uri

log = logging.getLogger(__name__)
_DTMF = re.compile(r"^[0-9A-Da-d*#]{1,64}$")
_HEADER_NAME = re.compile(r"^[A-Za-z0-9\-_.!%*+`'~]{1,64}$")
HANDOFF_HEADER = "X-Agent-Console-Handoff"  # a transfer's hint: the id of its hand-off (the context)
_HINT = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HANG_UP_CONSULT_AFTER_S = 3.0  # a colleague's PBX that keeps the replaced consultation up: we end it


class CallCommands:
    """Agent commands; see the module docstring."""

    def __init__(self, core: PhoneCore) -> None:
        self.core = core
        self.sip = core.sip
        self.consults: dict[str, str] = {}  # consultation leg id -> the customer's leg id (SIP thread)
        core.events.subscribe(self._follow_consults)

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

    def transfer(self, call_id: str, target: str, hint: str = "") -> None:
        """Blind transfer: the customer is asked to call `target`. `hint` (a hand-off id) rides
        in the Refer-To URI, so the customer's new INVITE carries it as X-Agent-Console-Handoff
        (a PBX may drop it: the context must not depend on it)."""
        uri = make_target_uri(target, self.sip)
        if hint:
            if not _HINT.match(hint):
                raise SoftphoneError(f"transfer hint {hint[:40]!r} is not a plain id", code="sip.bad_header",
                                     params={"header": HANDOFF_HEADER})
            uri += ("&" if "?" in uri else "?") + f"{HANDOFF_HEADER}={hint}"
        self.core.submit("transfer", call_id, self.do_transfer, call_id, uri)

    def attended_transfer(self, call_id: str, consult_call_id: str) -> None:
        self.core.submit("transfer", call_id, self.do_attended, call_id, consult_call_id)

    def consult(self, call_id: str, target: str, headers: dict[str, str] | None = None) -> str:
        """Attended transfer, step 1: call `target` while the customer's `call_id` waits on hold;
        returns the consultation's call id at once (ConsultChanged follows)."""
        return self.dial(target, headers, consult_for=call_id)

    def complete_transfer(self, call_id: str) -> None:
        """Attended transfer, step 2: the customer goes to the colleague (either call's id)."""
        self.core.submit("transfer", call_id, self.do_complete, call_id)

    def cancel_transfer(self, call_id: str) -> None:
        """Attended transfer called off: the consultation ends, the customer is back (either id)."""
        self.core.submit("transfer", call_id, self.do_cancel, call_id)

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

    def dial(self, target: str, headers: dict[str, str] | None = None, consult_for: str = "") -> str:
        """Call a number, user@host or sip: URI; returns the new call's id at once. With
        `consult_for`, the call is a consultation for that customer's call (see consult)."""
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
        self.core.submit("dial", cid, self.do_dial, cid, uri, number, clean_headers, consult_for)
        return cid

    def do_dial(self, cid: str, uri: str, number: str, headers: list[tuple[str, str]],
                consult_for: str = "") -> None:
        if consult_for:
            customer = self.core.leg(consult_for)
            if not _in_progress(customer):
                raise SoftphoneError("only a call in progress can be transferred", code="sip.cannot_transfer",
                                     params={"call_id": consult_for})
            if consult_for in self.consults.values():
                raise SoftphoneError("this call is already being transferred: complete or cancel that first",
                                     code="sip.already_consulting", params={"call_id": consult_for})
        self.hold_others(cid)
        busy = any(x.role is not LegRole.MONITOR for x in self.core.legs.values())
        leg = CallLeg(cid, "out", number, self.core.new_call(cid),
                      role=LegRole.CONSULT if busy or consult_for else LegRole.CUSTOMER)
        self.core.add(leg)
        if consult_for:
            self.consults[cid] = consult_for
            self.core.emit(ConsultChanged(consult_for, cid))
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
        if not _in_progress(leg):
            raise SoftphoneError("only a call in progress can be transferred", code="sip.cannot_transfer",
                                 params={"call_id": cid})
        leg.transfer_target, leg.transfer_attended = uri.split("?", 1)[0], False
        try:
            leg.call.xfer(uri, pj.CallOpParam(True))
        except pj.Error as exc:
            self._failed(leg, exc)

    def do_attended(self, cid: str, consult_id: str) -> None:
        leg, consult = self.core.leg(cid), self.core.leg(consult_id)
        if leg.role is LegRole.CONSULT and consult.role is not LegRole.CONSULT:
            leg, consult = consult, leg  # given the other way round: the customer is the one sent on
        if consult.state not in ("connected", "held"):
            raise SoftphoneError("the colleague has not answered yet", code="sip.consult_not_answered",
                                 params={"call_id": consult.id})
        leg.transfer_target, leg.transfer_attended = consult.number or consult.id, True
        try:
            leg.call.xferReplaces(consult.call, pj.CallOpParam(True))
        except pj.Error as exc:
            self._failed(leg, exc)

    def _pair(self, cid: str) -> tuple[CallLeg, CallLeg]:
        """(customer, consultation) of the attended transfer that `cid` is part of."""
        consult_id = cid if cid in self.consults else next((k for k, v in self.consults.items() if v == cid), "")
        if not consult_id:
            raise SoftphoneError("this call has no consultation: call the colleague first",
                                 code="sip.no_consultation", params={"call_id": cid})
        return self.core.leg(self.consults[consult_id]), self.core.leg(consult_id)

    def do_complete(self, cid: str) -> None:
        customer, consult = self._pair(cid)
        self.do_attended(customer.id, consult.id)

    def do_cancel(self, cid: str) -> None:
        customer, consult = self._pair(cid)
        del self.consults[consult.id]
        consult.state = "ended"  # not held again below: it is going
        try:
            consult.call.hangup(pj.CallOpParam(True))
        except pj.Error as exc:
            log.warning("ending the consultation %s: %s", consult.id, exc.reason)
        if customer.state == "held":
            self.do_resume(customer.id)
        self.core.emit(ConsultChanged(customer.id, consult.id, ended=True))

    def _failed(self, leg: CallLeg, exc: pj.Error) -> None:
        reason = exc.reason or exc.info()
        self.core.emit(CallTransferred(leg.id, leg.transfer_target, leg.transfer_attended, False, reason,
                                       code="sip.transfer_failed", params={"reason": reason, "status": 0}))

    def _follow_consults(self, event: PhoneEvent) -> None:
        """Keep the consultations paired while their calls live (SIP thread, as every event)."""
        if isinstance(event, CallEnded):
            ended = [k for k, v in self.consults.items() if event.call_id in (k, v)]
            for consult_id in ended:
                customer_id = self.consults.pop(consult_id)
                self.core.after_callback(lambda c=customer_id, k=consult_id: self.core.emit(
                    ConsultChanged(c, k, ended=True)))
        elif isinstance(event, CallTransferred) and event.ok and event.attended:
            consult_id = next((k for k, v in self.consults.items() if v == event.call_id), "")
            if consult_id:  # the colleague's phone hangs it up; if it does not, we do
                self.core.thread.call_later(HANG_UP_CONSULT_AFTER_S, "end consultation",
                                            lambda: self._end_if_there(consult_id))

    def _end_if_there(self, cid: str) -> None:
        leg = self.core.legs.get(cid)
        if leg is not None:
            try:
                leg.call.hangup(pj.CallOpParam(True))
            except pj.Error as exc:
                log.warning("ending the consultation %s: %s", cid, exc.reason)

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
        self.core.emit(ConferenceChanged(group, tuple(leg.id for leg in legs)))

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


def _in_progress(leg: CallLeg) -> bool:
    """Answered (or our 200 OK is on its way), and not a supervisor's leg: it can be transferred."""
    return (leg.state in ("connected", "held") or leg.answering) and leg.role is not LegRole.MONITOR
