"""Supervision through the PBX (issue 12, ``[supervision] strategy = "pbx"``): a lead's and a
trainee's console dial the PBX's feature codes through Kamailio to a stand-in for ChanSpy
that records what it got; jana, the agent, is on a customer's call that came through Kamailio.

- the lead's `ctl monitor jana --mode listen` dials ``*222101`` (jana's extension, from the
  address her console published in the team store) and monitor.started comes; `--mode whisper`
  sends the PBX's key 5; `--stop` ends the PBX's call and monitor.ended comes; every step is in
  the audit with via "pbx";
- a trainee asking for barge is refused before anything is dialled (the PBX's first call is the
  lead's listen), and the refusal is in the audit; the trainee may listen, not switch to whisper;
- a code the PBX does not know ('#77{ext}', which Kamailio cannot route: 404) is refused with a
  sentence naming the code, and nothing runs;
- `ctl status` says the strategy is pbx and that the PBX does not check roles.
No team secret anywhere: the PBX needs none. Every step waits for an event, never for time.
"""
from __future__ import annotations

import time

from sip_parties import Customer

SITE = ('[supervision]\nstrategy = "pbx"\n[supervision.pbx]\nlisten = "*222{ext}"\nwhisper = "*223{ext}"\n'
        'barge = "*224{ext}"\nswitch_dtmf = {listen = "4", whisper = "5", barge = "6"}\n')
# the lead's console has a barge code the PBX does not know (Kamailio routes only '*' codes to it)
LEAD = SITE.replace('barge = "*224{ext}"', 'barge = "#77{ext}"')


def audit(lead, count: int, timeout_s: float = 30.0) -> list[dict]:
    """The audit once it holds `count` lines (each console writes on its own team lane)."""
    deadline = time.monotonic() + timeout_s
    while True:
        entries = lead.result("audit")["entries"]
        if len(entries) >= count or time.monotonic() > deadline:
            return entries
        lead.events.wait_all("agent.state", 0, timeout=0.2)  # (a short pause between reads)


def on_call(agent, kamailio, *watchers) -> tuple[Customer, str]:
    """A customer calls jana's extension through Kamailio; jana answers; the others see it."""
    customer = Customer(f"sip:101@127.0.0.1:{kamailio.port}", "--from", "+421905123456", "--tone", "440",
                        "--duration", "120")
    ringing = agent.events.wait("call.ringing", direction="in")
    agent.result("answer")
    for desk in watchers:
        desk.events.wait("team.agent", id=agent.id, state="on_call")
    return customer, ringing["call_id"]


def refused(desk, *args: str) -> str:
    out = desk.run(*args)
    assert out.returncode == 1, out.stdout + out.stderr
    return out.stdout + out.stderr


