"""Schema changes never lose a pending write-back, and every table has one owner.

The after-call records (outbox, drafts, call log, tasks) have their own migration history and
version table; the local CRM has its own. Upgrades tested for real: the schema before the
outbox existed (local CRM 0001) to today's, and the outbox with pending and failed entries to
a future revision that rebuilds the outbox table (SQLite's batch mode copies every row into a
new table: the risky kind of migration). The upgrade from the schema as issue 9 left it, with
pending write-backs and drafts, is in tests/integration/after_call/test_workstation_upgrade.py.
"""
from __future__ import annotations

import os
import shutil
import stat

from sqlalchemy import create_engine, inspect, select, text

from crm_adapters.local import models as m
from crm_adapters.local.database import LOCAL_CRM, open_database
from crm_adapters.local.same_transaction import LocalRecords
from crm_adapters.outbox import Outbox
from crm_adapters.store.after_call import AFTER_CALL
from crm_adapters.store.database import Database
from crm_adapters.store.migrations import Component
from crm_adapters.store.workstation import open_workstation

AFTER_CALL_TABLES = {"console_outbox", "console_note_drafts", "console_call_log", "console_tasks", "console_card_cache"}

FUTURE_REVISION = '''
"""A later change to the outbox (test only): adds a priority column.

Revision ID: 9999_future_outbox
Revises: {head}
"""
import sqlalchemy as sa
from alembic import op

revision = "9999_future_outbox"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("console_outbox", recreate="always") as batch:
        batch.add_column(sa.Column("priority", sa.Integer(), nullable=False, server_default="0"))


def downgrade():
    with op.batch_alter_table("console_outbox") as batch:
        batch.drop_column("priority")
'''


def test_the_workstation_file_holds_only_the_after_call_tables_until_a_local_crm_moves_in(tmp_path):
    db = open_workstation(tmp_path / "data")
    try:
        tables = set(inspect(db.engine).get_table_names())
        assert tables == AFTER_CALL_TABLES | {AFTER_CALL.version_table}  # no CRM tables: no CRM asked for them
        assert db.schema_revision(AFTER_CALL.version_table) == AFTER_CALL.head()
        if os.name != "nt":
            assert stat.S_IMODE((tmp_path / "data" / "console.db").stat().st_mode) == 0o600
            assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    finally:
        db.close()
    crm = open_database("", tmp_path / "data")  # the local CRM without a url: the same file
    try:
        assert {"crm_customers", LOCAL_CRM.version_table} <= set(inspect(crm.engine).get_table_names())
        assert crm.schema_revision() == LOCAL_CRM.head()
        assert crm.schema_revision(AFTER_CALL.version_table) == AFTER_CALL.head()
    finally:
        crm.close()


def test_upgrading_from_the_schema_before_the_outbox_keeps_the_crm_and_adds_the_outbox(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'console.db'}")
    LOCAL_CRM.migrate(engine, "0001_local_crm")
    with engine.begin() as conn:
        conn.execute(text("insert into crm_customers (id, name, company, language, segment, currency, email, notes,"
                          " created_at, updated_at) values (7, 'Ján Novák', '', 'sk', 'vip', '', '', '',"
                          " '2024-01-01', '2024-01-01')"))
    engine.dispose()
    db = open_database("", tmp_path)  # what the console does on start
    try:
        assert AFTER_CALL_TABLES <= set(inspect(db.engine).get_table_names())
        outbox = Outbox(db, ["remote"], same_transaction=LocalRecords())
        outbox.save_note("first note after the upgrade", {"local": "7", "remote": "r7"})
        with db.session() as s:
            assert s.get(m.Customer, 7).name == "Ján Novák"
            assert s.scalars(select(m.Interaction.summary)).all() == ["first note after the upgrade"]
        assert outbox.counts()["pending"] == 1
    finally:
        db.close()


def test_a_later_migration_that_rebuilds_the_outbox_keeps_pending_and_failed_entries(tmp_path):
    db = open_workstation(tmp_path / "data")
    outbox = Outbox(db, ["remote"])
    keys = []
    for i in range(5):
        keys.append(outbox.save_note(f"note {i}", {"*": "r1"}).record_id)
    first = outbox.next_pending("remote")
    outbox.mark_delivered(first.entry_id, "r-1")
    second = outbox.next_pending("remote")
    outbox.mark_failed(second.entry_id, "HTTP 400: subject missing")
    before = outbox.entries(["pending", "failed", "delivered"])
    head = db.schema_revision(AFTER_CALL.version_table)
    db.close()

    scripts = tmp_path / "migrations"
    shutil.copytree(AFTER_CALL.scripts, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_future_outbox.py").write_text(FUTURE_REVISION.format(head=head), encoding="utf-8")
    engine = create_engine(f"sqlite:///{tmp_path / 'data' / 'console.db'}")
    Component("after-call records", scripts, AFTER_CALL.version_table).migrate(engine)

    after_db = Database(engine)
    try:
        assert after_db.schema_revision(AFTER_CALL.version_table) == "9999_future_outbox"
        after = Outbox(after_db, ["remote"])
        assert after.entries(["pending", "failed", "delivered"]) == before
        assert after.counts() == {"pending": 3, "delivered": 1, "failed": 1}
        nxt = after.next_pending("remote")
        assert nxt.payload["text"] == "note 2" and nxt.idempotency_key == f"{keys[2]}:remote"
        with engine.connect() as conn:
            assert conn.execute(select(text("count(*)")).select_from(text("console_outbox"))
                                .where(text("priority = 0"))).scalar() == 5
    finally:
        after_db.close()


def test_a_local_crm_with_its_own_url_gets_its_tables_only(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'shop.db'}", tmp_path / "data")
    try:
        tables = set(inspect(db.engine).get_table_names())
        assert "crm_customers" in tables and not tables & AFTER_CALL_TABLES
        if os.name != "nt":
            assert stat.S_IMODE((tmp_path / "shop.db").stat().st_mode) == 0o600
    finally:
        db.close()
    assert not (tmp_path / "data" / "console.db").exists()  # the workstation file was not touched
