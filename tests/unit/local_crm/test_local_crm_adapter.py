"""The local adapter finds the right customer for every way a number arrives, never the wrong
one, and stores each write-back exactly once."""
from __future__ import annotations

import asyncio
import logging
import threading
from datetime import datetime, timedelta, timezone
from importlib.metadata import entry_points

import pytest

from crm_adapters.local import models as m
from crm_adapters.local.adapter import LocalCrmAdapter, create
from crm_adapters.numbers import normalise
from crm_adapters.protocol import AdapterContext, AdapterError, CrmAdapter
from crm_adapters.vocabulary import CallLog, FollowUpTask, Segment

# Same subscriber digits in different countries, and neighbours that differ in one digit.
PEOPLE = [
    ("Ján Kováč", "vip", ["0905 123 456"], "SK"),
    ("Jiří Dvořák", "high", ["+420 605 123 456"], "CZ"),  # same last 6 digits, other country
    ("Ionuț Popescu", "standard", ["0721 234 567"], "RO"),
    ("Peter Novák", "standard", ["+421 721 234 567"], "SK"),  # RO subscriber digits under +421
    ("Анна Смирнова", "vip", ["8 (916) 123-45-67"], "RU"),
    ("Oliver Smith", "high", ["+44 (0) 20 7946 0958"], "GB"),
    ("Sarah Johnson", "low", ["(212) 555-0100"], "US"),
    ("Mária Šimková", "standard", ["0905 123 457"], "SK"),  # one digit away from Ján
]


def add_people(db):
    ids = {}
    with db.session() as s:
        for name, segment, phones, region in PEOPLE:
            c = m.Customer(name=name, segment=segment)
            c.phones = [m.CustomerPhone(raw=p, e164=normalise(p, region).e164) for p in phones]
            s.add(c)
            s.flush()
            ids[name] = str(c.id)
    return ids


INCOMING = {  # (as received, agent's default region) -> who it must find
    ("sip:+421905123456@pbx;user=phone", "SK"): "Ján Kováč",
    ("<sip:0905123456@10.1.1.1>", "SK"): "Ján Kováč",
    ("tel:+421-905-123-456", "CZ"): "Ján Kováč",
    ("00421 905 123 456", "RO"): "Ján Kováč",
    ("+420605123456", "SK"): "Jiří Dvořák",
    ("605 123 456", "CZ"): "Jiří Dvořák",
    ("0721 234 567", "RO"): "Ionuț Popescu",
    ("+40 721 234 567", "SK"): "Ionuț Popescu",
    ("+421721234567", "RO"): "Peter Novák",
    ("8 (916) 123-45-67", "RU"): "Анна Смирнова",
    ("+7 916 123 45 67", "SK"): "Анна Смирнова",
    ("sip:+79161234567@msk", "GB"): "Анна Смирнова",
    ("020 7946 0958", "GB"): "Oliver Smith",
    ("+442079460958", "SK"): "Oliver Smith",
    ("212-555-0100", "US"): "Sarah Johnson",
    ("+1 212 555 0100", "SK"): "Sarah Johnson",
    ("0905 123 457", "SK"): "Mária Šimková",
}


@pytest.mark.parametrize(("incoming", "who"), list(INCOMING.items()), ids=[k[0] for k in INCOMING])
def test_each_way_a_number_arrives_finds_exactly_the_right_customer(adapter, db, incoming, who):
    add_people(db)
    found = asyncio.run(adapter.find_customers(normalise(*incoming)))
    assert [c.name for c in found] == [who]


@pytest.mark.parametrize("incoming", ["0905 123 458", "+420905123456", "+40905123456", "anonymous", "hello",
                                      "+421 905 12 34 56 7", "605 123 456"])
def test_unknown_withheld_or_similar_numbers_find_nobody(adapter, db, incoming):
    add_people(db)
    assert adapter.find_customers_sync(normalise(incoming, "SK")) == []


