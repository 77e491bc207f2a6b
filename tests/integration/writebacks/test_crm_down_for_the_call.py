"""Nothing queued is lost for want of an id (issue 15): a freshly started console, a real HTTP CRM
(tiny_crm: UUID contacts, as a user's REST template reaches it) that is DOWN for the whole call.
The notes, disposition and follow-up task are queued; once the CRM is back each arrives exactly
once at the customer's own id — looked up when sent — and never at `/api/contacts//…`. The same
when the console is SIGKILLed during the outage. A customer the CRM does not know waits in
"needs a customer" until the agent links one, then goes out."""
from __future__ import annotations

import pytest
from desk import Desk, answered_call

pytestmark = pytest.mark.integration

CALLER = "+421905111222"


@pytest.fixture
def desk(tmp_path, tiny_crm):
    d = Desk(tmp_path / "console", tiny_crm.template(tmp_path))
    try:
        yield d
    finally:
        d.close()


def work_during_an_outage(desk: Desk) -> str:
    """Ring, answer, a note, a disposition, a task, hang up, wrap-up done; returns the call id."""
    probe, call, call_id = answered_call(desk, CALLER)
    try:
        card = desk.events.wait("card.shown", call_id=call_id)
        assert card.get("customer") in (None, "", {}), card  # nobody known: the CRM is down
        desk.result("note", "wants the", "offer by Friday", "--call", call_id)
        desk.result("disposition", "sale.new", "--call", call_id)
        task = desk.result("task", "send the offer", "--due", "2030-01-02T10:00+01:00", "--call", call_id)
        assert task["queued_for"] == ["tiny"], task  # queued even though nobody was known
        assert probe.bye(call) == 200
    finally:
        probe.__exit__(None, None, None)
    desk.events.wait("call.ended", call_id=call_id)
    done = desk.result("wrapup-done", "--call", call_id)
    assert done["queued_for"] == ["tiny"]
    outbox = desk.result("outbox")
    assert (outbox["pending"], outbox["failed"], outbox["delivered"]) == (2, 0, 0), outbox
    return call_id


def arrived_once_at(tiny_crm, customer: str) -> None:
    calls, tasks = tiny_crm.stored("activities"), tiny_crm.stored("tasks")
    assert len(calls) == 1 and len(tasks) == 1, tiny_crm.records
    assert calls[0]["contact"] == customer and tasks[0]["contact"] == customer
    assert "offer by Friday" in calls[0]["notes"] and calls[0]["disposition"] == "sale.new"
    assert tasks[0]["title"] == "send the offer"
    assert tiny_crm.empty_id_requests() == []


def test_written_at_the_right_customer_once_the_crm_is_back(desk, tiny_crm):
    customer = tiny_crm.add_contact("Ján Novák", CALLER)
    desk.start()
    work_during_an_outage(desk)
    tiny_crm.up()
    desk.result("outbox", "retry")  # (the agent's retry button; the sender would retry by itself too)
    desk.events.wait_all("writeback.synced", count=2)
    arrived_once_at(tiny_crm, customer)
    outbox = desk.result("outbox")
    assert (outbox["pending"], outbox["failed"], outbox.get("needs_customer", 0), outbox["delivered"]) == (0, 0, 0, 2)


def test_the_same_after_a_sigkill_during_the_outage(desk, tiny_crm):
    customer = tiny_crm.add_contact("Ján Novák", CALLER)
    desk.start()
    work_during_an_outage(desk)
    desk.kill()
    desk.start()  # still down: the restarted console keeps them queued
    assert desk.result("outbox")["pending"] == 2
    tiny_crm.up()
    desk.result("outbox", "retry")
    desk.events.wait_all("writeback.synced", count=2)
    arrived_once_at(tiny_crm, customer)


def test_a_customer_the_crm_does_not_know_waits_for_the_agents_link(desk, tiny_crm):
    desk.start()
    work_during_an_outage(desk)
    tiny_crm.up()  # back, but nobody has this number
    desk.result("outbox", "retry")
    waiting = desk.events.wait_all("writeback.needs_customer", count=2)
    assert {e["kind"] for e in waiting} == {"call_log", "task"}
    outbox = desk.result("outbox")
    assert (outbox["needs_customer"], outbox["failed"], outbox["pending"]) == (2, 0, 0), outbox
    entries = outbox["entries"]
    assert all(e["state"] == "needs_customer" and "link" in e["last_error"] for e in entries), entries
    assert CALLER not in str(entries)  # the number is shown masked
    assert tiny_crm.records == [] and tiny_crm.empty_id_requests() == []

    customer = tiny_crm.add_contact("Jana Malá", "+421905999888")  # found by the agent in the CRM
    linked = desk.result("outbox", "link", str(entries[0]["entry_id"]), customer)
    assert sorted(linked["linked"]) == sorted(e["entry_id"] for e in entries)  # the call's other entry too
    desk.events.wait_all("writeback.synced", count=2)
    arrived_once_at(tiny_crm, customer)


def test_a_link_to_a_bad_id_keeps_the_crms_reason(desk, tiny_crm):
    desk.start()
    work_during_an_outage(desk)
    tiny_crm.up()
    desk.result("outbox", "retry")
    waiting = desk.events.wait_all("writeback.needs_customer", count=2)
    entry = next(e["entry_id"] for e in waiting if e["kind"] == "task")
    desk.result("outbox", "link", str(entry), "42")
    failed = desk.events.wait("writeback.failed", entry_id=entry)
    assert "contact: must be a valid UUID" in failed["reason"], failed
