"""The supervising view and the lead's coaching notes (issue 12), in running consoles: a lead, a
trainee and an agent as separate processes on one team store, the customer a simulated customer
whose number is in the lead's CRM.

- while the lead listens, the window shows the mode big (LISTENING — nobody hears you, then
  WHISPERING — only Jana Nováková hears you, then BARGED IN — everyone hears you), whose call
  and how long it runs, and the customer's card from the lead's own CRM chain;
- the lead's coaching notes about jana are saved in the team store, read back, kept after the
  session ends, and never reach the CRM's outbox;
- a trainee listening sees the banner but has no coaching notes, and neither the trainee's nor
  the agent's console can read them (`ctl coaching` answers with a sentence).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from test_console_supervision import FROM, answered_call, customer_calls

from crm_adapters.store.team.store import TeamStore

NOTE = "Greets warmly; forgets to set the disposition. Praise the close."


@pytest.fixture
def team_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'team.db'}"


def watching(desk, want: dict, timeout_s: float = 30.0) -> dict:
    """`ctl status`'s supervision.watching once it has `want`'s values (the card comes from the CRM loop)."""
    deadline = time.monotonic() + timeout_s
    while True:
        seen = desk.result("status")["supervision"]["watching"] or {}
        if all(seen.get(k) == v for k, v in want.items()) or time.monotonic() > deadline:
            return seen
        desk.events.wait_all("agent.state", 0, timeout=0.2)  # (a short pause between reads)


def import_customer(desk, folder) -> None:
    people = folder / "people.csv"
    people.write_text(f"name,company,phone\nMartina Zákazníková,Kvety s.r.o.,{FROM}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("AGENT_CONSOLE_DATA_DIR", "AGENT_CONSOLE_LOG_DIR")}
    done = subprocess.run([sys.executable, "-m", "console", "--config", str(desk.folder / "config.toml"), "crm",
                           "import", str(people)], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_lead_sees_the_mode_the_call_and_the_card_and_keeps_private_coaching_notes(desks, team_url, tmp_path):
    lead = desks("petr", "Petr Lead", "lead")
    eva = desks("eva", "Eva Trainee", "trainee")
    jana = desks("jana", "Jana Nováková", "agent")
    import_customer(lead, tmp_path)
    lead.events.wait("team.agent", id="jana", state="ready")
    eva.events.wait("team.agent", id="jana", state="ready")
    customer = customer_calls(jana, str(tmp_path / "customer.wav"), tmp_path)
    try:
        answered_call(jana, lead)
        assert lead.result("status")["supervision"]["watching"] is None

        lead.result("monitor", "jana", "--mode", "listen")
        seen = watching(lead, {"banner": "LISTENING — nobody hears you", "customer": "Martina Zákazníková"})
        assert seen["banner"] == "LISTENING — nobody hears you" and seen["customer"] == "Martina Zákazníková", seen
        assert seen["whose"].startswith("Jana Nováková's call · ") and seen["coaching"] is True, seen
        assert lead.run("screenshot", str(tmp_path / "lead-listening.png")).returncode == 0

        saved = lead.result("coaching", "--text", NOTE)  # the agent being supervised now
        assert (saved["agent"], saved["lead"], saved["text"]) == ("jana", "petr", NOTE) and saved["updated"] > 0

        lead.result("monitor", "--mode", "whisper")
        assert watching(lead, {"mode": "whisper"})["banner"] == "WHISPERING — only Jana Nováková hears you"
        lead.result("monitor", "--mode", "barge")
        assert watching(lead, {"mode": "barge"})["banner"] == "BARGED IN — everyone hears you"

        # a trainee listening: the banner, no coaching notes; nobody but a lead reads them
        eva.result("monitor", "jana", "--mode", "listen")
        trainee = watching(eva, {"banner": "LISTENING — nobody hears you"})
        assert trainee["banner"] == "LISTENING — nobody hears you" and trainee["coaching"] is False, trainee
        for desk in (eva, jana):
            refused = desk.run("coaching", "jana")
            assert refused.returncode != 0 and "Coaching notes are for team leads only" in refused.stdout
            assert NOTE not in refused.stdout + refused.stderr
        eva.result("monitor", "--stop")
        eva.events.wait("monitor.ended", side="supervisor")

        lead.result("monitor", "--stop")
        lead.events.wait("monitor.ended", side="supervisor")
        assert lead.result("status")["supervision"]["watching"] is None
        assert lead.result("coaching", "jana")["text"] == NOTE  # kept after the session
        assert NOTE not in json.dumps(lead.result("outbox"), ensure_ascii=False)  # never on its way to a CRM
    finally:
        customer.kill()
        customer.wait(10)
    store = TeamStore(team_url, tmp_path / "reader")
    try:
        from crm_adapters.store.team.coaching import read_note

        assert read_note(store.engine, "petr", "jana").text == NOTE
        assert read_note(store.engine, "eva", "jana").text == ""
    finally:
        store.close()