def test_customer_card_fields_and_deep_link(adapter, db):
    ids = add_people(db)
    (jan,) = adapter.find_customers_sync(normalise("+421905123456", "SK"))
    assert jan.id == ids["Ján Kováč"] and jan.source == "local"
    assert jan.segment is Segment.VIP and jan.is_vip
    assert jan.phones == ["0905 123 456"]
    assert jan.url == f"agent-console://customer/{jan.id}"


def test_shared_number_lists_vip_first(adapter, db):
    with db.session() as s:
        for name, segment in [("Recepcia Tatra", "standard"), ("Ján Kováč", "vip"), ("Sklad Tatra", "low")]:
            s.add(m.Customer(name=name, segment=segment,
                             phones=[m.CustomerPhone(raw="02/5441 2233", e164="+421254412233"),
                                     m.CustomerPhone(raw=f"09{len(name):02d} 111 222", e164=None)]))
    found = adapter.find_customers_sync(normalise("+421 2 5441 2233", "SK"))
    assert [c.name for c in found] == ["Ján Kováč", "Recepcia Tatra", "Sklad Tatra"]
    assert all(len(c.phones) == 2 for c in found)


def test_history_newest_first_and_open_tasks_oldest_due_first(adapter, db):
    ids = add_people(db)
    now = datetime.now(timezone.utc)
    cid = int(ids["Ján Kováč"])
    with db.session() as s:
        for days, text in [(30, "old"), (1, "newest"), (7, "middle")]:
            s.add(m.Interaction(customer_id=cid, kind="call", occurred_at=now - timedelta(days=days), summary=text))
        s.add(m.FollowUpTask(customer_id=cid, title="later", due=now + timedelta(days=2)))
        s.add(m.FollowUpTask(customer_id=cid, title="no date"))
        s.add(m.FollowUpTask(customer_id=cid, title="overdue call-back", kind="callback", due=now - timedelta(hours=2)))
        s.add(m.FollowUpTask(customer_id=cid, title="done already", due=now - timedelta(days=9), done=True))
    (jan,) = adapter.find_customers_sync(normalise("0905123456", "SK"))
    assert [h.summary for h in asyncio.run(adapter.history(jan))] == ["newest", "middle", "old"]
    assert [h.summary for h in adapter.history_sync(jan, limit=2)] == ["newest", "middle"]
    tasks = asyncio.run(adapter.open_tasks(jan))
    assert [t.title for t in tasks] == ["overdue call-back", "later", "no date"]
    assert tasks[0].is_overdue(now) and tasks[0].kind == "callback"
    assert not tasks[1].is_overdue(now)


def test_write_backs_with_the_same_key_are_stored_once(adapter, db):
    ids = add_people(db)
    jan = ids["Ján Kováč"]
    started = datetime.now(timezone.utc) - timedelta(minutes=5)
    log = CallLog(call_id="c-1", direction="in", number="+421905123456", started=started, duration_s=95,
                  customer_id=jan, disposition="resolved", notes="Dodávka v piatok.", agent="jana")
    task = FollowUpTask(id="", source="local", customer_id=jan, title="Zavolať späť", kind="callback",
                        due=started + timedelta(days=1), assignee="jana", call_id="c-1")

    async def twice():
        return ([await adapter.write_call_log(log, "k-log") for _ in range(2)],
                [await adapter.write_note(jan, "Chce ponuku.", "c-1", "k-note") for _ in range(2)],
                [await adapter.write_task(task, "k-task") for _ in range(2)])

    logs, notes, tasks = asyncio.run(twice())
    assert logs[0] == logs[1] and notes[0] == notes[1] and tasks[0] == tasks[1]
    (customer,) = adapter.find_customers_sync(normalise("+421905123456", "SK"))
    history = adapter.history_sync(customer)
    assert sorted((h.kind, h.summary) for h in history) == [("call", "Dodávka v piatok."), ("note", "Chce ponuku.")]
    call = next(h for h in history if h.kind == "call")
    assert (call.duration_s, call.disposition, call.agent, call.direction) == (95, "resolved", "jana", "in")
    assert [t.title for t in adapter.open_tasks_sync(customer)] == ["Zavolať späť"]
    # a different key is a different record
    assert asyncio.run(adapter.write_note(jan, "Druhá poznámka.", "c-2", "k-note-2")) != notes[0]


