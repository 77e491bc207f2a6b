"""Who is calling: the caller's number and name from the raw INVITE text.

Pure functions over the message text, so every odd INVITE a PBX or a prankster can send is
unit-testable without pjsua2. Order of trust (the design's rule): P-Asserted-Identity, then
Remote-Party-ID, then From — but the first two only when the INVITE came from a trusted host
(the PBX; see cti/trusted_hosts.py): anybody can write them. Anything we show an agent is
sanitised: control characters removed, length capped; nothing here raises on bad input.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from urllib.parse import unquote

from .trusted_hosts import NOBODY, TrustedHosts, source_host

MAX_NAME = 128
MAX_URI = 256
MAX_NUMBER = 64
MAX_HEADER_VALUE = 1024
MAX_X_HEADERS = 32

ANONYMOUS_USERS = {"anonymous", "unknown", "restricted", "private", "withheld", "unavailable"}
_COMPACT = {"f": "from", "t": "to"}
_NUMBER_CHARS = re.compile(r"[^0-9A-Za-z+*#._\-]")


@dataclass(frozen=True)
class CallerId:
    """What cti/ reports about the remote party of an incoming call."""

    number: str = ""
    display_name: str = ""
    remote_uri: str = ""
    withheld: bool = False
    number_source: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    trusted: bool = False  # the INVITE came from a trusted host (its PAI/RPID were believed)
    source_host: str = ""  # the address the INVITE came from ("" when unknown)


def sanitise(text: str, limit: int = MAX_NAME) -> str:
    """Printable text only (no control/format/surrogate characters), single spaces, capped."""
    if not text:
        return ""
    text = text[: limit * 8]
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co", "Cn") or cat.startswith("Z"):
            kept.append(" " if cat.startswith("Z") or ch in "\t\r\n" else "")
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())[:limit]


def split_headers(message: str) -> list[tuple[str, str]]:
    """(lower-case name, value) pairs of the header section, folded lines joined."""
    head = re.split(r"\r?\n\r?\n", message or "", maxsplit=1)[0]
    lines = re.split(r"\r?\n", head)[1:]  # skip the request line
    out: list[tuple[str, str]] = []
    for line in lines:
        if line[:1] in (" ", "\t") and out:
            name, value = out[-1]
            out[-1] = (name, value + " " + line.strip())
            continue
        name, sep, value = line.partition(":")
        if not sep:
            continue
        name = name.strip().lower()
        out.append((_COMPACT.get(name, name), value.strip()))
    return out


def _split_top_commas(value: str) -> list[str]:
    """Split a header value on commas that are outside quotes and <...>."""
    parts, cur, quoted, angle, escaped = [], [], False, 0, False
    for ch in value:
        if escaped:
            cur.append(ch)
            escaped = False
            continue
        if ch == "\\" and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == "<" and not quoted:
            angle += 1
        elif ch == ">" and not quoted and angle:
            angle -= 1
        elif ch == "," and not quoted and not angle:
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def parse_name_addr(value: str) -> tuple[str, str] | None:
    """'"Name" <sip:u@h>;tag=x' -> (display name, uri). None if there is no usable URI."""
    value = (value or "").strip()
    m = re.match(r'^\s*"((?:[^"\\]|\\.)*)"\s*<([^>]*)>', value)
    if m:
        return re.sub(r"\\(.)", r"\1", m.group(1)), m.group(2).strip()
    m = re.match(r"^\s*([^<\"]*)<([^>]*)>", value)
    if m:
        return m.group(1).strip(), m.group(2).strip()
    if "<" in value or '"' in value:
        return None
    uri = value.split(";", 1)[0].strip()  # addr-spec: params after it belong to the header
    return ("", uri) if uri else None


def uri_user(uri: str) -> tuple[str, str, str] | None:
    """(scheme, user, host) of a sip:/sips:/tel: URI; user "" when there is none."""
    m = re.match(r"^\s*(sips?|tel)\s*:(.*)$", uri or "", re.IGNORECASE | re.DOTALL)
    if not m:
        return None
    scheme, rest = m.group(1).lower(), m.group(2)
    if scheme == "tel":
        return scheme, rest.split(";", 1)[0].strip(), ""
    if "@" in rest:
        user, host = rest.rsplit("@", 1)
        user = user.split(":", 1)[0]  # drop a password
    else:
        user, host = "", rest
    user = user.split(";", 1)[0]  # user params such as ;isub= or ;phone-context
    host = re.split(r"[;?>]", host, 1)[0]
    return scheme, user.strip(), host.strip()


def clean_number(user: str) -> str:
    """The number as received, minus URL escapes and characters no dial plan uses."""
    try:
        user = unquote(user)
    except Exception:  # noqa: BLE001 - never let a weird escape stop the ring
        pass
    user = user.replace(" ", "").replace("(", "").replace(")", "")
    return _NUMBER_CHARS.sub("", user)[:MAX_NUMBER]


def _identity(value: str) -> tuple[str, str, bool] | None:
    """(display name, uri, withheld) for one header value; None when unusable."""
    best = None
    for part in _split_top_commas(value):
        parsed = parse_name_addr(part)
        if not parsed:
            continue
        name, uri = parsed
        parts = uri_user(uri)
        if not parts:
            continue
        _scheme, user, host = parts
        withheld = (
            not user
            or clean_number(user).lower() in ANONYMOUS_USERS
            or host.lower().startswith("anonymous.invalid")
        )
        candidate = (name, uri, withheld)
        if not withheld and clean_number(user):
            return candidate
        best = best or candidate
    return best


def parse_caller(message: str, source: str = "", trusted: TrustedHosts = NOBODY) -> CallerId:
    """Caller number, name, withheld flag and X-* headers from a raw INVITE. Never raises.

    `source` is where the INVITE came from ("ip:port"); P-Asserted-Identity and
    Remote-Party-ID count only when `trusted` covers it, otherwise the number is From's."""
    host = ""
    try:
        host = source_host(source)
        believed = trusted.trusts(source)
        return replace(_parse_caller(message, believed), trusted=believed, source_host=host)
    except Exception:  # noqa: BLE001 - a malformed INVITE must still ring
        return CallerId(source_host=host)


