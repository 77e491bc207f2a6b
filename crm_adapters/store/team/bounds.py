"""Values written to the team store come from other consoles: bounded and plain before they
are stored, and again when read (a console of another version may have written anything)."""
from __future__ import annotations

import json
import re

NAME = 200  # an agent's or a customer's name, a reason
KEY = 200  # ids: agent, call, SIP Call-ID, request
NUMBER = 64
URI = 300
NOTES = 20_000  # a hand-off's notes
CUSTOMER_JSON = 4_000  # a hand-off's customer link {"id", "name", "crm", "link"}

# every control character (C0, DEL, C1), lone surrogates and the invisible bidi overrides;
# notes keep their line breaks and tabs
_LINE_JUNK = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_TEXT_JUNK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def line(value: object, limit: int = NAME) -> str:
    """One line of plain text, at most ``limit`` characters (a cut one ends in "…")."""
    return _bounded(value, limit, _LINE_JUNK)


def text(value: object, limit: int = NOTES) -> str:
    """Plain text that keeps its line breaks (notes), at most ``limit`` characters."""
    return _bounded(value, limit, _TEXT_JUNK).replace("\r\n", "\n")


def _bounded(value: object, limit: int, junk: re.Pattern) -> str:
    if value is None:
        return ""
    s = value if isinstance(value, str) else str(value)
    s = junk.sub("", s[: limit * 2 + 16])  # never scan more than can be kept
    return s if len(s) <= limit else s[: limit - 1] + "…"


def moment(value: object) -> float:
    """A UNIX time (or a duration) as a finite float; anything else is 0."""
    try:
        f = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return f if f == f and abs(f) < 1e11 else 0.0


def customer(value: object) -> dict:
    """A hand-off's customer link: a few short text fields, nothing nested."""
    if not isinstance(value, dict):
        return {}
    out: dict[str, str] = {}
    for k, v in list(value.items())[:16]:
        if isinstance(v, (str, int, float)) and not isinstance(v, bool):
            out[line(k, 40)] = line(v, 500)
    while len(json.dumps(out, ensure_ascii=False)) > CUSTOMER_JSON and out:
        out.popitem()
    return out


def customer_from_json(raw: str | None) -> dict:
    try:
        return customer(json.loads((raw or "{}")[:CUSTOMER_JSON * 2]))
    except ValueError:
        return {}


def ids(values: object, limit: int = 500) -> tuple[str, ...]:
    """A list of agent ids (who rings, who supervises): unique, short, at most ``limit``."""
    if isinstance(values, str) or not isinstance(values, (list, tuple, set, frozenset)):
        return ()
    out: list[str] = []
    for v in list(values)[:limit]:
        v = line(v, KEY)
        if v and v not in out:
            out.append(v)
    return tuple(out)


def ids_from_json(raw: str | None) -> tuple[str, ...]:
    try:
        return ids(json.loads((raw or "[]")[:200_000]))
    except ValueError:
        return ()


def digits_key(number: str) -> str:
    """What two spellings of one number share: its last nine digits ("+421 905 123 456" and
    "0905123456" match)."""
    return "".join(ch for ch in number if ch.isdigit())[-9:]
