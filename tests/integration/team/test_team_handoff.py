"""A transfer's context is taken by one console only, and outside values are bounded."""
from __future__ import annotations

import time

from crm_adapters.store.team import AgentEntry, Handoff, LiveCall


def test_only_one_of_two_racing_consoles_takes_a_handoff(store, members):
    # two consoles of the same agent (e.g. a desk and a laptop) both ring with the transferred call
    first, second = members("petr", "petr")
    for round_no in range(10):
        store.put_handoff(Handoff(id=f"h{round_no}", from_agent="jana", from_name="Jana", to_agent="petr",
                                  number="+421 905 123 456", notes=f"round {round_no}"))
        at = time.time() + 0.3
        first.send("take", number="0905123456", call_id=f"a{round_no}", at=at)
        second.send("take", number="0905123456", call_id=f"b{round_no}", at=at)
        got = [first.read()["handoff"], second.read()["handoff"]]
        assert sorted(got, key=str) == [None, f"h{round_no}"], f"round {round_no}: {got}"


def test_a_handoff_reaches_the_colleague_with_the_notes_whatever_the_number_spelling(store):
    store.put_handoff(Handoff(id="", from_agent="jana", from_name="Jana", to_agent="petr", number="+421905123456",
                              customer={"id": "c-7", "name": "Bob", "crm": "local"}, notes="wants a refund\nline 2",
                              disposition="billing/refund"))
    assert store.take_handoff("petr", "00421 905 999 999", "x") is None  # another customer
    got = store.take_handoff("petr", "0905 123 456", "call-9")
    assert (got.from_name, got.notes, got.disposition, got.customer["id"], got.taken_by_call) == (
        "Jana", "wants a refund\nline 2", "billing/refund", "c-7", "call-9")
    assert store.take_handoff("petr", "0905 123 456", "call-10") is None  # taken once


def test_hostile_values_are_bounded_and_plain(store):
    huge = "N" * 10_000_000
    store.heartbeat(AgentEntry("evil\x00id", "Eve\x1b[2J\u202eevil" + huge, "root", "ready", reason="\r\n" + huge))
    store.put_call(LiveCall("c1", "evil\x00id", "sideways", "connected", 0, customer_name=huge, number="1" * 500,
                            supervised_by=tuple(str(i) for i in range(10_000))))
    store.put_handoff(Handoff(id="", from_agent="evil", from_name=huge, to_agent="petr", number="123",
                              customer={"link": huge, "nested": {"a": 1}}, notes=huge + "\x00\x07end"))
    view = store.view()
    (agent,) = view.agents
    assert agent.id == "evilid" and agent.role == "agent"
    assert agent.name.startswith("Eve[2Jevil") and len(agent.name) <= 200 and agent.name.isprintable()
    assert len(agent.reason) <= 200 and agent.reason.isprintable()
    (call,) = view.calls
    assert call.direction == "inbound" and len(call.customer_name) <= 200 and len(call.number) <= 64
    assert len(call.supervised_by) <= 50
    handoff = store.take_handoff("petr", "123", "c2")
    assert len(handoff.notes) == 20_000 and handoff.notes.endswith("…")
    assert len(handoff.from_name) <= 200 and "nested" not in handoff.customer and len(handoff.customer["link"]) <= 500
