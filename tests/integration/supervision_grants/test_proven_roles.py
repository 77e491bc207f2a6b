"""Roles that are proven, not self-declared (issue 12, security). Every console here holds the
team secret, as every agent's console must. jana's console has `[supervision] roles_key` (the
team admin's public key); the keys and the lead's grant are made with the real
`agent-console supervision` commands.

- karel, an agent, declares himself a lead in his own config and asks to barge into jana's call:
  403 (monitor.no_grant). Then, as a plain SIP caller with the team secret, he asks in the lead's
  name (sup=petr, role=lead): 403 (no_grant); and with petr's real grant copied off the wire but
  signed with his own key: 403 (not_this_person). The customer and jana hear nothing of his tone,
  and jana's console audits every refusal.
- petr, the lead with his grant, listens and whispers: jana hears him, the customer does not.
- `agent-console supervision revoke petr` (the admin): jana's console reads the revocation from
  the team store, and petr's next request is refused (monitor.grant_revoked), audited.
- a console without roles_key says so in `ctl status` (roles_proven false, a problem sentence).
"""
from __future__ import annotations

import subprocess
import sys
import time

from consoles import SECRET, Recording
from grant_desks import cli
from monitor_calls import AGENT_HZ, CUSTOMER_HZ, HEARD, PRIVACY_DB, SUP2_HZ, SUP_HZ, TONES, let_audio_flow

from cti.supervision import grants
from cti.supervision.header import HEADER, make_header

FROM = "+421905123456"


def make_keys(tmp_path, team_url: str) -> dict[str, str]:
    """The admin's and petr's keys and petr's lead grant, by the command line."""
    admin_cfg = tmp_path / "admin.toml"
    admin_cfg.write_text(f'[agent]\nid = "admin"\nrole = "lead"\n[team]\nurl = "{team_url}"\n'
                         f'[paths]\ndata_dir = "{tmp_path / "admin-data"}"\nlog_dir = "{tmp_path / "admin-log"}"\n')
    out = cli("supervision", "admin-keygen", "--print-private", config=admin_cfg)
    assert out.returncode == 0, out.stderr
    admin_private = out.stdout.splitlines()[0].split("=", 1)[1]
    roles_key = out.stdout.split('roles_key = "')[1].split('"')[0]
    out = cli("supervision", "keygen", "--print-private", config=admin_cfg)
    assert out.returncode == 0, out.stderr
    petr_private, petr_public = out.stdout.splitlines()[0].split("=", 1)[1], out.stdout.splitlines()[-1]
    out = cli("supervision", "grant", "petr", "--role", "lead", "--public-key", petr_public, "--days", "2",
              env={"AGENT_CONSOLE_SECRET_ROLES_ADMIN": admin_private}, config=admin_cfg)
    assert out.returncode == 0, out.stderr
    return {"admin_private": admin_private, "roles_key": roles_key, "petr_private": petr_private,
            "grant": out.stdout.strip(), "admin_cfg": str(admin_cfg)}


def customer_calls(desk, record: str, folder) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", desk.uri, "--from", FROM,
                             "--tone", str(CUSTOMER_HZ), "--duration", "300", "--record", record],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder)


def forger_calls(desk, header: str, folder) -> str:
    """A plain SIP caller (1760 Hz) with a hand-made request; what its call ended with."""
    out = subprocess.run([sys.executable, "-m", "cti.simulated_customer", desk.uri, "--from", "karel",
                          "--tone", str(SUP2_HZ), "--duration", "10", "--header", f"{HEADER}: {header}"],
                         capture_output=True, text=True, timeout=90, cwd=folder)
    return next((line for line in out.stdout.splitlines() if " ended " in line), out.stdout + out.stderr)


def wait_for(read, timeout_s: float = 30.0):
    """`read()` once it is truthy (a state another console reaches on its own lane)."""
    deadline = time.monotonic() + timeout_s
    while not (value := read()):
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)
    return value


