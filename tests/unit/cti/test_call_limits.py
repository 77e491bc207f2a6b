"""The per-caller sliding window that keeps a burst of calls away from the CRM."""
from __future__ import annotations

from cti.call_limits import CallLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_limit_holds_inside_the_window_and_lifts_after_it():
    clock = Clock()
    limiter = CallLimiter(3, 10.0, clock=clock)
    got = []
    for _ in range(5):
        got.append(limiter.admit("host 127.0.0.2").allowed)
        clock.now += 1.0
    assert got == [True, True, True, False, False]
    assert limiter.refused == 2
    clock.now += 10.0  # a quiet window: the caller may call again
    assert limiter.admit("host 127.0.0.2").allowed


def test_a_flood_that_never_stops_stays_refused():
    clock = Clock()
    limiter = CallLimiter(10, 10.0, clock=clock)
    allowed = 0
    for _ in range(1500):  # 1,500 INVITEs, 20 a second, for 75 s
        allowed += limiter.admit("host 198.51.100.7").allowed
        clock.now += 0.05
    assert allowed == 10
    assert limiter.refused == 1490


def test_the_window_slides():
    clock = Clock()
    limiter = CallLimiter(2, 10.0, clock=clock)
    assert limiter.admit("a").allowed  # t=0
    clock.now += 6
    assert limiter.admit("a").allowed  # t=6
    clock.now += 5
    assert limiter.admit("a").allowed  # t=11: the call at t=0 left the window
    clock.now += 1
    assert not limiter.admit("a").allowed  # t=12: calls at 6 and 11 are both inside


def test_callers_are_counted_apart():
    limiter = CallLimiter(1, 10.0, clock=Clock())
    assert limiter.admit("host 10.0.0.1").allowed
    assert not limiter.admit("host 10.0.0.1").allowed
    assert limiter.admit("host 10.0.0.2").allowed


def test_a_burst_is_reported_once_until_it_ends():
    clock = Clock()
    limiter = CallLimiter(1, 10.0, clock=clock)
    limiter.admit("x")
    verdicts = [limiter.admit("x") for _ in range(5)]
    assert [v.burst_started for v in verdicts] == [True, False, False, False, False]
    assert verdicts[-1].refused_in_burst == 5
    clock.now += 11
    assert limiter.admit("x").allowed
    assert limiter.admit("x").burst_started  # a new burst: reported again


def test_memory_is_bounded_when_every_call_comes_from_a_new_address():
    clock = Clock()
    limiter = CallLimiter(10, 10.0, max_callers=100, clock=clock)
    for i in range(5000):
        assert limiter.admit(f"host 10.{i // 65536}.{i // 256 % 256}.{i % 256}").allowed
    assert limiter.callers() <= 100
    clock.now += 11
    limiter.admit("host new")
    assert limiter.callers() <= 100


def test_the_pacer_spaces_out_a_flood_of_set_ups_and_never_waits_long():
    from cti.call_limits import SetupPacer

    clock = Clock()
    pacer = SetupPacer(calls=12, span_s=0.6, clock=clock)
    waits = []
    for _ in range(40):  # 40 INVITEs arriving in the same instant
        wait = pacer.delay()
        waits.append(wait)
        clock.now += wait  # the SIP thread waits, then pjsua sets the call up
    assert waits[:12] == [0.0] * 12 and waits[12] > 0 and max(waits) <= 0.6
    starts = [sum(waits[:i + 1]) for i in range(40)]
    # In any 0.6 s no more than 12 set-ups: the ioqueue gets its sockets back in time.
    assert max(sum(1 for t in starts if s <= t < s + 0.6 - 1e-9) for s in starts) <= 12
    clock.now += 1.0
    assert pacer.delay() == 0.0  # a quiet moment later: no wait at all
