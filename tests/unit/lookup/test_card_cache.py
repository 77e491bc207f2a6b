"""Repeat callers: the saved card pops at once, then every CRM is asked again."""
from __future__ import annotations

import threading
import time

import pytest
from lookup_fakes import NUMBER, FakeCrm, call, customer, run

from crm_adapters.card_cache import CardCache, SourceAnswer
from crm_adapters.lookup_chain import LookupChain
from crm_adapters.vocabulary import SourceState


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def answer(name: str, at: float) -> SourceAnswer:
    return SourceAnswer(customers=[customer(name)], fetched_at=at)


def test_least_recently_used_numbers_are_dropped_first():
    clock = Clock()
    cache = CardCache(max_entries=2, clock=clock)
    cache.put("+1", {"a": answer("one", clock.t)})
    cache.put("+2", {"a": answer("two", clock.t)})
    assert cache.get("+1") is not None  # +1 is now the most recently used
    cache.put("+3", {"a": answer("three", clock.t)})
    assert "+2" not in cache and "+1" in cache and "+3" in cache and len(cache) == 2


def test_answers_older_than_the_ttl_are_not_shown():
    clock = Clock()
    cache = CardCache(ttl_s=60, clock=clock)
    cache.put("+1", {"old": answer("old", clock.t - 50), "new": answer("new", clock.t)})
    clock.t += 20
    hit = cache.get("+1")
    assert set(hit.answers) == {"new"} and hit.age_s == 20
    clock.t += 50
    assert cache.get("+1") is None and "+1" not in cache


def test_not_found_is_remembered_only_briefly():
    clock = Clock()
    cache = CardCache(ttl_s=3600, negative_ttl_s=30, clock=clock)
    cache.put("+1", {}, negative=True)
    clock.t += 29
    assert cache.get("+1").negative
    clock.t += 2
    assert cache.get("+1") is None


def test_saved_answers_cannot_be_changed_through_a_card():
    cache = CardCache()
    original = {"a": answer("Jana", time.monotonic())}  # fetched now (0.0 is older than the 8 h TTL on a machine up for hours)
    cache.put("+1", original, negative=False)
    original["a"].customers[0].name = "changed before"
    cache.get("+1").answers["a"].customers[0].name = "changed after"
    assert cache.get("+1").answers["a"].customers[0].name == "Jana"


def test_bad_cache_settings_are_refused():
    with pytest.raises(ValueError, match="at least 1"):
        CardCache(max_entries=0)
    with pytest.raises(ValueError, match="cannot be negative"):
        CardCache(ttl_s=-1)


def test_many_threads_at_once_do_not_corrupt_the_cache():
    cache = CardCache(max_entries=50)
    errors = []

    def work(n: int) -> None:
        try:
            for i in range(300):
                key = f"+{(n * 7 + i) % 120}"
                cache.put(key, {"a": answer(key, cache.now())})
                hit = cache.get(key)
                assert hit is None or hit.answers["a"].customers[0].name == key
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(cache) <= 50


def test_repeat_caller_sees_the_saved_card_before_any_crm_is_asked_then_the_fresh_one():
    crm = FakeCrm("crm", [customer("Jana Nováková")], history=[call("first call", 2)], delay_s=0.05)
    chain = LookupChain([("crm", crm)], timeout_ms=2000, cache=CardCache())
    run(chain.lookup(NUMBER))
    crm.customers = [customer("Jana Novák-Horváthová")]  # she married in the meantime
    asked_before = len(crm.calls)
    updates = []

    def screen(card):
        updates.append((card, len(crm.calls)))
    final = run(chain.lookup(NUMBER, screen))
    first, calls_when_shown = updates[0]
    assert calls_when_shown == asked_before, "shown before the CRM was asked again"
    assert first.from_cache and not first.complete
    assert first.customer.name == "Jana Nováková" and [h.summary for h in first.history] == ["first call"]
    assert first.sources["crm"].state == SourceState.PENDING
    assert final.complete and not final.from_cache and final.customer.name == "Jana Novák-Horváthová"
    assert crm.asked("find") == 2


def test_a_crm_that_is_down_now_keeps_showing_what_it_said_last_time():
    crm = FakeCrm("crm", [customer("Jana")], history=[call("first call", 2)])
    other = FakeCrm("other", [])
    chain = LookupChain([("crm", crm), ("other", other)], timeout_ms=300, cache=CardCache())
    run(chain.lookup(NUMBER))
    crm.delay_s = 5  # the CRM hangs from now on
    card = run(chain.lookup(NUMBER))
    assert card.complete and card.from_cache
    assert card.customer.name == "Jana" and [h.summary for h in card.history] == ["first call"]
    status = card.sources["crm"]
    assert status.state == SourceState.UNAVAILABLE
    assert status.reason == "timed out after 300 ms; showing what it said earlier"
    assert card.sources["other"].state == SourceState.NOT_FOUND


def test_unknown_number_is_not_looked_up_again_within_the_negative_ttl():
    clock = Clock()
    crm = FakeCrm("crm", [])
    chain = LookupChain([("crm", crm)], cache=CardCache(negative_ttl_s=60, clock=clock))
    run(chain.lookup(NUMBER))
    updates = []
    card = run(chain.lookup(NUMBER, updates.append))
    assert crm.asked("find") == 1 and updates == [card]
    assert card.complete and card.customer is None and card.from_cache
    assert card.sources["crm"].state == SourceState.NOT_FOUND
    clock.t += 61
    run(chain.lookup(NUMBER))
    assert crm.asked("find") == 2


def test_nothing_is_remembered_when_no_crm_could_answer():
    crm = FakeCrm("crm", fail=RuntimeError("down"))
    cache = CardCache()
    run(LookupChain([("crm", crm)], cache=cache).lookup(NUMBER))
    assert len(cache) == 0
