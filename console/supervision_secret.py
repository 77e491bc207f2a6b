"""The team secret that signs supervision requests, and the keys that prove a supervisor's role:
where they come from, and what is said when they are missing. Light on purpose (doctor and
status read it without loading the phone); `cryptography` is imported only when keys are used.

- the team secret (``AGENT_CONSOLE_SECRET_TEAM`` or the keyring entry agent-console/team);
- this person's Ed25519 key (``…_SUPERVISION_KEY`` / agent-console/supervision_key) and the
  admin's grant of their role (``…_SUPERVISION_GRANT`` / agent-console/supervision_grant): a
  lead's or a trainee's console adds both to its requests (`my_proof`);
- the team admin's key (``…_ROLES_ADMIN`` / agent-console/roles_admin), used only by
  `agent-console supervision grant|revoke`;
- ``[supervision] roles_key`` (the admin's public key) makes the agent's console believe only
  proven roles (`role_check`); revocations from the team store are checked against it here
  (`proven_revocations`, on the team lane), the SIP thread reads the result.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

log = logging.getLogger(__name__)

SECRET_NAME = "team"  # console.secrets: AGENT_CONSOLE_SECRET_TEAM, or the keyring entry agent-console/team
NO_SECRET, NO_SECRET_CODE = "no_team_secret", "monitor.no_team_secret"
NO_SECRET_HELP = ("no team secret: nobody can supervise this console's calls and it cannot supervise others; store "
                  "it in the keyring (agent-console / team) or AGENT_CONSOLE_SECRET_TEAM")

PERSON_KEY_NAME = "supervision_key"  # this person's private key
GRANT_NAME = "supervision_grant"  # the admin's grant of this person's role
ADMIN_KEY_NAME = "roles_admin"  # the team admin's private key (grant, revoke)
ROLES_NOT_PROVEN_CODE = "monitor.roles_not_proven"
ROLES_NOT_PROVEN_HELP = ("anyone with the team secret can claim to be a lead; set [supervision] roles_key to the team "
                         "admin's public key (agent-console supervision admin-keygen prints it)")


def my_proof(me: str, role: str) -> dict[str, str]:
    """The grant and key a supervisor adds to its requests (header.make_header's keywords), or {}
    when this person has none. A grant that does not fit this person is still sent (the agent's
    console then says exactly why it refuses), with a warning in the log."""
    from console.secrets import get_secret

    grant, key = get_secret(GRANT_NAME) or "", get_secret(PERSON_KEY_NAME) or ""
    if not grant or not key:
        if role in ("lead", "trainee"):
            log.info("no supervision grant or key in the keyring/environment: this %s's role is not proven", role)
        return {}
    from cti.supervision.grants import GrantError, public_key_of, read_grant

    try:
        held = read_grant(grant, None)
        if held.public_key != public_key_of(key):
            log.warning("the supervision grant is for another key than this person's")
        elif (held.person, held.role) != (me, role):
            log.warning("the supervision grant is for another person or role than this console's [agent] id and role")
        return {"grant": grant, "person_key": key}
    except GrantError as exc:
        log.warning("the supervision grant or key cannot be used: %s", exc)
        return {}


def role_check(roles_key: str) -> Any:
    """The agent console's cti.supervision.grants.RoleCheck for ``[supervision] roles_key``, or
    None when it is not set (roles are then believed, as before)."""
    if not roles_key:
        return None
    from cti.supervision.grants import RoleCheck

    check = RoleCheck(roles_key)
    if not check.usable:
        log.warning("[supervision] roles_key is not a usable public key: every supervision request is refused")
    return check


def proven_revocations(roles_key: str, lines: Iterable[Any]) -> dict[str, int]:
    """person -> the latest time their grants were revoked, from the team store's lines whose
    signature verifies with the admin's key (the others are ignored: anyone who can write to the
    database could have written them). Run on the team lane."""
    from cti.supervision.grants import GrantError, check_public_key, revocation_valid

    try:
        check_public_key(roles_key)
    except GrantError:
        return {}
    revoked: dict[str, int] = {}
    for line in lines:
        if revocation_valid(roles_key, line.person, line.revoked_at, line.signature):
            revoked[line.person] = max(line.revoked_at, revoked.get(line.person, 0))
        else:
            log.warning("a revocation in the team store is not signed by this team's admin key: ignored")
    return revoked
