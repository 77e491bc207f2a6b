"""Customers waiting in an Asterisk queue (issue 11): a real console process with
``[team] waiting_sources = ["ami"]`` follows a fake Asterisk Manager Interface
(tests/harness/ami_server.py, written from Asterisk's published AMI formats).

- a caller already waiting when the console starts (QueueStatus, Wait 42 s) appears in
  ``ctl team``'s waiting list, and one joining (QueueCallerJoin) in the next team.waiting event (a lead sees numbers whole); an
  AgentConnect clears the first; an abandon clears the second and counts as abandoned;
- the AMI password (from AGENT_CONSOLE_SECRET_AMI) reaches Asterisk's Login but never the
  console's log or its config file;
- Asterisk drops the connection and refuses new ones: the console keeps running and says what
  is wrong (``ctl status``); a caller leaves and another joins meanwhile; once Asterisk answers
  again the console logs in again and QueueStatus puts the list right.

Every step waits for an event or for a state the console reports, never for time.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.ami_server import FakeAsterisk
from harness.consoles import start_console_process, stop_console, wait_for_ctl
from harness.ctl_events import Events

pytestmark = pytest.mark.integration

PASSWORD = "ami-Pa55-word-7731"
ALREADY = ("1764570000.11", "+421905111222", "Eva Malá")
JOINING = ("1764570000.12", "+420777333444", "Karel Novák")


def result(ctl: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "console", "ctl", *args, "--json"], capture_output=True, text=True,
                         timeout=30, env={**os.environ, "AGENT_CONSOLE_CTL": ctl})
    assert out.returncode == 0, out.stdout + out.stderr
    return json.loads(out.stdout)["result"]


def until(what: str, check, timeout: float = 60.0):
    """Ask again until ``check()`` gives something (a state the console reports, not a timing)."""
    deadline = time.monotonic() + timeout
    while not (found := check()):
        if time.monotonic() > deadline:
            raise AssertionError(f"never saw {what}")
        time.sleep(0.1)
    return found


class QueueDesk:
    """A lead's console following the fake Asterisk's queue."""

    def __init__(self, folder: Path, ami: FakeAsterisk) -> None:
        folder.mkdir(parents=True)
        self.folder = folder
        toml = ('[agent]\nid = "jana"\nname = "Jana Nováková"\nrole = "lead"\n'
                '[team]\nwaiting_sources = ["ami"]\n'
                f'[team.ami]\nhost = "127.0.0.1"\nport = {ami.port}\nuser = "{ami.user}"\nqueue = "support"\n')
        self.proc, self.ctl, self.config = start_console_process(
            folder, toml, env={"AGENT_CONSOLE_SECRET_AMI": PASSWORD})
        self.events: Events | None = None
        wait_for_ctl(self.ctl, self.proc)
        self.events = Events(self.ctl)
        self.events.start()
        self.seen = 0  # team.waiting events looked at so far

    def waiting(self, predicate, timeout: float = 60.0) -> list[dict]:
        """The next team.waiting list (after the ones already looked at) that ``predicate`` accepts."""
        deadline = time.monotonic() + timeout
        with self.events.cond:
            while True:
                lists = [e["waiting"] for e in self.events.items if e["type"] == "team.waiting"]
                for index in range(self.seen, len(lists)):
                    if predicate(lists[index]):
                        self.seen = index + 1
                        return lists[index]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no such team.waiting; saw {lists}")
                self.events.cond.wait(left)

    def log(self) -> str:
        return "".join(p.read_text(errors="replace") for p in (self.folder / "log").glob("*") if p.is_file()) + \
            (self.folder / "console.stderr").read_text(errors="replace")

    def close(self) -> None:
        if self.events is not None:
            self.events.close()
        if self.proc.poll() is None:
            stop_console(self.ctl, self.proc)


@pytest.fixture
def ami():
    server = FakeAsterisk(user="console", secret=PASSWORD)
    yield server
    server.stop()


@pytest.fixture
def desk(ami, tmp_path):
    ami.join(*ALREADY, waited_s=42, quietly=True)  # waiting before the console starts
    d = QueueDesk(tmp_path / "jana", ami)
    yield d
    d.close()


def keys(waiting: list[dict]) -> list[str]:
    return [w["sip_call_id"] for w in waiting]


def test_queue_callers_appear_leave_when_answered_and_count_when_they_give_up(desk, ami):
    first = until("the caller already waiting in ctl team", lambda: result(desk.ctl, "team")["waiting"])[0]
    assert first["sip_call_id"] == ALREADY[0]
    assert first["number"] == ALREADY[1] and first["name"] == ALREADY[2]  # a lead sees them whole
    assert first["waited_s"] >= 42  # from QueueStatus's Wait, not from when the console heard of it
    assert first["ringing_at"] == ["queue:support"]

    ami.join(*JOINING)
    both = desk.waiting(lambda w: keys(w) == [ALREADY[0], JOINING[0]])
    assert both[1]["number"] == JOINING[1]
    assert [w["sip_call_id"] for w in result(desk.ctl, "team")["waiting"]] == [ALREADY[0], JOINING[0]]

    ami.agent_connect(ALREADY[0], member="Jana")
    desk.waiting(lambda w: keys(w) == [JOINING[0]])
    ami.abandon(JOINING[0])
    desk.waiting(lambda w: w == [])
    team = result(desk.ctl, "team")
    assert team["waiting"] == []
    assert team["figures"]["team"]["abandoned"] == 1  # the one who gave up, not the one answered

    # the password went to Asterisk's Login, and nowhere else
    assert any(login.get("secret") == PASSWORD for login in ami.logins)
    assert PASSWORD not in desk.config.read_text(encoding="utf-8")
    assert PASSWORD not in desk.log()
    assert ALREADY[1] not in desk.log() and JOINING[1] not in desk.log()  # nor the callers' numbers
    assert "waiting_problems" not in result(desk.ctl, "status")["team"]  # the queue is seen


def test_the_console_outlives_a_dropped_connection_and_queue_status_puts_the_list_right(desk, ami):
    until("the caller already waiting in ctl team", lambda: result(desk.ctl, "team")["waiting"])
    ami.join(*JOINING)
    desk.waiting(lambda w: keys(w) == [ALREADY[0], JOINING[0]])
    ami.wait_logged_in(1)

    ami.refuse = True  # Asterisk restarts: the connection drops, new ones are closed at once
    ami.drop_connections()
    problem = until("the console saying the queue is out of reach",
                    lambda: result(desk.ctl, "status")["team"].get("waiting_problems", {}).get("ami"))
    assert "Asterisk queue at 127.0.0.1" in problem and PASSWORD not in problem
    assert desk.proc.poll() is None

    ami.leave_quietly(ALREADY[0])  # meanwhile: one caller was answered elsewhere, another joined
    later = ("1764570000.13", "+421911555666", "Zuzana Horváthová")
    ami.join(*later, waited_s=5, quietly=True)
    ami.refuse = False
    ami.wait_logged_in(2)
    right = desk.waiting(lambda w: keys(w) == [later[0], JOINING[0]])  # longest waiting first
    assert right[0]["waited_s"] >= 5
    until("the problem cleared", lambda: "waiting_problems" not in result(desk.ctl, "status")["team"])
    assert result(desk.ctl, "team")["figures"]["team"]["abandoned"] == 0  # left while away: not counted
    assert PASSWORD not in desk.log()
