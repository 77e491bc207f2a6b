"""A fresh local CRM (real SQLite file in tmp_path) and a real throw-away PostgreSQL."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # `tests.pg_server` without `python -m`

from crm_adapters.local.adapter import LocalCrmAdapter  # noqa: E402
from crm_adapters.local.database import open_database  # noqa: E402

from harness.pg_server import postgres_server, postgres_url  # noqa: E402, F401  (fixtures)


@pytest.fixture
def db(tmp_path):
    database = open_database("", tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def adapter(db):
    return LocalCrmAdapter(db, default_region="SK", owns_db=False)