def test_a_lead_supervises_through_the_pbx_and_a_trainee_may_only_listen(consoles, pbx_peer, kamailio):
    jana = consoles("jana", "Jana Nováková", "agent", "101")
    petr = consoles("petr", "Petr Lead", "lead", "900", LEAD)
    eva = consoles("eva", "Eva Trainee", "trainee", "901", SITE)
    customer, call = on_call(jana, kamailio, petr, eva)
    try:
        status = petr.result("status")["supervision"]
        assert status["strategy"] == "pbx" and "does not check roles" in status["pbx"]["roles"]
        assert status["pbx"]["codes"]["listen"] == "*222{ext}" and status["pbx"]["problem"] == ""

        # a trainee asks to barge: refused here, nothing dialled (her barge code would reach the PBX)
        said = refused(eva, "monitor", "jana", "--mode", "barge")
        assert "Trainees may only listen" in said
        eva.events.wait("monitor.refused", code="monitor.role_not_allowed", mode="barge", agent="jana")

        # the lead listens: the PBX's first call is *222<jana's extension>
        started = petr.result("monitor", "jana", "--mode", "listen")
        invite = pbx_peer.wait("invite")
        assert invite["user"] == "*222101", invite
        assert invite["request_uri"] == f"sip:*222101@127.0.0.1:{kamailio.port}"
        assert (started["agent"], started["target_call"], started["mode"], started["via"], started["dialled"]) == \
            ("jana", call, "listen", "pbx", "*222101")
        petr.events.wait("monitor.started", side="supervisor", agent="jana", target_call=call, mode="listen", via="pbx")
        pbx_peer.wait("answered", call=invite["call"])
        assert petr.result("status")["agent"]["state"] == "monitoring"
        assert [c["call_id"] for c in jana.result("status")["calls"]] == [call]  # jana's console took no part

        # whisper: the PBX's key 5 in that call
        switched = petr.result("monitor", "--mode", "whisper")
        assert (switched["previous"], switched["mode"], switched["via"]) == ("listen", "whisper", "pbx")
        assert pbx_peer.wait("dtmf", call=invite["call"])["digit"] == "5"
        petr.events.wait("monitor.mode", side="supervisor", mode="whisper", previous="listen", via="pbx")

        # stop: the PBX's call ends
        petr.result("monitor", "--stop")
        pbx_peer.wait("ended", call=invite["call"])
        ended = petr.events.wait("monitor.ended", side="supervisor", agent="jana", target_call=call, via="pbx")
        assert ended["call_id"] == started["call_id"]
        assert petr.result("status")["supervision"]["watching"] is None

        # the trainee may listen (the PBX's second call), not switch to whisper
        eva.result("monitor", "jana", "--mode", "listen")
        second = pbx_peer.wait("invite")
        assert second["user"] == "*222101"
        said = refused(eva, "monitor", "--mode", "whisper")
        assert "Trainees may only listen" in said
        assert eva.result("status")["supervision"]["watching"]["mode"] == "listen"
        eva.result("monitor", "--stop")
        pbx_peer.wait("ended", call=second["call"])
        eva.events.wait("monitor.ended", side="supervisor", agent="jana")

        # a code the PBX does not know: refused with a sentence naming it; nothing runs
        said = refused(petr, "monitor", "jana", "--mode", "barge")
        assert "does not know the supervision code #77101 (404)" in said, said
        petr.events.wait("monitor.refused", side="supervisor", via="pbx", code="pbx.unknown_code", mode="barge")
        assert petr.result("status")["supervision"]["watching"] is None

        entries = sorted(audit(petr, 8), key=lambda e: e["at"])
        assert [(e["supervisor"], e["outcome"], e["mode"], e["via"]) for e in entries] == [
            ("eva", "refused", "barge", "ctl"),
            ("petr", "started", "listen", "pbx"),
            ("petr", "mode", "whisper", "pbx"),
            ("petr", "ended", "whisper", "pbx"),
            ("eva", "started", "listen", "pbx"),
            ("eva", "refused", "whisper", "ctl"),
            ("eva", "ended", "listen", "pbx"),
            ("petr", "refused", "barge", "pbx"),
        ]
        assert [e["reason"] for e in entries if e["outcome"] in ("refused", "mode")] == [
            "monitor.role_not_allowed", "listen", "monitor.role_not_allowed", "pbx.unknown_code"]
        assert all(e["agent"] == "jana" and e["customer_call"] == call for e in entries)
    finally:
        customer.proc.terminate()
        customer.finish()


def test_without_a_registrar_the_pbx_strategy_says_what_to_fix(tmp_path):
    """A lead's console with strategy pbx but no PBX: its status says to set [sip] registrar."""
    from harness.console_desk import ConsoleDesk

    lead = ConsoleDesk(tmp_path / "petr", '[agent]\nid = "petr"\nrole = "lead"\n' + SITE,
                       env={"AGENT_CONSOLE_SECRET_TEAM": ""})
    try:
        status = lead.result("status")["supervision"]
        assert status["strategy"] == "pbx"
        assert status["pbx"]["problem"].startswith("Supervision through the PBX needs the PBX: set [sip] registrar")
    finally:
        lead.close()

