"""Fixtures for the supervision tests: the agent's phone with real supervision, supervisors
as desk phones, customers as simulated customers; every party its own process, each sending
its own tone (customer 440 Hz, agent 880 Hz, supervisors 1320 and 1760 Hz)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SIP = os.path.join(HERE, "..", "sip")
sys.path.insert(0, SIP)
sys.path.insert(0, HERE)

from sip_parties import PY, ROOT, DeskPhone, _Lines, _parse_event, free_port  # noqa: E402

SECRET = "team-secret-for-tests"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.fspath).startswith(HERE):
            item.add_marker(pytest.mark.integration)


class AgentPhone(DeskPhone):
    """The agent console's softphone with cti.supervision's MonitorDesk (agent_phone.py)."""

    def __init__(self, tmp: str, sip: dict | None = None, audio: dict | None = None,
                 supervision: dict | None = None) -> None:
        sip = dict(sip or {})
        sip.setdefault("listen", f"127.0.0.1:{free_port()}")
        cfg = {"sip": sip, "audio": audio or {"capture": "null", "playback": "null"},
               "supervision": {"secret": SECRET, "agent": "jana", **(supervision or {})}}
        self.stderr = open(os.path.join(tmp, f"agent-{time.monotonic_ns()}.err"), "w+")
        self.proc = subprocess.Popen([PY, os.path.join(HERE, "agent_phone.py"), json.dumps(cfg)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
                                     text=True, cwd=ROOT)
        self.lines = _Lines(self.proc, _parse_event)
        self.start_event = self.lines.wait_for(lambda e: e["type"] in ("ready", "start_failed"), 20)
        self.port = self.start_event.get("port", 0)
        self.uri = f"sip:127.0.0.1:{self.port}"


@pytest.fixture
def tones(tmp_path) -> dict[int, str]:
    from cti.tones import write_tone

    return {hz: write_tone(str(tmp_path / f"{hz}.wav"), hz) for hz in (440, 880, 1320, 1760)}


@pytest.fixture
def parties(tmp_path):
    """parties.agent(...), parties.supervisor(tone, record): started, stopped at the end (exit 0)."""
    made: list[DeskPhone] = []

    class Parties:
        @staticmethod
        def agent(sip: dict | None = None, audio: dict | None = None, **supervision) -> AgentPhone:
            phone = AgentPhone(str(tmp_path), {"auto_answer_s": 0, **(sip or {})}, audio, supervision)
            made.append(phone)
            assert phone.start_event["type"] == "ready", (phone.start_event, phone.errors())
            return phone

        @staticmethod
        def supervisor(audio: dict | None = None, sip: dict | None = None) -> DeskPhone:
            phone = DeskPhone(str(tmp_path), sip, audio)
            made.append(phone)
            assert phone.start_event["type"] == "ready", phone.start_event
            return phone

    yield Parties
    codes = [(p.stop(), p.errors()) for p in made]
    for code, err in codes:
        assert code == 0, f"a phone exited with {code}: {err[-2000:]}"


@pytest.fixture
def kamailio(tmp_path):
    import shutil

    from sip_parties import Kamailio

    if not shutil.which("kamailio"):
        pytest.fail("kamailio is not installed (scripts/setup.sh installs it)")
    k = Kamailio(str(tmp_path), {"jana": "s3cret-jana", "petra": "s3cret-petra"})
    k.start()
    yield k
    k.kill()