def _parse_caller(message: str, believe_asserted: bool = False) -> CallerId:
    headers = split_headers(message)
    values: dict[str, list[str]] = {}
    x_headers: dict[str, str] = {}
    for name, value in headers:
        values.setdefault(name, []).append(value)
        if name.startswith("x-") and len(x_headers) < MAX_X_HEADERS:
            original = _original_name(message, name)
            x_headers[sanitise(original, 64)] = sanitise(value, MAX_HEADER_VALUE)
    privacy = ",".join(values.get("privacy", [])).lower()
    privacy_id = any(p.strip() in ("id", "user", "header") for p in re.split(r"[;,]", privacy))
    from_identity = _identity(",".join(values.get("from", [])[:1]))
    from_name = from_identity[0] if from_identity else ""
    for header, source in (
        ("p-asserted-identity", "P-Asserted-Identity"),
        ("remote-party-id", "Remote-Party-ID"),
        ("from", "From"),
    ):
        if header not in values or (header != "from" and not believe_asserted):
            continue
        ident = _identity(",".join(values[header]))
        if not ident:
            continue
        name, uri, withheld = ident
        name = name or from_name
        if withheld or privacy_id:
            shown = "" if clean_number(name).lower() in ANONYMOUS_USERS else sanitise(name)
            return CallerId("", shown, sanitise(uri, MAX_URI), True, source, x_headers)
        _scheme, user, _host = uri_user(uri) or ("", "", "")
        return CallerId(
            clean_number(user), sanitise(name), sanitise(uri, MAX_URI), False, source, x_headers
        )
    return CallerId("", sanitise(from_name), "", True, "", x_headers)


def _original_name(message: str, lower_name: str) -> str:
    """The X- header's name with its original capitalisation."""
    m = re.search(r"(?im)^(" + re.escape(lower_name) + r")\s*:", message)
    return m.group(1) if m else lower_name


def masked(number: str) -> str:
    """A number fit for logs: "+421*******67" -- the country code and the last two digits.

    cti's own masking (it imports nothing from crm_adapters); letters such as a SIP host or
    "anonymous" are dropped, so a URI never leaks a number either."""
    digits = re.sub(r"\D", "", number or "")
    if not digits:
        return ""
    if len(digits) <= 4:
        return "*" * len(digits)
    if not re.match(r"\s*(?:<?\s*(?:sips?|tel):)?\s*\+", number, re.IGNORECASE):
        return "*" * (len(digits) - 2) + digits[-2:]
    cc = _country_code_length(digits)
    hidden = max(len(digits) - cc - 2, 0)
    return "+" + digits[:cc] + "*" * hidden + digits[cc + hidden:]


def _country_code_length(digits: str) -> int:
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    for length in (1, 2, 3):
        if int(digits[:length]) in COUNTRY_CODE_TO_REGION_CODE:
            return length
    return min(3, len(digits))
