"""The supervision audit keeps the end of a session when the console quits right after (issue 12):
the `ended` line is written on the team lane, and quitting waits for it.

- a lead stops listening and quits at once (both over one ctl connection, nothing in between):
  the audit has the lead's `ended` line (its reason: the end's SIP reason, or "supervisor hung up"
  when the console quit before the end reached it);
- a lead quits while still listening: the audit has the lead's `ended` line ("supervisor's
  console closed"), and the agent's console audits the end it saw.
The audit is read from the team store itself once the lead's console has exited.
"""
from __future__ import annotations

import pytest
from test_console_supervision import answered_call, customer_calls

from crm_adapters.store.team.store import TeamStore

from console.ctl_client import CtlClient


@pytest.fixture
def team_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'team.db'}"


def audit_by(team_url: str, folder, who: str) -> list[tuple[str, str, str]]:
    store = TeamStore(team_url, folder)
    try:
        return [(e.outcome, e.agent, e.reason) for e in store.audit_log(0.0, None, 100) if e.written_by == who]
    finally:
        store.close()


def quit_now(lead, *first: tuple[str, list[str]]) -> None:
    """Send `first`'s commands and `quit` back to back on one connection; wait until the console exited."""
    client = CtlClient(lead.ctl)
    client.connect()
    try:
        for command, args in (*first, ("quit", [])):
            assert client.request(command, args)["ok"], command
    finally:
        client.close()
    assert lead.proc.wait(30) == 0


def test_the_ended_line_is_written_when_the_lead_stops_and_quits_at_once(desks, team_url, tmp_path):
    lead = desks("petr", "Petr Lead", "lead")
    jana = desks("jana", "Jana Nováková", "agent")
    lead.events.wait("team.agent", id="jana", state="ready")
    customer = customer_calls(jana, str(tmp_path / "customer.wav"), tmp_path)
    try:
        call = answered_call(jana, lead)
        lead.result("monitor", "jana", "--mode", "listen")
        jana.events.wait("monitor.started", side="agent")
        lead.events.close()
        lead.events = None
        quit_now(lead, ("monitor", ["--stop"]))
        lines = audit_by(team_url, tmp_path / "reader", "petr")
        assert [(outcome, agent) for outcome, agent, _reason in lines] == [("started", "jana"), ("ended", "jana")]
        assert jana.events.wait("monitor.ended", side="agent")["target_call"] == call
    finally:
        customer.kill()
        customer.wait(10)


def test_the_ended_line_is_written_when_the_lead_quits_while_listening(desks, team_url, tmp_path):
    lead = desks("petr", "Petr Lead", "lead")
    jana = desks("jana", "Jana Nováková", "agent")
    lead.events.wait("team.agent", id="jana", state="ready")
    customer = customer_calls(jana, str(tmp_path / "customer.wav"), tmp_path)
    try:
        answered_call(jana, lead)
        lead.result("monitor", "jana", "--mode", "whisper")
        jana.events.wait("monitor.started", side="agent")
        lead.events.close()
        lead.events = None
        quit_now(lead)
        assert audit_by(team_url, tmp_path / "reader", "petr") == [
            ("started", "jana", ""), ("ended", "jana", "supervisor's console closed")]
        jana.events.wait("monitor.ended", side="agent")
        jana.close()  # the agent's console quits: it wrote the start and the end it saw
        assert [line[0] for line in audit_by(team_url, tmp_path / "reader", "jana")] == ["started", "ended"]
    finally:
        customer.kill()
        customer.wait(10)
