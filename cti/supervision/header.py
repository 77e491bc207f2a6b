"""The `X-Agent-Console-Monitor` header: a supervisor's signed request to join a live call.

    X-Agent-Console-Monitor: mode=listen;call=3f2a9c1d0b7e;sup=petra;role=lead;
                             exp=1764567890;nonce=Qk3x...;sig=<HMAC-SHA256, base64url>

The signature is HMAC-SHA256 with the team secret over every other field, so changing any
of them breaks it. The agent's console accepts a request only when it is well formed (at
most 1 KB, plain fields), correctly signed (constant-time compare), not expired and not
valid for longer than `MAX_AHEAD_S`, never seen before (each nonce is good once), aimed at
a call the console really has, and allowed for the person's role: a trainee may listen; a
lead may listen, whisper and barge; an agent may do none of them. Pure Python: unit-tested.

Proven roles (grants.py): the team secret alone cannot tell who asks, since every console holds
it. Where the agent's console knows the team admin's public key (a `RoleCheck`), a request must
also carry `grant=<the admin's grant for this person and role>;psig=<the person's Ed25519
signature over every other field, the team HMAC included>`; the role it claims is believed only
when the grant proves it (signed by that admin, naming the same person, not expired, not
revoked) and psig verifies with the person's key the grant names.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Collection, MutableMapping
from dataclasses import dataclass

from ..legs import MonitorMode
from . import grants

HEADER = "X-Agent-Console-Monitor"
MAX_LENGTH = 1024  # a longer header is refused unread
MAX_AHEAD_S = 300.0  # a request may be valid for five minutes at most
_FIELD = re.compile(r"^[A-Za-z0-9_.@+\-]{1,64}$")  # ids, never separators or spaces
_EXPIRY = re.compile(r"^[0-9]{1,12}$")
_SIG = re.compile(r"^[A-Za-z0-9_\-]{43}$")
_KEYS = ("mode", "call", "sup", "role", "exp", "nonce")
_PROOF = ("grant", "psig")  # optional, after sig: the person's grant and signature (grants.py)
_GRANT = re.compile(r"^[A-Za-z0-9_.\-]{1,400}$")
_PSIG = re.compile(r"^[A-Za-z0-9_\-]{86}$")

ROLE_MODES: dict[str, frozenset[MonitorMode]] = {
    "trainee": frozenset({MonitorMode.LISTEN}),
    "lead": frozenset(MonitorMode),
    "agent": frozenset(),
}

# why a request (or a mode change) was refused -> the code the console words for people
REFUSAL_CODES: dict[str, str] = {
    "missing": "monitor.missing",
    "malformed": "monitor.malformed",
    "bad_signature": "monitor.bad_signature",
    "expired": "monitor.expired",
    "too_early": "monitor.too_early",
    "replayed": "monitor.replayed",
    "unknown_call": "monitor.unknown_call",
    "role_not_allowed": "monitor.role_not_allowed",
    "too_many_calls": "monitor.too_many_calls",
    "dtmf_not_allowed": "monitor.dtmf_not_allowed",
    "wrong_session": "monitor.wrong_session",
    grants.NO_GRANT: "monitor.no_grant",
    grants.BAD_GRANT: "monitor.bad_grant",
    grants.GRANT_EXPIRED: "monitor.grant_expired",
    grants.NOT_THIS_PERSON: "monitor.not_this_person",
    grants.ROLE_NOT_GRANTED: "monitor.role_not_granted",
    grants.GRANT_REVOKED: "monitor.grant_revoked",
}


@dataclass(frozen=True)
class Verdict:
    """What `check_header` found. The fields are what the header claims (filled in as far as
    it could be read); they are proven only when `ok`."""

    ok: bool
    reason: str = ""  # "" when ok, else a key of REFUSAL_CODES
    mode: MonitorMode | None = None
    target: str = ""
    supervisor: str = ""
    role: str = ""
    expires: int = 0
    nonce: str = ""

    @property
    def code(self) -> str:
        return REFUSAL_CODES.get(self.reason, "")


def _signature(secret: bytes, fields: dict[str, str]) -> str:
    text = "agent-console-monitor/v1\n" + "\n".join(fields[k] for k in _KEYS)
    digest = hmac.new(bytes(secret), text.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def make_header(secret: bytes, mode: MonitorMode | str, target: str, supervisor: str, role: str,
                expires: float, nonce: str | None = None, grant: str = "", person_key: str = "") -> str:
    """The header's value for a supervisor asking to join `target` (the agent console's call
    id) in `mode` until `expires` (UNIX time). With `grant` (the admin's grant token) and
    `person_key` (this person's private key) the role is proven (grants.py). Raises ValueError
    for a field that cannot go in."""
    if not secret:
        raise ValueError("the team secret is empty: set it in the keyring or the environment")
    fields = {"mode": MonitorMode(mode).value, "call": target, "sup": supervisor, "role": role,
              "exp": str(int(expires)), "nonce": nonce or secrets.token_urlsafe(16)}
    for key in ("call", "sup", "role", "nonce"):
        if not _FIELD.match(fields[key]):
            raise ValueError(f"{key} {fields[key][:40]!r} must be 1-64 letters, digits or _.@+-")
    text = ";".join(f"{k}={fields[k]}" for k in _KEYS) + f";sig={_signature(secret, fields)}"
    if not grant and not person_key:
        return text
    if not _GRANT.match(grant or "") or not person_key:
        raise ValueError("a proven role needs both the grant and this person's key")
    fields.update(sig=text.rsplit("=", 1)[1], grant=grant)
    return text + f";grant={grant};psig={grants.person_signature(person_key, _signed(fields))}"


def _signed(fields: dict[str, str]) -> tuple[str, ...]:
    """What the person's signature covers: every field but itself, the team HMAC included."""
    return tuple(fields[k] for k in (*_KEYS, "sig", "grant"))


def _parse(text: str) -> dict[str, str] | None:
    fields: dict[str, str] = {}
    for part in text.strip().split(";"):
        key, sep, value = part.strip().partition("=")
        if not sep or key in fields:
            return None
        fields[key] = value.strip()
    if set(fields) not in ({*_KEYS, "sig"}, {*_KEYS, "sig", *_PROOF}):
        return None
    return fields


def check_header(text: str | None, secret: bytes, now: float,
                 seen_nonces: MutableMapping[str, float], live_call_ids: Collection[str],
                 max_ahead_s: float = MAX_AHEAD_S, roles: grants.RoleCheck | None = None) -> Verdict:
    """Check a request (see the module docstring). A correctly signed, fresh nonce is used up
    here (added to `seen_nonces`, nonce -> expiry; expired ones are dropped from it), even when
    the request is refused afterwards for its call or role. With `roles` the claimed role must
    be proven by a grant (grants.RoleCheck); without, it is believed (any holder of the team
    secret can claim any role)."""
    if not text or not text.strip():
        return Verdict(False, "missing")
    if len(text) > MAX_LENGTH:
        return Verdict(False, "malformed")
    fields = _parse(text)
    if fields is None:
        return Verdict(False, "malformed")
    plain = all(_FIELD.match(fields[k]) for k in ("call", "sup", "role", "nonce"))
    try:
        mode = MonitorMode(fields["mode"])
    except ValueError:
        mode = None
    proof_ok = "grant" not in fields or (_GRANT.match(fields["grant"]) and _PSIG.match(fields["psig"]))
    if not plain or mode is None or fields["role"] not in ROLE_MODES or not _EXPIRY.match(fields["exp"]) \
            or not _SIG.match(fields["sig"]) or not proof_ok:
        return Verdict(False, "malformed", supervisor=fields["sup"] if _FIELD.match(fields["sup"]) else "")
    claimed = dict(mode=mode, target=fields["call"], supervisor=fields["sup"], role=fields["role"],
                   expires=int(fields["exp"]), nonce=fields["nonce"])
    if not secret or not hmac.compare_digest(_signature(secret, fields), fields["sig"]):
        return Verdict(False, "bad_signature", **claimed)
    if roles is not None:
        refusal = roles.refusal(fields["sup"], fields["role"], fields.get("grant", ""), fields.get("psig", ""),
                                _signed(fields) if "grant" in fields else (), now)
        if refusal:
            return Verdict(False, refusal, **claimed)
    expires = claimed["expires"]
    if expires <= now:
        return Verdict(False, "expired", **claimed)
    if expires > now + max_ahead_s:
        return Verdict(False, "too_early", **claimed)
    for old in [n for n, exp in seen_nonces.items() if exp <= now]:
        del seen_nonces[old]  # an expired request is refused anyway: its nonce need not be kept
    if fields["nonce"] in seen_nonces:
        return Verdict(False, "replayed", **claimed)
    seen_nonces[fields["nonce"]] = float(expires)
    if fields["call"] not in live_call_ids:
        return Verdict(False, "unknown_call", **claimed)
    if mode not in ROLE_MODES[fields["role"]]:
        return Verdict(False, "role_not_allowed", **claimed)
    return Verdict(True, **claimed)


def mode_allowed(role: str, mode: MonitorMode) -> bool:
    return mode in ROLE_MODES.get(role, frozenset())
