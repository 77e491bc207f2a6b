"""Fixtures for the after-call tests: a flaky remote CRM on 127.0.0.1 and a fresh workstation DB."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
if str(HERE) not in sys.path:  # flaky_crm, flaky_crm_adapter, console_driver
    sys.path.insert(0, str(HERE))


@pytest.fixture
def flaky_crm():
    from flaky_crm import FlakyCrm

    crm = FlakyCrm(hang_s=2.0).start()
    try:
        yield crm
    finally:
        crm.stop()


@pytest.fixture
def workstation_db(tmp_path):
    from crm_adapters.local.database import open_database

    db = open_database("", tmp_path / "data")
    try:
        yield db
    finally:
        db.close()
