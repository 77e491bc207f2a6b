"""A CRM that hangs, raises or answers nonsense must never block or break the card."""
from __future__ import annotations

import asyncio
import logging
import time

from lookup_fakes import GARBAGE, NUMBER, WITHHELD, FakeCrm, StubbornCrm, call, customer, run

from crm_adapters.lookup_chain import LookupChain
from crm_adapters.protocol import AdapterError
from crm_adapters.registry import AdapterProblem
from crm_adapters.vocabulary import NumberInfo, SourceState


def timed_lookup(chain, number=NUMBER):
    updates = []
    started = time.perf_counter()
    card = run(chain.lookup(number, updates.append))
    return card, updates, time.perf_counter() - started


def test_a_hanging_crm_is_given_up_at_its_deadline_and_the_others_still_show():
    good = FakeCrm("good", [customer("Jana")], history=[call("hi", 1)])
    hung = FakeCrm("hung", [customer("Never")], delay_s=30)
    card, updates, took = timed_lookup(LookupChain([("hung", hung), ("good", good)], timeout_ms=300))
    assert took < 2.0
    assert card.complete and card.customer.name == "Jana"
    assert card.sources["hung"].state == SourceState.UNAVAILABLE
    assert card.sources["hung"].reason == "timed out after 300 ms"
    assert card.sources["hung"].elapsed_ms >= 290
    # Jana was on screen long before the hung CRM was given up
    first_with_jana = next(u for u in updates if u.customer is not None)
    assert first_with_jana.sources["hung"].state == SourceState.PENDING


def test_each_crm_has_its_own_deadline():
    slowish = FakeCrm("slowish", [customer("Jana")], delay_s=0.3)
    chain = LookupChain([("slowish", slowish)], timeout_ms=100, per_adapter_timeout_ms={"slowish": 2000})
    card, _, _ = timed_lookup(chain)
    assert card.sources["slowish"].state == SourceState.OK and card.customer.name == "Jana"
    card, _, _ = timed_lookup(LookupChain([("slowish", FakeCrm("s", [customer("J")], delay_s=0.3))], timeout_ms=100))
    assert card.sources["slowish"].reason == "timed out after 100 ms"


def test_a_crm_that_ignores_cancellation_still_cannot_hold_the_card():
    card, _, took = timed_lookup(LookupChain([("stubborn", StubbornCrm("stubborn"))], timeout_ms=200))
    assert took < 0.45, f"lookup waited {took:.2f}s for an adapter that ignores cancellation"
    assert card.complete and card.sources["stubborn"].reason == "timed out after 200 ms"


def test_a_crm_that_raises_is_unavailable_with_the_reason():
    errors = [("down", AdapterError("HTTP 503")),
              ("bug", KeyError("customer_id")),
              ("chatty", RuntimeError("connection to http://crm/lookup?phone=+421905123456 failed\n" + "x" * 500))]
    adapters = [(n, FakeCrm(n, fail=e)) for n, e in errors]
    card, _, _ = timed_lookup(LookupChain(adapters + [("ok", FakeCrm("ok", [customer("Jana")]))], timeout_ms=1000))
    assert card.customer.name == "Jana"
    reasons = {n: s.reason for n, s in card.sources.items()}
    assert reasons["down"] == "HTTP 503"
    assert reasons["bug"] == "KeyError: 'customer_id'"
    assert reasons["chatty"].startswith("RuntimeError: connection to http://crm/lookup?phone=+421")
    assert "905123456" not in reasons["chatty"], "no customer number in the reason"
    assert len(reasons["chatty"]) <= 160


def test_wrong_types_are_reported_not_shown():
    adapters = [
        ("text", FakeCrm("text", customers="Jana Nováková")),  # type: ignore[arg-type]
        ("dicts", FakeCrm("dicts", customers=[{"name": "Jana"}])),
        ("nohistory", FakeCrm("nohistory", [customer("Jana")], history=42, tasks=[None, "x"])),
    ]
    card, _, _ = timed_lookup(LookupChain(adapters, timeout_ms=1000))
    assert card.sources["text"].state == SourceState.UNAVAILABLE
    assert card.sources["text"].reason == "returned str instead of a list of customers"
    assert card.sources["dicts"].reason == "returned no usable customer record (got dict)"
    ok = card.sources["nohistory"]
    assert ok.state == SourceState.OK and card.customer.name == "Jana"
    assert "history: returned int instead of a list of interactions" in ok.reason
    assert "open tasks: no usable records (got NoneType)" in ok.reason
    assert card.history == [] and card.open_tasks == []


