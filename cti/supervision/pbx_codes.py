"""Supervision by the PBX: the feature codes a lead's console dials instead of joining the
agent's bridge itself (``[supervision] strategy = "pbx"``).

A site's PBX offers one code per mode, such as Asterisk ChanSpy behind ``*222<ext>`` (listen),
``*223<ext>`` (whisper) and ``*224<ext>`` (barge), and may switch modes during a session by
DTMF (ChanSpy's ``4``/``5``/``6``). Here a mode and the agent's extension become the URI to dial
through the registrar (``sip:*222101@pbx.example.com``) and a switch the keys to send.

Codes come from the config file and extensions from the team store (another console wrote
them): both are checked here, so nothing but digits, ``*``, ``#`` and a plain extension ever
reaches a Request-URI. Plain Python, no pjsua2: the config reads it too.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..legs import MonitorMode

MODES = tuple(m.value for m in MonitorMode)
EXT = "{ext}"
MAX_CODE = 32  # characters in a code, {ext} counted as written
MAX_EXTENSION = 32
MAX_KEYS = 8  # DTMF digits for one switch
DEFAULT_CODES = {"listen": "*222{ext}", "whisper": "*223{ext}", "barge": "*224{ext}"}

_CODE = re.compile(r"(?:[0-9*#]|\{ext\})+")
_KEYS = re.compile(r"[0-9*#]+")
_EXTENSION = re.compile(r"[0-9A-Za-z_.\-]+")  # never ; @ : % spaces quotes or < >: nothing that ends a user part
_DOMAIN = re.compile(r"(\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9_.\-]{1,253})(?::(\d{1,5}))?")
_SIP_USER = re.compile(r"sips?:([^@]*)@[^@]+", re.IGNORECASE)  # one user, one host


class PbxCodeError(ValueError):
    """A code, an extension or an address that must not be dialled; ``code`` and ``params``
    for the console's sentence, ``str()`` in English for logs."""

    def __init__(self, message: str, code: str, params: Mapping[str, str]) -> None:
        super().__init__(message)
        self.code = code
        self.params = dict(params)


def check_code(mode: str, code: str) -> str:
    """A mode's feature code as written in the config: digits, *, # and {ext} exactly once, at
    most MAX_CODE characters; "" = the PBX offers no such mode."""
    if code == "":
        return code
    if len(code) > MAX_CODE or not _CODE.fullmatch(code) or code.count(EXT) != 1:
        raise PbxCodeError(f"the {mode} code {code[:40]!r} is not digits, *, # with {EXT} once (at most "
                           f"{MAX_CODE} characters)", code="pbx.bad_code", params={"mode": mode, "code": code[:40]})
    return code


def check_keys(mode: str, keys: str) -> str:
    """The DTMF digits that switch a running session to `mode` (0-9, * and #, at most MAX_KEYS)."""
    if len(keys) > MAX_KEYS or not _KEYS.fullmatch(keys):
        raise PbxCodeError(f"the key to switch to {mode} ({keys[:20]!r}) is not 1 to {MAX_KEYS} of 0-9, *, #",
                           code="pbx.bad_keys", params={"mode": mode, "keys": keys[:20]})
    return keys


@dataclass(frozen=True)
class PbxCodes:
    """What a site's PBX offers: a feature code per mode, and the keys that switch modes during
    a session (none = switching is not offered). Checked when made."""

    codes: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_CODES))
    switch_keys: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for mode in self.codes:
            if mode not in MODES:
                raise PbxCodeError(f"{mode[:20]!r} is not a supervision mode", code="pbx.unknown_mode",
                                   params={"mode": mode[:20]})
            check_code(mode, self.codes[mode])
        for mode, keys in self.switch_keys.items():
            if mode not in MODES:
                raise PbxCodeError(f"{mode[:20]!r} is not a supervision mode", code="pbx.unknown_mode",
                                   params={"mode": mode[:20]})
            check_keys(mode, keys)

    def offers(self, mode: str) -> bool:
        return bool(self.codes.get(mode, ""))


