"""How answers from several CRMs become one card: priority, history order, tasks order, trimming."""
from __future__ import annotations

from datetime import datetime, timedelta

from lookup_fakes import NUMBER, FakeCrm, call, customer, run, task

from crm_adapters.lookup_chain import HISTORY_LIMIT, LookupChain
from crm_adapters.vocabulary import Interaction, Segment, SourceState


def lookup(adapters, **kw):
    updates = []
    card = run(LookupChain(adapters, timeout_ms=2000, **kw).lookup(NUMBER, updates.append))
    return card, updates


def test_first_crm_in_the_list_decides_who_the_caller_is_even_when_it_answers_last():
    main = FakeCrm("main", [customer("Ján Novák", company="Novák s.r.o.", segment=Segment.VIP, value=12500)], delay_s=0.05)
    other = FakeCrm("other", [customer("J. Novak", id="x9", company="Other Ltd", language="en")])
    card, updates = lookup([("main", main), ("other", other)])
    assert card.complete and card.customer is not None
    assert (card.customer.name, card.customer.company, card.customer.source) == ("Ján Novák", "Novák s.r.o.", "main")
    assert card.customer.is_vip and card.customer.value == 12500
    assert [(c.name, c.source) for c in card.also_known_as] == [("J. Novak", "other")]
    # the faster, lower-priority CRM was on screen first, then replaced
    assert updates[0].customer is not None and updates[0].customer.source == "other"
    assert updates[-1] is card


def test_lower_priority_crm_fills_in_when_the_first_does_not_know_the_caller():
    card, _ = lookup([("main", FakeCrm("main", [])), ("other", FakeCrm("other", [customer("Ion Popescu")]))])
    assert card.customer is not None and card.customer.name == "Ion Popescu" and card.customer.source == "other"
    assert card.sources["main"].state == SourceState.NOT_FOUND
    assert card.sources["other"].state == SourceState.OK


def test_history_from_all_crms_newest_first_each_item_says_where_it_came_from():
    a = FakeCrm("a", [customer("Jana")], history=[call("a: last week", 7), call("a: yesterday", 1)])
    b = FakeCrm("b", [customer("Jana")], history=[call("b: today", 0.1), call("b: last month", 30)])
    card, _ = lookup([("a", a), ("b", b)])
    assert [(h.summary, h.source) for h in card.history] == [
        ("b: today", "b"), ("a: yesterday", "a"), ("a: last week", "a"), ("b: last month", "b")]


def test_history_with_and_without_time_zones_sorts_together():
    local_noon = datetime.now().replace(microsecond=0) - timedelta(hours=3)  # naive = workstation time
    a = FakeCrm("a", [customer("Jana")], history=[
        Interaction(id="n", source="a", customer_id="c1", kind="call", when=local_noon, summary="naive")])
    b = FakeCrm("b", [customer("Jana")], history=[call("aware, 1 day ago", 1)])
    card, _ = lookup([("a", a), ("b", b)])
    assert [h.summary for h in card.history] == ["naive", "aware, 1 day ago"]


def test_open_tasks_overdue_first_then_by_due_date_done_ones_hidden():
    a = FakeCrm("a", [customer("Jana")], tasks=[task("next week", 7), task("no date", None), task("done", -3, done=True)])
    b = FakeCrm("b", [customer("Jana")], tasks=[task("tomorrow", 1), task("overdue 2 days", -2), task("overdue 5 days", -5)])
    card, _ = lookup([("a", a), ("b", b)])
    assert [t.title for t in card.open_tasks] == ["overdue 5 days", "overdue 2 days", "tomorrow", "next week", "no date"]
    assert {t.title: t.source for t in card.open_tasks}["tomorrow"] == "b"


def test_records_carry_the_configured_name_not_what_the_adapter_wrote():
    crm = FakeCrm("rest", [customer("Jana", source="rest")], history=[call("hi", 1)], tasks=[task("call back", 1)])
    card, _ = lookup([("eu_rest", crm)])
    assert card.customer.source == "eu_rest"
    assert {h.source for h in card.history} == {"eu_rest"} and {t.source for t in card.open_tasks} == {"eu_rest"}


def test_history_is_capped_across_all_crms_and_texts_are_trimmed():
    many = [call(f"call {i}", i) for i in range(200)]
    a = FakeCrm("a", [customer("N" * 50_000, notes="x" * 1_000_000, phones=["1"] * 5000)], history=many)
    b = FakeCrm("b", [customer("Jana")], history=[call("b " + "y" * 100_000, 0.5)])
    card, _ = lookup([("a", a), ("b", b)], history_limit=100)
    assert len(card.history) == HISTORY_LIMIT == 20
    assert card.history[0].source == "a" and card.history[1].source == "b"
    assert len(card.history[1].summary) <= 1000
    assert len(card.customer.name) <= 200 and len(card.customer.notes) <= 4000 and len(card.customer.phones) <= 20


def test_update_sequence_one_card_per_step_and_a_final_complete_card():
    a = FakeCrm("a", [customer("Jana")], history=[call("hi", 1)], delay_s=0.02)
    b = FakeCrm("b", [], delay_s=0.06)
    card, updates = lookup([("a", a), ("b", b)])
    steps = [(u.complete, u.sources["a"].state.value, u.sources["b"].state.value, bool(u.customer)) for u in updates]
    assert steps == [
        (False, "pending", "pending", True),  # a found Jana: name on screen before her history
        (False, "ok", "pending", True),        # a's history arrived
        (False, "ok", "not_found", True),      # b answered
        (True, "ok", "not_found", True),       # all done
    ]
    assert len({id(u) for u in updates}) == len(updates), "every update is a fresh card"
    assert all(s.elapsed_ms is not None and s.elapsed_ms >= 0 for s in card.sources.values())
    assert card.to_json()["sources"]["b"]["state"] == "not_found"


def test_card_without_any_crm_configured_is_complete_and_empty():
    card, updates = lookup([])
    assert card.complete and card.customer is None and card.sources == {} and updates == [card]
