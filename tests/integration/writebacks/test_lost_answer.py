"""A REST CRM that stored a write-back but whose answer was lost (the connection dropped): the
console's retry carries the same idempotency key (header and `{idempotency_key}`), so a CRM that
honours it — as docs/rest-adapter.md asks — stores the call and the task once each."""
from __future__ import annotations

import pytest
from desk import Desk, answered_call

pytestmark = pytest.mark.integration

CALLER = "+421905111444"


@pytest.fixture
def desk(tmp_path, tiny_crm):
    d = Desk(tmp_path / "console", tiny_crm.template(tmp_path))
    try:
        yield d
    finally:
        d.close()


def test_the_retry_after_a_lost_answer_is_stored_once(desk, tiny_crm):
    customer = tiny_crm.add_contact("Ján Novák", CALLER)
    tiny_crm.honour_keys = True
    tiny_crm.drop_answer_once = True  # the first write-back is stored, its answer lost
    tiny_crm.up()
    desk.start()
    probe, call, call_id = answered_call(desk, CALLER)
    try:
        desk.result("disposition", "sale.new", "--call", call_id)
        desk.result("task", "send the offer", "--due", "2030-01-02T10:00+01:00", "--call", call_id)
        assert probe.bye(call) == 200
    finally:
        probe.__exit__(None, None, None)
    desk.events.wait("call.ended", call_id=call_id)
    desk.result("wrapup-done", "--call", call_id)
    desk.events.wait("writeback.retrying")  # the lost answer: tried again
    desk.events.wait_all("writeback.synced", count=2)
    calls, tasks = tiny_crm.stored("activities"), tiny_crm.stored("tasks")
    assert (len(calls), len(tasks)) == (1, 1), tiny_crm.records
    assert calls[0]["contact"] == customer and tasks[0]["contact"] == customer
    posts = [b for m, _p, _q, b in tiny_crm.requests if m == "POST"]
    assert len(posts) == 3  # one of them twice: the retry, with its key
