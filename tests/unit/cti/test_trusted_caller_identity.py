"""Caller identity is believed only from trusted hosts (issue 9, finding 5): P-Asserted-Identity
and Remote-Party-ID from anybody else are ignored and the number is the one in From."""
from __future__ import annotations

import socket

import pytest

from cti.call_screening import CallScreen
from cti.caller_id import parse_caller
from cti.settings import SipSettings
from cti.trusted_hosts import TrustedHosts, configured_hosts, mask_host, resolve_names, source_host

CUSTOMER = "+421905123456"  # a real customer's number the prankster claims
PRANKSTER = "+421900000666"


def invite(*headers: str) -> str:
    return ("INVITE sip:desk@127.0.0.1:5070 SIP/2.0\r\n"
            "Via: SIP/2.0/UDP 127.0.0.2:5999;branch=z9hG4bKx\r\n"
            + "".join(h + "\r\n" for h in headers)
            + "Call-ID: abc\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n")


SPOOF = invite(f'From: "Eve" <sip:{PRANKSTER}@evil.example>;tag=1',
               f'P-Asserted-Identity: "Bank" <sip:{CUSTOMER}@pbx>',
               f'Remote-Party-ID: <sip:{CUSTOMER}@pbx>;party=calling')


def trust(registrar: str = "", *entries: str) -> TrustedHosts:
    literal, names = configured_hosts(registrar, entries)
    assert not names, names
    return literal


@pytest.mark.parametrize("source", ["127.0.0.2:5060", "127.0.0.1", "", "garbage", "[::1]:5060",
                                    "10.0.0.1:5060", "::ffff:127.0.0.2"])
def test_spoofed_pai_from_an_untrusted_host_is_ignored(source):
    c = parse_caller(SPOOF, source, trust("127.0.0.3:5060", "192.168.0.0/16"))
    assert (c.number, c.number_source, c.display_name) == (PRANKSTER, "From", "Eve")
    assert c.trusted is False
    assert c.source_host == source_host(source)


def test_nobody_is_trusted_by_default():
    c = parse_caller(SPOOF, "127.0.0.1:5060")
    assert (c.number, c.trusted) == (PRANKSTER, False)


def test_rpid_alone_from_an_untrusted_host_is_ignored_too():
    msg = invite(f"From: <sip:{PRANKSTER}@x>;tag=1", f"Remote-Party-ID: <sip:{CUSTOMER}@pbx>;party=calling")
    c = parse_caller(msg, "127.0.0.9:5060", trust("127.0.0.1"))
    assert (c.number, c.number_source) == (PRANKSTER, "From")


def test_the_registrar_is_trusted():
    for registrar in ("127.0.0.1:5060", "sip:127.0.0.1:5080;transport=tcp", "sip:jana@127.0.0.1"):
        c = parse_caller(SPOOF, "127.0.0.1:5060", trust(registrar))
        assert (c.number, c.number_source, c.trusted) == (CUSTOMER, "P-Asserted-Identity", True), registrar


def test_rpid_from_a_trusted_host_counts_when_there_is_no_pai():
    msg = invite("From: <sip:100@pbx>;tag=1", f"Remote-Party-ID: <sip:{CUSTOMER}@pbx>;party=calling")
    c = parse_caller(msg, "10.1.2.3:5060", trust("", "10.1.2.3"))
    assert (c.number, c.number_source, c.trusted) == (CUSTOMER, "Remote-Party-ID", True)


@pytest.mark.parametrize("entry,inside,outside", [
    ("10.20.0.0/16", "10.20.255.1:5060", "10.21.0.1:5060"),
    ("192.168.1.7", "192.168.1.7:5061", "192.168.1.8:5060"),
    ("192.168.1.7:5060", "192.168.1.7:9999", "192.168.1.70:5060"),  # a port in the entry: host only
    ("2001:db8::/32", "[2001:db8:1::5]:5060", "[2001:db9::5]:5060"),
    ("[2001:db8::1]:5060", "[2001:db8::1]:5070", "[2001:db8::2]:5060"),
    ("::1", "[::1]:5060", "127.0.0.1:5060"),
    ("127.0.0.1", "[::ffff:127.0.0.1]:5060", "[::1]:5060"),  # IPv4-mapped IPv6 is the IPv4 host
])
def test_trusted_entries_ip_cidr_and_ipv6(entry, inside, outside):
    hosts = trust("", entry)
    assert parse_caller(SPOOF, inside, hosts).number == CUSTOMER
    assert parse_caller(SPOOF, outside, hosts).number == PRANKSTER


