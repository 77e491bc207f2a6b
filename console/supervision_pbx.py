"""Supervision by the PBX (``[supervision] strategy = "pbx"``): for sites whose PBX does it.

The lead's (or trainee's) console dials the PBX's feature code for the mode and the agent's
extension through the registrar (``sip:*222101@pbx``, Asterisk ChanSpy behind it: see
docs/supervision-pbx.md), switches modes by sending the PBX's DTMF keys in that call, and
stops by hanging up. It is the same ``ctl monitor`` and board buttons, the same call machinery
and the same ``monitor.*`` events and audit as :mod:`console.supervision` (mode changes and
refusals carry ``via: "pbx"``); only the far end differs: the agent's console takes no part.

Roles are still checked here (a trainee may only listen), but the PBX cannot check them: anyone
who can dial the codes on the PBX can listen. The PBX's dialplan must restrict who may dial
them, and ``ctl status`` says so.
"""
from __future__ import annotations

import logging
from typing import Any

from crm_adapters.store.team.audit import AuditEntry
from cti import events as ev
from cti.problems import Problem
from cti.supervision.pbx_codes import PbxCodeError, call_problem, dial_uri, dialled_code, extension_of, pbx_domain, switch_keys

from console.ctl_server import CtlError
from console.messages import sentence
from console.model.events import SupervisionEnded, SupervisionModeChanged, SupervisionRefused, SupervisionStarted
from console.supervision_phone import MonitorLegEvent, PhoneHost

log = logging.getLogger(__name__)

VIA = "pbx"
ROLES_NOTE = ("The PBX does not check roles: this console lets a trainee only listen, but anyone who can dial the "
              "supervision codes on the PBX can use them. Allow them only to leads and trainees in the PBX's "
              "dialplan (docs/supervision-pbx.md).")


class PbxPhoneHost(PhoneHost):
    """The phone host that can also dial a feature code as a monitoring call of ours: its events go
    to the supervision feature, never to the call desk (no card, no call of the lead's own)."""

    def dial_code(self, uri: str) -> str:
        with self._lock:  # the SIP thread's ringing event for it waits until it is known here
            call_id = self.phone.dial(uri)
            self._ours.add(call_id)
        return call_id


class PbxStrategy:
    """The branch of :class:`console.supervision.Supervision` for supervision by the PBX."""

    host_class = PbxPhoneHost

    def __init__(self, supervision: Any) -> None:  # console.supervision.Supervision (it imports us)
        self.sup = supervision
        self.codes = supervision.settings.pbx
        sip = supervision.api.config.sip
        self.domain, self.problem = "", ""
        try:
            self.domain = pbx_domain(sip.registrar, sip.domain)
        except PbxCodeError as exc:
            self.problem = sentence(exc)
            if supervision.role in ("lead", "trainee"):
                log.warning("supervision through the PBX cannot work here: %s", exc)
        self.dialled: dict[str, str] = {}  # monitoring call id -> the code the PBX saw (*222101)

    # -- Supervision._start / _switch ------------------------------------------------------------
    def dial(self, agent: Any, mode: str) -> str:  # agent: crm_adapters.store.team.model.AgentEntry
        """Dial `mode`'s code for `agent`'s extension (their console's SIP user); the call's id."""
        sup = self.sup
        if self.problem:
            raise sup._refuse_locally(agent.id, agent.call_id, mode, "pbx.no_registrar", self.problem)
        try:
            extension = extension_of(agent.sip_uri, agent.name or agent.id)
            uri = dial_uri(self.codes, mode, extension, self.domain, agent.id)
        except PbxCodeError as exc:  # another console's address, or a mode this PBX does not offer
            raise sup._refuse_locally(agent.id, agent.call_id, mode, exc.code, sentence(exc)) from None
        try:
            call_id = sup.host.dial_code(uri)
        except Problem as exc:  # the phone refused (cti.sip_stack.SoftphoneError)
            raise CtlError(sentence(exc)) from None
        self.dialled[call_id] = dialled_code(self.codes, mode, extension)
        log.info("dialling the PBX's %s code for %s's call %s", mode, agent.id, agent.call_id)
        return call_id

    def switch(self, w: Any, mode: str) -> dict:
        """Send the PBX's keys for `mode` in the running session."""
        try:
            keys = switch_keys(self.codes, mode)
        except PbxCodeError as exc:
            raise CtlError(sentence(exc)) from None
        self.sup.host.phone.dtmf(w.call_id, keys)
        previous, w.mode = w.mode, mode
        me = self.sup.me
        self.sup.api.bridge.post(SupervisionModeChanged("supervisor", w.call_id, w.target_call, me, w.agent, mode,
                                                        previous, VIA))
        self.sup._audit(AuditEntry(me, w.agent, w.target_call, mode, "mode", previous, VIA, me))
        return {"call_id": w.call_id, "agent": w.agent, "mode": mode, "previous": previous, "via": VIA}

    # -- the call to the feature code (Supervision._our_leg / _leg_over) ----------------------------
    def leg_event(self, leg: MonitorLegEvent) -> None:
        sup = self.sup
        w, e = sup.watching, leg.event
        if not leg.ours or w is None or getattr(e, "call_id", "") != w.call_id:
            return
        if isinstance(e, ev.CallAnswered) and not w.started:
            w.started = True
            sup.api.bridge.post(SupervisionStarted("supervisor", w.call_id, w.target_call, sup.me, w.agent,
                                                   sup.role, w.mode, VIA))
            sup._audit(AuditEntry(sup.me, w.agent, w.target_call, w.mode, "started", "", VIA, sup.me))
            sup._settle(w, {"call_id": w.call_id, "agent": w.agent, "agent_name": w.agent_name,
                            "target_call": w.target_call, "mode": w.mode, "via": VIA,
                            "dialled": self.dialled.get(w.call_id, "")})
        elif isinstance(e, ev.CallEnded):
            self.leg_over(w, e.reason, e.status_code)
        elif isinstance(e, ev.PhoneError):
            self.leg_over(w, e.reason, 0)

    def leg_over(self, w: Any, reason: str, status: int) -> None:
        sup = self.sup
        sup.watching = None
        sup.api.agent.set_monitoring(False)
        dialled = self.dialled.pop(w.call_id, "")
        if w.started:
            sup.api.bridge.post(SupervisionEnded("supervisor", w.call_id, w.target_call, sup.me, w.agent, reason, VIA))
            sup._audit(AuditEntry(sup.me, w.agent, w.target_call, w.mode, "ended", reason[:64], VIA, sup.me))
            return
        problem = call_problem(status, reason, dialled)
        text = sentence(problem)
        sup.api.bridge.post(SupervisionRefused("supervisor", sup.me, w.agent, w.target_call, w.mode, VIA,
                                               problem.code, text))
        sup._audit(AuditEntry(sup.me, w.agent, w.target_call, w.mode, "refused", problem.code, VIA, sup.me))
        sup._settle(w, None, CtlError(text))

    def status(self) -> dict[str, Any]:
        return {"codes": dict(self.codes.codes), "switch_dtmf": dict(self.codes.switch_keys),
                "domain": self.domain, "problem": self.problem, "roles": ROLES_NOTE}
