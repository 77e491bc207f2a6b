"""The team in running consoles (issue 11): a lead and an agent as separate console processes
sharing one team store — the same SQLite file, or one PostgreSQL database.

What the lead sees of the agent comes through the lead's own `ctl team` and `ctl events`
(team.agent, team.call), so every step waits for an event, never for time:
- the agent's `ctl state away --reason lunch` shows on the lead;
- the agent's live call (a simulated customer calling the agent's console) shows on the lead
  with the whole number, and masked on the agent's (not a lead's) console;
- `kill -9` of the agent shows it offline on the lead; a clean quit writes "offline" at once
  (the store says so at the quitting console's last heartbeat, not only after the silence);
- reserve staff: the lead asks the away agent to join, the agent answers yes through ctl, is
  ready, and the lead's answers show it;
- a colleague calling: the lead dials the agent; the agent's call shows the lead's name.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from crm_adapters.store.team import TeamStore

from harness.console_desk import ConsoleDesk, ctl, result
from harness.consoles import free_udp_port, stop_console

NUMBER = "+421905123456"


class Desk(ConsoleDesk):
    """One console process: its ctl name, phone port and event stream."""

    def __init__(self, folder: Path, agent_id: str, name: str, role: str, team_url: str):
        self.port = free_udp_port()
        super().__init__(folder, f'[agent]\nid = "{agent_id}"\nname = "{name}"\nrole = "{role}"\n'
                                 f'[sip]\nlisten = "127.0.0.1:{self.port}"\n[team]\nurl = "{team_url}"\n')


@pytest.fixture(params=["sqlite", "postgresql"])
def team_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'team.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def desks(tmp_path):
    started: list[Desk] = []

    def start(agent_id: str, name: str, role: str, url: str) -> Desk:
        desk = Desk(tmp_path / agent_id, agent_id, name, role, url)
        started.append(desk)
        return desk

    yield start
    for desk in started:
        desk.close()


def customer(port: int, folder: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", f"sip:jana@127.0.0.1:{port}",
                             "--from", "0905 123 456", "--tone", "440", "--duration", "60"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder)


def agent_in(team: dict, agent_id: str) -> dict:
    return next(a for a in team["agents"] if a["id"] == agent_id)


def test_the_lead_sees_the_agents_state_and_call_and_a_killed_console_goes_offline(desks, team_url, tmp_path):
    """Three consoles on one team store: a lead and two agents; what one agent does reaches both others."""
    lead = desks("petr", "Petr Lead", "lead", team_url)
    jana = desks("jana", "Jana Nováková", "agent", team_url)
    marek = desks("marek", "Marek Horák", "agent", team_url)
    lead.events.wait("team.agent", id="jana", state="ready")
    lead.events.wait("team.agent", id="marek", state="ready")
    assert result(lead.ctl, "status")["team"] == {"url_kind": team_url.split(":")[0].split("+")[0],
                                                  "agents_online": 3, "problem": ""}

    away = result(jana.ctl, "state", "away", "--reason", "lunch")
    seen = lead.events.wait("team.agent", id="jana", state="away")
    assert marek.events.wait("team.agent", id="jana", state="away")["reason"] == "lunch"  # a colleague too
    assert (seen["name"], seen["reason"], seen["call"]) == ("Jana Nováková", "lunch", None)
    # the agent's own time in state (not when the lead heard of it)
    assert abs((datetime.fromisoformat(seen["since"]) - datetime.fromisoformat(away["since"])).total_seconds()) < 0.001
    on_lead = agent_in(result(lead.ctl, "team"), "jana")
    assert (on_lead["state"], on_lead["reason"]) == ("away", "lunch") and datetime.fromisoformat(on_lead["since"])

    caller = customer(jana.port, tmp_path)
    try:
        ringing = lead.events.wait("team.call", agent_id="jana", state="ringing")
        assert (ringing["direction"], ringing["number"]) == ("inbound", NUMBER)  # a lead sees the number
        call_id = ringing["call_id"]
        assert result(jana.ctl, "answer")["call_id"] == call_id
        talking = lead.events.wait("team.call", call_id=call_id, state="connected")
        assert talking["number"] == NUMBER
        assert lead.events.wait("team.agent", id="jana", state="on_call")["call"]["call_id"] == call_id
        jana.events.wait("team.call", call_id=call_id, state="connected")
        assert marek.events.wait("team.call", call_id=call_id, state="connected")["number"] == "+•••••••••456"
        own = result(jana.ctl, "team")["calls"]
        assert [(c["call_id"], c["number"]) for c in own] == [(call_id, "+•••••••••456")]  # not a lead: masked

        os.kill(jana.proc.pid, signal.SIGKILL)
        jana.proc.wait(10)
        gone = lead.events.wait("team.agent", id="jana", state="offline", timeout=15)
        assert gone["call"] is None
        marek.events.wait("team.agent", id="jana", state="offline", timeout=15)
        assert lead.events.wait("team.call", call_id=call_id, state="ended", timeout=5)
        team = result(lead.ctl, "team")
        assert agent_in(team, "jana")["state"] == "offline" and team["calls"] == []
    finally:
        caller.kill()
        caller.wait(10)

    store = TeamStore(team_url, tmp_path / "reader")
    try:
        # the killed console never said goodbye: its row still says on_call; silence made it offline
        assert _stored_state(store, "jana") == "on_call"
        lead.events.close()
        lead.events = None
        stop_console(lead.ctl, lead.proc)  # ctl quit
        assert lead.proc.returncode == 0
        assert _stored_state(store, "petr") == "offline"  # said at once, not after the silence
    finally:
        store.close()


def _stored_state(store: TeamStore, agent_id: str) -> str:
    """The state the agent's console last wrote (read as at the epoch: silence cannot make it offline)."""
    return next(a.state for a in store.directory(now=0.0) if a.id == agent_id)


