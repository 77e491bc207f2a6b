"""The agent's state through `ctl`, on a real console process taking a real SIP call.

`ctl state ready|away --reason R` works (it answered "unknown command" before issue 10),
`ctl status --json` carries the state, and `ctl events` streams `agent.state` over a call
with wrap-up: ringing → on_call → wrap_up → (away, when chosen meanwhile) → ready.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from harness.consoles import free_udp_port, start_console_process, stop_console, wait_for_ctl
from harness.ctl_events import Events


@pytest.fixture
def desk(tmp_path):
    port = free_udp_port()
    toml = (f'[sip]\nlisten = "127.0.0.1:{port}"\n'
            '[presence]\naway_reasons = ["lunch", "coaching"]\n')
    proc, ctl, _ = start_console_process(tmp_path, toml)
    try:
        wait_for_ctl(ctl, proc)
        events = Events(ctl)
        events.start()
        yield ctl, port, events, tmp_path
        events.close()
    finally:
        stop_console(ctl, proc)
    assert proc.returncode == 0, "the console must shut down cleanly"


def ctl(name: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "console", "ctl", *args], capture_output=True, text=True,
                          timeout=30, env={**os.environ, "AGENT_CONSOLE_CTL": name})


def result(name: str, *args: str) -> dict:
    out = ctl(name, *args, "--json")
    assert out.returncode == 0, out.stdout + out.stderr
    return json.loads(out.stdout)["result"]


def customer(port: int, folder: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", f"sip:agent@127.0.0.1:{port}",
                             "--from", "0905 123 456", "--tone", "440", "--duration", "30"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder)


def test_state_away_with_a_reason_and_the_states_of_a_call_with_wrap_up(desk):
    name, port, events, folder = desk
    status = result(name, "status")
    assert status["agent"]["state"] == "ready" and status["agent_id"] == "agent"

    away = result(name, "state", "away", "--reason", "lunch")
    assert (away["state"], away["reason"]) == ("away", "lunch")
    event = events.wait("agent.state", state="away")
    assert event["reason"] == "lunch" and datetime.fromisoformat(event["since"])
    assert result(name, "status")["agent"] == {"state": "away", "reason": "lunch", "since": event["since"]}

    refused = ctl(name, "state", "away", "--reason", "nap")
    assert refused.returncode != 0
    assert "unknown away reason 'nap'" in refused.stdout + refused.stderr
    assert "lunch, coaching" in refused.stdout + refused.stderr  # the site's list, not the default one
    assert result(name, "status")["agent"]["reason"] == "lunch"  # nothing changed

    assert result(name, "state", "ready")["state"] == "ready"
    events.wait("agent.state", state="ready")

    caller = customer(port, folder)
    try:
        ringing = events.wait("call.ringing")
        call_id = ringing["call_id"]
        assert events.wait("agent.state", state="ringing")["call_id"] == call_id
        assert result(name, "answer")["call_id"] == call_id
        assert events.wait("agent.state", state="on_call")["call_id"] == call_id
        assert result(name, "status")["agent"]["state"] == "on_call"

        # chosen during the call: it follows once the call and its wrap-up are done
        assert result(name, "state", "away", "--reason", "coaching")["next"] == "away"
        assert result(name, "hangup")["call_id"] == call_id
        assert events.wait("agent.state", state="wrap_up")["call_id"] == call_id
        status = result(name, "status")
        assert status["agent"]["state"] == "wrap_up" and status["calls"] == [] and status["wrap_up"] == [call_id]
        shot = folder / "wrap-up.png"
        assert ctl(name, "screenshot", str(shot)).returncode == 0 and shot.stat().st_size > 10_000

        assert result(name, "wrapup-done")["call_id"] == call_id
        back = events.wait("agent.state", state="away", reason="coaching")
        assert "call_id" not in back
        caller.wait(15)
    finally:
        caller.kill()
    assert [e["state"] for e in events.all("agent.state")] == [
        "away", "ready", "ringing", "on_call", "wrap_up", "away"]