def check_extension(extension: str, agent: str = "") -> str:
    """An agent's extension as the team store has it: 1 to MAX_EXTENSION letters, digits, . - _."""
    if not (0 < len(extension) <= MAX_EXTENSION) or not _EXTENSION.fullmatch(extension):
        raise PbxCodeError(f"extension {extension[:40]!r} cannot be dialled (letters, digits, . - _ only)",
                           code="pbx.bad_extension", params={"agent": agent[:64], "extension": extension[:40]})
    return extension


def extension_of(sip_uri: str, agent: str = "") -> str:
    """The agent's extension: the user part of the address their console published
    (``sip:101@pbx.example.com`` -> ``101``; the console registers as ``[sip] user``)."""
    m = _SIP_USER.fullmatch((sip_uri or "").strip())
    return check_extension(m.group(1) if m else "", agent)


def pbx_domain(registrar: str, domain: str = "") -> str:
    """Where feature codes go: ``[sip] domain``, else the registrar's host[:port]."""
    text = domain.strip() or re.sub(r"^sips?:", "", registrar.strip(), flags=re.IGNORECASE)
    text = text.split(";", 1)[0].split("@")[-1]
    if not text:
        raise PbxCodeError("no registrar: feature codes have no PBX to go to", code="pbx.no_registrar", params={})
    m = _DOMAIN.fullmatch(text)
    if m is None or (m.group(2) is not None and not 0 < int(m.group(2)) <= 65535):
        raise PbxCodeError(f"{text[:60]!r} is not a PBX address (host or host:port)", code="pbx.bad_domain",
                           params={"domain": text[:60]})
    return text


def dial_uri(codes: PbxCodes, mode: str, extension: str, domain: str, agent: str = "") -> str:
    """The URI that starts a session in `mode` on `extension`'s calls: ``sip:*222101@domain``
    ('#' written %23, as SIP wants it in a user part)."""
    if mode not in MODES or not codes.offers(mode):
        raise PbxCodeError(f"the PBX has no code for {mode[:20]!r}", code="pbx.mode_off", params={"mode": mode[:20]})
    user = codes.codes[mode].replace(EXT, check_extension(extension, agent))
    if not _DOMAIN.fullmatch(domain or ""):
        raise PbxCodeError(f"{(domain or '')[:60]!r} is not a PBX address", code="pbx.bad_domain",
                           params={"domain": (domain or "")[:60]})
    return f"sip:{user.replace('#', '%23')}@{domain}"


def switch_keys(codes: PbxCodes, mode: str) -> str:
    """The DTMF that switches a running session to `mode`."""
    keys = codes.switch_keys.get(mode, "")
    if not keys:
        raise PbxCodeError(f"the PBX has no key to switch to {mode[:20]!r}", code="pbx.no_switch",
                           params={"mode": mode[:20]})
    return keys


def call_problem(status: int, reason: str, dialled: str) -> PbxCodeError:
    """Why the PBX did not start a session: the call to the feature code ended unanswered with
    SIP `status` (0 = no answer at all)."""
    params = {"dialled": dialled[:40], "status": str(status), "reason": reason[:80]}
    if status in (0, 408, 480, 487):  # (487: we gave up waiting)
        return PbxCodeError(f"the PBX did not answer {dialled[:40]}", code="pbx.no_answer",
                            params={"dialled": dialled[:40]})
    if status in (404, 484, 604):
        return PbxCodeError(f"the PBX does not know {dialled[:40]} ({status})", code="pbx.unknown_code",
                            params={"dialled": dialled[:40], "status": str(status)})
    if status in (401, 403, 407):
        return PbxCodeError(f"the PBX does not let this phone dial {dialled[:40]} ({status})", code="pbx.forbidden",
                            params={"dialled": dialled[:40], "status": str(status)})
    return PbxCodeError(f"the PBX refused {dialled[:40]}: {reason[:80]} ({status})", code="pbx.refused",
                        params=params)


def dialled_code(codes: PbxCodes, mode: str, extension: str) -> str:
    """What the PBX sees as the request's user (``*222101``): for the log, the audit, the test."""
    return codes.codes[mode].replace(EXT, check_extension(extension))
