"""Screening of incoming calls before they ring: who may assert a caller's identity, and who
is calling too often.

The softphone asks `identify()` for the caller (P-Asserted-Identity / Remote-Party-ID count
only from trusted hosts) and `admit()` whether the call may ring. The trusted hosts are the
registrar's and `[sip] trusted_hosts`; host names among them are resolved on a thread of
their own at start (a DNS lookup must never stall the SIP thread). Plain Python, no pjsua2.

Besides the per-caller limit there is a pacer: pjsua opens media sockets for every INVITE
before anybody can refuse it, and too many set-ups in half a second abort the process (see
SetupPacer), so during a flood the SIP thread waits a moment between set-ups.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from .call_limits import CallLimiter, SetupPacer
from .caller_id import CallerId, masked, parse_caller
from .settings import SipSettings
from .trusted_hosts import TrustedHosts, configured_hosts, mask_host, resolve_names

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refusal:
    """A new call that must not ring: whose, and the limit it broke."""

    who: str  # fit for logs: a masked host or number
    max_calls: int
    window_s: float
    burst_started: bool  # the first refusal of a burst (log it once)


class CallScreen:
    def __init__(self, sip: SipSettings) -> None:
        calls, window = sip.max_calls_per_source, sip.rate_window_s
        try:
            self.limiter = CallLimiter(int(calls), float(window))
            self.pacer = SetupPacer()
        except (TypeError, ValueError, OverflowError):
            raise ValueError(
                f"max_calls_per_source must be a whole number of at least 1 (got {calls!r}) and "
                f"rate_window_s a number of seconds above 0 (got {window!r})") from None
        self._registrar = sip.registrar
        self._entries = tuple(sip.trusted_hosts or ())
        self.trusted = TrustedHosts()  # replaced whole (never changed in place) once names resolve

    def start(self) -> threading.Thread | None:
        """Trust the literal addresses at once; resolve host names on a thread (returned)."""
        literal, names = configured_hosts(self._registrar, self._entries)
        self.trusted = literal
        if not names:
            return None

        def resolve() -> None:
            self.trusted = literal + resolve_names(names)
            log.info("trusted hosts resolved: %d name(s), %d address(es) in all",
                     len(names), len(self.trusted.networks))

        thread = threading.Thread(target=resolve, name="cti-trusted-hosts", daemon=True)
        thread.start()
        return thread

    def identify(self, message: str, source: str) -> CallerId:
        return parse_caller(message, source, self.trusted)

    def admit(self, caller: CallerId) -> Refusal | None:
        """None if this call may ring, else why not. An untrusted host is counted as a whole;
        behind a trusted host (the PBX carries every customer) each number on its own."""
        if caller.trusted:
            verdict = self.limiter.admit("number " + (caller.number or "withheld"))
        else:
            verdict = self.limiter.admit("host " + (caller.source_host or "unknown"))
        if not verdict.allowed:
            return Refusal(self.who(caller), self.limiter.max_calls, self.limiter.window_s,
                           verdict.burst_started)
        return None

    @property
    def refused(self) -> int:
        """Calls refused since start, for the operator's status."""
        return self.limiter.refused

    @staticmethod
    def who(caller: CallerId) -> str:
        """The caller as logs may name it: a masked host or a masked number."""
        if caller.trusted:
            return masked(caller.number) if caller.number else "a withheld number"
        return mask_host(caller.source_host)
