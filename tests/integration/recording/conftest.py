"""Consoles as separate processes sharing one team store (SQLite file or PostgreSQL), each with
its own phone and [recording] policy; customers as simulated customers with a tone. Reuses the
FFT helpers of tests/integration/sip and the live-WAV reader of tests/integration/supervision_console."""
from __future__ import annotations

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sip"))
sys.path.insert(0, os.path.join(HERE, "..", "supervision_console"))
sys.path.insert(0, HERE)

from recording_desks import RecordingDesk  # noqa: E402


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.fspath).startswith(HERE):
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def tones(tmp_path) -> dict[int, str]:
    from cti.tones import write_tone

    return {hz: write_tone(str(tmp_path / f"{hz}.wav"), hz) for hz in (440, 880)}


@pytest.fixture(params=["sqlite", "postgresql"])
def team_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'team.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def sqlite_team(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'team.db'}"


@pytest.fixture
def desks(tmp_path):
    """desks(team_url, agent_id, name, role, recording=..., capture=..., playback=...)."""
    started: list[RecordingDesk] = []

    def start(team_url: str, agent_id: str, name: str, role: str, **kw) -> RecordingDesk:
        desk = RecordingDesk(tmp_path / f"{agent_id}-{len(started)}", agent_id, name, role, team_url, **kw)
        started.append(desk)
        return desk

    yield start
    for desk in started:
        desk.close()
