"""Odd and hostile INVITEs, sent raw over UDP: the desk phone reports a sane CallRinging
(or pjsip refuses the message outright) and stays up; 50 calls in a row do not leak."""
from __future__ import annotations

import time

import pytest

from cti.sip_probe import SipProbe
from cti.sip_stack import MAX_CALLS

CASES = [
    # (From header, extra headers, expected number, expected withheld, expected source, name check)
    (b'"\x01\x02junk\x1b[0m" <sip:+421900111222@h>', b"", "+421900111222", False, "From",
     lambda n: n == "junk[0m"),
    (b'"' + b"N" * 2048 + b'" <sip:+421900111223@h>', b"", "+421900111223", False, "From",
     lambda n: n == "N" * 128),
    ('"Ольга Петрова" <sip:+79161234567@h>'.encode(), b"", "+79161234567", False, "From",
     lambda n: n == "Ольга Петрова"),
    (b'"\xaatefan Mure\xbaan \xff\xfe" <sip:+40722000333@h>',  # Latin-2 bytes, not UTF-8
     b"", "+40722000333", False, "From", lambda n: "tefan Mure" in n),
    (b"<sip:pbx.example>", b"", "", True, "From", lambda n: n == ""),
    (b'"Anonymous" <sip:anonymous@anonymous.invalid>', b"", "", True, "From", lambda n: n == ""),
    (b'"Reception" <sip:100@pbx>',
     b'Remote-Party-ID: <sip:+420777000111@pbx>;party=calling\r\n'
     b'P-Asserted-Identity: "Eva Nov\xc3\xa1" <sip:+421255000444@pbx>',
     "+421255000444", False, "P-Asserted-Identity", lambda n: n == "Eva Nová"),
    (b'<sip:+421900111224@h>', b"X-Ticket: 4711\r\nX-Queue: sales", "+421900111224", False,
     "From", lambda n: n == ""),
]


@pytest.fixture
def probe():
    with SipProbe() as p:
        yield p


def test_hostile_invites_ring_sanely_and_phone_stays_up(phones, probe):
    desk = phones({"trusted_hosts": ["127.0.0.1"]})  # the probe plays the PBX: its PAI counts
    for from_header, extra, number, withheld, source, name_ok in CASES:
        call = probe.invite(desk.uri, from_header, extra)
        ring = desk.wait("CallRinging", timeout=5)
        assert name_ok(ring["display_name"]), ring
        assert len(ring["display_name"]) <= 128 and len(ring["remote_uri"]) <= 256
        assert all(ch.isprintable() for ch in ring["display_name"] + ring["number"])
        if number is not None:
            assert (ring["number"], ring["withheld"], ring["number_source"]) == (
                number, withheld, source), ring
        if b"X-Ticket" in extra:
            assert ring["headers"] == {"X-Ticket": "4711", "X-Queue": "sales"}
        desk.send(f"reject {ring['call_id']} 486")
        assert probe.wait_final(call, 5).status == 486
        ended = desk.wait("CallEnded", call_id=ring["call_id"])
        assert ended["status_code"] == 486
    # Not SIP at all / a broken request: pjsip answers 400 or ignores it; no ring, no crash.
    probe.sock.sendto(b"\x00\xff" * 600, ("127.0.0.1", desk.port))
    probe.sock.sendto(b"INVITE sip:x SIP/2.0\r\nFrom: <<<\r\n\r\n", ("127.0.0.1", desk.port))
    # A handler that raises must not take the SIP thread down.
    desk.send("raise-in-handler")
    desk.wait("ok")
    call = probe.invite(desk.uri, b"<sip:+421900000009@h>")
    for _ in range(50):
        desk.send("calls")
        ringing = desk.wait("calls")["calls"]
        if ringing:
            break
        time.sleep(0.05)
    # The handler raised on that CallRinging (no event); the call exists and can be rejected.
    assert any(c["number"] == "+421900000009" for c in ringing), ringing
    desk.send(f"reject {ringing[0]['id']} 603")
    assert probe.wait_final(call, 5).status == 603
    call = probe.invite(desk.uri, b'"Still" <sip:+421900000010@h>')
    ring = desk.wait("CallRinging", timeout=5)
    assert ring["number"] == "+421900000010"
    desk.send(f"answer {ring['call_id']}")
    assert probe.wait_final(call, 5).status == 200
    desk.wait("CallAnswered", call_id=ring["call_id"])
    assert probe.bye(call) == 200
    desk.wait("CallEnded", call_id=ring["call_id"])


def test_fifty_calls_in_a_row_no_crash_no_leak(phones, probe, record_property):
    desk = phones({"auto_answer_s": 0, "max_calls_per_source": 10000})  # one caller, 60 calls
    froms = [case[0] for case in CASES]

    def calls(n: int) -> None:
        for i in range(n):
            call = probe.wait_final(probe.invite(desk.uri, froms[i % len(froms)]), 5)
            assert call.status == 200, (i, call.status, call.reason)
            assert probe.bye(call) == 200
            desk.wait("CallEnded", timeout=5)
            time.sleep(0.05)  # the wheel's select ioqueue needs 500 ms to reuse a socket slot

    calls(10)  # warm-up: codecs, pools, first allocations
    before = desk.rss_kb()
    calls(50)
    after = desk.rss_kb()
    record_property("rss_kb_before_after_50_calls", (before, after))
    print(f"desk phone RSS before/after 50 calls: {before} kB -> {after} kB")
    desk.send("calls")
    assert desk.wait("calls")["calls"] == []
    assert after - before < 4096, (before, after)


def test_a_flood_of_ringing_calls_is_refused_not_fatal(phones):
    desk = phones()
    with SipProbe() as flood:
        calls = [flood.invite(desk.uri, f"<sip:+42190000{i:04d}@h>") for i in range(20)]
        finals = [flood.wait_final(c, 5) if i >= MAX_CALLS else None for i, c in enumerate(calls)]
        assert all(c.status == 486 for c in finals[MAX_CALLS:]), [c.status for c in finals[4:]]
        for c in calls[:MAX_CALLS]:
            flood.cancel(c)
            assert flood.wait_final(c, 5).status == 487
    # Still answering afterwards.
    with SipProbe() as probe:
        time.sleep(0.6)
        call = probe.invite(desk.uri, b"<sip:+421955555555@h>")
        ring = desk.wait("CallRinging", timeout=5, number="+421955555555")
        desk.send(f"reject {ring['call_id']} 480")
        assert probe.wait_final(call, 5).status == 480
