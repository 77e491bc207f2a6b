"""The console process is SIGKILLed between the save and the delivery, and during delivery;
after each restart every note and task reaches the (real HTTP) CRM exactly once."""
from __future__ import annotations

import sqlite3

import pytest
from console_driver import Console

pytestmark = pytest.mark.integration


@pytest.fixture
def console(tmp_path, flaky_crm):
    c = Console(tmp_path, flaky_crm.url)
    try:
        yield c
    finally:
        c.stop()


def local_notes(db_path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [r[0] for r in conn.execute("select summary from crm_interactions where kind = 'note' order by id")]


def test_killed_before_and_during_delivery_everything_arrives_once(console, flaky_crm):
    flaky_crm.hang_s = 5.0
    console.start()
    flaky_crm.refuse()  # the CRM is down: entries are saved and queued, not delivered
    made = set()
    for i in range(8):
        reply = console.result("note", f"promised a discount {i}", "--customer", "c-42")
        assert reply["saved"] and reply["queued_for"] == ["flaky"]
        made.add(f"promised a discount {i}")
    for i in range(4):
        console.result("task", f"send contract {i}", "--due", "2030-01-01T10:00", "--customer", "c-42")
        made.add(f"send contract {i}")
    assert console.result("outbox")["pending"] == 12
    assert len(local_notes(console.db_path)) == 8  # the local CRM has them already
    console.kill()  # 1: between the save and the delivery

    flaky_crm.recover()
    flaky_crm.faults.extend(["hang"])  # stores the first record, then does not answer
    console.start()
    console.wait_for(lambda: flaky_crm.requests >= 1, what="first delivery attempt")
    console.kill()  # 2: during a delivery (the CRM stored it, we never heard back)

    console.start()
    console.wait_for(lambda: console.result("outbox")["pending"] == 0, what="outbox drained")
    outbox = console.result("outbox")
    assert (outbox["delivered"], outbox["failed"]) == (12, 0)
    assert set(flaky_crm.texts()) == made
    assert flaky_crm.duplicates() == 0
    assert flaky_crm.replays >= 1  # the record stored during the kill came again, with its key
    assert len(local_notes(console.db_path)) == 8  # restarts did not repeat the local writes


def test_a_draft_typed_before_a_kill_is_there_after_restart(console, flaky_crm):
    console.start()
    first = console.result("note", "Customer is moving to Brno")
    assert first["draft"] and not first["saved"] and "--customer" in first["hint"]
    console.kill()
    console.start()
    again = console.result("note", "next month")
    assert again["chars"] == len("Customer is moving to Brno\nnext month")


def test_bad_commands_explain_themselves(console, flaky_crm):
    console.start()
    bad_due = console.ctl("task", "call back", "--due", "tomorrow-ish", "--customer", "1", check=False)
    assert not bad_due["ok"] and "2024-05-31T14:00" in bad_due["error"]
    no_customer = console.ctl("task", "call back", "--due", "2030-01-01T10:00", check=False)
    assert not no_customer["ok"] and "--customer" in no_customer["error"]
    no_call = console.ctl("disposition", "sale", check=False)
    assert not no_call["ok"] and "no call" in no_call["error"]
    not_wrapping = console.ctl("wrapup-done", check=False)
    assert not not_wrapping["ok"] and "not in wrap-up" in not_wrapping["error"]
    assert console.result("outbox")["pending"] == 0  # nothing half-saved
