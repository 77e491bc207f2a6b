"""Turn a phone number however it was written or received into one comparable key (E.164).

Why: the same customer arrives as ``0905 123 456`` in the CRM, ``+421905123456`` in a
P-Asserted-Identity header, ``sip:00421905123456@pbx`` from a trunk and ``8-10-421 905 ...``
typed by a Russian colleague. Matching only works if all of them become ``+421905123456``.
Everything here is pure and never raises on bad input: garbage gives ``e164=None``.
"""
from __future__ import annotations

import functools
import re
import unicodedata

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from crm_adapters.vocabulary import NumberInfo

# What carriers and PBXs put in From/PAI when the caller hides the number.
WITHHELD_WORDS = frozenset(
    {
        "",
        "anonymous",
        "restricted",
        "unavailable",
        "unknown",
        "private",
        "withheld",
        "anonymous.invalid",
        "unknown number",
        "private number",
        "number withheld",
        "no caller id",
        "blocked",
    }
)

MAX_INPUT_CHARS = 256  # anything longer is not a phone number; keeps the parser cheap

_TYPE_NAMES = {value: name.lower() for name, value in vars(PhoneNumberType).items() if name.isupper()}
_ANGLE = re.compile(r"<([^<>]*)>")
_URI_SCHEME = re.compile(r"^\s*<?\s*(sips?|tel):", re.IGNORECASE)
_UK_STYLE_ZERO = re.compile(r"^(\s*(?:\+|00)\s*\d{1,3}[\s.\-]*)\(\s*0\s*\)")
_RU_INTERNATIONAL = re.compile(r"^\s*8\s*[-.\s]?\s*10\s*[-.\s]?\s*(?=[1-9])")
_EXTENSION = re.compile(r"\s*(?:ext\.?|x|kl\.?|доб\.?|#)\s*\d{1,6}\s*$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]{2,}")
_ALLOWED = re.compile(r"[^0-9+]")


def _unwrap(raw: str) -> str:
    """Peel display names, angle brackets, SIP/tel URI schemes, hosts and parameters off."""
    text = raw.strip()
    match = _ANGLE.search(text)
    if match:  # '"Ján Kováč" <sip:0905123456@pbx>' -> 'sip:0905123456@pbx'
        text = match.group(1).strip()
    scheme = _URI_SCHEME.match(text)
    if scheme:
        text = text[scheme.end():]
        text = text.split("@", 1)[0]  # user part only
        text = text.split(";", 1)[0]  # drop ;user=phone, ;phone-context=..., ;isub=...
        text = text.split("?", 1)[0]  # drop URI headers
        text = text.split(":", 1)[0]  # 'user:password' never carries the number in the password
    elif "@" in text:  # bare 'user@host'
        text = text.split("@", 1)[0]
    return text.strip().strip('"').strip()


def _is_withheld(text: str) -> bool:
    word = text.strip().strip('"').strip().lower()
    return word in WITHHELD_WORDS


def _unknown(raw: str, withheld: bool = False) -> NumberInfo:
    return NumberInfo(raw=raw, e164=None, withheld=withheld)


def _prepare(raw: str, default_region: str) -> tuple[str, str] | None:
    """(cleaned text, region) ready for parsing; None when withheld or hopeless."""
    if len(raw) > MAX_INPUT_CHARS or _is_withheld(raw):
        return None
    text = _unwrap(raw)
    if not text or _is_withheld(text):
        return None
    text = unicodedata.normalize("NFKC", text)  # full-width digits, odd spaces
    text = _UK_STYLE_ZERO.sub(r"\1", text)  # "+44 (0) 20 ..." -> "+44 20 ..."
    return text, (default_region or "").strip().upper() or "ZZ"


def _withheld(raw: str) -> bool:
    """A withheld word, or a SIP/tel URI with an empty user part ("sip:@pbx")."""
    if _is_withheld(raw):
        return True
    inner = _unwrap(raw)
    if inner:
        return _is_withheld(inner)
    return bool(re.search(r"(sips?|tel):", raw, re.IGNORECASE))


