"""A fresh local CRM (real SQLite file in tmp_path) and a real throw-away PostgreSQL."""
from __future__ import annotations

import pytest

from crm_adapters.local.adapter import LocalCrmAdapter
from crm_adapters.local.database import open_database
from tests.pg_server import postgres_server, postgres_url  # noqa: F401  (fixtures)


@pytest.fixture
def db(tmp_path):
    database = open_database("", tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def adapter(db):
    return LocalCrmAdapter(db, default_region="SK", owns_db=False)
