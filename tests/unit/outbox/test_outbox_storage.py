"""The outbox's local side: one transaction per save, drafts, and loud failures on a bad disk."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, event, func, select, text

from crm_adapters.local import models as m
from crm_adapters.local.database import open_database
from crm_adapters.local.same_transaction import LocalRecords
from crm_adapters.outbox import Outbox, StorageProblem
from crm_adapters.store.after_call.tables import CallLogRow, NoteDraft, OutboxEntry, TaskRow
from crm_adapters.store.database import Database
from crm_adapters.vocabulary import CallLog, FollowUpTask


@pytest.fixture
def db(tmp_path):
    database = open_database("", tmp_path)
    with database.session() as s:
        s.add(m.Customer(id=7, name="Ján Novák", phones=[m.CustomerPhone(raw="0905 123 456", e164="+421905123456")]))
    yield database
    database.close()


def count(db: Database, model) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def test_a_note_lands_in_the_local_crm_and_one_entry_per_remote_crm(db):
    outbox = Outbox(db, ["hubspot", "zendesk"], same_transaction=LocalRecords())
    outbox.save_draft("call-1", "half typed")
    saved = outbox.save_note("Wants the invoice again", {"local": "7", "hubspot": "hs-1"}, call_id="call-1",
                             draft_key="call-1")
    assert [a for _, a in saved.entries] == ["hubspot"]  # zendesk does not know this customer
    with db.session() as s:
        note = s.scalars(select(m.Interaction).where(m.Interaction.kind == "note")).one()
        assert (note.customer_id, note.summary, note.call_id) == (7, "Wants the invoice again", "call-1")
        entry = s.scalars(select(OutboxEntry)).one()
        assert entry.state == "pending" and entry.idempotency_key == f"{saved.record_id}:hubspot"
    assert outbox.drafts() == []  # the draft went in the same transaction


def test_a_call_log_and_a_task_reach_every_table_they_belong_to(db):
    outbox = Outbox(db, ["remote"], same_transaction=LocalRecords())
    started = datetime(2024, 5, 1, 9, 30, tzinfo=timezone.utc)
    outbox.save_call_log(CallLog(call_id="c9", direction="in", number="+421905123456", started=started,
                                 duration_s=95, disposition="sale", notes="ok", recording="rec/c9.wav",
                                 agent="jana"), {}, customer_name="Ján Novák")
    outbox.save_task(FollowUpTask(id="", source="", customer_id="", title="Call back about the offer",
                                  due=started + timedelta(days=1), assignee="jana", kind="callback",
                                  number="+421905123456"), {"local": "7"}, customer_name="Ján Novák")
    with db.session() as s:
        call = s.scalars(select(m.Interaction).where(m.Interaction.kind == "call")).one()
        assert call.customer_id == 7  # found by the number: the only customer with it
        assert (call.disposition, call.duration_s, call.recording) == ("sale", 95, "rec/c9.wav")
        row = s.scalars(select(CallLogRow)).one()
        assert (row.number, row.customer_name, row.agent, row.started) == ("+421905123456", "Ján Novák", "jana", started)
        task = s.scalars(select(TaskRow)).one()
        assert (task.kind, task.number, task.assignee) == ("callback", "+421905123456", "jana")
        assert s.scalars(select(m.FollowUpTask)).one().customer_id == 7
    assert outbox.counts()["pending"] == 2  # the call log and the task: the task's remote id is looked up when sent


def test_empty_note_and_untitled_task_are_refused_with_a_reason(db):
    outbox = Outbox(db, ["remote"])
    with pytest.raises(ValueError, match="empty"):
        outbox.save_note("   ", {"*": "1"})
    with pytest.raises(ValueError, match="title"):
        outbox.save_task(FollowUpTask(id="", source="", customer_id="", title=" "), {"*": "1"})
    assert count(db, OutboxEntry) == 0


def test_drafts_survive_a_reopen(tmp_path, db):
    Outbox(db, []).save_draft("call-5", "Customer is moving to Brno", {"number": "+421905123456"})
    Outbox(db, []).save_draft("call-5", "Customer is moving to Brno next month")
    again = open_database("", tmp_path)
    try:
        assert Outbox(again, []).drafts() == [("call-5", "Customer is moving to Brno next month",
                                               {"number": "+421905123456"})]
    finally:
        again.close()


def _limited(path, max_pages_extra: int) -> Database:
    """The same file, but SQLite may not grow it by more than a few pages: a real SQLITE_FULL."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _limit(dbapi_conn, _record):  # noqa: ANN001
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + max_pages_extra}")

    return Database(engine)


def test_a_full_disk_is_reported_and_nothing_is_half_saved(tmp_path, db):
    db.close()
    full = _limited(tmp_path / "console.db", 0)
    outbox = Outbox(full, ["remote"], same_transaction=LocalRecords())
    with pytest.raises(StorageProblem, match="disk is full"):
        outbox.save_note("x" * 200_000, {"*": "7"})
    full.close()
    assert count(db, OutboxEntry) == 0 and count(db, m.Interaction) == 0


def test_a_read_only_database_is_reported(tmp_path, db):
    db.close()
    ro = Database(create_engine(f"sqlite:///file:{tmp_path / 'console.db'}?mode=ro&uri=true"))
    outbox = Outbox(ro, ["remote"])
    with pytest.raises(StorageProblem, match="read-only"):
        outbox.save_draft("call-1", "important words")
    with pytest.raises(StorageProblem, match="read-only"):
        outbox.save_note("important words", {"*": "7"})
    ro.close()


def test_retry_requeues_failed_entries_and_hurries_waiting_ones(db):
    outbox = Outbox(db, ["remote"])
    first = outbox.save_note("one", {"*": "7"}).entries[0][0]
    second = outbox.save_note("two", {"*": "7"}).entries[0][0]
    outbox.mark_failed(first, "HTTP 400: no")
    later = datetime.now(timezone.utc) + timedelta(hours=1)
    outbox.mark_retry(second, "HTTP 503", later)
    assert outbox.counts() == {"pending": 1, "delivered": 0, "failed": 1}
    assert outbox.next_pending("remote").next_attempt_at > datetime.now(timezone.utc)
    assert outbox.retry() == 2
    assert outbox.counts() == {"pending": 2, "delivered": 0, "failed": 0}
    assert outbox.next_pending("remote").next_attempt_at <= datetime.now(timezone.utc)
    with db.session() as s:
        assert s.get(OutboxEntry, first).last_error == "HTTP 400: no"  # the reason stays visible
    assert count(db, NoteDraft) == 0
    with db.engine.connect() as conn:
        assert conn.execute(text("select count(*) from console_outbox")).scalar() == 2