class Heard:
    def __init__(self, recordings: dict[str, Recording]) -> None:
        self.recordings = recordings
        self.start = {n: r.now() + r.rate() // 2 for n, r in recordings.items()}

    def levels(self) -> dict[str, dict[int, float]]:
        let_audio_flow(2.0)
        return {n: r.levels(self.start[n], r.now(), TONES) for n, r in self.recordings.items()}


def refusals_audited(lead, count: int) -> list[dict]:
    return wait_for(lambda: (e := [x for x in lead.result("audit")["entries"]
                                   if x["written_by"] == "jana" and x["outcome"] == "refused"])
                    and len(e) >= count and e)


def test_only_a_lead_proven_by_the_admins_grant_may_join_and_a_revoked_one_may_not(desks, tones, tmp_path):
    keys = make_keys(tmp_path, desks.team_url)
    rec = {n: str(tmp_path / f"{n}.wav") for n in ("jana_hears", "lead_hears", "customer_hears")}
    lead = desks("petr", "Petr Lead", "lead", capture=f"file:{tones[SUP_HZ]}", playback=f"file:{rec['lead_hears']}",
                 secrets={"AGENT_CONSOLE_SECRET_SUPERVISION_KEY": keys["petr_private"],
                          "AGENT_CONSOLE_SECRET_SUPERVISION_GRANT": keys["grant"]})
    karel = desks("karel", "Karel Agent", "lead", capture=f"file:{tones[SUP2_HZ]}")  # self-declared "lead"
    jana = desks("jana", "Jana Nováková", "agent", capture=f"file:{tones[AGENT_HZ]}",
                 playback=f"file:{rec['jana_hears']}", roles_key=keys["roles_key"])
    status = jana.result("status")["supervision"]
    assert status["roles_proven"] is True and status["problem"] == ""
    on_lead = lead.result("status")["supervision"]
    assert on_lead["roles_proven"] is False and "roles_key" in on_lead["problem"]
    for desk in (lead, karel):
        desk.events.wait("team.agent", id="jana", state="ready")
    customer = customer_calls(jana, rec["customer_hears"], tmp_path)
    try:
        ringing = jana.events.wait("call.ringing", direction="in")
        call = ringing["call_id"]
        jana.result("answer")
        karel.events.wait("team.agent", id="jana", state="on_call")
        lead.events.wait("team.agent", id="jana", state="on_call")
        recordings = {n: Recording(p) for n, p in rec.items()}
        heard = Heard(recordings)

        # karel, self-declared lead, from his console
        refused = karel.run("monitor", "jana", "--mode", "barge")
        assert refused.returncode != 0 and "signed role grant" in refused.stdout, refused.stdout
        seen = jana.events.wait("monitor.refused", side="agent", supervisor="karel")
        assert (seen["code"], seen["mode"], seen["target_call"]) == ("monitor.no_grant", "barge", call)
        # karel in the lead's name, with the team secret
        as_lead = make_header(SECRET.encode(), "barge", call, "petr", "lead", time.time() + 60)
        assert " 403 " in forger_calls(jana, as_lead, tmp_path)
        # karel in the lead's name, with the lead's grant copied and his own key
        karel_key = grants.new_private_key()
        copied = make_header(SECRET.encode(), "barge", call, "petr", "lead", time.time() + 60, grant=keys["grant"],
                             person_key=karel_key)
        assert " 403 " in forger_calls(jana, copied, tmp_path)
        codes = [e["code"] for e in jana.events.wait_all("monitor.refused", 3, side="agent")]
        assert codes == ["monitor.no_grant", "monitor.no_grant", "monitor.not_this_person"]
        assert jana.events.all("monitor.started") == [] and jana.result("status")["supervision"]["supervised_by"] == []
        forged = heard.levels()
        report = f"while karel forged: {forged}"
        assert forged["customer_hears"][AGENT_HZ] > HEARD and forged["jana_hears"][CUSTOMER_HZ] > HEARD, report
        assert forged["customer_hears"][AGENT_HZ] - forged["customer_hears"][SUP2_HZ] >= PRIVACY_DB, report
        assert forged["jana_hears"][CUSTOMER_HZ] - forged["jana_hears"][SUP2_HZ] >= PRIVACY_DB, report
        audited = refusals_audited(lead, 3)
        assert [(e["supervisor"], e["reason"], e["customer_call"]) for e in audited] == [
            ("karel", "monitor.no_grant", call), ("petr", "monitor.no_grant", call),
            ("petr", "monitor.not_this_person", call)]

        # petr, the proven lead: listen, then whisper
        started = lead.result("monitor", "jana", "--mode", "listen")
        assert (started["agent"], started["target_call"]) == ("jana", call)
        seen = jana.events.wait("monitor.started", side="agent")
        assert (seen["supervisor"], seen["role"], seen["mode"]) == ("petr", "lead", "listen")
        assert lead.result("monitor", "--mode", "whisper")["previous"] == "listen"
        jana.events.wait("monitor.mode", side="agent", mode="whisper", via="message")
        heard = Heard(recordings)
        whisper = heard.levels()
        report = f"whisper: {whisper}"
        assert whisper["jana_hears"][SUP_HZ] > HEARD and whisper["lead_hears"][CUSTOMER_HZ] > HEARD, report
        assert whisper["customer_hears"][AGENT_HZ] - whisper["customer_hears"][SUP_HZ] >= PRIVACY_DB, report
        lead.result("monitor", "--stop")
        jana.events.wait("monitor.ended", side="agent")
        lead.events.wait("agent.state", state="ready")

        # the admin revokes petr's grant: jana's console reads it from the team store
        out = cli("supervision", "revoke", "petr", env={"AGENT_CONSOLE_SECRET_ROLES_ADMIN": keys["admin_private"]},
                  config=keys["admin_cfg"])
        assert out.returncode == 0, out.stderr
        wait_for(lambda: jana.result("status")["supervision"]["revoked"] == ["petr"])
        refused = lead.run("monitor", "jana", "--mode", "listen")
        assert refused.returncode != 0 and "revoked" in refused.stdout, refused.stdout
        seen = jana.events.wait("monitor.refused", side="agent", code="monitor.grant_revoked")
        assert (seen["supervisor"], seen["target_call"]) == ("petr", call)
        assert refusals_audited(lead, 4)[-1]["reason"] == "monitor.grant_revoked"
        assert len(jana.events.all("monitor.started", side="agent")) == 1
        assert customer.poll() is None  # the customer's call went on through all of it
    finally:
        customer.kill()
        customer.wait(10)


def test_a_revocation_not_signed_by_the_admin_is_ignored(desks, tmp_path):
    """Write access to the team database is not enough to revoke a lead."""
    keys = make_keys(tmp_path, desks.team_url)
    jana = desks("jana", "Jana Nováková", "agent", roles_key=keys["roles_key"])
    own_admin = grants.new_private_key()
    out = cli("supervision", "revoke", "petr", env={"AGENT_CONSOLE_SECRET_ROLES_ADMIN": own_admin},
              config=keys["admin_cfg"])
    assert out.returncode == 0, out.stderr  # (the store takes it; the consoles do not believe it)
    out = cli("supervision", "revoke", "eva", env={"AGENT_CONSOLE_SECRET_ROLES_ADMIN": keys["admin_private"]},
              config=keys["admin_cfg"])
    assert out.returncode == 0, out.stderr
    assert wait_for(lambda: jana.result("status")["supervision"]["revoked"]) == ["eva"]
