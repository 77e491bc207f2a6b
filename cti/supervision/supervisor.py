"""The supervisor's side: call the agent's console with a signed request, then switch modes
by an in-dialog MESSAGE (a fresh signed header) or, from a plain SIP phone, by DTMF 1/2/3
(where the agent's site allows it). The header is made with header.make_header.
"""
from __future__ import annotations

from typing import Protocol

from ..legs import MonitorMode
from ..sip_stack import SoftphoneError
from .header import HEADER, MAX_LENGTH

MODE_DIGITS = {MonitorMode.LISTEN: "1", MonitorMode.WHISPER: "2", MonitorMode.BARGE: "3"}


class Phone(Protocol):  # cti.softphone.Softphone
    def dial(self, target: str, headers: dict[str, str] | None = None) -> str: ...
    def send_message(self, call_id: str, body: str, content_type: str = "text/plain") -> None: ...
    def dtmf(self, call_id: str, digits: str) -> None: ...


def _checked(header: str) -> str:
    if not header or len(header) > MAX_LENGTH or any(c in header for c in "\r\n\0"):
        raise SoftphoneError(f"the {HEADER} value is empty, longer than {MAX_LENGTH} or not one line",
                             code="sip.bad_header", params={"header": HEADER})
    return header


def start_monitoring(phone: Phone, target_uri: str, header: str) -> str:
    """Dial the agent's console (`target_uri`, its SIP address) carrying the signed request;
    returns the monitoring call's id at once."""
    return phone.dial(target_uri, {HEADER: _checked(header)})


def change_mode(phone: Phone, call_id: str, header: str) -> None:
    """Ask for another mode: `header` is a fresh signed request for the same call in the new
    mode, sent in the monitoring call as a MESSAGE."""
    phone.send_message(call_id, f"{HEADER}: {_checked(header)}")


def change_mode_by_dtmf(phone: Phone, call_id: str, mode: MonitorMode | str) -> None:
    """What a plain SIP phone does: 1 listen, 2 whisper, 3 barge."""
    phone.dtmf(call_id, MODE_DIGITS[MonitorMode(mode)])
