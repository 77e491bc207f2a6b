"""The command line around proven roles: `agent-console doctor` warns while roles are only
claimed, and tells a roles_key that is not a key; `supervision use-grant` keeps only a grant
that is this person's, for their key, signed by the team's admin; keys never land in a file."""
from __future__ import annotations

import json

from grant_desks import cli

from cti.supervision import grants

from harness.consoles import free_udp_port


def config(tmp_path, extra: str = "", agent: str = "petr") -> str:
    path = tmp_path / f"{agent}-{len(list(tmp_path.iterdir()))}.toml"
    path.write_text(f'[agent]\nid = "{agent}"\nrole = "lead"\n[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\n'
                    f'[paths]\ndata_dir = "{tmp_path / "data"}"\nlog_dir = "{tmp_path / "log"}"\n' + extra)
    return path


def roles_verdict(tmp_path, extra: str = "") -> dict:
    out = cli("doctor", "--json", config=config(tmp_path, extra))
    verdicts = json.loads(out.stdout)
    return next(v for v in verdicts if v["name"] == "supervision roles")


def test_doctor_warns_while_roles_are_only_claimed(tmp_path):
    verdict = roles_verdict(tmp_path)
    assert verdict["verdict"] == "WARN" and "anyone with the team secret can claim to be a lead" in verdict["detail"]
    assert "[supervision] roles_key" in verdict["detail"]
    key = grants.public_key_of(grants.new_private_key())
    proven = roles_verdict(tmp_path, f'[supervision]\nroles_key = "{key}"\n')
    assert proven["verdict"] == "OK" and "admin's key" in proven["detail"]


def test_a_roles_key_that_is_not_a_key_is_a_config_error_naming_the_key(tmp_path):
    out = cli("doctor", config=config(tmp_path, '[supervision]\nroles_key = "my admin"\n'))
    assert out.returncode == 2 and "[supervision] roles_key" in out.stderr and "admin-keygen" in out.stderr


def test_use_grant_keeps_only_a_grant_for_this_person_and_key(tmp_path):
    admin = grants.new_private_key()
    mine, other = grants.new_private_key(), grants.new_private_key()
    cfg = config(tmp_path, f'[supervision]\nroles_key = "{grants.public_key_of(admin)}"\n')
    env = {"AGENT_CONSOLE_SECRET_SUPERVISION_KEY": mine}
    good = grants.make_grant(admin, "petr", "lead", grants.public_key_of(mine), 1, 4_000_000_000)
    for token, words in ((grants.make_grant(admin, "eva", "lead", grants.public_key_of(mine), 1, 4_000_000_000),
                          "for eva"),
                         (grants.make_grant(admin, "petr", "lead", grants.public_key_of(other), 1, 4_000_000_000),
                          "another key"),
                         (grants.make_grant(grants.new_private_key(), "petr", "lead", grants.public_key_of(mine), 1,
                                            4_000_000_000), "not signed by this team's admin"),
                         (grants.make_grant(admin, "petr", "lead", grants.public_key_of(mine), 1, 2), "expired"),
                         ("x" * 5000, "cannot be read")):
        out = cli("supervision", "use-grant", token, env=env, config=cfg)
        assert out.returncode == 1 and words in out.stderr, (words, out.stderr)
        assert "Traceback" not in out.stderr
    # the good one: this test system has no keyring, so it says where to put it instead
    out = cli("supervision", "use-grant", good, env=env, config=cfg)
    assert out.returncode == 1 and "AGENT_CONSOLE_SECRET_SUPERVISION_GRANT" in out.stderr
    out = cli("supervision", "use-grant", good, env={**env, "AGENT_CONSOLE_SECRET_SUPERVISION_GRANT": good}, config=cfg)
    assert out.returncode == 0 and "petr is a lead" in out.stdout


def test_keygen_never_writes_the_private_key_anywhere_but_where_it_is_asked(tmp_path):
    cfg = config(tmp_path)
    out = cli("supervision", "keygen", config=cfg)  # no keyring here, no --print-private
    assert out.returncode == 1 and "--print-private" in out.stderr and "AGENT_CONSOLE_SECRET_SUPERVISION_KEY" in out.stderr
    out = cli("supervision", "keygen", "--print-private", config=cfg)
    assert out.returncode == 0
    private = out.stdout.splitlines()[0].split("=", 1)[1]
    public = out.stdout.splitlines()[-1]
    assert grants.public_key_of(private) == public
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert private not in path.read_text(errors="replace"), path
    again = cli("supervision", "keygen", env={"AGENT_CONSOLE_SECRET_SUPERVISION_KEY": private}, config=cfg)
    assert again.returncode == 1 and "--replace" in again.stderr
