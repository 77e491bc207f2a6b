"""Supervision by the PBX (issue 12): a mode and an agent's extension become the feature code
the lead's console dials through the registrar, a switch the DTMF it sends; codes from the
config and extensions from the team store (written by other consoles) are checked, so an
extension that could change the SIP request is never dialled."""
from __future__ import annotations

import pytest

from cti.supervision.pbx_codes import (
    PbxCodeError,
    PbxCodes,
    call_problem,
    check_code,
    check_keys,
    dial_uri,
    extension_of,
    pbx_domain,
    switch_keys,
)

CHANSPY = PbxCodes(switch_keys={"listen": "4", "whisper": "5", "barge": "6"})


@pytest.mark.parametrize(("mode", "uri"), [("listen", "sip:*222101@pbx.example.com"),
                                           ("whisper", "sip:*223101@pbx.example.com"),
                                           ("barge", "sip:*224101@pbx.example.com")])
def test_each_mode_dials_its_chanspy_code_for_the_agents_extension_at_the_registrar(mode, uri):
    assert dial_uri(CHANSPY, mode, "101", "pbx.example.com") == uri


def test_a_sites_own_codes_and_a_hash_are_dialled_as_sip_wants_them():
    codes = PbxCodes({"listen": "#55{ext}#", "whisper": "*9{ext}", "barge": ""})
    assert dial_uri(codes, "listen", "2001", "10.0.0.5:5060") == "sip:%2355{ext}%23@10.0.0.5:5060".replace(
        "{ext}", "2001")
    assert dial_uri(codes, "whisper", "2001", "[::1]:5060") == "sip:*92001@[::1]:5060"
    with pytest.raises(PbxCodeError) as exc:
        dial_uri(codes, "barge", "2001", "10.0.0.5")  # "" = the PBX offers no barge
    assert exc.value.code == "pbx.mode_off"


def test_the_extension_is_the_user_of_the_address_the_agents_console_published():
    assert extension_of("sip:101@pbx.example.com") == "101"
    assert extension_of("SIP:jana.n@10.0.0.5:5060") == "jana.n"


@pytest.mark.parametrize("uri", [
    "sip:101;transport=tcp@pbx.example.com",  # a parameter smuggled into the request
    "sip:101@evil.example@pbx.example.com",  # another host
    "sip:10 1@pbx.example.com",
    "sip:101%40evil@pbx.example.com",
    "sip:101\r\nX-Evil: 1@pbx.example.com",
    "sip:<101>@pbx.example.com",
    "sip:101*224@pbx.example.com",  # a second feature code
    "sip:101#@pbx.example.com",
    "sip:@pbx.example.com",
    "sip:" + "1" * 33 + "@pbx.example.com",
    "pbx.example.com",
    "",
])
def test_a_hostile_or_unusable_extension_is_never_dialled(uri):
    with pytest.raises(PbxCodeError) as exc:
        extension_of(uri, "jana")
    assert exc.value.code == "pbx.bad_extension" and exc.value.params["agent"] == "jana"


@pytest.mark.parametrize("extension", ["101;lr", "101@evil", "1 01", "101>", "101\n", "a" * 33, ""])
def test_the_planner_itself_refuses_such_an_extension(extension):
    with pytest.raises(PbxCodeError):
        dial_uri(CHANSPY, "listen", extension, "pbx.example.com")


@pytest.mark.parametrize("code", ["*222", "*222{ext}{ext}", "*222{ext};x", "*222 {ext}", "sip:*222{ext}",
                                  "*222{EXT}", "*222{ext}@evil", "1" * 30 + "{ext}", "*2a2{ext}"])
def test_a_code_that_is_not_digits_star_hash_and_one_ext_is_refused(code):
    with pytest.raises(PbxCodeError) as exc:
        check_code("listen", code)
    assert exc.value.code == "pbx.bad_code" and exc.value.params == {"mode": "listen", "code": code}
    with pytest.raises(PbxCodeError):
        PbxCodes({"listen": code, "whisper": "*223{ext}", "barge": "*224{ext}"})


def test_switching_sends_the_keys_of_the_site_and_a_site_without_them_says_so():
    assert [switch_keys(CHANSPY, m) for m in ("listen", "whisper", "barge")] == ["4", "5", "6"]
    with pytest.raises(PbxCodeError) as exc:
        switch_keys(PbxCodes(), "whisper")
    assert exc.value.code == "pbx.no_switch"
    for keys in ("", "5;", "55555555x", "1" * 9, "A"):
        with pytest.raises(PbxCodeError):
            check_keys("whisper", keys)
    with pytest.raises(PbxCodeError):
        PbxCodes(switch_keys={"spy": "4"})


@pytest.mark.parametrize(("registrar", "domain", "expected"), [
    ("127.0.0.1:5060", "", "127.0.0.1:5060"),
    ("sip:pbx.example.com;transport=tcp", "", "pbx.example.com"),
    ("sip:101@pbx.example.com:5070", "", "pbx.example.com:5070"),
    ("10.0.0.5", "example.com", "example.com"),
])
def test_codes_go_to_the_sip_domain_or_else_the_registrar(registrar, domain, expected):
    assert pbx_domain(registrar, domain) == expected


@pytest.mark.parametrize(("registrar", "domain"), [("pbx:99999", ""), ("10.0.0.5", "a b"),
                                                   ("10.0.0.5", "evil>")])
def test_no_usable_pbx_address_is_a_clear_problem(registrar, domain):
    with pytest.raises(PbxCodeError) as exc:
        pbx_domain(registrar, domain)
    assert exc.value.code == "pbx.bad_domain"


def test_without_a_registrar_the_pbx_strategy_has_nowhere_to_dial():
    with pytest.raises(PbxCodeError) as exc:
        pbx_domain("", "")
    assert exc.value.code == "pbx.no_registrar"


@pytest.mark.parametrize(("status", "code"), [(0, "pbx.no_answer"), (408, "pbx.no_answer"), (404, "pbx.unknown_code"),
                                              (484, "pbx.unknown_code"), (403, "pbx.forbidden"),
                                              (486, "pbx.refused"), (503, "pbx.refused")])
def test_how_the_pbx_turned_the_code_down_decides_what_the_lead_is_told(status, code):
    problem = call_problem(status, "Busy Here", "*222101")
    assert problem.code == code and problem.params["dialled"] == "*222101"
