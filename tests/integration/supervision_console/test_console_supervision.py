"""Supervision in running consoles (issue 12): a lead, an agent and a trainee as separate
console processes sharing one team store; the customer a simulated customer with a tone.
Customer 440 Hz, agent 880 Hz, lead 1320 Hz; what each heard is read from their recordings
(FFT) in the stretch after each change, which is found by waiting for the console's event.

- the lead's `ctl monitor jana --mode listen` joins jana's live call: the lead hears the
  customer and jana, nobody hears the lead; jana's console shows who listens (status and the
  window's indicator), the team's call names the lead in supervised_by, the lead's state is
  "monitoring" and the monitoring call is none of the lead's or jana's own calls;
- `ctl monitor --mode whisper`: jana hears the lead, the customer still does not;
- a trainee asking to whisper is refused, and the refusal is audited;
- `ctl monitor --stop` ends it; `ctl audit --json` (a lead) lists start, mode change, end and
  the refusal; an agent may not read the audit.
- a console without the team secret refuses every request, and says so in its status.
"""
from __future__ import annotations

import subprocess
import sys
import time

from consoles import Recording
from monitor_calls import AGENT_HZ, CUSTOMER_HZ, HEARD, PRIVACY_DB, SUP_HZ, TONES, let_audio_flow

FROM = "+421905123456"


def customer_calls(desk, record: str, folder) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", desk.uri, "--from", FROM,
                             "--tone", str(CUSTOMER_HZ), "--duration", "120", "--record", record],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder)


def answered_call(agent, lead) -> str:
    """jana answers the ringing customer; the lead's team view has the call connected."""
    ringing = agent.events.wait("call.ringing", direction="in")
    agent.result("answer")
    lead.events.wait("team.call", call_id=ringing["call_id"], state="connected")
    lead.events.wait("team.agent", id=agent.id, state="on_call")
    return ringing["call_id"]