def test_reserve_staff_join_through_ctl_and_a_colleague_calling_shows_by_name(desks, tmp_path):
    url = f"sqlite:///{tmp_path / 'team.db'}"
    lead = desks("petr", "Petr Lead", "lead", url)
    jana = desks("jana", "Jana Nováková", "agent", url)

    nobody = ctl(jana.ctl, "team", "join-answer", "yes")
    assert nobody.returncode != 0 and "Nobody has asked you to join the line" in nobody.stdout
    refused = ctl(jana.ctl, "team", "ask")
    assert refused.returncode != 0 and "Only a team lead" in refused.stdout

    result(jana.ctl, "state", "away", "--reason", "break")
    lead.events.wait("team.agent", id="jana", state="away")
    asked = result(lead.ctl, "team", "ask")
    assert asked["asked"] == ["jana"] and asked["request_id"]

    answer = result(jana.ctl, "team", "join-answer", "yes")
    assert answer == {"request_id": asked["request_id"], "from": "petr", "accepted": True}
    jana.events.wait("agent.state", state="ready")
    lead.events.wait_all("team.agent", 2, id="jana", state="ready")  # (the first: before she went away)
    assert result(lead.ctl, "team")["join_answers"] == {"jana": True}

    # the lead calls the agent's desk directly: the agent's console names the colleague
    dialled = result(lead.ctl, "dial", f"sip:jana@127.0.0.1:{jana.port}")
    assert lead.events.wait("team.call", call_id=dialled["call_id"])["agent_id"] == "petr"
    incoming = lead.events.wait("team.call", agent_id="jana", state="ringing")
    assert incoming["customer_name"] == "Petr Lead"
    ringing = jana.events.wait("call.ringing")
    assert ringing["withheld"] is True  # the phone alone would have said "Withheld number"
    assert result(jana.ctl, "reject")["call_id"] == ringing["call_id"]
    lead.events.wait("team.call", call_id=incoming["call_id"], state="ended")
