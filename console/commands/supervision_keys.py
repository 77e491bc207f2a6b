"""`agent-console supervision …`: the keys that prove who is a team lead or a trainee.

    supervision keygen                   this person's key pair: the private key into the keyring,
                                         the public key printed (give it to the team's admin)
    supervision admin-keygen             the team admin's key pair: the public key goes into every
                                         console's config as [supervision] roles_key
    supervision grant PERSON --role lead|trainee --public-key PK [--days N]
                                         (the admin) print a grant token for that person
    supervision use-grant TOKEN          keep this person's grant in the keyring
    supervision revoke PERSON            (the admin) void that person's grants issued until now,
                                         in the team store, for every console
    supervision public-key               this person's public key again

Private keys live only in the OS keyring or the environment (console.secrets), never in a file
or a log. Where there is no keyring, `--print-private` prints the new private key once so it
can be put into the environment variable named. Exit status 0, or 1 with a sentence on stderr.
"""
from __future__ import annotations

import argparse
import sys
import time

from console.config import Config
from console.secrets import env_name, get_secret
from console.supervision_secret import ADMIN_KEY_NAME, GRANT_NAME, PERSON_KEY_NAME

DEFAULT_DAYS, MAX_DAYS = 90, 366


def register(subparsers) -> None:  # noqa: ANN001
    p = subparsers.add_parser("supervision", help="keys and grants that prove who is a team lead or a trainee")
    sub = p.add_subparsers(dest="supervision_command", metavar="SUBCOMMAND")
    for name, helptext in (("keygen", "make this person's key pair (private key into the keyring); prints the "
                                      "public key for the team's admin"),
                           ("admin-keygen", "make the team admin's key pair; prints the public key to set as "
                                            "[supervision] roles_key on every console")):
        k = sub.add_parser(name, help=helptext, description=helptext)
        k.add_argument("--replace", action="store_true", help="replace a key this person already has "
                       "(grants made for the old key stop working)")
        k.add_argument("--print-private", action="store_true",
                       help="no keyring here: print the private key once, to put into the environment variable named")
        k.set_defaults(func=_keygen_admin if name == "admin-keygen" else _keygen)
    g = sub.add_parser("grant", help="(the team's admin) print a grant of a role for a person's public key")
    g.add_argument("person", help="the person's [agent] id")
    g.add_argument("--role", required=True, choices=("lead", "trainee"))
    g.add_argument("--public-key", required=True, help="what `agent-console supervision keygen` printed for them")
    g.add_argument("--days", type=int, default=DEFAULT_DAYS, help=f"valid for this many days (1-{MAX_DAYS}, "
                   f"default {DEFAULT_DAYS})")
    g.set_defaults(func=_grant)
    u = sub.add_parser("use-grant", help="keep the grant the team's admin gave you in the keyring")
    u.add_argument("token")
    u.set_defaults(func=_use_grant)
    r = sub.add_parser("revoke", help="(the team's admin) void a person's grants issued until now, for every "
                                      "console of the team")
    r.add_argument("person", help="the person's [agent] id")
    r.set_defaults(func=_revoke)
    k = sub.add_parser("public-key", help="print this person's public key")
    k.set_defaults(func=_public_key)
    p.set_defaults(func=lambda args, config: _usage(p))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _fail(text: str) -> int:
    print(f"error: {text}", file=sys.stderr)
    return 1


def _say(code: str, **params: object) -> str:
    from console.messages import SENTENCES, sentence_for

    return sentence_for(code, params, SENTENCES.get(code, code))


# -- key pairs ------------------------------------------------------------------------------------
def _keygen(args: argparse.Namespace, config: Config) -> int:
    return _make_key(args, PERSON_KEY_NAME, "Your public key (give it to the team's admin for a grant):")


def _keygen_admin(args: argparse.Namespace, config: Config) -> int:
    return _make_key(args, ADMIN_KEY_NAME, "The team admin's public key; on every console set:\n"
                                           "[supervision]\nroles_key = \"{public}\"")


def _make_key(args: argparse.Namespace, name: str, told: str) -> int:
    from cti.supervision.grants import new_private_key, public_key_of

    from console.secrets import SecretNotKept, set_secret

    old = get_secret(name)
    if old and not args.replace:
        return _fail(_say("grants.exists", name=name, env=env_name(name)))
    private = new_private_key()
    public = public_key_of(private)
    try:
        set_secret(name, private)
        if get_secret(name) != private:  # a keyring that takes it and keeps nothing, or the environment's older one
            raise SecretNotKept(f"the keyring did not keep the key, or {env_name(name)} holds another one")
    except SecretNotKept as exc:
        if not args.print_private:
            return _fail(_say("grants.no_keyring", reason=str(exc), env=env_name(name)))
        print(f"{env_name(name)}={private}")
        print("(no keyring here: put the line above into this person's environment; it is shown only once)",
              file=sys.stderr)
    print(told.format(public=public) if "{public}" in told else f"{told}\n{public}")
    return 0


