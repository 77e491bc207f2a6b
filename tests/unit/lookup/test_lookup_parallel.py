"""All CRMs are asked at the same time, and a customer's history and tasks are fetched together."""
from __future__ import annotations

import time

from lookup_fakes import NUMBER, FakeCrm, call, customer, run, task

from crm_adapters.lookup_chain import LookupChain


def test_two_slow_crms_are_asked_at_the_same_time():
    a = FakeCrm("a", [customer("Jana")], delay_s=0.2)
    b = FakeCrm("b", [customer("Jana")], delay_s=0.2)
    chain = LookupChain([("a", a), ("b", b)], timeout_ms=5000)
    a.history_items = b.history_items = [call("hi", 1)]
    started = time.perf_counter()
    card = run(chain.lookup(NUMBER))
    took = time.perf_counter() - started
    (_, a_start, a_end), (_, b_start, b_end) = a.calls[0], b.calls[0]
    assert b_start < a_end and a_start < b_end, "the two CRMs' lookups overlapped"
    # find (0.2 s) then history+tasks (0.2 s), both CRMs side by side: ~0.4 s, not ~0.8 s
    assert took < 0.75, f"took {took:.2f}s: looks sequential"
    assert card.complete and len(card.also_known_as) == 1


def test_history_and_open_tasks_are_fetched_together_for_the_match():
    crm = FakeCrm("crm", [customer("Jana")], history=[call("hi", 1)], tasks=[task("t", 1)], delay_s=0.15)
    run(LookupChain([("crm", crm)], timeout_ms=5000).lookup(NUMBER))
    spans = {what: (start, end) for what, start, end in crm.calls}
    assert set(spans) == {"find", "history", "tasks"}
    assert spans["history"][0] >= spans["find"][1] and spans["tasks"][0] >= spans["find"][1], "after the match"
    assert spans["history"][0] < spans["tasks"][1] and spans["tasks"][0] < spans["history"][1], "side by side"


def test_not_found_asks_for_no_history():
    crm = FakeCrm("crm", [])
    card = run(LookupChain([("crm", crm)]).lookup(NUMBER))
    assert [c[0] for c in crm.calls] == ["find"] and card.customer is None
