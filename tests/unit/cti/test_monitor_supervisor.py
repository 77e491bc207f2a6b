"""The supervisor's side: the request goes out as the X-Agent-Console-Monitor header, a mode
change as a MESSAGE carrying a fresh signed header, DTMF 1/2/3 from a plain phone; a value
that could break the SIP message is refused before anything is sent."""
from __future__ import annotations

import pytest

from cti.sip_stack import SoftphoneError
from cti.supervision.header import HEADER, check_header, make_header
from cti.supervision.supervisor import change_mode, change_mode_by_dtmf, start_monitoring

SECRET = b"s"


class Phone:
    def __init__(self) -> None:
        self.sent: list[tuple] = []

    def dial(self, target, headers=None):
        self.sent.append(("dial", target, headers))
        return "m1"

    def send_message(self, call_id, body, content_type="text/plain"):
        self.sent.append(("message", call_id, body))

    def dtmf(self, call_id, digits):
        self.sent.append(("dtmf", call_id, digits))


def test_start_sends_the_signed_header_and_a_change_sends_a_fresh_one_in_a_message():
    phone = Phone()
    first = make_header(SECRET, "listen", "c1", "petra", "lead", 2_000_000_000)
    assert start_monitoring(phone, "sip:127.0.0.1:5070", first) == "m1"
    assert phone.sent[-1] == ("dial", "sip:127.0.0.1:5070", {HEADER: first})
    second = make_header(SECRET, "barge", "c1", "petra", "lead", 2_000_000_000)
    change_mode(phone, "m1", second)
    kind, call, body = phone.sent[-1]
    assert (kind, call) == ("message", "m1") and body == f"{HEADER}: {second}"
    assert check_header(body.split(": ", 1)[1], SECRET, 1_999_999_900, {}, {"c1"}).ok


def test_dtmf_digits_for_each_mode():
    phone = Phone()
    for mode, digit in (("listen", "1"), ("whisper", "2"), ("barge", "3")):
        change_mode_by_dtmf(phone, "m1", mode)
        assert phone.sent[-1] == ("dtmf", "m1", digit)


@pytest.mark.parametrize("bad", ["", "mode=listen\r\nVia: evil", "x" * 2000])
def test_a_header_that_could_break_the_message_is_refused_before_sending(bad):
    phone = Phone()
    with pytest.raises(SoftphoneError):
        start_monitoring(phone, "sip:127.0.0.1:5070", bad)
    assert phone.sent == []
