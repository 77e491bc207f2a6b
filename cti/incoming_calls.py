"""A new incoming INVITE, handled on the SIP thread: who calls, what the policy chain decides
(see incoming_policy), and then refuse, answer or ring — in that order of speed.

An automatic answer goes out before anybody is told the call rings: pjsua sends the 100/180/200
only when onIncomingCall returns, so the listeners (the console's screen pop) and the ring-tone
wiring run right after it (PhoneCore.after_callback), never inside it.
"""
from __future__ import annotations

import logging
import time
import uuid

import pjsua2 as pj

from .call_commands import CallCommands
from .call_screening import CallScreen
from .caller_id import CallerId, masked, sanitise
from .events import CallRinging, CallsRefused
from .incoming_policy import Action, Decision, Incoming, PolicyChain
from .legs import CallLeg
from .phone_core import PhoneCore
from .trusted_hosts import mask_host

log = logging.getLogger(__name__)
MAX_SIP_CALL_ID = 200  # the team store keeps this much of it


class IncomingCalls:
    def __init__(self, core: PhoneCore, commands: CallCommands, screen: CallScreen,
                 policies: PolicyChain) -> None:
        self.core = core
        self.commands = commands
        self.screen = screen
        self.policies = policies

    def on_incoming(self, prm: pj.OnIncomingCallParam, received_ns: int) -> None:
        with self.core.holding_events():  # e.g. holding the other calls: told after the 200 OK
            self._decide_and_answer(prm, received_ns)

    def _decide_and_answer(self, prm: pj.OnIncomingCallParam, received_ns: int) -> None:
        try:
            message = str(prm.rdata.wholeMsg)
        except Exception:  # noqa: BLE001 - undecodable bytes: still ring, unknown caller
            message = ""
        try:
            source = str(prm.rdata.srcAddress)
        except Exception:  # noqa: BLE001 - unknown source: trusted by nobody
            source = ""
        caller = self.screen.identify(message, source)
        legs = tuple(leg.snapshot() for leg in self.core.legs.values())
        decision = self.policies.decide(Incoming(caller, message, legs))
        if decision.action is Action.REFUSE:
            self._refuse(prm, decision)
            return
        cid = uuid.uuid4().hex[:12]
        leg = CallLeg(cid, "in", caller.number, self.core.new_call(cid, prm.callId),
                      role=decision.role, monitor_mode=decision.mode,
                      watched_call=decision.watched_call)
        self.core.legs[cid] = leg  # known before answer(): pjsua2 calls back inside it
        sip_call_id = _sip_call_id(leg)
        if decision.action in (Action.ANSWER, Action.MONITOR):
            self.commands.answer_leg(leg)  # 200 OK first: nobody waits for the listeners
        else:
            op = pj.CallOpParam(True)
            op.statusCode = 180
            leg.call.answer(op)
        self.core.publish(leg)
        if decision.answer_after_s is not None:
            self.core.thread.call_later(decision.answer_after_s, "auto-answer",
                                        lambda: self._auto_answer(cid))
        # pjsua sends our answer when this callback returns: tell the listeners after that.
        self.core.after_callback(lambda: self._announce(leg, caller, received_ns, decision, sip_call_id))

    def _announce(self, leg: CallLeg, caller: CallerId, received_ns: int,
                  decision: Decision, sip_call_id: str = "") -> None:
        # the listeners first (the console starts the CRM look-up), the ring tone, then the log
        self.core.emit(CallRinging(leg.id, "in", caller.number, caller.display_name,
                                   caller.remote_uri, caller.withheld, caller.number_source,
                                   received_ns, dict(caller.headers), caller.trusted,
                                   caller.source_host, sip_call_id=sip_call_id))
        if leg.id in self.core.legs:
            self.core.rewire()  # the ring tone (or, once answered, nothing yet)
        log.info("call %s %s from %s (%s, %s)", leg.id,
                 "ringing" if decision.action is Action.RING else "answered at once",
                 masked(caller.number) or "withheld",
                 "trusted" if caller.trusted else "untrusted host " + mask_host(caller.source_host),
                 leg.role.value)

    def _auto_answer(self, cid: str) -> None:
        leg = self.core.legs.get(cid)
        if leg is not None and leg.ringing_in:
            self.commands.do_answer(cid)

    def pace_request(self, prm: pj.OnSelectAccountParam) -> None:
        """A new INVITE, before pjsua opens its media sockets: during a flood, wait a moment so
        the ioqueue gets closed sockets back in time (see call_limits.SetupPacer)."""
        if not str(prm.rdata.info).startswith("Request msg INVITE"):
            return
        wait = self.screen.pacer.delay()
        if wait > 0:
            if self.screen.pacer.slowed == 1:
                log.warning("a flood of new calls: taking them more slowly (this warning is "
                            "shown once)")
            time.sleep(wait)

    def _refuse(self, prm: pj.OnIncomingCallParam, decision: Decision) -> None:
        """Refused (by default: too many new calls, 503 with Retry-After): the call never
        rings, so no card, no CRM look-up, no call log."""
        rid = "refused-" + uuid.uuid4().hex[:12]
        call = self.core.new_call(rid, prm.callId)
        self.core.refused[rid] = call
        op = pj.CallOpParam(True)
        op.statusCode = decision.status_code or 603
        op.reason = decision.reason or "Declined"
        for name, value in decision.headers:
            header = pj.SipHeader()
            header.hName, header.hValue = name, value
            op.txOption.headers.append(header)
        call.answer(op)  # a final answer carries our headers (hangup() would drop them)
        refusal = decision.refusal
        if refusal is not None and refusal.burst_started:
            log.warning("refusing new calls from %s: more than %d in %g s (answered %d); "
                        "%d refused since start", refusal.who, refusal.max_calls,
                        refusal.window_s, op.statusCode, self.screen.refused)
            self.core.emit(CallsRefused(refusal.who, self.screen.refused, refusal.max_calls,
                                        refusal.window_s))
        elif refusal is None:
            log.info("refused a call (%s): %s %s", decision.decided_by, op.statusCode, op.reason)


def _sip_call_id(leg: CallLeg) -> str:
    """The INVITE's Call-ID (printable, at most 200 characters; "" when unreadable)."""
    try:
        return sanitise(str(leg.call.getInfo().callIdString), MAX_SIP_CALL_ID).replace(" ", "")
    except (pj.Error, UnicodeDecodeError):
        return ""
