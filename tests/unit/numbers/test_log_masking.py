"""Numbers and notes in logs are masked: enough to tell calls apart, not enough to call back."""
from __future__ import annotations

import pytest

from crm_adapters.privacy import mask_number, mask_text


@pytest.mark.parametrize(("raw", "masked"), [
    ("+421905123456", "+421*******56"),
    ("+420602123456", "+420*******56"),
    ("+79161234567", "+7********67"),
    ("+442079460958", "+44********58"),
    ("+12125550100", "+1********00"),
    ("00421905123456", "+421*******56"),
    ("sip:+421905123456@pbx.example.com", "+421*******56"),
    ("0905 123 456", "********56"),
    ("1234", "****"),
])
def test_mask_keeps_only_country_code_and_last_two_digits(raw, masked):
    assert mask_number(raw) == masked


@pytest.mark.parametrize("raw", ["", None, "anonymous"])
def test_mask_of_nothing_says_so(raw):
    assert mask_number(raw) in ("<none>", "<no digits>")


def test_masked_number_never_contains_the_middle_digits():
    masked = mask_number("+421905123456")
    assert "905123" not in masked and "9051234" not in masked


def test_mask_text_shows_only_the_length():
    note = "Zákazník chce zľavu 10 %, volať 0905 123 456"
    masked = mask_text(note)
    assert masked == f"<note: {len(note)} chars>"
    assert "0905" not in masked and "zľavu" not in masked
    assert mask_text(None) == "<note: 0 chars>"
