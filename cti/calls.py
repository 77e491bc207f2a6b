"""The pjsua2 Call behind each call leg, forwarding its callbacks.

pjsua2 facts this encodes (PJSUA2-NOTES.md): a Call object must stay referenced for as long
as the call lives, must be dropped once DISCONNECTED (outside its own callback), and no
exception may escape a callback.
"""
from __future__ import annotations

import logging
from typing import Any

import pjsua2 as pj

from .legs import CallLeg, CallSnapshot, LegRole, MonitorMode

__all__ = ["PhoneCall", "CallLeg", "CallSnapshot", "LegRole", "MonitorMode"]

log = logging.getLogger(__name__)


class PhoneCall(pj.Call):
    """Forwards pjsua2 callbacks to `handler` (methods named like the callbacks, with the
    leg id first); swallows (and logs) every exception."""

    def __init__(self, handler: Any, account: pj.Account, leg_id: str,
                 call_id: int = pj.PJSUA_INVALID_ID) -> None:
        super().__init__(account, call_id)
        self.handler = handler
        self.leg_id = leg_id

    def _forward(self, name: str, *args: Any) -> None:
        try:
            getattr(self.handler, name)(self.leg_id, *args)
        except Exception:  # noqa: BLE001 - an exception here would abort the process at exit
            log.exception("call callback %s failed", name)

    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        self._forward("on_call_state", prm)

    def onCallTsxState(self, prm: pj.OnCallTsxStateParam) -> None:
        self._forward("on_call_tsx_state", prm)

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:
        self._forward("on_call_media")

    def onDtmfDigit(self, prm: pj.OnDtmfDigitParam) -> None:
        self._forward("on_dtmf", str(prm.digit))

    def onInstantMessage(self, prm: pj.OnInstantMessageParam) -> None:
        self._forward("on_message", str(prm.msgBody), str(prm.contentType))

    def onCallTransferStatus(self, prm: pj.OnCallTransferStatusParam) -> None:
        self._forward("on_transfer_status", prm)

    def onCallTransferRequest(self, prm: pj.OnCallTransferRequestParam) -> None:
        self._forward("on_transfer_request", prm)

    def onCallReplaced(self, prm: pj.OnCallReplacedParam) -> None:
        self._forward("on_call_replaced", prm)
