"""Proven roles for supervision: who is a team lead is signed by the team's admin, not claimed.

Every console holds the team secret (it must, to check requests), so the secret alone cannot
prove who is asking nor in which role. Here each person has an Ed25519 key pair of their own,
and the team's admin signs a *grant*: "this person, with this public key, is a lead (or a
trainee) until then". A supervisor's request carries the grant and is signed with the person's
private key as well (``psig``), so a colleague who copies a lead's grant off the network still
cannot use it.

    grant = base64url("agent-console-grant/v1\\n" person \\n role \\n public key \\n issued \\n expires)
            "." base64url(admin's Ed25519 signature of those bytes)

Keys travel as base64url of their 32 raw bytes (43 characters); signatures as 86 characters.
A revocation ("every grant of this person issued up to then is void") is signed by the admin
too, so nobody with mere write access to the team store can revoke a lead. Pure Python (the
``cryptography`` package); no Qt, no I/O: the console passes the keys and the revoked list in.
"""
from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

GRANT_ROLES = ("lead", "trainee")
MAX_TOKEN = 400  # a longer grant is refused unread (the longest real one is about 300 characters)
KEY_CHARS, SIG_CHARS = 43, 86
_KEY = re.compile(r"^[A-Za-z0-9_\-]{43}$")
_SIG = re.compile(r"^[A-Za-z0-9_\-]{86}$")
_TOKEN = re.compile(r"^([A-Za-z0-9_\-]{1,300})\.([A-Za-z0-9_\-]{86})$")
_PERSON = re.compile(r"^[A-Za-z0-9_.@+\-]{1,64}$")  # as header._FIELD: an agent id
_TIME = re.compile(r"^[0-9]{1,12}$")
_GRANT_TAG, _PERSON_TAG, _REVOKE_TAG = "agent-console-grant/v1", "agent-console-monitor-person/v1", \
    "agent-console-revocation/v1"

# why a grant did not prove the role claimed -> header.REFUSAL_CODES keys
NO_GRANT, BAD_GRANT, GRANT_EXPIRED, NOT_THIS_PERSON, ROLE_NOT_GRANTED, GRANT_REVOKED = (
    "no_grant", "bad_grant", "grant_expired", "not_this_person", "role_not_granted", "grant_revoked")


class GrantError(ValueError):
    """A grant or key that cannot be used; ``reason`` is one of the constants above."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(text)
        self.reason = reason


@dataclass(frozen=True)
class Grant:
    person: str
    role: str
    public_key: str  # the person's, base64url
    issued: int  # UNIX time
    expires: int
    token: str


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_private_key() -> str:
    """A new Ed25519 private key (base64url of its 32 raw bytes): a secret, keyring only."""
    from cryptography.hazmat.primitives import serialization as s

    raw = Ed25519PrivateKey.generate().private_bytes(s.Encoding.Raw, s.PrivateFormat.Raw, s.NoEncryption())
    return _b64(raw)


def _private(text: str) -> Ed25519PrivateKey:
    if not _KEY.match(text or ""):
        raise GrantError(BAD_GRANT, "a private key is 43 characters of base64url")
    return Ed25519PrivateKey.from_private_bytes(_unb64(text))


def _public(text: str) -> Ed25519PublicKey:
    if not _KEY.match(text or ""):
        raise GrantError(BAD_GRANT, "a public key is 43 characters of base64url")
    try:
        return Ed25519PublicKey.from_public_bytes(_unb64(text))
    except (ValueError, binascii.Error):
        raise GrantError(BAD_GRANT, "not an Ed25519 public key") from None


def public_key_of(private_key: str) -> str:
    from cryptography.hazmat.primitives import serialization as s

    return _b64(_private(private_key).public_key().public_bytes(s.Encoding.Raw, s.PublicFormat.Raw))


def check_person(person: str) -> str:
    """``person`` if it can be named in a grant (an agent id); else GrantError("bad_person")."""
    if not _PERSON.match(person or ""):
        raise GrantError("bad_person", f"the person {person[:40]!r} must be 1-64 letters, digits or _.@+-")
    return person


def check_public_key(text: str) -> str:
    """``text`` if it is an Ed25519 public key as this module writes them; else GrantError."""
    _public(text)
    return text


def _signed_by(key: Ed25519PublicKey, data: bytes, signature: str) -> bool:
    if not _SIG.match(signature or ""):
        return False
    try:
        key.verify(_unb64(signature), data)
        return True
    except (InvalidSignature, ValueError, binascii.Error):
        return False


# -- grants --------------------------------------------------------------------------------------
def make_grant(admin_private_key: str, person: str, role: str, public_key: str, issued: float,
               expires: float) -> str:
    """The admin's grant token (see the module docstring). ValueError for a field that cannot go in."""
    check_person(person)
    if role not in GRANT_ROLES:
        raise GrantError(BAD_GRANT, f"the role must be one of {', '.join(GRANT_ROLES)}")
    check_public_key(public_key)
    if int(expires) <= int(issued):
        raise GrantError(BAD_GRANT, "the grant must expire after it is issued")
    payload = "\n".join((_GRANT_TAG, person, role, public_key, str(int(issued)), str(int(expires)))).encode("ascii")
    return f"{_b64(payload)}.{_b64(_private(admin_private_key).sign(payload))}"


