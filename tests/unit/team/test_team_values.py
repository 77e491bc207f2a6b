"""What the team store keeps of values from other consoles, and how numbers are shown."""
from __future__ import annotations

from crm_adapters.store.team import bounds, mask_number


def test_a_name_from_another_console_is_one_plain_line_of_bounded_length():
    assert bounds.line("Jana\x1b[31m\nNováková\u202e\x00") == "Jana[31mNováková"
    long = bounds.line("x" * 10_000_000)
    assert len(long) == bounds.NAME and long.endswith("…")


def test_notes_keep_their_lines_and_lose_control_characters():
    assert bounds.text("line 1\r\nline 2\tend\x07\x00") == "line 1\nline 2\tend"
    assert len(bounds.text("n" * 10_000_000)) == bounds.NOTES


def test_times_and_lists_from_outside_are_sane():
    assert bounds.moment("nan") == 0.0 and bounds.moment(float("inf")) == 0.0 and bounds.moment("12.5") == 12.5
    assert bounds.ids(["a", "a", "b\x00", 5]) == ("a", "b", "5")
    assert bounds.ids("not a list") == ()
    assert bounds.ids_from_json("{broken") == ()
    assert bounds.customer({"id": 7, "nested": {"x": 1}, "flag": True}) == {"id": "7"}


def test_two_spellings_of_one_number_match_for_a_handoff():
    assert bounds.digits_key("+421 905 123 456") == bounds.digits_key("0905/123 456") == "905123456"


def test_only_leads_see_whole_numbers():
    assert mask_number("+421905123456", "lead") == "+421905123456"
    assert mask_number("+421905123456", "agent") == "+•••••••••456"
