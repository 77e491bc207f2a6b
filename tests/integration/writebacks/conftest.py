"""Fixtures for the write-back tests: the tiny CRM (a real HTTP server) and restartable consoles."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
if str(HERE) not in sys.path:  # tiny_crm, desk
    sys.path.insert(0, str(HERE))


@pytest.fixture
def tiny_crm():
    from tiny_crm import TinyCrm

    crm = TinyCrm()
    try:
        yield crm
    finally:
        crm.down()
