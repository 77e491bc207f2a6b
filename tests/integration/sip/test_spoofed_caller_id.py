"""Caller identity and call limits over real SIP (issue 9, finding 5).

A prankster who reaches the SIP port writes P-Asserted-Identity with a customer's number: the
desk phone believes it only when the INVITE comes from a trusted host (the registrar, here a
real Kamailio, or a `trusted_hosts` entry), and a burst of calls from one host is refused at
SIP level (503 with Retry-After) and never rings; the phone survives the flood. Spoofed sources are other loopback addresses
(127.0.0.2 …), which reach 127.0.0.1 like a LAN host would.
"""
from __future__ import annotations

from cti.sip_probe import SipProbe

CUSTOMER = "+421905123456"
PRANKSTER = "+421900000666"
FROM = f'"Eve" <sip:{PRANKSTER}@evil.example>'
PAI = f'P-Asserted-Identity: "Ján Novák" <sip:{CUSTOMER}@pbx>\r\nRemote-Party-ID: <sip:{CUSTOMER}@pbx>;party=calling'


class Probe(SipProbe):
    """A SipProbe that keeps every response, so a test can read their headers."""

    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.responses: list[bytes] = []

    def _recv(self, timeout: float) -> bytes | None:
        msg = super()._recv(timeout)
        if msg is not None:
            self.responses.append(msg)
        return msg

    def final_headers(self, call) -> bytes:
        """The header section of the INVITE's final response."""
        for msg in reversed(self.responses):
            if self._is_for(msg, call) and b"INVITE" in self._header(msg, b"cseq") \
                    and self._status(msg)[0] >= 200:
                return msg.split(b"\r\n\r\n")[0]
        return b""


def ring_and_cancel(probe: Probe, desk, target: str) -> tuple[dict, int]:
    call = probe.invite(target, FROM, PAI)
    ring = desk.wait("CallRinging", timeout=10)
    probe.cancel(call)
    assert probe.wait_final(call, 10).status == 487
    desk.wait("CallEnded", call_id=ring["call_id"])
    return ring, call.status


def test_spoofed_pai_is_ignored_from_a_stranger_and_believed_through_the_pbx(phones, kamailio):
    desk = phones({"registrar": f"127.0.0.1:{kamailio.port}", "user": "jana", "password": "s3cret-jana"})
    desk.wait("RegistrationChanged", registered=True)
    with Probe("127.0.0.2") as stranger:
        # Straight at the desk phone from a host that is not the PBX: From's number, flagged.
        ring, _ = ring_and_cancel(stranger, desk, desk.uri)
        assert (ring["number"], ring["number_source"], ring["trusted"]) == (PRANKSTER, "From", False), ring
        assert ring["source_host"] == "127.0.0.2"
        # The same INVITE through Kamailio (the registrar): the PBX vouches for the caller.
        ring, _ = ring_and_cancel(stranger, desk, f"sip:jana@127.0.0.1:{kamailio.port}")
        assert (ring["number"], ring["number_source"], ring["trusted"]) == (
            CUSTOMER, "P-Asserted-Identity", True), ring
        assert ring["source_host"] == "127.0.0.1"


def test_trusted_hosts_networks_and_names(phones):
    desk = phones({"trusted_hosts": ["127.0.0.0/30", "localhost"]})
    for host, believed in (("127.0.0.2", True), ("127.0.0.5", False), ("127.0.0.1", True)):
        with Probe(host) as probe:
            ring, _ = ring_and_cancel(probe, desk, desk.uri)
        assert ring["number"] == (CUSTOMER if believed else PRANKSTER), (host, ring)
        assert ring["trusted"] is believed


def test_a_burst_from_one_host_is_refused_before_it_rings(phones):
    desk = phones({"max_calls_per_source": 5, "rate_window_s": 3600})
    statuses, retry_after = [], set()
    with Probe("127.0.0.2") as flood:
        for _ in range(40):
            call = flood.invite(desk.uri, FROM, PAI)
            flood.cancel(call)  # the prankster hangs up at once: a "missed call" each time
            statuses.append(flood.wait_final(call, 10).status)
            if call.status == 503:
                retry_after.add(Probe._header(flood.final_headers(call), b"retry-after"))
    assert statuses.count(487) == 5 and statuses.count(503) == 35, statuses
    assert retry_after == {b"3600"}
    # Exactly the admitted calls rang; the refusal was reported once, with a masked host.
    rang = [desk.wait("CallRinging", timeout=10) for _ in range(5)]
    assert {r["number"] for r in rang} == {PRANKSTER}
    refused = desk.wait("CallsRefused", timeout=10)
    assert refused["source"] == "127.0.0.*" and refused["refused_total"] == 1
    # Another host still gets through at once, and the phone stays up.
    with Probe("127.0.0.3") as customer:
        call = customer.invite(desk.uri, f"<sip:{CUSTOMER}@customer.example>")
        ring = desk.wait("CallRinging", timeout=10, number=CUSTOMER)
        desk.send(f"reject {ring['call_id']} 486")
        assert customer.wait_final(call, 10).status == 486
    desk.send("calls")
    assert desk.wait("calls")["calls"] == []
    assert not [e for e in desk.lines.seen if e["type"] == "CallRinging" and e["number"] != CUSTOMER], \
        "a refused call rang"
    assert "refused" not in desk.errors().lower() or "127.0.0.2" not in desk.errors()
