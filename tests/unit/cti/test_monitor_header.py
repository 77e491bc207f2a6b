"""The signed supervision header: a valid request passes; every refusal reason is told apart;
the signature covers every field (changing any one breaks it). Pure Python."""
from __future__ import annotations

import pytest

from cti.legs import MonitorMode
from cti.supervision.header import MAX_LENGTH, REFUSAL_CODES, check_header, make_header

SECRET = b"team-secret-0123456789"
NOW = 1_800_000_000.0
LIVE = {"c1"}


def header(mode="listen", call="c1", sup="petra", role="lead", exp=NOW + 60, nonce="n-1", secret=SECRET):
    return make_header(secret, mode, call, sup, role, exp, nonce)


def check(text, seen=None, now=NOW, live=LIVE):
    return check_header(text, SECRET, now, {} if seen is None else seen, live)


def test_a_valid_request_passes_with_what_it_asks_for():
    verdict = check(header(mode="whisper"))
    assert verdict.ok and verdict.reason == "" and verdict.code == ""
    assert (verdict.mode, verdict.target, verdict.supervisor, verdict.role) == (MonitorMode.WHISPER, "c1", "petra", "lead")


@pytest.mark.parametrize("text", [None, "", "   "])
def test_no_header_is_missing(text):
    assert check(text).reason == "missing"


@pytest.mark.parametrize("text", [
    "listen please",
    header() + ";extra=1",
    header().replace("mode=listen", "mode=shout"),
    header().replace("role=lead", "role=boss"),
    header().replace(f"exp={int(NOW + 60)}", "exp=soon"),
    header().replace("sup=petra", "sup=pe tra"),
    header().replace("sig=", "sig=x"),
    header() + ";" + "x" * MAX_LENGTH,
    "mode=listen;mode=barge;call=c1;sup=p;role=lead;exp=1;nonce=n;sig=" + "A" * 43,
])
def test_unreadable_requests_are_malformed(text):
    assert check(text).reason == "malformed"


def test_a_request_longer_than_1_kb_is_refused_unread():
    assert check("mode=" + "l" * 2000).reason == "malformed"


def test_a_request_signed_with_another_secret_is_refused():
    verdict = check(header(secret=b"another team"))
    assert verdict.reason == "bad_signature" and verdict.code == "monitor.bad_signature"


@pytest.mark.parametrize("field,value", [
    ("mode", "barge"), ("call", "c2"), ("sup", "olga"), ("role", "trainee"),
    ("exp", str(int(NOW + 61))), ("nonce", "n-2"),
])
def test_the_signature_covers_every_field(field, value):
    good = header()
    parts = dict(p.split("=", 1) for p in good.split(";"))
    parts[field] = value
    forged = ";".join(f"{k}={v}" for k, v in parts.items())
    assert forged != good
    assert check(forged, live={"c1", "c2"}).reason == "bad_signature"


def test_an_expired_request_is_refused():
    assert check(header(exp=NOW - 1)).reason == "expired"
    assert check(header(exp=NOW)).reason == "expired"


def test_a_request_valid_too_far_ahead_is_refused():
    assert check(header(exp=NOW + 3600)).reason == "too_early"
    assert check(header(exp=NOW + 299)).ok


def test_a_request_is_good_once():
    seen: dict[str, float] = {}
    text = header()
    assert check(text, seen).ok
    assert check(text, seen).reason == "replayed"
    assert check(header(nonce="n-2"), seen).ok


def test_used_nonces_are_forgotten_once_expired():
    seen: dict[str, float] = {}
    assert check(header(exp=NOW + 10), seen).ok
    assert check(header(exp=NOW + 100, nonce="n-2"), seen, now=NOW + 20).ok
    assert set(seen) == {"n-2"}


def test_a_call_the_console_does_not_have_is_refused():
    assert check(header(call="c9")).reason == "unknown_call"
    assert check(header(), live=set()).reason == "unknown_call"


@pytest.mark.parametrize("role,allowed", [
    ("trainee", {"listen"}), ("lead", {"listen", "whisper", "barge"}), ("agent", set()),
])
def test_each_role_may_do_only_its_modes(role, allowed):
    for mode in ("listen", "whisper", "barge"):
        verdict = check(header(mode=mode, role=role, nonce=f"{role}-{mode}"))
        assert verdict.ok is (mode in allowed), (role, mode, verdict)
        if not verdict.ok:
            assert verdict.reason == "role_not_allowed"


def test_every_refusal_has_a_code():
    assert all(code.startswith("monitor.") for code in REFUSAL_CODES.values())


def test_fields_that_could_break_the_format_cannot_be_signed():
    with pytest.raises(ValueError):
        header(sup="petra;role=lead")
    with pytest.raises(ValueError):
        make_header(b"", "listen", "c1", "petra", "lead", NOW + 60)
