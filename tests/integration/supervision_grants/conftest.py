"""Proven supervision roles in running consoles: consoles as separate processes sharing one team
store, the keys and grants made with the real `agent-console supervision` commands, customers and
forgers as simulated SIP callers with their own tones. Reuses tests/integration/supervision's tones
and FFT helpers and supervision_console's recordings."""
from __future__ import annotations

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
for folder in ("sip", "supervision", "supervision_console"):
    sys.path.insert(0, os.path.join(HERE, "..", folder))
sys.path.insert(0, HERE)

from grant_desks import GrantDesk  # noqa: E402


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.fspath).startswith(HERE):
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def tones(tmp_path) -> dict[int, str]:
    from cti.tones import write_tone

    return {hz: write_tone(str(tmp_path / f"{hz}.wav"), hz) for hz in (440, 880, 1320, 1760)}


@pytest.fixture
def desks(tmp_path):
    started: list[GrantDesk] = []
    url = f"sqlite:///{tmp_path / 'team.db'}"

    def start(agent_id: str, name: str, role: str, **kw) -> GrantDesk:
        desk = GrantDesk(tmp_path / agent_id, agent_id, name, role, url, **kw)
        started.append(desk)
        return desk

    start.team_url = url
    yield start
    for desk in started:
        desk.close()
