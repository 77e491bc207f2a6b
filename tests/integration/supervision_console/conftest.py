"""Consoles as separate processes sharing one team store (SQLite file), each with its own
phone; customers as simulated customers with a tone. Reuses tests/integration/supervision's
tones and FFT helpers and tests/harness's console processes."""
from __future__ import annotations

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sip"))
sys.path.insert(0, os.path.join(HERE, "..", "supervision"))
sys.path.insert(0, HERE)

from consoles import Desk  # noqa: E402


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.fspath).startswith(HERE):
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def tones(tmp_path) -> dict[int, str]:
    from cti.tones import write_tone

    return {hz: write_tone(str(tmp_path / f"{hz}.wav"), hz) for hz in (440, 880, 1320, 1760)}


@pytest.fixture(params=["sqlite", "postgresql"])
def team_url(request, tmp_path) -> str:
    """The team store the consoles share: one SQLite file, or one PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'team.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def desks(tmp_path, team_url):
    """desks(agent_id, name, role, secret=..., capture=..., playback=...): a running console."""
    started: list[Desk] = []
    url = team_url

    def start(agent_id: str, name: str, role: str, **kw) -> Desk:
        desk = Desk(tmp_path / agent_id, agent_id, name, role, url, **kw)
        started.append(desk)
        return desk

    yield start
    for desk in started:
        desk.close()
