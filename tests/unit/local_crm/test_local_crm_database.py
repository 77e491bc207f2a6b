"""The local database opens, migrates itself and works on SQLite and on a real PostgreSQL."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import inspect

from crm_adapters.local.adapter import LocalCrmAdapter
from crm_adapters.local.database import DB_FILE_NAME, VERSION_TABLE, head_revision, open_database
from crm_adapters.local.demo_data import seed_demo
from crm_adapters.numbers import normalise
from crm_adapters.vocabulary import CallLog

TABLES = {"crm_customers", "crm_customer_phones", "crm_interactions", "crm_follow_up_tasks", VERSION_TABLE}


def test_fresh_sqlite_file_is_created_migrated_and_tuned(tmp_path):
    db = open_database("", tmp_path / "new" / "folder")
    try:
        path = tmp_path / "new" / "folder" / DB_FILE_NAME
        assert path.exists()
        assert db.schema_revision() == head_revision()
        assert TABLES <= set(inspect(db.engine).get_table_names())
        indexes = {i["name"] for i in inspect(db.engine).get_indexes("crm_customer_phones")}
        assert "ix_crm_customer_phones_e164" in indexes
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert raw.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()


def test_reopening_keeps_data_and_does_not_migrate_twice(tmp_path):
    db = open_database(None, tmp_path)
    assert seed_demo(db) > 0
    count = db.customer_count()
    db.close()
    db = open_database("", tmp_path)
    try:
        assert db.customer_count() == count
        assert db.schema_revision() == head_revision()
    finally:
        db.close()


def test_deleting_a_customer_removes_phones_history_and_tasks(db):
    seed_demo(db)
    from sqlalchemy import delete, func, select

    from crm_adapters.local import models as m

    with db.session() as s:
        cid = s.scalar(select(m.Customer.id).where(m.Customer.name == "Ján Kováč"))
        s.execute(delete(m.Customer).where(m.Customer.id == cid))
    with db.session() as s:
        for model in (m.CustomerPhone, m.Interaction, m.FollowUpTask):
            assert s.scalar(select(func.count()).select_from(model).where(model.customer_id == cid)) == 0


def test_unusable_url_gives_a_clear_error(tmp_path):
    with pytest.raises(Exception) as err:
        open_database("not a url at all", tmp_path)
    assert "not a url at all" in str(err.value) or "Could not parse" in str(err.value)


@pytest.mark.integration
def test_postgresql_migrates_seeds_looks_up_and_writes_once(postgres_url, tmp_path):
    db = open_database(postgres_url, tmp_path)
    try:
        assert db.engine.dialect.name == "postgresql"
        assert db.schema_revision() == head_revision()
        assert TABLES <= set(inspect(db.engine).get_table_names())
        assert seed_demo(db) >= 30
        adapter = LocalCrmAdapter(db, owns_db=False)
        found = adapter.find_customers_sync(normalise("0905 123 456", "SK"))
        assert [c.name for c in found] == ["Ján Kováč"]
        tasks = adapter.open_tasks_sync(found[0])
        assert len(tasks) == 2 and tasks[0].due.tzinfo is not None
        assert tasks[0].is_overdue(datetime.now(timezone.utc))
        log = CallLog(call_id="pg-1", direction="in", number="+421905123456",
                      started=datetime.now(timezone.utc) - timedelta(minutes=3), duration_s=61,
                      customer_id=found[0].id, notes="Potvrdil termín.")
        first = adapter.write_call_log_sync(log, "key-pg-1")
        assert adapter.write_call_log_sync(log, "key-pg-1") == first
        history = adapter.history_sync(found[0])
        assert [h.summary for h in history].count("Potvrdil termín.") == 1
    finally:
        db.close()
    db = open_database(postgres_url.replace("postgresql+psycopg", "postgresql"), tmp_path)
    try:  # reopening (plain postgresql:// URL) finds everything and migrates nothing
        assert db.customer_count() >= 30
    finally:
        db.close()
