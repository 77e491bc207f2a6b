"""The incoming-call policy chain (runs on the SIP thread before a call rings): screening
first, then a supervisor's monitor request, then auto-answer, else ring. Plain Python."""
from __future__ import annotations

import sys

from cti.call_screening import CallScreen
from cti.incoming_policy import Action, AutoAnswer, Incoming, MonitorRequest, PolicyChain, standard_chain
from cti.legs import CallSnapshot, LegRole, MonitorMode
from cti.settings import SipSettings
from cti.subscribers import Subscribers


def invite(*headers: str) -> str:
    return ("INVITE sip:desk@127.0.0.1:5070 SIP/2.0\r\n"
            "Via: SIP/2.0/UDP 127.0.0.2:5999;branch=z9hG4bKx\r\n"
            "From: <sip:+421905123456@127.0.0.2>;tag=1\r\n"
            + "".join(h + "\r\n" for h in headers)
            + "Call-ID: abc\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n")


def incoming(screen: CallScreen, *headers: str, legs=()) -> Incoming:
    message = invite(*headers)
    return Incoming(screen.identify(message, "127.0.0.2:5060"), message, tuple(legs))


def supervisor_header(call: Incoming):
    mode = call.header("X-Monitor")
    return (MonitorMode(mode), "c1") if mode else None


def screen(calls: int = 10) -> CallScreen:
    s = CallScreen(SipSettings(max_calls_per_source=calls, rate_window_s=3600))
    s.start()
    return s


def test_without_auto_answer_a_call_rings():
    chain = standard_chain(screen(), None)
    decision = chain.decide(incoming(chain.policies[0].screen))
    assert decision.action is Action.RING and decision.answer_after_s is None
    assert decision.role is LegRole.CUSTOMER


def test_auto_answer_zero_answers_at_once_and_later_rings_first():
    s = screen()
    assert standard_chain(s, 0).decide(incoming(s)).action is Action.ANSWER
    later = standard_chain(s, 1.5).decide(incoming(s))
    assert later.action is Action.RING and later.answer_after_s == 1.5


def test_too_many_calls_from_one_host_are_refused_with_503_and_retry_after():
    s = screen(calls=2)
    chain = standard_chain(s, 0)
    decisions = [chain.decide(incoming(s)) for _ in range(3)]
    assert [d.action for d in decisions] == [Action.ANSWER, Action.ANSWER, Action.REFUSE]
    refused = decisions[2]
    assert refused.status_code == 503 and ("Retry-After", "3600") in refused.headers
    assert refused.decided_by == "screening" and refused.refusal.burst_started
    assert s.refused == 1


def test_a_monitor_request_is_answered_as_a_monitoring_leg_before_auto_answer():
    s = screen()
    chain = standard_chain(s, 0, MonitorRequest(supervisor_header))
    customer = CallSnapshot("c1", "in", "+421905123456", "connected", False, False, 1.0)
    decision = chain.decide(incoming(s, "X-Monitor: whisper", legs=[customer]))
    assert decision.action is Action.MONITOR and decision.role is LegRole.MONITOR
    assert decision.mode is MonitorMode.WHISPER and decision.watched_call == "c1"
    assert decision.decided_by == "monitor request"
    assert chain.decide(incoming(s)).action is Action.ANSWER  # no header: a normal call


def test_screening_comes_before_a_monitor_request():
    s = screen(calls=1)
    chain = standard_chain(s, None, MonitorRequest(supervisor_header))
    assert chain.decide(incoming(s, "X-Monitor: listen")).action is Action.MONITOR
    assert chain.decide(incoming(s, "X-Monitor: listen")).action is Action.REFUSE


def test_without_a_supervision_check_nothing_is_a_monitor_request():
    s = screen()
    decision = standard_chain(s, None).decide(incoming(s, "X-Monitor: barge"))
    assert decision.action is Action.RING


def test_the_first_policy_that_decides_wins():
    class Busy:
        name = "busy"

        def decide(self, call):
            from cti.incoming_policy import Decision
            return Decision(Action.REFUSE, 486, "Busy Here")

    s = screen()
    decision = PolicyChain([Busy(), AutoAnswer(0)]).decide(incoming(s))
    assert (decision.action, decision.status_code, decision.decided_by) == (Action.REFUSE, 486, "busy")


def test_the_policy_chain_and_the_media_plan_need_no_pjsua2():
    import subprocess
    code = ("import sys, cti.incoming_policy, cti.media_plan, cti.legs; "
            "sys.exit('pjsua2' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# ---------------------------------------------------------------- several subscribers
def test_every_subscriber_gets_every_event_until_it_unsubscribes():
    feed: Subscribers[str] = Subscribers()
    a, b = [], []
    stop_a = feed.subscribe(a.append)
    feed.subscribe(b.append)
    feed.emit("ringing")
    stop_a()
    stop_a()  # twice is harmless
    feed.emit("answered")
    assert a == ["ringing"] and b == ["ringing", "answered"]


def test_a_failing_subscriber_does_not_stop_the_others(caplog):
    feed: Subscribers[str] = Subscribers()
    got = []

    def broken(event):
        raise RuntimeError("listener bug")

    feed.subscribe(broken)
    feed.subscribe(got.append)
    feed.emit("ringing")
    assert got == ["ringing"] and "listener failed" in caplog.text