def test_a_plain_function_instead_of_a_coroutine_is_accepted_and_checked():
    crm = FakeCrm("sync", [customer("Jana")])
    crm.find_customers = lambda number: [customer("Jana Sync")]  # type: ignore[method-assign]
    card, _, _ = timed_lookup(LookupChain([("sync", crm)], timeout_ms=1000))
    assert card.customer.name == "Jana Sync"


def test_history_that_times_out_keeps_the_customer_on_the_card():
    crm = FakeCrm("crm", [customer("Jana")])

    async def slow_history(c, limit=10):
        await asyncio.sleep(5)
    crm.history = slow_history  # type: ignore[method-assign]
    card, _, took = timed_lookup(LookupChain([("crm", crm)], timeout_ms=300))
    assert took < 2.0 and card.customer.name == "Jana"
    assert card.sources["crm"].state == SourceState.OK
    assert card.sources["crm"].reason == "history: timed out after 300 ms"


def test_withheld_or_garbage_numbers_ask_nobody():
    crm = FakeCrm("crm", [customer("Jana")])
    for number in (WITHHELD, GARBAGE):
        card, updates, _ = timed_lookup(LookupChain([("crm", crm)], timeout_ms=1000), number)
        assert card.complete and card.customer is None and updates == [card]
    assert crm.calls == []


def test_raw_numbers_go_through_the_normaliser():
    seen = []

    def normaliser(raw: str, region: str) -> NumberInfo:
        seen.append((raw, region))
        return NumberInfo(raw=raw, e164="+420601123456" if raw == "601 123 456" else None)
    chain = LookupChain([("crm", FakeCrm("crm", [customer("Petr")]))], default_region="CZ", normaliser=normaliser)
    assert run(chain.lookup("601 123 456")).customer.name == "Petr"
    assert run(chain.lookup("sip:anonymous@anonymous.invalid")).customer is None
    assert seen == [("601 123 456", "CZ"), ("sip:anonymous@anonymous.invalid", "CZ")]


def test_an_adapter_that_could_not_start_shows_as_unavailable_on_every_card():
    problem = AdapterProblem("hubspot", "CRM adapter 'hubspot' is not installed (known: local, rest)")
    card, _, _ = timed_lookup(LookupChain([("hubspot", problem), ("crm", FakeCrm("crm", [customer("Jana")]))]))
    assert card.customer.name == "Jana"
    assert card.sources["hubspot"].state == SourceState.UNAVAILABLE
    assert card.sources["hubspot"].reason == "CRM adapter 'hubspot' is not installed (known: local, rest)"


def test_a_failing_screen_update_does_not_stop_the_lookup(caplog):
    def broken_screen(card):
        raise RuntimeError("widget deleted")
    chain = LookupChain([("crm", FakeCrm("crm", [customer("Jana")]))])
    card = run(chain.lookup(NUMBER, broken_screen))
    assert card.complete and card.customer.name == "Jana"


def test_logs_never_contain_the_callers_number(caplog):
    caplog.set_level(logging.DEBUG, logger="crm_adapters")
    adapters = [("down", FakeCrm("down", fail=RuntimeError("GET /x?phone=+421905123456 failed"))),
                ("hung", FakeCrm("hung", delay_s=5))]
    run(LookupChain(adapters, timeout_ms=100).lookup(NUMBER))
    assert "unavailable" in caplog.text
    assert "905123456" not in caplog.text and "0905 123 456" not in caplog.text


def test_bad_settings_are_refused_with_a_clear_message():
    import pytest
    with pytest.raises(ValueError, match="listed twice: a"):
        LookupChain([("a", FakeCrm()), ("a", FakeCrm())])
    with pytest.raises(ValueError, match="timeout must be positive"):
        LookupChain([], timeout_ms=0)
