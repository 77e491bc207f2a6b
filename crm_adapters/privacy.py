"""Keep customers' numbers and words out of log files.

Logs get shipped to support, pasted into tickets and kept for months; a phone number or a
note there is personal data leaking. Log the masked form instead: enough to tell two calls
apart ("+421*******56"), not enough to call anybody.
"""
from __future__ import annotations

import re

_COUNTRY_CODES = None


def _country_code_length(digits: str) -> int:
    """How many leading digits of an international number are its country code."""
    global _COUNTRY_CODES
    if _COUNTRY_CODES is None:
        try:
            from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

            _COUNTRY_CODES = {str(code) for code in COUNTRY_CODE_TO_REGION_CODE}
        except ImportError:  # pragma: no cover - phonenumbers is a dependency
            _COUNTRY_CODES = set()
    for length in (1, 2, 3):
        if digits[:length] in _COUNTRY_CODES:
            return length
    return min(3, len(digits))


def mask_number(s: str | None) -> str:
    """'+421905123456' -> '+421*******56'; national numbers keep only the last 2 digits.
    Letters (a SIP host, 'anonymous') are dropped, so a URI never leaks a number either."""
    if not s:
        return "<none>"
    text = str(s)
    digits = re.sub(r"\D", "", text)
    if not digits:
        return "<no digits>"
    international = bool(re.match(r"\s*(?:<?\s*(?:sips?|tel):)?\s*\+", text, re.IGNORECASE))
    if not international and digits.startswith("00") and len(digits) > 6:
        international, digits = True, digits[2:]
    if len(digits) <= 4:
        return "*" * len(digits)
    if international:
        cc = _country_code_length(digits)
        hidden = max(len(digits) - cc - 2, 0)
        return "+" + digits[:cc] + "*" * hidden + digits[cc + hidden:]
    return "*" * (len(digits) - 2) + digits[-2:]


def mask_text(s: str | None) -> str:
    """Notes and summaries in logs: only their length, never their words."""
    return f"<note: {len(s or '')} chars>"


_DIGIT_RUN = re.compile(r"(?<![\w*%])(?:%2[Bb]|\+)?\d[\d\s().\-/]{4,}\d(?![\w*])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_][\w-]*")  # a name domain; user@10.0.0.1 is a SIP address


_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# A dotted quad (an IPv4 address, maybe with :port) is an address, not a number: it stays
# readable. Not after "+", a digit or a dot, and not followed by more dotted digits.
_IPV4 = re.compile(rf"(?<![\w.+%]){_OCTET}(?:\.{_OCTET}){{3}}(?::\d{{1,5}})?(?![\w*]|\.\d)")


def scrub_numbers(text: str) -> str:
    """Mask anything in free text that looks like a phone number (7+ digits): error messages
    with a URL in them, log lines someone forgot to mask. IP addresses stay readable (IPv6
    never looks like a number: its colons split every digit run)."""
    def mask(m: re.Match[str]) -> str:
        found = re.sub(r"^%2[Bb]", "+", m.group())  # "+" URL-encoded, as in a CRM query string
        return mask_number(found) if sum(ch.isdigit() for ch in found) >= 7 else m.group()

    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    addresses: list[str] = []

    def keep(m: re.Match[str]) -> str:  # set the address aside behind a mark no digit run crosses
        addresses.append(m.group())
        return f"\x00{len(addresses) - 1}\x00"

    masked = _DIGIT_RUN.sub(mask, _IPV4.sub(keep, text))
    return re.sub(r"\x00(\d+)\x00", lambda m: addresses[int(m.group(1))], masked) if addresses else masked


def scrub(text: str) -> str:
    """Phone numbers and e-mail addresses out of free text."""
    return scrub_numbers(_EMAIL.sub("<email>", text))
