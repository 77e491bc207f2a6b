"""Caller number and name from raw INVITE text (pure functions, no pjsua2)."""
from __future__ import annotations

import pytest

from cti.caller_id import masked, parse_caller, sanitise
from cti.trusted_hosts import configured_hosts

PBX = ("127.0.0.1:5060", configured_hosts("127.0.0.1:5060", ())[0])  # P-Asserted-Identity counts from here


def invite(*headers: str) -> str:
    return ("INVITE sip:desk@127.0.0.1:5070 SIP/2.0\r\n"
            "Via: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bKx\r\n"
            + "".join(h + "\r\n" for h in headers)
            + "Call-ID: abc\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n")


def test_from_header_gives_number_and_name():
    c = parse_caller(invite('From: "Ján Novák" <sip:+421901234567@pbx.example>;tag=1'))
    assert (c.number, c.display_name, c.number_source, c.withheld) == (
        "+421901234567", "Ján Novák", "From", False)
    assert c.remote_uri == "sip:+421901234567@pbx.example"


def test_p_asserted_identity_beats_remote_party_id_beats_from():
    c = parse_caller(invite(
        'From: "Front desk" <sip:100@pbx>;tag=1',
        'Remote-Party-ID: "RPID" <sip:+420777000111@pbx>;party=calling',
        'P-Asserted-Identity: "Eva" <sip:+40722000333@pbx>'), *PBX)
    assert (c.number, c.display_name, c.number_source) == ("+40722000333", "Eva", "P-Asserted-Identity")
    c = parse_caller(invite('From: <sip:100@pbx>;tag=1',
                            'Remote-Party-ID: <sip:+420777000111@pbx>;party=calling'), *PBX)
    assert (c.number, c.number_source) == ("+420777000111", "Remote-Party-ID")


def test_pai_with_tel_uri_and_name_falls_back_to_from_name():
    c = parse_caller(invite('From: "Olga" <sip:100@pbx>;tag=1',
                            "P-Asserted-Identity: <tel:+79161234567>"), *PBX)
    assert (c.number, c.display_name) == ("+79161234567", "Olga")


def test_pai_lists_sip_and_tel_takes_first_usable():
    c = parse_caller(invite('From: <sip:1@pbx>;tag=1',
                            'P-Asserted-Identity: <sip:anonymous@anonymous.invalid>, <tel:+421255555555>'), *PBX)
    assert c.number == "+421255555555" and not c.withheld


@pytest.mark.parametrize("from_value", [
    '"Anonymous" <sip:anonymous@anonymous.invalid>;tag=1',
    "<sip:Anonymous@pbx>;tag=1",
    "<sip:unknown@10.0.0.1>;tag=1",
    "<sip:pbx.example>;tag=1",  # no user part
])
def test_withheld_numbers(from_value):
    c = parse_caller(invite("From: " + from_value))
    assert c.withheld and c.number == ""


def test_privacy_id_withholds_even_with_pai():
    c = parse_caller(invite('From: <sip:anonymous@anonymous.invalid>;tag=1',
                            "P-Asserted-Identity: <sip:+421901111222@pbx>", "Privacy: id"))
    assert c.withheld and c.number == ""


def test_garbage_and_huge_names_are_sanitised_never_raise():
    c = parse_caller(invite('From: "' + "A" * 2048 + '" <sip:+421900000001@h>;tag=1'))
    assert c.number == "+421900000001" and len(c.display_name) == 128
    c = parse_caller(invite('From: "Evil\x07\x1b[31mName\u202e" <sip:5@h>;tag=1'))
    assert c.display_name == "Evil[31mName" and c.number == "5"
    for junk in ["From: <<<>>>;;;", "From: \"unterminated <sip:1@h>", "From:", "From: sip:",
                 "From: \udcff\udcfe", "garbage without colon"]:
        c = parse_caller(invite(junk))
        assert isinstance(c.number, str) and isinstance(c.display_name, str)
    assert parse_caller("") == parse_caller("\x00\x01")


def test_escapes_compact_form_and_folding():
    c = parse_caller(invite('f: "Say \\"hi\\"" <sip:%2B421901234567@h>;tag=1'))
    assert (c.number, c.display_name) == ("+421901234567", 'Say "hi"')
    c = parse_caller(invite("From: Bob\r\n  <sip:777@h>;tag=1"))
    assert (c.number, c.display_name) == ("777", "Bob")
    c = parse_caller(invite("From: sip:888@h;tag=1"))
    assert c.number == "888"


def test_x_headers_are_copied_other_headers_are_not():
    c = parse_caller(invite("From: <sip:1@h>;tag=1", "X-Ticket-Id: 4711", "x-lang: sk",
                            "Subject: no", "X-Evil: a\x00b"))
    assert c.headers == {"X-Ticket-Id": "4711", "x-lang": "sk", "X-Evil": "ab"}


def test_sanitise_and_mask():
    assert sanitise("  a\tb\nc  ") == "a b c"
    assert sanitise("Ш" * 500) == "Ш" * 128
    shown = masked("+421901234567")
    assert shown.startswith("+42") and shown.endswith("67") and "90123" not in shown
