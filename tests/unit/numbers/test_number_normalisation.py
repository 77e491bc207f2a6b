"""Every way people in SK, CZ, RO, RU, UK and US write or receive a number finds one E.164."""
from __future__ import annotations

import pytest

from crm_adapters.numbers import lookup_keys, normalise, to_e164

# E.164 -> (default region, [ways it is written or received])
CORPUS: dict[str, tuple[str, list[str]]] = {
    "+421905123456": ("SK", [
        "0905 123 456", "0905123456", "0905-123-456", "0905.123.456", "(0905) 123 456", "905 123 456",
        "+421 905 123 456", "+421905123456", "00421 905 123 456", "00421905123456", "+421 (0)905 123 456",
        "+421-905-123-456", "sip:+421905123456@pbx.example.com;user=phone", "sips:+421905123456@pbx",
        "<sip:0905123456@10.0.0.1>", '"Ján Kováč" <sip:0905123456@pbx.local>', "Jan <sip:00421905123456@pbx>",
        "tel:+421905123456", "tel:+421-905-123-456;phone-context=+421", "0905 123 456 ext. 12",
        "８-10-421-905-123-456", "8-10-421-905-123-456", "0905\u00a0123\u00a0456",
    ]),
    "+421254412233": ("SK", ["02/5441 2233", "02 5441 2233", "+421 2 5441 2233", "00421 2 544 122 33"]),
    "+420602123456": ("CZ", [
        "602 123 456", "602123456", "+420 602 123 456", "00420 602 123 456", "+420-602-123-456",
        "sip:+420602123456@pbx.cz", "tel:+420602123456",
    ]),
    "+420224812345": ("CZ", ["224 812 345", "+420 224 812 345", "00420224812345"]),
    "+40721234567": ("RO", [
        "0721 234 567", "0721-234-567", "0721.234.567", "+40 721 234 567", "0040 721 234 567",
        "+40 (0)721 234 567", "sip:0721234567@ro-pbx",
    ]),
    "+40213124567": ("RO", ["021 312 4567", "+40 21 312 4567", "021-312-45-67"]),
    "+79161234567": ("RU", [
        "8 (916) 123-45-67", "8 916 123 45 67", "89161234567", "+7 (916) 123-45-67", "+7 916 123-45-67",
        "+79161234567", "8-916-123-45-67", "(916) 123-45-67", "sip:+79161234567@msk-pbx",
    ]),
    "+74951234567": ("RU", ["8 (495) 123-45-67", "+7 495 123-45-67", "8-495-1234567"]),
    "+442079460958": ("GB", [
        "020 7946 0958", "+44 (0) 20 7946 0958", "+44 (0)20 7946 0958", "+44 20 7946 0958", "0044 20 7946 0958",
        "(020) 7946 0958", "020-7946-0958", "tel:+44-20-7946-0958",
    ]),
    "+447700900123": ("GB", ["07700 900123", "07700 900 123", "+44 7700 900123", "+44 (0) 7700 900123"]),
    "+12125550100": ("US", [
        "(212) 555-0100", "212-555-0100", "212.555.0100", "1-212-555-0100", "+1 212 555 0100", "+1 (212) 555-0100",
        "2125550100", "12125550100", "001 212 555 0100", "sip:+12125550100@us-pbx;user=phone",
    ]),
}

CASES = [(raw, region, e164) for e164, (region, raws) in CORPUS.items() for raw in raws]


@pytest.mark.parametrize(("raw", "region", "expected"), CASES, ids=[c[0] for c in CASES])
def test_every_written_form_gives_the_same_e164(raw, region, expected):
    info = normalise(raw, region)
    assert info.e164 == expected
    assert to_e164(raw, region) == expected
    assert not info.withheld
    assert info.raw == raw


@pytest.mark.parametrize(("e164", "region"), [(e, r) for e, (r, _) in CORPUS.items()])
def test_international_forms_do_not_depend_on_the_agent_region(e164, region):
    for agent_region in ("SK", "CZ", "RO", "RU", "GB", "US"):
        assert normalise(e164, agent_region).e164 == e164
        assert normalise("00" + e164[1:], agent_region).e164 == e164 or agent_region == "US"


def test_us_international_prefix_is_011():
    assert normalise("011 421 905 123 456", "US").e164 == "+421905123456"


@pytest.mark.parametrize(("raw", "region", "national", "international", "country", "line_type"), [
    ("+421905123456", "CZ", "0905 123 456", "+421 905 123 456", "SK", "mobile"),
    ("602123456", "CZ", "602 123 456", "+420 602 123 456", "CZ", "mobile"),
    ("+40721234567", "SK", "0721 234 567", "+40 721 234 567", "RO", "mobile"),
    ("+79161234567", "SK", "8 (916) 123-45-67", "+7 916 123-45-67", "RU", "mobile"),
    ("+442079460958", "SK", "020 7946 0958", "+44 20 7946 0958", "GB", "fixed_line"),
    ("+18005550199", "SK", "(800) 555-0199", "+1 800-555-0199", "US", "toll_free"),
])
def test_formats_are_as_people_in_that_country_write_them(raw, region, national, international, country, line_type):
    info = normalise(raw, region)
    assert (info.national, info.international, info.region, info.line_type) == (
        national, international, country, line_type)


def test_same_digits_in_different_countries_stay_different():
    # "0905 123 456" means Slovakia only when the agent is in Slovakia
    assert normalise("0721 234 567", "RO").e164 == "+40721234567"
    assert normalise("0721 234 567", "SK").e164 != "+40721234567"
    assert normalise("602 123 456", "CZ").e164 == "+420602123456"
    assert normalise("602 123 456", "SK").e164 != "+420602123456"


@pytest.mark.parametrize("raw", [
    "anonymous", "Anonymous", "ANONYMOUS", "restricted", "Restricted", "unavailable", "", "   ", "unknown",
    "Unknown", "private", "sip:anonymous@anonymous.invalid", '"Anonymous" <sip:anonymous@anonymous.invalid>',
    "<sip:restricted@pbx>", "tel:unavailable", "sip:@pbx", "tel:", "<sip:@10.0.0.1>", '"Caller" <sip:@pbx>',
])
def test_withheld_caller_ids(raw):
    info = normalise(raw, "SK")
    assert info.withheld is True
    assert info.e164 is None
    assert not info.known


@pytest.mark.parametrize("raw", [
    "hello", "12", "1001", "+", "00", "++421905123456", "0905 123 456 or 0911 222 333",
    "call me at 0905 123 456", "x" * 500, "9" * 500, "+421 905 123 456" * 40, "<<<>>>", "\x00\x01\x02", "😀😀😀", "+999 123 456 789", "0905 12",
])
def test_garbage_never_raises_and_never_matches(raw):
    info = normalise(raw, "SK")
    assert info.e164 is None
    assert info.withheld is False
    assert to_e164(raw, "SK") is None


def test_none_and_non_string_input():
    assert normalise(None, "SK").e164 is None  # type: ignore[arg-type]
    assert normalise(421905123456, "SK").e164 == "+421905123456"  # type: ignore[arg-type]
    assert normalise("0905 123 456", "").e164 is None  # no region: national numbers are ambiguous


def test_lookup_keys_cover_the_ways_crms_store_numbers():
    keys = lookup_keys(normalise("0905 123 456", "SK"))
    assert keys[0] == "+421905123456"
    assert {"421905123456", "00421905123456", "0905123456", "905123456"} <= set(keys)
    assert len(keys) == len(set(keys))
    assert lookup_keys(normalise("anonymous", "SK")) == []