class Heard:
    """What each party heard from a change on: positions now; levels once the sound flowed."""

    def __init__(self, recordings: dict[str, Recording]) -> None:
        self.recordings = recordings
        self.start = {n: r.now() + r.rate() // 2 for n, r in recordings.items()}  # bridge changes settle

    def levels(self) -> dict[str, dict[int, float]]:
        let_audio_flow(2.0)
        return {n: r.levels(self.start[n], r.now(), TONES) for n, r in self.recordings.items()}


def audit_lines(lead, count: int, timeout_s: float = 20.0) -> list[dict]:
    """The audit once it holds `count` lines (each console writes on its own team lane)."""
    deadline = time.monotonic() + timeout_s
    while True:
        entries = lead.result("audit")["entries"]
        if len(entries) >= count or time.monotonic() > deadline:
            return entries
        lead.events.wait_all("agent.state", 0, timeout=0.2)  # (a short pause between reads)


def test_a_lead_listens_whispers_and_stops_and_a_trainee_may_only_listen(desks, tones, tmp_path):
    rec = {n: str(tmp_path / f"{n}.wav") for n in ("jana_hears", "lead_hears", "customer_hears")}
    lead = desks("petr", "Petr Lead", "lead", capture=f"file:{tones[SUP_HZ]}", playback=f"file:{rec['lead_hears']}")
    eva = desks("eva", "Eva Trainee", "trainee")
    jana = desks("jana", "Jana Nováková", "agent", capture=f"file:{tones[AGENT_HZ]}",
                 playback=f"file:{rec['jana_hears']}")
    lead.events.wait("team.agent", id="jana", state="ready")
    eva.events.wait("team.agent", id="jana", state="ready")
    customer = customer_calls(jana, rec["customer_hears"], tmp_path)
    try:
        call = answered_call(jana, lead)
        recordings = {n: Recording(p) for n, p in rec.items()}

        # listen
        started = lead.result("monitor", "jana", "--mode", "listen")
        assert (started["agent"], started["target_call"], started["mode"]) == ("jana", call, "listen")
        heard = Heard(recordings)
        seen = jana.events.wait("monitor.started", side="agent")
        assert (seen["supervisor"], seen["target_call"], seen["role"], seen["mode"]) == ("petr", call, "lead", "listen")
        assert lead.events.wait("monitor.started", side="supervisor")["target_call"] == call
        lead.events.wait("agent.state", state="monitoring")
        assert lead.events.wait("team.call", call_id=call, supervised_by=["petr"])["agent_id"] == "jana"
        on_jana = jana.result("status")
        assert [c["call_id"] for c in on_jana["calls"]] == [call]  # the monitoring leg is not jana's call
        assert on_jana["agent"]["state"] == "on_call"
        assert on_jana["supervision"]["supervised_by"][0] | {"name": "Petr Lead", "mode": "listen"} == \
            on_jana["supervision"]["supervised_by"][0]
        assert on_jana["supervision"]["indicator"] == "Supervised: Petr Lead is listening."
        on_lead = lead.result("status")
        assert on_lead["calls"] == [] and on_lead["agent"]["state"] == "monitoring"
        assert next(c for c in lead.result("team")["calls"] if c["call_id"] == call)["supervised_by"] == ["petr"]
        listen = heard.levels()
        report = f"listen: {listen}"
        assert listen["lead_hears"][CUSTOMER_HZ] > HEARD and listen["lead_hears"][AGENT_HZ] > HEARD, report
        assert listen["customer_hears"][AGENT_HZ] - listen["customer_hears"][SUP_HZ] >= PRIVACY_DB, report
        assert listen["jana_hears"][CUSTOMER_HZ] - listen["jana_hears"][SUP_HZ] >= PRIVACY_DB, report

        # whisper
        assert lead.result("monitor", "--mode", "whisper")["previous"] == "listen"
        jana.events.wait("monitor.mode", side="agent", mode="whisper")
        heard = Heard(recordings)
        assert jana.result("status")["supervision"]["indicator"] == "Supervised: Petr Lead is whispering to you."
        whisper = heard.levels()
        report = f"whisper: {whisper}"
        assert whisper["jana_hears"][SUP_HZ] > HEARD, report
        assert whisper["customer_hears"][AGENT_HZ] - whisper["customer_hears"][SUP_HZ] >= PRIVACY_DB, report
        assert whisper["lead_hears"][CUSTOMER_HZ] > HEARD, report

        # a trainee may only listen
        refused = eva.run("monitor", "jana", "--mode", "whisper")
        assert refused.returncode != 0 and "Trainees may only listen" in refused.stdout
        assert eva.events.wait("monitor.refused", side="supervisor")["code"] == "monitor.role_not_allowed"
        assert eva.result("status")["agent"]["state"] == "ready"

        # stop
        assert lead.result("monitor", "--stop")["stopping"] is True
        assert jana.events.wait("monitor.ended", side="agent")["reason"] == "supervisor hung up"
        lead.events.wait("monitor.ended", side="supervisor")
        lead.events.wait("agent.state", state="ready")
        jana.events.wait("team.call", call_id=call, supervised_by=[])
        assert jana.result("status")["supervision"]["indicator"] == ""
        assert lead.result("status")["wrap_up"] == []  # nothing to wrap up: it was not the lead's call
        assert customer.poll() is None  # the customer's call goes on

        entries = audit_lines(lead, 6)
        by_jana = [(e["outcome"], e["supervisor"], e["mode"]) for e in entries if e["written_by"] == "jana"]
        assert by_jana == [("started", "petr", "listen"), ("mode", "petr", "whisper"), ("ended", "petr", "whisper")]
        by_lead = [(e["outcome"], e["agent"], e["customer_call"]) for e in entries if e["written_by"] == "petr"]
        assert by_lead == [("started", "jana", call), ("ended", "jana", call)]
        (trainee,) = [e for e in entries if e["written_by"] == "eva"]
        assert (trainee["outcome"], trainee["reason"], trainee["mode"], trainee["agent"]) == (
            "refused", "monitor.role_not_allowed", "whisper", "jana")
        assert all(e["customer_call"] == call for e in entries)
        not_lead = jana.run("audit")
        assert not_lead.returncode != 0 and "Only a team lead can read the supervision audit" in not_lead.stdout
    finally:
        customer.kill()
        customer.wait(10)


def test_a_console_without_the_team_secret_refuses_every_request_and_says_so(desks, tmp_path):
    lead = desks("petr", "Petr Lead", "lead")
    jana = desks("jana", "Jana Nováková", "agent", secret=None)
    status = jana.result("status")["supervision"]
    assert status["team_secret"] is False and "AGENT_CONSOLE_SECRET_TEAM" in status["problem"]
    lead.events.wait("team.agent", id="jana", state="ready")
    customer = customer_calls(jana, str(tmp_path / "customer.wav"), tmp_path)
    try:
        call = answered_call(jana, lead)
        refused = lead.run("monitor", "jana", "--mode", "listen")
        assert refused.returncode != 0 and "team's secret" in refused.stdout, refused.stdout
        seen = jana.events.wait("monitor.refused", side="agent")
        assert (seen["code"], seen["supervisor"], seen["target_call"]) == ("monitor.no_team_secret", "petr", call)
        assert "no team secret" in seen["message"]
        lead.events.wait("monitor.refused", side="supervisor")
        assert lead.result("status")["agent"]["state"] == "ready"
        assert jana.result("status")["supervision"]["supervised_by"] == []
        entries = audit_lines(lead, 2)
        assert sorted((e["written_by"], e["outcome"], e["reason"]) for e in entries) == [
            ("jana", "refused", "monitor.no_team_secret"), ("petr", "refused", "monitor.bad_signature")]
    finally:
        customer.kill()
        customer.wait(10)


def test_the_customer_hanging_up_ends_the_session_and_the_call_waits_in_wrap_up_without_supervisors(desks, tmp_path):
    lead = desks("petr", "Petr Lead", "lead")
    jana = desks("jana", "Jana Nováková", "agent")
    lead.events.wait("team.agent", id="jana", state="ready")
    customer = customer_calls(jana, str(tmp_path / "customer.wav"), tmp_path)
    try:
        call = answered_call(jana, lead)
        lead.result("monitor", "jana", "--mode", "listen")
        lead.events.wait("team.call", call_id=call, supervised_by=["petr"])
        customer.terminate()  # the customer hangs up
        assert jana.events.wait("monitor.ended", side="agent")["reason"] == "customer call ended"
        lead.events.wait("monitor.ended", side="supervisor")
        lead.events.wait("agent.state", state="ready")
        # the board keeps jana's call in wrap-up, no longer supervised (not "ended" while she writes notes)
        lead.events.wait("team.call", call_id=call, state="wrap_up", supervised_by=[])
        assert lead.events.all("team.call", call_id=call, state="ended") == []
        assert lead.result("status")["supervision"]["watching"] is None
    finally:
        customer.kill()
        customer.wait(10)
