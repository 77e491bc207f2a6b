"""A workstation database as issue 9 left it upgrades in place: nothing pending is lost.

The fixture is that database dumped from the code of the time (tests/unit/outbox/fixtures/
console_db_before_issue10.sql): the after-call tables were then made by the local CRM's
migration. The new start-up (the workstation store, then the local CRM in the same file, then
the outbox and its sender to a real HTTP CRM) must keep every row, restore both drafts, and
deliver every pending write-back once; the failed one goes out when the agent retries it.
"""
from __future__ import annotations

import queue
import sqlite3
from pathlib import Path

import pytest
from flaky_crm_adapter import FlakyCrmAdapter

from crm_adapters.local.database import LOCAL_CRM
from crm_adapters.numbers import normalise
from crm_adapters.outbox import Outbox
from crm_adapters.outbox_sender import OutboxSender, RetryPolicy
from crm_adapters.protocol import AdapterContext
from crm_adapters.registry import create_adapters, working
from crm_adapters.runtime import CrmRuntime
from crm_adapters.store.after_call import AFTER_CALL
from crm_adapters.store.workstation import open_workstation

DUMP = Path(__file__).parents[2] / "unit" / "outbox" / "fixtures" / "console_db_before_issue10.sql"
FAST = RetryPolicy(first_s=0.05, factor=2.0, cap_s=0.4, timeout_s=5.0, idle_poll_s=0.5)


@pytest.fixture
def old_workstation(tmp_path) -> Path:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    with sqlite3.connect(data / "console.db") as conn:
        conn.executescript(DUMP.read_text(encoding="utf-8"))
    return data


def synced(events: queue.Queue, n: int) -> list[dict]:
    got = []
    while len(got) < n:
        kind, fields = events.get(timeout=30)  # the sender reports each delivery
        assert kind != "writeback.failed", fields
        if kind == "writeback.synced":
            got.append(fields)
    return got


def test_pending_write_backs_and_drafts_survive_the_new_start_up(old_workstation, flaky_crm):
    with sqlite3.connect(old_workstation / "console.db") as conn:
        assert conn.execute("select version_num from crm_local_alembic_version").fetchall() == [("0002_after_call",)]

    db = open_workstation(old_workstation)  # what the console does first on start
    events: queue.Queue = queue.Queue()
    try:
        [(_, local)] = working(create_adapters(["local"], {}, AdapterContext(
            default_region="SK", data_dir=old_workstation, extra={"database": db})))
        assert db.schema_revision(AFTER_CALL.version_table) == AFTER_CALL.head()
        assert db.schema_revision(LOCAL_CRM.version_table) == LOCAL_CRM.head()

        outbox = Outbox(db, ["remote"], same_transaction=local.records_in(db))
        assert outbox.drafts() == [  # what the after-call work puts back on screen
            ("call-2", "Customer is moving to Brno", {"number": "+421905123456", "call_id": "call-2"}),
            ("free", "Ask IT about the headset", {})]
        assert outbox.counts() == {"pending": 3, "delivered": 1, "failed": 1}
        [customer] = local.find_customers_sync(normalise("0905 123 456", "SK"))
        assert customer.name == "Ján Novák"
        assert {h.summary for h in local.history_sync(customer)} >= {"Wants the invoice again",
                                                                     "Refused once by the CRM"}
        keys = {e["record_id"] + ":remote" for e in outbox.entries(["pending"])}

        with CrmRuntime() as runtime:
            remote = FlakyCrmAdapter("remote", flaky_crm.url)
            runtime.own(remote)
            sender = OutboxSender(outbox, {"remote": remote}, policy=FAST,
                                  on_event=lambda t, f: events.put((t, f)))
            sender.start(runtime)
            synced(events, 3)
            assert set(flaky_crm.records) == keys  # sent with the keys they were queued with
            assert sorted(flaky_crm.texts()) == ["Send the invoice", "Wants the invoice again", "call-1"]

            assert outbox.retry() == 1  # the agent retries the one the CRM refused before the upgrade
            sender.wake()
            synced(events, 1)
            assert flaky_crm.texts()["Refused once by the CRM"] == 1
            assert flaky_crm.duplicates() == 0 and flaky_crm.replays == 0
        assert outbox.counts() == {"pending": 0, "delivered": 5, "failed": 0}

        outbox.save_note("First note after the upgrade", {"local": customer.id})  # and work goes on
        assert "First note after the upgrade" in {h.summary for h in local.history_sync(customer)}
    finally:
        db.close()
