"""Fixtures for the SIP tests: tones, desk phones, Kamailio (see sip_parties.py)."""
from __future__ import annotations

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sip_parties import DeskPhone, Kamailio  # noqa: E402


def pytest_collection_modifyitems(config, items):
    """Everything here runs real processes: mark it so `-m "not integration"` skips it."""
    for item in items:
        if str(item.fspath).startswith(HERE) and not str(item.fspath).endswith("test_caller_id.py"):
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def tones(tmp_path) -> dict[int, str]:
    from cti.tones import write_tone

    return {hz: write_tone(str(tmp_path / f"{hz}.wav"), hz) for hz in (440, 880, 1320)}


@pytest.fixture
def phones(tmp_path):
    """Factory for desk phones; every one is stopped at the end and must exit with 0."""
    made: list[DeskPhone] = []

    def make(sip: dict | None = None, audio: dict | None = None) -> DeskPhone:
        phone = DeskPhone(str(tmp_path), sip, audio)
        made.append(phone)
        assert phone.start_event["type"] == "ready", phone.start_event
        return phone

    yield make
    codes = [(p.stop(), p.errors()) for p in made]
    for code, err in codes:
        assert code == 0, f"desk phone exited with {code}: {err[-2000:]}"


@pytest.fixture
def kamailio(tmp_path):
    import shutil

    if not shutil.which("kamailio"):
        pytest.fail("kamailio is not installed (scripts/setup.sh installs it)")
    k = Kamailio(str(tmp_path), {"jana": "s3cret-jana", "petra": "s3cret-petra"})
    k.start()
    yield k
    k.kill()
