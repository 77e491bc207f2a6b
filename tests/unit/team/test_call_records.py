"""Call records in the team store (issue 12): migration 0004 adds them to a store made before
(nothing there is lost); a record's audio comes back byte for byte from its chunks; leads find
records by agent, customer (name, id or number) and time; the same file stored twice is one
record; a deletion and its audit line go together; values from outside are bounded when read."""
from __future__ import annotations

import hashlib
import wave

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import create_engine

from crm_adapters.store.team import AuditEntry, TeamStore, call_records as cr
from crm_adapters.store.team.call_records import CallRecord, CallRecords
from crm_adapters.store.team.tables import TEAM


def _wav(path, seconds: float, rate: int = 16000, byte: int = 7) -> str:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes([byte, 1]) * int(seconds * rate))
    return str(path)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    url = "" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    s = TeamStore(url, tmp_path)
    yield s
    s.close()


def test_migration_0004_adds_call_records_to_a_store_made_before_and_keeps_its_audit(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'team.db'}")
    TEAM.migrate(engine, "0002_monitor_audit")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO team_monitor_audit (at, supervisor, agent, outcome) "
                             "VALUES (5, 'petr', 'jana', 'started')"))
    assert "team_call_records" not in sa.inspect(engine).get_table_names()
    engine.dispose()
    store = TeamStore(f"sqlite:///{tmp_path / 'team.db'}", tmp_path)
    try:
        names = sa.inspect(store.engine).get_table_names()
        assert {"team_call_records", "team_call_record_audio"} <= set(names)
        assert [e.outcome for e in store.audit_log()] == ["started"]
    finally:
        store.close()


def test_a_record_s_audio_comes_back_byte_for_byte_from_several_chunks_and_twice_stored_is_once(store, tmp_path):
    path = _wav(tmp_path / "call.wav", 10.0)  # 320 KB: two chunks
    assert (tmp_path / "call.wav").stat().st_size > cr.CHUNK
    records = CallRecords(store.engine)
    saved = records.add(CallRecord("c1", "jana", "Jana Nováková", "Acme s.r.o.", "42", "+421905123456", "in",
                                   started=1_700_000_000.0), path, now=1_700_000_100.0)
    assert saved.id > 0 and saved.size_bytes == (tmp_path / "call.wav").stat().st_size
    assert saved.sha256 == hashlib.sha256((tmp_path / "call.wav").read_bytes()).hexdigest()
    assert saved.duration_s == pytest.approx(10.0, abs=0.01)
    again = records.add(CallRecord("c1", "jana"), path, now=1_700_000_200.0)
    assert again.id == saved.id and len(records.find()) == 1

    out = tmp_path / "played.wav"
    records.audio_to(saved.id, str(out))
    assert out.read_bytes() == (tmp_path / "call.wav").read_bytes()
    assert out.stat().st_mode & 0o077 == 0


def test_leads_find_records_by_agent_customer_and_time(store, tmp_path):
    records = CallRecords(store.engine)
    day = 1_700_000_000.0
    records.add(CallRecord("c1", "jana", customer_name="Acme s.r.o.", customer_id="crm-7",
                           number="+421905123456", direction="in", started=day), _wav(tmp_path / "1.wav", 1, byte=1), day)
    records.add(CallRecord("c2", "jana", customer_name="Beta a.s.", number="+420601000111", direction="out",
                           started=day + 90_000), _wav(tmp_path / "2.wav", 1, byte=2), day)
    records.add(CallRecord("c3", "eva", customer_name="Acme s.r.o.", started=day + 100),
                _wav(tmp_path / "3.wav", 1, byte=3), day)

    assert [r.call_id for r in records.find()] == ["c2", "c3", "c1"]  # newest first
    assert [r.call_id for r in records.find(agent="jana")] == ["c2", "c1"]
    assert [r.call_id for r in records.find(customer="acme")] == ["c3", "c1"]
    assert [r.call_id for r in records.find(customer="CRM-7")] == ["c1"]
    assert [r.call_id for r in records.find(customer="0905 123 456")] == ["c1"]
    assert [r.call_id for r in records.find(since=day, until=day + 86_400)] == ["c3", "c1"]
    assert records.find(customer="%") == ()  # a pattern character is not a wildcard


def test_a_deletion_and_its_audit_line_go_together_and_an_unknown_record_is_none(store, tmp_path):
    records = CallRecords(store.engine)
    saved = records.add(CallRecord("c1", "jana", started=100.0), _wav(tmp_path / "1.wav", 1), 200.0)
    def line(record):
        return AuditEntry("petr", record.agent_id, record.call_id, "", "deleted", "records.by_lead", "ctl", "petr")

    assert records.delete(saved.id, line, 300.0) == saved
    assert records.get(saved.id) is None and records.find() == ()
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM team_call_record_audio")).scalar() == 0
    assert [(e.outcome, e.agent, e.customer_call, e.reason) for e in store.audit_log()] == [
        ("deleted", "jana", "c1", "records.by_lead")]
    assert records.delete(saved.id, line, 300.0) is None
    assert len(store.audit_log()) == 1


def test_old_records_are_found_for_retention_and_a_too_large_file_is_refused(store, tmp_path, monkeypatch):
    records = CallRecords(store.engine)
    old = records.add(CallRecord("c1", "jana", started=100.0), _wav(tmp_path / "1.wav", 1, byte=1), 500.0)
    records.add(CallRecord("c2", "jana", started=1000.0), _wav(tmp_path / "2.wav", 1, byte=2), 500.0)
    assert [r.id for r in records.older_than(500.0)] == [old.id]
    monkeypatch.setattr(cr, "MAX_BYTES", 1000)
    with pytest.raises(cr.RecordTooLarge):
        records.add(CallRecord("c3", "jana"), _wav(tmp_path / "3.wav", 1, byte=3), 500.0)
    assert len(records.find()) == 2


def test_what_another_console_wrote_is_plain_and_short_when_read(store, tmp_path):
    records = CallRecords(store.engine)
    saved = records.add(CallRecord("c1", "jana", started=100.0), _wav(tmp_path / "1.wav", 1), 200.0)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE team_call_records SET customer_name = :n, direction = 'sideways', "
                             "duration_s = -1e300 WHERE id = :id"), {"n": "Evil\x1b[31m\u202eName", "id": saved.id})
    got = records.get(saved.id)
    assert got.customer_name == "Evil[31mName" and got.direction == "" and got.duration_s == 0.0


def test_retention_deletes_what_is_older_than_the_days_and_audits_each(store, tmp_path):
    records = CallRecords(store.engine)
    now = 1_700_000_000.0
    old = records.add(CallRecord("c-old", "jana", started=now - 31 * 86_400), _wav(tmp_path / "1.wav", 1, byte=1), now)
    records.add(CallRecord("c-new", "jana", started=now - 29 * 86_400), _wav(tmp_path / "2.wav", 1, byte=2), now)
    assert cr.purge(records, 0, "petr", now) == []  # 0 days = kept
    assert [r.id for r in cr.purge(records, 30, "petr", now)] == [old.id]
    assert [r.call_id for r in records.find()] == ["c-new"]
    assert [(e.outcome, e.customer_call, e.reason, e.via, e.written_by) for e in store.audit_log()] == [
        ("deleted", "c-old", "records.retention", "retention", "petr")]
