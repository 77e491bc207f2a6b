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
from .events import CallAnswered, CallRinging, CallTransferred, DtmfReceived, MessageReceived
from .legs import CallLeg, LegRole
from .phone_core import PhoneCore

log = logging.getLogger(__name__)


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
        self.core.emit(CallTransferred(cid, leg.transfer_target, leg.transfer_attended, ok,
                                       "" if ok else str(prm.reason)))
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
        """An attended transfer replaced our call `cid` with a new one."""
        old = self.core.legs.get(cid)
        new_id = uuid.uuid4().hex[:12]
        new = CallLeg(new_id, old.direction if old else "in", old.number if old else "",
                      self.core.new_call(new_id, prm.newCallId),
                      role=old.role if old else LegRole.CUSTOMER)
        prm.newCall = new.call
        self.core.add(new)
        self.core.emit(CallRinging(new_id, new.direction, new.number, "", "", False, "", 0, {}))