def test_host_names_are_resolved_once_by_the_lookup_given():
    asked = []

    def lookup(name: str) -> list[str]:
        asked.append(name)
        if name == "pbx.example.com":
            return ["203.0.113.10", "2001:db8::10"]
        raise socket.gaierror("Name or service not known")

    literal, names = configured_hosts("sip:pbx.example.com:5060", ["10.0.0.0/8", "gone.example.com"])
    assert names == ["pbx.example.com", "gone.example.com"]
    hosts = literal + resolve_names(names, lookup)
    assert asked == ["pbx.example.com", "gone.example.com"]
    assert parse_caller(SPOOF, "203.0.113.10:5060", hosts).trusted
    assert parse_caller(SPOOF, "[2001:db8::10]:5060", hosts).trusted
    assert parse_caller(SPOOF, "10.9.9.9:5060", hosts).trusted
    assert not parse_caller(SPOOF, "203.0.113.11:5060", hosts).trusted


def test_bad_entries_are_ignored_and_trust_nothing():
    literal, names = configured_hosts("", ["", "not a host!", "10.0.0.0/33", "*", "0.0.0.0/0 ; rm"])
    assert literal.networks == () and names == []


def test_privacy_from_an_untrusted_host_still_withholds():
    msg = invite("From: <sip:anonymous@anonymous.invalid>;tag=1", f"P-Asserted-Identity: <sip:{CUSTOMER}@pbx>",
                 "Privacy: id")
    c = parse_caller(msg, "127.0.0.2:5060", trust("127.0.0.1"))
    assert c.withheld and c.number == ""


def test_hostile_sources_never_raise():
    hosts = trust("127.0.0.1")
    for source in ["[", "]:", "[::1", "1.2.3.4:abc", "x" * 10000, "\x00\xff", "1.2.3.4%eth0", "[fe80::1%eth0]:5060"]:
        c = parse_caller(SPOOF, source, hosts)
        assert c.number == PRANKSTER and not c.trusted
        assert len(c.source_host) <= 300


def test_hosts_in_logs_are_masked():
    assert mask_host("203.0.113.77:5060") == "203.0.113.*"
    assert mask_host("[2001:db8:5:6::1]:5060") == "2001:0db8:0005:*"
    assert "77" not in mask_host("203.0.113.77")


def test_screen_counts_untrusted_hosts_whole_and_trusted_callers_per_number():
    screen = CallScreen(SipSettings(registrar="127.0.0.1:5060", max_calls_per_source=2, rate_window_s=3600))
    assert screen.start() is None  # no names: nothing to resolve
    spoofed = [screen.admit(screen.identify(invite(f"From: <sip:+42190000{i:04d}@x>;tag=1"), "127.0.0.2:5060"))
               for i in range(5)]
    assert [r is None for r in spoofed] == [True, True, False, False, False]  # new numbers, same host
    assert spoofed[2].who == "127.0.0.*" and spoofed[2].burst_started and not spoofed[3].burst_started
    # Through the PBX: many customers, each may call; one number calling over and over may not.
    pbx = [screen.admit(screen.identify(invite("From: <sip:100@pbx>;tag=1", f"P-Asserted-Identity: <sip:+4219051{i:05d}@pbx>"),
                                        "127.0.0.1:5060")) for i in range(20)]
    assert pbx == [None] * 20
    same = [screen.admit(screen.identify(SPOOF, "127.0.0.1:5060")) for _ in range(4)]
    assert [r is None for r in same] == [True, True, False, False]
    assert CUSTOMER not in same[2].who and same[2].who.endswith("56")  # a masked number in logs
    assert screen.refused == 5


@pytest.mark.parametrize("calls,window", [(0, 10.0), (10, 0.0), (10, float("nan")), (-1, 10.0), (10, -5.0)])
def test_screen_refuses_limits_that_make_no_sense(calls, window):
    with pytest.raises(ValueError, match="max_calls_per_source"):
        CallScreen(SipSettings(max_calls_per_source=calls, rate_window_s=window))
