"""What pjsua2 reports about each call leg, turned into phone events (SIP thread only).

Every PhoneCall forwards its callbacks here: the call got connected or ended, its media
changed, a DTMF digit or an in-dialog MESSAGE arrived, a transfer progressed, or the other
side transferred us.
"""
from __future__ import annotations

import logging
import os
import re
import time
import uuid
from typing import Any

import pjsua2 as pj

from .call_commands import CallCommands
from .caller_id import clean_number, parse_name_addr, sanitise, split_headers, uri_user
from .events import CallAnswered, CallRinging, CallTransferred, DtmfReceived, MessageReceived
from .legs import CallLeg, LegRole
from .phone_core import PhoneCore

log = logging.getLogger(__name__)

MAX_CANCEL_BYTES = 16_384  # a CANCEL longer than this is read only this far
MAX_REASONS = 8  # Reason values looked at in one CANCEL
_CAUSE = re.compile(r";\s*cause\s*=\s*(\d{1,3})(?!\d)", re.IGNORECASE)


def cancel_reasons(cancel: str) -> list[str]:
    """The Reason values of a CANCEL (RFC 3326), printable and short. Bounded: only the first
    ``MAX_CANCEL_BYTES`` of the message and ``MAX_REASONS`` values are read."""
    found: list[str] = []
    for name, value in split_headers((cancel or "")[:MAX_CANCEL_BYTES]):
        if name == "reason":
            found += [sanitise(part, 200) for part in value[:2048].split(",") if part.strip()]
        if len(found) >= MAX_REASONS:
            break
    return found[:MAX_REASONS]


def answered_elsewhere(reasons: list[str]) -> bool:
    """Whether a CANCEL's Reason says another phone answered the call (``SIP;cause=200``, as
    Kamailio's tm and most PBXes send to the other branches of a ring group)."""
    for reason in reasons:
        cause = _CAUSE.search(reason)
        if reason.split(";", 1)[0].strip().lower() == "sip" and cause is not None and int(cause.group(1)) == 200:
            return True
    return False


class LegEvents:
    def __init__(self, core: PhoneCore, commands: CallCommands) -> None:
        self.core = core
        self.commands = commands

    def on_call_state(self, cid: str, prm: pj.OnCallStateParam) -> None:
        core = self.core
        leg = core.legs.get(cid)
        if leg is None:
            self._refused_call_state(cid)
            return
        info = leg.call.getInfo()
        if info.state == pj.PJSIP_INV_STATE_CONFIRMED and leg.answered_at is None:
            leg.answered_at, leg.answered_mono = time.time(), time.monotonic()
            leg.state = "held" if leg.held else "connected"
            core.publish(leg)
            core.emit(CallAnswered(cid))
            if core.sip.record_dir and leg.recording is None and leg.role is not LegRole.MONITOR:
                name = f"{time.strftime('%Y%m%d-%H%M%S')}-{cid}.wav"
                self.commands.do_start_recording(cid, os.path.join(core.sip.record_dir, name))
            core.rewire()
        elif info.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            core.finish(leg, str(info.lastReason), int(info.lastStatusCode))

    def on_call_tsx_state(self, cid: str, prm: pj.OnCallTsxStateParam) -> None:
        """A CANCEL for a ringing call: remember whether it says "answered elsewhere" (the
        call's end, reported right after, carries it)."""
        try:
            tsx = prm.e.body.tsxState
            if tsx.type != pj.PJSIP_EVENT_RX_MSG or str(tsx.tsx.method) != "CANCEL":
                return
            message = str(tsx.src.rdata.wholeMsg)
        except (pj.Error, UnicodeDecodeError, AttributeError):
            return
        leg = self.core.legs.get(cid)
        if leg is None or leg.answered_at is not None:
            return
        reasons = cancel_reasons(message)
        log.info("call %s cancelled by the caller's side (Reason: %s)", cid, " | ".join(reasons) or "none")
        if answered_elsewhere(reasons):
            self.core.completed_elsewhere.add(cid)

    def _refused_call_state(self, cid: str) -> None:
        refused = self.core.refused.get(cid)
        if refused is None:
            return
        try:
            gone = refused.getInfo().state == pj.PJSIP_INV_STATE_DISCONNECTED
        except pj.Error:
            gone = True
        if gone:  # dropped outside this callback (see Softphone._handle_events)
            self.core.graveyard.append(self.core.refused.pop(cid))

    def on_call_media(self, cid: str) -> None:
        self.core.rewire()

    def on_dtmf(self, cid: str, digit: str) -> None:
        if cid in self.core.legs:
            self.core.emit(DtmfReceived(cid, digit))

    def on_message(self, cid: str, body: str, content_type: str) -> None:
        if cid in self.core.legs:
            self.core.emit(MessageReceived(cid, body[:4096], content_type[:128]))

    def on_transfer_status(self, cid: str, prm: Any) -> None:
        leg = self.core.legs.get(cid)
        code = int(prm.statusCode)
        if leg is None or code < 200:
            return
        ok = 200 <= code < 300
        prm.cont = False
        reason = "" if ok else str(prm.reason)[:200]
        self.core.emit(CallTransferred(cid, leg.transfer_target, leg.transfer_attended, ok, reason,
                                       code="" if ok else "sip.transfer_failed",
                                       params={} if ok else {"status": code, "reason": reason}))
        if ok:
            leg.call.hangup(pj.CallOpParam(True))

    def on_transfer_request(self, cid: str, prm: Any) -> None:
        """The other side asks us to call someone else (we are being transferred)."""
        new_id = uuid.uuid4().hex[:12]
        uri = str(prm.dstUri)
        number = re.sub(r"^<?sips?:", "", uri, flags=re.I).split("@")[0].split(";")[0]
        old = self.core.legs.get(cid)
        new = CallLeg(new_id, "out", number, self.core.new_call(new_id),
                      role=old.role if old else LegRole.CUSTOMER)
        prm.newCall = new.call
        self.core.add(new)
        self.core.emit(CallRinging(new_id, "out", number, "", uri[:256], False, "To", 0, {}))

    def on_call_replaced(self, cid: str, prm: Any) -> None:
        """An attended transfer replaced our call `cid` with a new one: the customer calls in with
        Replaces and pjsua has answered already, so the new call never rings; it is reported as
        ringing with `replaces` set (for its card), then answered once confirmed."""
        old = self.core.legs.get(cid)
        new_id = uuid.uuid4().hex[:12]
        call = self.core.new_call(new_id, prm.newCallId)
        name, uri, number = "", "", ""
        try:
            info = call.getInfo()
            parsed = parse_name_addr(str(info.remoteUri))
            if parsed is not None:
                name, uri = sanitise(parsed[0]), sanitise(parsed[1], 256)
                user = uri_user(uri)
                number = clean_number(user[1]) if user else ""
        except pj.Error as exc:
            log.warning("reading the replacing call: %s", exc.reason)
        new = CallLeg(new_id, "in", number or (old.number if old else ""), call,
                      role=old.role if old else LegRole.CUSTOMER, answering=True)
        prm.newCall = new.call
        self.core.add(new)
        self.core.emit(CallRinging(new_id, "in", new.number, name, uri, False, "From" if number else "",
                                   time.perf_counter_ns(), {}, replaces=cid))