def test_concurrent_writers_with_one_key_store_one_row(tmp_path):
    from crm_adapters.local.database import open_database

    db = open_database("", tmp_path)
    ids = add_people(db)
    writers = [LocalCrmAdapter(db, owns_db=False) for _ in range(6)]
    results, barrier = [], threading.Barrier(len(writers))

    def write(a):
        barrier.wait()
        results.append(a.write_note_sync(ids["Ján Kováč"], "Raz.", "c-9", "same-key"))

    threads = [threading.Thread(target=write, args=(a,)) for a in writers]
    [t.start() for t in threads]
    [t.join(30) for t in threads]
    assert len(results) == 6 and len(set(results)) == 1
    with db.session() as s:
        from sqlalchemy import func, select

        assert s.scalar(select(func.count()).select_from(m.Interaction)) == 1
    db.close()


def test_call_from_unknown_number_is_kept_and_known_number_is_attached(adapter, db):
    add_people(db)
    now = datetime.now(timezone.utc)
    stranger = CallLog(call_id="c-7", direction="in", number="+421911999888", started=now, notes="Kto to bol?")
    assert adapter.write_call_log_sync(stranger, "k-7")
    known = CallLog(call_id="c-8", direction="out", number="0721 234 567", started=now, notes="Apel.")
    adapter = LocalCrmAdapter(db, default_region="RO", owns_db=False)
    adapter.write_call_log_sync(known, "k-8")
    (ionut,) = adapter.find_customers_sync(normalise("+40721234567", "SK"))
    assert [h.summary for h in adapter.history_sync(ionut)] == ["Apel."]
    with db.session() as s:
        from sqlalchemy import select

        row = s.scalar(select(m.Interaction).where(m.Interaction.call_id == "c-7"))
        assert row.customer_id is None and row.number == "+421911999888" and row.summary == "Kto to bol?"


def test_note_or_task_for_a_missing_customer_is_refused_clearly(adapter, db):
    add_people(db)
    with pytest.raises(AdapterError) as err:
        adapter.write_note_sync("99999", "text", "c", "k-x")
    assert "99999" in err.value.reason and err.value.retryable is False
    with pytest.raises(AdapterError):
        adapter.write_task_sync(FollowUpTask(id="", source="local", customer_id="abc", title="T"), "k-y")
    with pytest.raises(AdapterError):
        adapter.write_task_sync(FollowUpTask(id="", source="local", customer_id="1", title="  "), "k-z")


def test_entry_point_creates_an_adapter_on_the_workstation_database(tmp_path):
    (ep,) = [e for e in entry_points(group="agent_console.crm_adapters") if e.name == "local"]
    factory = ep.load()
    assert factory is create
    adapter = factory({"url": ""}, AdapterContext(default_region="SK", data_dir=tmp_path))
    try:
        assert isinstance(adapter, CrmAdapter) and adapter.name == "local"
        assert (tmp_path / "console.db").exists()
        assert asyncio.run(adapter.find_customers(normalise("0905 123 456", "SK"))) == []
    finally:
        asyncio.run(adapter.close())
    with pytest.raises(AdapterError) as err:
        create({"url": "nonsense://"}, AdapterContext(data_dir=tmp_path))
    assert "cannot be opened" in err.value.reason


def test_logs_never_contain_numbers_or_note_text(adapter, db, caplog):
    ids = add_people(db)
    caplog.set_level(logging.DEBUG, logger="crm_adapters")
    adapter.find_customers_sync(normalise("+421905123456", "SK"))
    adapter.write_call_log_sync(CallLog(call_id="c", direction="in", number="+421905123456",
                                        started=datetime.now(timezone.utc), notes="Tajná poznámka 0905123456"), "k")
    adapter.write_note_sync(ids["Ján Kováč"], "Súkromné: +421 905 123 456", "c", "k2")
    text = caplog.text
    assert caplog.records, "the adapter is expected to log its work"
    for secret in ("905123456", "905 123 456", "Tajná", "Súkromné"):
        assert secret not in text
    assert "+421*******56" in text

