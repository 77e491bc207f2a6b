"""A ring-group customer (one INVITE forked to several consoles) is one waiting customer on
every board until someone answers or the caller gives up; the figures count it."""
from __future__ import annotations

import threading
import time


def test_a_customer_ringing_at_two_consoles_shows_once_and_leaves_when_one_answers(store, members, eventually):
    jana, petr = members("jana", "petr")
    changed = threading.Event()
    watcher = store.watch(changed.set)
    try:
        for m in (jana, petr):
            m.do("ring", sip_call_id="a84b4c76e66710@pbx", number="+421905123456", name="Bob Novák")
        waiting = store.view().waiting
        assert len(waiting) == 1
        assert (waiting[0].number, waiting[0].name, set(waiting[0].ringing_at)) == (
            "+421905123456", "Bob Novák", {"jana", "petr"})
        eventually("the change feed reports the ringing", changed.is_set)
        changed.clear()
        assert petr.do("answer", sip_call_id="a84b4c76e66710@pbx") == {"resolved": True}
        assert changed.wait(5), "the change feed did not report the answer"
        assert store.view().waiting == ()
        assert jana.do("answer", sip_call_id="a84b4c76e66710@pbx") == {"resolved": False}  # too late: petr has it
    finally:
        watcher.stop()


def test_a_caller_who_gives_up_counts_as_abandoned_once(store):
    now = time.time()
    for agent in ("jana", "petr"):
        store.ring_waiting("gave-up@pbx", "+421905000111", "", agent)
    store.resolve_waiting("gave-up@pbx", abandoned=True)
    for agent in ("jana", "petr"):
        store.end_call(f"{agent}-1", agent, "abandoned", now - 40, None, now, sip_call_id="gave-up@pbx")
    store.end_call("jana-2", "jana", "handled", now - 100, now - 95, now - 45, wrap_up_s=30)
    view = store.view(now=now + 1)
    assert view.waiting == ()
    figures = {f.agent_id: f for f in view.figures}
    assert figures["jana"].abandoned == 1 and figures["petr"].abandoned == 1
    team = figures[""]
    assert (team.handled, team.abandoned) == (1, 1)  # one customer gave up, however many consoles rang
    assert (team.average_handle_s, team.average_wrap_up_s, team.longest_wait_s) == (50.0, 30.0, 40.0)
    assert view.answered_within_target == 0.5  # one answered in 5 s, one gave up
    assert sum(n for _, n in view.calls_per_hour) == 2


def test_a_waiting_customer_nobody_resolved_leaves_the_board_after_ten_minutes(store):
    store.ring_waiting("lost@pbx", "+421905000222", "", "jana")
    assert len(store.view().waiting) == 1
    assert store.view(now=time.time() + 601).waiting == ()


def test_two_consoles_ringing_with_one_customer_at_the_same_moment_both_count(store, members):
    jana, petr = members("jana", "petr")
    for round_no in range(10):
        store.ring_waiting(f"race-{round_no}@pbx", "+421905123456", "Bob", "vera")  # rings at a third desk first
        at = time.time() + 0.3  # one start gate for both processes
        for m in (jana, petr):
            m.send("ring", sip_call_id=f"race-{round_no}@pbx", number="+421905123456", name="Bob", at=at)
        assert jana.read() == {} and petr.read() == {}, "a console failed to record the ringing"
    waiting = {w.sip_call_id: set(w.ringing_at) for w in store.view().waiting}
    assert waiting == {f"race-{n}@pbx": {"vera", "jana", "petr"} for n in range(10)}
