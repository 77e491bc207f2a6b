"""One phone call as the softphone tracks it, and the pjsua2 Call that forwards its callbacks.

pjsua2 facts this encodes (PJSUA2-NOTES.md): a Call object must stay referenced for as long
as the call lives, must be dropped once DISCONNECTED (outside its own callback), and no
exception may escape a callback.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

if TYPE_CHECKING:
    from .recording import CallRecording

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CallSnapshot:
    """A call as the console shows it (safe to read from any thread)."""

    id: str
    direction: str  # "in" | "out"
    number: str
    state: str  # "ringing" | "connected" | "held" | "ended"
    held: bool
    muted: bool
    connected_since: float | None  # time.time() when answered, None while ringing


@dataclass
class CallRecord:
    """Everything the SIP thread knows about one call (SIP thread only)."""

    id: str
    direction: str
    number: str
    call: "PhoneCall"
    state: str = "ringing"
    held: bool = False
    muted: bool = False
    answered_at: float | None = None
    answered_mono: float | None = None
    conference: str = ""  # group id when bridged with other calls
    recording: "CallRecording | None" = None
    transfer_target: str = ""
    transfer_attended: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    def snapshot(self) -> CallSnapshot:
        return CallSnapshot(self.id, self.direction, self.number, self.state, self.held,
                            self.muted, self.answered_at)

    def duration(self) -> float:
        return time.monotonic() - self.answered_mono if self.answered_mono else 0.0


class PhoneCall(pj.Call):
    """Forwards pjsua2 callbacks to the softphone; swallows (and logs) every exception."""

    def __init__(self, phone: Any, account: pj.Account, record_id: str,
                 call_id: int = pj.PJSUA_INVALID_ID) -> None:
        super().__init__(account, call_id)
        self.phone = phone
        self.record_id = record_id

    def _forward(self, name: str, *args: Any) -> None:
        try:
            getattr(self.phone, name)(self.record_id, *args)
        except Exception:  # noqa: BLE001 - an exception here would abort the process at exit
            log.exception("call callback %s failed", name)

    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        self._forward("_on_call_state", prm)

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:
        self._forward("_on_call_media")

    def onDtmfDigit(self, prm: pj.OnDtmfDigitParam) -> None:
        self._forward("_on_dtmf", str(prm.digit))

    def onInstantMessage(self, prm: pj.OnInstantMessageParam) -> None:
        self._forward("_on_message", str(prm.msgBody), str(prm.contentType))

    def onCallTransferStatus(self, prm: pj.OnCallTransferStatusParam) -> None:
        self._forward("_on_transfer_status", prm)

    def onCallTransferRequest(self, prm: pj.OnCallTransferRequestParam) -> None:
        self._forward("_on_transfer_request", prm)

    def onCallReplaced(self, prm: pj.OnCallReplacedParam) -> None:
        self._forward("_on_call_replaced", prm)