def _public_key(args: argparse.Namespace, config: Config) -> int:
    from cti.supervision.grants import GrantError, public_key_of

    private = get_secret(PERSON_KEY_NAME)
    if not private:
        return _fail(_say("grants.no_person_key", env=env_name(PERSON_KEY_NAME)))
    try:
        print(public_key_of(private))
    except GrantError:
        return _fail(_say("grants.bad_person_key", env=env_name(PERSON_KEY_NAME)))
    return 0


# -- grants ---------------------------------------------------------------------------------------
def _admin_key() -> str:
    return get_secret(ADMIN_KEY_NAME) or ""


def _grant(args: argparse.Namespace, config: Config) -> int:
    from cti.supervision.grants import GrantError, make_grant

    admin = _admin_key()
    if not admin:
        return _fail(_say("grants.no_admin_key", env=env_name(ADMIN_KEY_NAME)))
    if not 1 <= args.days <= MAX_DAYS:
        return _fail(_say("grants.bad_days", most=MAX_DAYS, days=args.days))
    now = int(time.time())
    try:
        token = make_grant(admin, args.person, args.role, args.public_key.strip(), now, now + args.days * 86400)
    except GrantError as exc:
        return _fail(_say("grants.cannot_grant", reason=str(exc)))
    print(token)
    return 0


def _use_grant(args: argparse.Namespace, config: Config) -> int:
    from cti.supervision.grants import GrantError, public_key_of, read_grant

    from console.secrets import SecretNotKept, set_secret

    token = args.token.strip()
    try:
        grant = read_grant(token, config.supervision.roles_key or None)
        mine = get_secret(PERSON_KEY_NAME)
        if mine and public_key_of(mine) != grant.public_key:
            return _fail(_say("grants.grant_other_key"))
    except GrantError as exc:
        return _fail(_say("grants.bad_grant", reason=str(exc)))
    if grant.person != config.agent.id:
        return _fail(_say("grants.grant_other_person", person=grant.person, me=config.agent.id))
    if grant.expires <= time.time():
        return _fail(_say("grants.expired", day=time.strftime("%Y-%m-%d", time.gmtime(grant.expires))))
    try:
        if get_secret(GRANT_NAME) != token:  # already where the console reads it (the environment): nothing to keep
            set_secret(GRANT_NAME, token)
        if get_secret(GRANT_NAME) != token:
            raise SecretNotKept(f"the keyring did not keep the grant, or {env_name(GRANT_NAME)} holds another one; "
                                f"set {env_name(GRANT_NAME)} to it")
    except SecretNotKept as exc:
        return _fail(_say("grants.no_keyring_grant", reason=str(exc)))
    print(f"Kept: {grant.person} is a {grant.role} until {time.strftime('%Y-%m-%d', time.gmtime(grant.expires))} "
          "(UTC). Restart the console to use it.")
    return 0


def _revoke(args: argparse.Namespace, config: Config) -> int:
    from crm_adapters.store.team.revocations import Revocation, revoke
    from crm_adapters.store.team.store import TeamStore
    from cti.supervision.grants import GrantError, check_person, revocation_signature

    admin = _admin_key()
    if not admin:
        return _fail(_say("grants.no_admin_key", env=env_name(ADMIN_KEY_NAME)))
    now = int(time.time())
    try:
        signature = revocation_signature(admin, check_person(args.person), now)
    except GrantError as exc:
        return _fail(_say("grants.bad_person", person=args.person[:64]) if exc.reason == "bad_person" else
                     _say("grants.no_admin_key", env=env_name(ADMIN_KEY_NAME)))
    try:
        store = TeamStore(config.team_url, config.data_dir)
        try:
            revoke(store, Revocation(args.person, now, signature, config.agent.id))
        finally:
            store.close()
    except Exception as exc:  # noqa: BLE001 - said to the admin, who fixes [team] url
        return _fail(_say("grants.no_team_store", reason=type(exc).__name__))
    print(f"Revoked: every grant of {args.person} made until now is refused by the team's consoles.")
    return 0
