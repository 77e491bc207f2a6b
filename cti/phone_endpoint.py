"""pjsua2's Endpoint and Account, forwarding their callbacks to the softphone.

No exception may escape a pjsua2 callback (it would keep objects alive and abort the process
at exit), so each one is caught and logged here.
"""
from __future__ import annotations

import logging
import time
from typing import Any

import pjsua2 as pj

log = logging.getLogger(__name__)


class PhoneEndpoint(pj.Endpoint):
    """pjsua2's Endpoint; lets the phone pace new INVITEs before pjsua sets up their media."""

    def __init__(self, phone: Any) -> None:
        super().__init__()
        self.phone = phone

    def onSelectAccount(self, prm: pj.OnSelectAccountParam) -> None:
        try:
            self.phone._incoming.pace_request(prm)
        except Exception:  # noqa: BLE001 - an exception here would abort the process
            log.exception("pacing an incoming request failed")


class PhoneAccount(pj.Account):
    def __init__(self, phone: Any) -> None:
        super().__init__()
        self.phone = phone

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:
        received_ns = time.perf_counter_ns()  # first thing: the latency origin
        try:
            self.phone._incoming.on_incoming(prm, received_ns)
        except Exception:  # noqa: BLE001
            log.exception("incoming call handling failed")

    def onRegState(self, prm: pj.OnRegStateParam) -> None:
        try:
            self.phone._on_reg_state(prm)
        except Exception:  # noqa: BLE001
            log.exception("registration state handling failed")