def read_grant(token: str, admin_public_key: str | Ed25519PublicKey | None) -> Grant:
    """The grant in ``token``, checked against the admin's public key (None: only read, not
    checked, for showing what a token says). GrantError(BAD_GRANT) when it is malformed, forged,
    tampered with or signed by another key. Whether it has expired is the caller's question."""
    if not token or len(token) > MAX_TOKEN or not (m := _TOKEN.match(token)):
        raise GrantError(BAD_GRANT, "the grant cannot be read")
    try:
        payload = _unb64(m.group(1))
        tag, person, role, public_key, issued, expires = payload.decode("ascii").split("\n")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise GrantError(BAD_GRANT, "the grant cannot be read") from None
    if tag != _GRANT_TAG or not _PERSON.match(person) or role not in GRANT_ROLES or not _KEY.match(public_key) \
            or not _TIME.match(issued) or not _TIME.match(expires):
        raise GrantError(BAD_GRANT, "the grant cannot be read")
    if admin_public_key is not None:
        admin = admin_public_key if isinstance(admin_public_key, Ed25519PublicKey) else _public(admin_public_key)
        if not _signed_by(admin, payload, m.group(2)):
            raise GrantError(BAD_GRANT, "the grant is not signed by this team's admin key")
    return Grant(person, role, public_key, int(issued), int(expires), token)


# -- the person's signature over a request ------------------------------------------------------
def person_signature(private_key: str, fields: tuple[str, ...]) -> str:
    return _b64(_private(private_key).sign(_person_text(fields)))


def _person_text(fields: tuple[str, ...]) -> bytes:
    return "\n".join((_PERSON_TAG, *fields)).encode("utf-8")


# -- revocations ---------------------------------------------------------------------------------
def revocation_signature(admin_private_key: str, person: str, at: int) -> str:
    return _b64(_private(admin_private_key).sign(f"{_REVOKE_TAG}\n{person}\n{int(at)}".encode("utf-8")))


def revocation_valid(admin_public_key: Ed25519PublicKey | str, person: str, at: int, signature: str) -> bool:
    admin = admin_public_key if isinstance(admin_public_key, Ed25519PublicKey) else _public(admin_public_key)
    return _signed_by(admin, f"{_REVOKE_TAG}\n{person}\n{int(at)}".encode("utf-8"), signature)


class RoleCheck:
    """What the agent's console needs to believe a role: the admin's public key (``[supervision]
    roles_key``) and the revoked people (person -> revoked at; grants issued up to then are void).

    ``revoked`` is replaced whole by the console's team lane and read on the SIP thread (one
    attribute read: no lock needed). A roles key that is not a key refuses every request."""

    def __init__(self, admin_public_key: str, revoked: Mapping[str, int] | None = None) -> None:
        self.admin_public_key = admin_public_key
        try:
            self._admin: Ed25519PublicKey | None = _public(admin_public_key)
        except GrantError:
            self._admin = None
        self.revoked: Mapping[str, int] = dict(revoked or {})

    @property
    def usable(self) -> bool:
        return self._admin is not None

    def refusal(self, supervisor: str, role: str, grant: str, psig: str, signed: tuple[str, ...],
                now: float) -> str:
        """"" when ``grant`` proves that ``supervisor`` holds ``role`` now and ``psig`` is that
        person's signature over ``signed``; else why not (a constant above)."""
        if not grant or not psig:
            return NO_GRANT
        if self._admin is None:
            return BAD_GRANT
        try:
            g = read_grant(grant, self._admin)
        except GrantError as exc:
            return exc.reason
        if g.person != supervisor:
            return NOT_THIS_PERSON
        try:
            person_key = _public(g.public_key)
        except GrantError:
            return BAD_GRANT
        if not _signed_by(person_key, _person_text(signed), psig):
            return NOT_THIS_PERSON
        if g.role != role:
            return ROLE_NOT_GRANTED
        if g.expires <= now:
            return GRANT_EXPIRED
        revoked_at = self.revoked.get(g.person)
        if revoked_at is not None and g.issued <= revoked_at:
            return GRANT_REVOKED
        return ""


# the reason phrase of an INVITE refused for its grant (session.PHRASES: English, for the phone)
GRANT_PHRASES = {
    NO_GRANT: "The supervisor's role is not proven by a grant",
    BAD_GRANT: "The supervisor's grant is not signed by this team's admin",
    GRANT_EXPIRED: "The supervisor's grant has expired",
    NOT_THIS_PERSON: "The grant belongs to someone else",
    ROLE_NOT_GRANTED: "The grant does not give this role",
    GRANT_REVOKED: "The supervisor's grant was revoked",
}
