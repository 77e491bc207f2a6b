"""The demo customer base: believable, current, and Ján Kováč ready for the demo call."""
from __future__ import annotations

import csv
from datetime import datetime, timezone
from importlib import resources

from crm_adapters.local.adapter import LocalCrmAdapter
from crm_adapters.local.demo_data import DEMO_CUSTOMER, DEMO_NUMBER, seed_demo
from crm_adapters.numbers import normalise


def test_demo_customer_jan_kovac(db):
    assert seed_demo(db) >= 30
    adapter = LocalCrmAdapter(db, owns_db=False)
    (jan,) = adapter.find_customers_sync(normalise("0905 123 456", "SK"))
    assert (jan.name, jan.company, jan.segment.value, jan.language) == (
        DEMO_CUSTOMER, "Tatra Logistics s.r.o.", "vip", "sk")
    assert jan.phones == ["0905 123 456"] and normalise(jan.phones[0], "SK").e164 == DEMO_NUMBER
    history = adapter.history_sync(jan)
    assert len(history) == 3
    assert history[0].when > history[1].when > history[2].when
    now = datetime.now(timezone.utc)
    assert (now - history[0].when).days < 7  # "last time" is recent, not a fixed old date
    tasks = adapter.open_tasks_sync(jan)
    assert len(tasks) == 2
    overdue = [t for t in tasks if t.is_overdue(now)]
    assert len(overdue) == 1 and overdue[0].kind == "callback"
    assert not tasks[1].is_overdue(now)


def test_seeding_twice_adds_nothing(db):
    first = seed_demo(db)
    assert first > 0
    assert seed_demo(db) == 0
    assert db.customer_count() == first


def test_every_demo_phone_finds_its_own_customer_and_no_one_else(db):
    seed_demo(db)
    adapter = LocalCrmAdapter(db, owns_db=False)
    text = resources.files("resources.demo").joinpath("customers.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert db.customer_count() == len(rows)
    languages, segments = set(), set()
    for row in rows:
        for raw in row["phone"].split(";"):
            info = normalise(raw, row["country"])
            assert info.e164, raw
            assert [c.name for c in adapter.find_customers_sync(info)] == [row["name"]]
        languages.add(row["language"])
        segments.add(row["segment"])
    assert {"sk", "cs", "ro", "ru", "en"} <= languages
    assert {"vip", "high", "standard", "low"} <= segments
    names = " ".join(r["name"] for r in rows)
    for diacritic in ("Ján Kováč", "Jiří Dvořák", "Ionuț", "Анна Смирнова", "Zuzana Horváthová"):
        assert diacritic in names


def test_demo_has_overdue_callbacks_and_future_tasks_beyond_jan(db):
    seed_demo(db)
    adapter = LocalCrmAdapter(db, owns_db=False)
    now = datetime.now(timezone.utc)
    (anna,) = adapter.find_customers_sync(normalise("+79161234567", "SK"))
    tasks = adapter.open_tasks_sync(anna)
    assert tasks and tasks[0].kind == "callback" and tasks[0].is_overdue(now)
    assert any(h.summary and h.kind == "call" for h in adapter.history_sync(anna))