def parse_number(raw: str, default_region: str = "SK") -> tuple[phonenumbers.PhoneNumber, bool] | None:
    """(parsed number, is_valid) or None: the common core of :func:`normalise` and :func:`to_e164`."""
    prepared = _prepare(raw, default_region)
    if prepared is None:
        return None
    text, region = prepared
    found = _parse(text, region)
    if found is None and _RU_INTERNATIONAL.match(text):
        # "8-10-421 ..." is the ex-Soviet international prefix; phonenumbers knows it only when
        # the default region is RU/KZ/..., so a Russian-speaking agent elsewhere gets a second try
        found = _parse("+" + _RU_INTERNATIONAL.sub("", text), region)
    return found


def to_e164(raw: str, default_region: str = "SK") -> str | None:
    """Only the E.164 key (what the importer stores): several times cheaper than normalise()."""
    try:
        found = parse_number(str(raw or ""), default_region)
    except Exception:  # noqa: BLE001 - a phone field must never crash an import
        return None
    return phonenumbers.format_number(found[0], PhoneNumberFormat.E164) if found else None


def normalise(raw: str, default_region: str = "SK") -> NumberInfo:
    """What ``raw`` is as a phone number; ``default_region`` applies to numbers without a
    country code ("0905 123 456" in Slovakia). Never raises.

    A ringing call's number is normalised by the desk, the after-call notes and the lookup
    chain; the answer is remembered (NumberInfo is immutable) so only the first pays."""
    if raw is None or not isinstance(raw, str) or not isinstance(default_region, str):
        return _normalise(raw, default_region)
    return _normalise_cached(raw, default_region)


@functools.lru_cache(maxsize=512)
def _normalise_cached(raw: str, default_region: str) -> NumberInfo:
    return _normalise(raw, default_region)


def _normalise(raw: str, default_region: str) -> NumberInfo:
    if raw is None:
        return _unknown("", withheld=True)
    raw = str(raw)
    try:
        found = parse_number(raw, default_region)
    except Exception:  # noqa: BLE001 - defensive: phonenumbers on hostile input
        found = None
    if found is None:
        return _unknown(raw, withheld=len(raw) <= MAX_INPUT_CHARS and _withheld(raw))
    parsed, valid = found
    line_type = _TYPE_NAMES.get(phonenumbers.number_type(parsed), "unknown") if valid else "unknown"
    return NumberInfo(
        raw=raw,
        e164=phonenumbers.format_number(parsed, PhoneNumberFormat.E164),
        national=phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL),
        international=phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL),
        region=phonenumbers.region_code_for_number(parsed) or "",
        line_type=line_type,
    )


def _parse(text: str, region: str) -> tuple[phonenumbers.PhoneNumber, bool] | None:
    text = _EXTENSION.sub("", text)  # "0905 123 456 ext. 12": the customer is the main number
    if _WORDS.search(text):  # words ("call me at ...") are not a number field
        return None
    digits = _ALLOWED.sub("", text)
    if not any(ch.isdigit() for ch in digits) or "+" in digits[1:]:
        return None
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if len(digits.lstrip("+")) < 5:  # extensions and short codes are not customers
        return None
    try:
        parsed = phonenumbers.parse(digits, None if digits.startswith("+") else region)
    except NumberParseException:
        return None
    if phonenumbers.is_valid_number(parsed):
        return parsed, True
    # Numbers of exactly the right length in a known country are kept too: new ranges appear
    # before the metadata knows them, and a CRM must still store and match them.
    if phonenumbers.region_code_for_country_code(parsed.country_code) in (None, "", "ZZ"):
        return None
    if parsed.italian_leading_zero or len(phonenumbers.national_significant_number(parsed)) < 7:
        return None  # "0905 12": a trunk 0 left over means a typo, not a new range
    if phonenumbers.is_possible_number_with_reason(parsed) == phonenumbers.ValidationResult.IS_POSSIBLE:
        return parsed, False
    return None


def lookup_keys(info: NumberInfo) -> list[str]:
    """Ways a CRM may have stored this number, best first, for adapters that can only search
    by exact text: E.164, without '+', with '00', national digits, national significant number."""
    if not info.e164:
        return []
    keys = [info.e164, info.e164[1:], "00" + info.e164[1:]]
    national_digits = re.sub(r"\D", "", info.national)
    if national_digits:
        keys.append(national_digits)
    try:
        nsn = phonenumbers.national_significant_number(phonenumbers.parse(info.e164, None))
        keys.append(nsn)
    except NumberParseException:
        pass
    seen: set[str] = set()
    return [k for k in keys if not (k in seen or seen.add(k))]
