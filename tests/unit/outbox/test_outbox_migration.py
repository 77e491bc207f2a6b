"""Schema changes never lose a pending write-back.

Two real upgrades: the previous schema (0001, before the outbox existed) to today's, and
today's schema with pending and failed entries to a future revision that rebuilds the outbox
table (SQLite's batch mode copies every row into a new table: the risky kind of migration).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, select, text

from crm_adapters.local import models as m
from crm_adapters.local.database import Database, open_database
from crm_adapters.outbox import Outbox

MIGRATIONS = Path(__import__("crm_adapters.local.database", fromlist=["x"]).__file__).with_name("migrations")

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


def upgrade(engine, script_location: Path, revision: str = "head") -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def test_upgrading_from_the_previous_schema_keeps_the_crm_and_adds_the_outbox(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'console.db'}")
    upgrade(engine, MIGRATIONS, "0001_local_crm")
    with engine.begin() as conn:
        conn.execute(text("insert into crm_customers (id, name, company, language, segment, currency, email, notes,"
                          " created_at, updated_at) values (7, 'Ján Novák', '', 'sk', 'vip', '', '', '',"
                          " '2024-01-01', '2024-01-01')"))
    engine.dispose()
    db = open_database("", tmp_path)  # what the console does on start
    try:
        assert "console_outbox" in inspect(db.engine).get_table_names()
        outbox = Outbox(db, ["remote"])
        outbox.save_note("first note after the upgrade", {"local": "7", "remote": "r7"})
        with db.session() as s:
            assert s.get(m.Customer, 7).name == "Ján Novák"
        assert outbox.counts()["pending"] == 1
    finally:
        db.close()


def test_a_later_migration_that_rebuilds_the_outbox_keeps_pending_and_failed_entries(tmp_path):
    db = open_database("", tmp_path / "data")
    outbox = Outbox(db, ["remote"])
    keys = []
    for i in range(5):
        keys.append(outbox.save_note(f"note {i}", {"*": "r1"}).record_id)
    first = outbox.next_pending("remote")
    outbox.mark_delivered(first.entry_id, "r-1")
    second = outbox.next_pending("remote")
    outbox.mark_failed(second.entry_id, "HTTP 400: subject missing")
    before = outbox.entries(["pending", "failed", "delivered"])
    head = db.schema_revision()
    db.close()

    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_future_outbox.py").write_text(FUTURE_REVISION.format(head=head), encoding="utf-8")
    engine = create_engine(f"sqlite:///{tmp_path / 'data' / 'console.db'}")
    upgrade(engine, scripts)

    after_db = Database(engine)
    try:
        assert after_db.schema_revision() == "9999_future_outbox"
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
