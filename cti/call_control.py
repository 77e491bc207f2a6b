"""What an agent does to calls: answer, reject, hang up, hold, mute, DTMF, transfer,
conference, record. Mixed into Softphone; public methods run on any thread and queue a job,
the `_do_*`/`_on_*` methods run on the SIP thread.

Only one call talks at a time: answering, dialing or resuming puts the other connected call
on hold (except calls joined in a conference).
"""
from __future__ import annotations

import logging
import re
import time
import uuid
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

from .calls import CallRecord, PhoneCall
from .events import (CallHeld, CallMuted, CallRinging, CallTransferred, DtmfReceived,
                     MessageReceived, PhoneError, RecordingChanged)
from .recording import CallRecording
from .sip_stack import SoftphoneError, make_target_uri

if TYPE_CHECKING:
    from .softphone import Softphone

log = logging.getLogger(__name__)
_DTMF = re.compile(r"^[0-9A-Da-d*#]{1,64}$")
_HEADER_NAME = re.compile(r"^[A-Za-z0-9\-_.!%*+`'~]{1,64}$")


class CallControl:
    """Agent commands; see the module docstring."""

    # ---------------------------------------------------------------- public, any thread
    def answer(self: "Softphone", call_id: str) -> None:
        self._submit("answer", call_id, self._do_answer, call_id)

    def reject(self: "Softphone", call_id: str, code: int = 486) -> None:
        if not 400 <= int(code) <= 699:
            raise SoftphoneError(f"reject code {code} is not a SIP error (400-699)")
        self._submit("reject", call_id, self._do_reject, call_id, int(code))

    def hangup(self: "Softphone", call_id: str) -> None:
        self._submit("hangup", call_id, self._do_hangup, call_id)

    def hold(self: "Softphone", call_id: str) -> None:
        self._submit("hold", call_id, self._do_hold, call_id)

    def resume(self: "Softphone", call_id: str) -> None:
        self._submit("resume", call_id, self._do_resume, call_id)

    def mute(self: "Softphone", call_id: str, on: bool) -> None:
        self._submit("mute", call_id, self._do_mute, call_id, bool(on))

    def dtmf(self: "Softphone", call_id: str, digits: str) -> None:
        if not _DTMF.match(digits or ""):
            raise SoftphoneError(f"DTMF digits must be 0-9, *, #, A-D (got {digits[:20]!r})")
        self._submit("dtmf", call_id, lambda: self._record(call_id).call.dialDtmf(digits))

    def transfer(self: "Softphone", call_id: str, target: str) -> None:
        uri = make_target_uri(target, self.sip)
        self._submit("transfer", call_id, self._do_transfer, call_id, uri)

    def attended_transfer(self: "Softphone", call_id: str, consult_call_id: str) -> None:
        self._submit("transfer", call_id, self._do_attended, call_id, consult_call_id)

    def conference(self: "Softphone", call_ids: list[str]) -> None:
        if len(set(call_ids)) < 2:
            raise SoftphoneError("a conference needs at least two calls")
        self._submit("conference", ",".join(call_ids), self._do_conference, list(call_ids))

    def send_message(self: "Softphone", call_id: str, body: str,
                     content_type: str = "text/plain") -> None:
        """An in-dialog SIP MESSAGE (supervision uses it to change mode mid-call)."""
        if len(body) > 4096 or not re.fullmatch(r"[\w.+\-]+/[\w.+\-]+", content_type):
            raise SoftphoneError("message too long (4096 max) or bad content type")
        self._submit("message", call_id, self._do_send_message, call_id, body, content_type)

    def start_recording(self: "Softphone", call_id: str, path: str) -> None:
        self._submit("record", call_id, self._do_start_recording, call_id, path)

    def stop_recording(self: "Softphone", call_id: str) -> None:
        self._submit("record", call_id, self._do_stop_recording, call_id)

    def dial(self: "Softphone", target: str, headers: dict[str, str] | None = None) -> str:
        """Call a number, user@host or sip: URI; returns the new call's id at once."""
        uri = make_target_uri(target, self.sip)
        clean_headers = []
        for name, value in (headers or {}).items():
            if not _HEADER_NAME.match(name or "") or any(c in str(value) for c in "\r\n\0"):
                raise SoftphoneError(f"header {name[:40]!r} is not a valid SIP header")
            clean_headers.append((name, str(value)))
        cid = uuid.uuid4().hex[:12]
        number = re.sub(r"^sips?:", "", uri, flags=re.I).split("@")[0].split(";")[0]
        if "@" not in uri:
            number = ""
        self._submit("dial", cid, self._do_dial, cid, uri, number, clean_headers)
        return cid

    def _do_dial(self: "Softphone", cid: str, uri: str, number: str, headers: list[tuple[str, str]]) -> None:
        self._hold_others(cid)
        rec = CallRecord(cid, "out", number, PhoneCall(self, self._account, cid))
        self._records[cid] = rec
        self._publish(rec)
        self._emit(CallRinging(cid, "out", number, "", uri, False, "To" if number else "",
                               time.perf_counter_ns(), {}))
        op = pj.CallOpParam(True)
        for name, value in headers:
            h = pj.SipHeader()
            h.hName, h.hValue = name, value
            op.txOption.headers.append(h)
        try:
            rec.call.makeCall(uri, op)
        except pj.Error as exc:
            if cid in self._records:
                self._finish(rec, exc.reason or "call failed", 0)
            self._emit(PhoneError("dial", f"cannot call {uri}: {exc.reason}", cid))

    # ---------------------------------------------------------------- SIP thread
    def _hold_others(self: "Softphone", except_id: str) -> None:
        keep = self._records.get(except_id)
        for rec in list(self._records.values()):
            if rec.id == except_id or rec.state != "connected" or rec.held:
                continue
            if keep is not None and keep.conference and rec.conference == keep.conference:
                continue
            try:
                self._do_hold(rec.id)
            except (SoftphoneError, pj.Error) as exc:
                log.warning("could not hold call %s: %s", rec.id, exc)

    def _do_answer(self: "Softphone", cid: str) -> None:
        rec = self._record(cid)
        if rec.direction != "in" or rec.state != "ringing" or rec.meta.get("answering"):
            raise SoftphoneError("this call is not ringing")
        self._hold_others(cid)
        op = pj.CallOpParam(True)
        op.statusCode = 200
        rec.call.answer(op)
        rec.meta["answering"] = True
        self._rewire()  # the ring tone stops now

    def _do_reject(self: "Softphone", cid: str, code: int) -> None:
        rec = self._record(cid)
        if rec.direction != "in" or rec.answered_at is not None:
            raise SoftphoneError("only a ringing incoming call can be rejected")
        op = pj.CallOpParam(True)
        op.statusCode = code
        rec.call.hangup(op)

    def _do_hangup(self: "Softphone", cid: str) -> None:
        self._record(cid).call.hangup(pj.CallOpParam(True))

    def _do_hold(self: "Softphone", cid: str) -> None:
        rec = self._record(cid)
        if rec.state != "connected":
            raise SoftphoneError("only a connected call can be held")
        rec.held, rec.state = True, "held"
        self._rewire()  # silence first, then tell the other side
        rec.call.setHold(pj.CallOpParam(True))
        self._publish(rec)
        self._emit(CallHeld(cid, True))

    def _do_resume(self: "Softphone", cid: str) -> None:
        rec = self._record(cid)
        if rec.state != "held":
            raise SoftphoneError("this call is not on hold")
        self._hold_others(cid)
        op = pj.CallOpParam(True)
        op.opt.flag = pj.PJSUA_CALL_UNHOLD
        rec.call.reinvite(op)
        rec.held, rec.state = False, "connected"
        self._rewire()
        self._publish(rec)
        self._emit(CallHeld(cid, False))

    def _do_mute(self: "Softphone", cid: str, on: bool) -> None:
        rec = self._record(cid)
        rec.muted = on
        self._rewire()
        self._publish(rec)
        self._emit(CallMuted(cid, on))

    def _do_transfer(self: "Softphone", cid: str, uri: str) -> None:
        rec = self._record(cid)
        rec.transfer_target, rec.transfer_attended = uri, False
        rec.call.xfer(uri, pj.CallOpParam(True))

    def _do_attended(self: "Softphone", cid: str, consult_id: str) -> None:
        rec, consult = self._record(cid), self._record(consult_id)
        rec.transfer_target, rec.transfer_attended = consult.number or consult_id, True
        rec.call.xferReplaces(consult.call, pj.CallOpParam(True))

    def _do_conference(self: "Softphone", call_ids: list[str]) -> None:
        recs = [self._record(c) for c in call_ids]
        if any(r.state not in ("connected", "held") for r in recs):
            raise SoftphoneError("only connected calls can be joined")
        group = uuid.uuid4().hex[:8]
        for rec in recs:
            rec.conference = group
        for rec in recs:
            if rec.held:
                self._do_resume(rec.id)
        self._rewire()

    def _do_send_message(self: "Softphone", cid: str, body: str, content_type: str) -> None:
        prm = pj.SendInstantMessageParam()
        prm.content, prm.contentType = body, content_type
        self._record(cid).call.sendInstantMessage(prm)

    def _do_start_recording(self: "Softphone", cid: str, path: str) -> None:
        rec = self._record(cid)
        if rec.recording is not None:
            raise SoftphoneError("this call is already being recorded")
        try:
            rec.recording = CallRecording(path)
        except ValueError as exc:
            raise SoftphoneError(str(exc)) from None
        self._rewire()
        self._emit(RecordingChanged(cid, True, path))

    def _do_stop_recording(self: "Softphone", cid: str) -> None:
        rec = self._record(cid)
        if rec.recording is None:
            raise SoftphoneError("this call is not being recorded")
        path = rec.recording.path
        rec.recording.close()
        rec.recording = None
        self._rewire()
        self._emit(RecordingChanged(cid, False, path))

    # ---------------------------------------------------------------- callbacks
    def _on_dtmf(self: "Softphone", cid: str, digit: str) -> None:
        if cid in self._records:
            self._emit(DtmfReceived(cid, digit))

    def _on_message(self: "Softphone", cid: str, body: str, content_type: str) -> None:
        if cid in self._records:
            self._emit(MessageReceived(cid, body[:4096], content_type[:128]))

    def _on_transfer_status(self: "Softphone", cid: str, prm: Any) -> None:
        rec = self._records.get(cid)
        code = int(prm.statusCode)
        if rec is None or code < 200:
            return
        ok = 200 <= code < 300
        prm.cont = False
        self._emit(CallTransferred(cid, rec.transfer_target, rec.transfer_attended, ok,
                                   "" if ok else str(prm.reason)))
        if ok:
            rec.call.hangup(pj.CallOpParam(True))

    def _on_transfer_request(self: "Softphone", cid: str, prm: Any) -> None:
        """The other side asks us to call someone else (we are being transferred)."""
        new_id = uuid.uuid4().hex[:12]
        uri = str(prm.dstUri)
        number = re.sub(r"^<?sips?:", "", uri, flags=re.I).split("@")[0].split(";")[0]
        new = CallRecord(new_id, "out", number, PhoneCall(self, self._account, new_id))
        prm.newCall = new.call
        self._records[new_id] = new
        self._publish(new)
        self._emit(CallRinging(new_id, "out", number, "", uri[:256], False, "To", 0, {}))

    def _on_call_replaced(self: "Softphone", cid: str, prm: Any) -> None:
        """An attended transfer replaced our call `cid` with a new one."""
        old = self._records.get(cid)
        new_id = uuid.uuid4().hex[:12]
        new = CallRecord(new_id, old.direction if old else "in", old.number if old else "",
                         PhoneCall(self, self._account, new_id, prm.newCallId))
        prm.newCall = new.call
        self._records[new_id] = new
        self._publish(new)
        self._emit(CallRinging(new_id, new.direction, new.number, "", "", False, "", 0, {}))
