"""The team store on both databases it runs on, and consoles using it as separate processes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_adapters.store.team import TeamStore

MEMBER = Path(__file__).with_name("team_member.py")
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(params=["sqlite", "postgresql"])
def team_db(request, tmp_path) -> tuple[str, Path]:
    """(url, workstation folder): the workstation file, or a fresh PostgreSQL database."""
    url = "" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    return url, tmp_path / "data"


@pytest.fixture
def store(team_db):
    s = TeamStore(*team_db)
    yield s
    s.close()


class Member:
    """Another console's process using the same team store."""

    def __init__(self, team_db: tuple[str, Path], agent_id: str):
        self.agent_id = agent_id
        self.proc = subprocess.Popen([sys.executable, str(MEMBER), str(team_db[0]), str(team_db[1]), agent_id],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO,
                                     env={**os.environ, "PYTHONPATH": str(REPO)})
        assert self.read() == {"ready": agent_id}

    def read(self) -> dict:
        line = self.proc.stdout.readline()  # the pytest timeout bounds a member that hangs
        assert line, f"the member process {self.agent_id} ended (exit {self.proc.poll()})"
        return json.loads(line)

    def send(self, op: str, **args) -> None:
        self.proc.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.proc.stdin.flush()

    def do(self, op: str, **args) -> dict:
        self.send(op, **args)
        return self.read()

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def members(team_db, store):
    """``members("jana", "petr")`` starts those consoles (the store's tables exist first)."""
    started: list[Member] = []

    def start(*agent_ids: str) -> list[Member]:
        new = [Member(team_db, a) for a in agent_ids]
        started.extend(new)
        return new

    yield start
    for m in started:
        m.close()


def wait_for(what, condition, timeout_s: float = 5.0):
    """Poll ``condition()`` until it is truthy; fail with ``what`` at the deadline."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not happen within {timeout_s} s")
        time.sleep(0.05)


@pytest.fixture
def eventually():
    return wait_for
