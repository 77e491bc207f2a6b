"""Fixtures for the supervision tests: the agent's phone with real supervision, supervisors
as desk phones, customers as simulated customers; every party its own process, each sending
its own tone (customer 440 Hz, agent 880 Hz, supervisors 1320 and 1760 Hz)."""
from __future__ import annotations

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SIP = os.path.join(HERE, "..", "sip")
sys.path.insert(0, SIP)
sys.path.insert(0, HERE)

from sip_parties import DeskPhone  # noqa: E402
from supervision_parties import AgentPhone  # noqa: E402


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.fspath).startswith(HERE):
            item.add_marker(pytest.mark.integration)


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
