"""The agent console's supervision desk, without SIP: which INVITEs it answers as monitoring
legs and which it refuses (and why), mode changes by MESSAGE and DTMF, and the sessions
following the customer's call. The real-audio side is tests/integration/supervision."""
from __future__ import annotations

from types import SimpleNamespace

from cti.call_screening import CallScreen
from cti.events import (
    CallAnswered,
    CallEnded,
    CallRinging,
    DtmfReceived,
    MessageReceived,
    MonitorEnded,
    MonitorModeChanged,
    MonitorRefused,
    MonitorStarted,
)
from cti.incoming_policy import Action, Incoming, standard_chain
from cti.legs import CallSnapshot, LegRole, MonitorMode
from cti.settings import SipSettings
from cti.subscribers import Subscribers
from cti.supervision.header import HEADER, make_header
from cti.supervision.session import MonitorDesk, MonitorPolicy

SECRET = b"team-secret"
NOW = 1_800_000_000.0
CUSTOMER = CallSnapshot("c1", "in", "+421905123456", "connected", False, False, 1.0)


class FakeCore:
    """What the desk uses of the softphone's core, recorded."""

    def __init__(self) -> None:
        self.events = Subscribers()
        self.legs: dict = {}
        self.told: list = []
        self.hung_up: list[str] = []
        self.rewired = 0

    def emit(self, event) -> None:
        self.told.append(event)
        self.events.emit(event)

    def rewire(self) -> None:
        self.rewired += 1

    def submit(self, name, call_id, fn, *args) -> None:
        self.hung_up.append(call_id)


def desk(**policy) -> tuple[MonitorDesk, FakeCore]:
    d = MonitorDesk(SECRET, agent="jana", policy=MonitorPolicy(**policy), clock=lambda: NOW)
    core = FakeCore()
    d.request.bind(core)
    return d, core


def signed(mode="listen", role="lead", sup="petra", call="c1", nonce=None, exp=NOW + 60):
    return make_header(SECRET, mode, call, sup, role, exp, nonce)


def invite(*headers: str, user: str = "jana") -> Incoming:
    message = (f"INVITE sip:{user}@127.0.0.1:5070 SIP/2.0\r\nFrom: <sip:petra@127.0.0.3>;tag=1\r\n"
               + "".join(h + "\r\n" for h in headers) + "Call-ID: x\r\nContent-Length: 0\r\n\r\n")
    screen = CallScreen(SipSettings())
    screen.start()
    return Incoming(screen.identify(message, "127.0.0.3:5060"), message, (CUSTOMER,))


def decide(d: MonitorDesk, call: Incoming, auto_answer_s=0):
    screen = CallScreen(SipSettings())
    screen.start()
    return standard_chain(screen, auto_answer_s, d.request).decide(call)


def test_a_valid_request_is_answered_as_a_monitoring_leg_on_the_named_call():
    d, core = desk()
    decision = decide(d, invite(f"{HEADER}: {signed('whisper')}"))
    assert decision.action is Action.MONITOR and decision.mode is MonitorMode.WHISPER
    assert decision.watched_call == "c1" and core.told == []


def test_an_ordinary_call_is_not_a_monitor_request():
    d, core = desk()
    assert decide(d, invite()).action is Action.ANSWER and core.told == []


def test_a_bad_request_gets_403_with_its_reason_and_a_refusal_event():
    d, core = desk()
    cases = {
        "bad_signature": f"{HEADER}: " + make_header(b"other", "listen", "c1", "petra", "lead", NOW + 60),
        "expired": f"{HEADER}: " + signed(exp=NOW - 5),
        "unknown_call": f"{HEADER}: " + signed(call="c9"),
        "role_not_allowed": f"{HEADER}: " + signed("barge", role="trainee"),
        "malformed": f"{HEADER}: listen",
    }
    for reason, line in cases.items():
        decision = decide(d, invite(line))
        assert decision.action is Action.REFUSE and decision.status_code == 403, reason
        assert decision.reason and ("Warning", f'399 agent-console "monitor.{reason}"') in decision.headers
        refused = core.told[-1]
        assert isinstance(refused, MonitorRefused) and refused.reason == reason and refused.via == "invite"
        assert refused.code == f"monitor.{reason}" and refused.agent == "jana" and refused.status_code == 403


def test_a_request_to_the_monitor_address_without_a_header_is_refused_as_missing():
    d, core = desk()
    decision = decide(d, invite(user="monitor"))
    assert decision.action is Action.REFUSE and decision.status_code == 403
    assert core.told[-1].reason == "missing"


def test_the_same_request_twice_is_refused_as_replayed():
    d, core = desk()
    line = f"{HEADER}: {signed()}"
    assert decide(d, invite(line)).action is Action.MONITOR
    assert decide(d, invite(line)).status_code == 403 and core.told[-1].reason == "replayed"


def test_two_supervisors_fit_a_third_is_refused_with_486_and_a_clear_reason():
    d, core = desk()
    sup = CallSnapshot("s1", "in", "", "connected", False, False, 1.0, role="monitor")
    sup2 = CallSnapshot("s2", "in", "", "connected", False, False, 1.0, role="monitor")
    one = invite(f"{HEADER}: {signed()}")
    two = Incoming(one.caller, invite(f"{HEADER}: {signed()}").message, (CUSTOMER, sup))
    three = Incoming(one.caller, invite(f"{HEADER}: {signed()}").message, (CUSTOMER, sup, sup2))
    assert decide(d, one).action is Action.MONITOR
    assert decide(d, two).action is Action.MONITOR
    refused = decide(d, three)
    assert refused.action is Action.REFUSE and refused.status_code == 486
    assert "no room" in refused.reason.lower() and core.told[-1].reason == "too_many_calls"


def start_session(d: MonitorDesk, core: FakeCore, mode="listen", role="lead") -> str:
    text = signed(mode, role=role)
    decision = decide(d, invite(f"{HEADER}: {text}"))
    leg = SimpleNamespace(id="s1", role=LegRole.MONITOR, monitor_mode=decision.mode, watched_call="c1")
    core.legs["s1"] = leg
    core.legs.setdefault("c1", SimpleNamespace(id="c1", role=LegRole.CUSTOMER))
    core.emit(CallRinging("s1", "in", "", "", "", False, "", 0, {HEADER: text}))
    core.emit(CallAnswered("s1"))
    return "s1"


def test_a_session_starts_changes_mode_by_signed_message_and_ends_with_the_customer():
    d, core = desk()
    sid = start_session(d, core)
    assert [type(e) for e in core.told[-1:]] == [MonitorStarted]
    assert core.told[-1].mode == "listen" and core.told[-1].target_call == "c1"
    core.emit(MessageReceived(sid, f"{HEADER}: {signed('whisper')}", "text/plain"))
    changed = core.told[-1]
    assert isinstance(changed, MonitorModeChanged) and (changed.previous, changed.mode) == ("listen", "whisper")
    assert core.legs[sid].monitor_mode is MonitorMode.WHISPER
    core.emit(MessageReceived(sid, "mode=barge", "text/plain"))  # unsigned: refused, mode stays
    assert isinstance(core.told[-1], MonitorRefused) and core.told[-1].via == "message"
    assert core.legs[sid].monitor_mode is MonitorMode.WHISPER
    core.emit(MessageReceived(sid, f"{HEADER}: {signed('barge', sup='olga')}", "text/plain"))
    assert core.told[-1].reason == "wrong_session" and core.legs[sid].monitor_mode is MonitorMode.WHISPER
    core.emit(CallEnded("c1", "Normal", 200, 10.0))
    assert core.hung_up == [sid]  # never a leg to nothing
    core.emit(CallEnded(sid, "Normal", 200, 5.0))
    ended = core.told[-1]
    assert isinstance(ended, MonitorEnded) and ended.reason == "customer call ended"


def test_dtmf_switches_only_where_the_site_allows_it_and_the_role_permits():
    d, core = desk(dtmf_switch=False)
    sid = start_session(d, core)
    core.emit(DtmfReceived(sid, "2"))
    assert core.told[-1].reason == "dtmf_not_allowed" and core.legs[sid].monitor_mode is MonitorMode.LISTEN

    d, core = desk(dtmf_switch=True)
    sid = start_session(d, core)
    core.emit(DtmfReceived(sid, "3"))
    assert core.legs[sid].monitor_mode is MonitorMode.BARGE and core.told[-1].via == "dtmf"
    core.emit(DtmfReceived(sid, "1"))
    assert core.legs[sid].monitor_mode is MonitorMode.LISTEN

    d, core = desk(dtmf_switch=True)
    sid = start_session(d, core, role="trainee")
    core.emit(DtmfReceived(sid, "2"))
    assert core.told[-1].reason == "role_not_allowed" and core.legs[sid].monitor_mode is MonitorMode.LISTEN


def test_sessions_follow_a_customer_call_replaced_by_a_transfer():
    d, core = desk()
    sid = start_session(d, core)
    core.emit(CallRinging("c2", "in", "", "", "", False, "", 0, {}, replaces="c1"))
    assert core.legs[sid].watched_call == "c2" and d.sessions[sid].target == "c2"
    core.emit(CallEnded("c1", "Replaced", 200, 3.0))
    assert core.hung_up == []


def test_a_plain_phone_may_carry_the_request_in_the_address_it_dials():
    from urllib.parse import quote

    d, core = desk()
    message = invite().message.replace("sip:jana@127.0.0.1:5070",
                                       f"sip:monitor@127.0.0.1:5070?{HEADER}={quote(signed(), safe='')}", 1)
    call = Incoming(invite().caller, message, (CUSTOMER,))
    assert decide(d, call).action is Action.MONITOR
    assert decide(d, call).status_code == 403 and core.told[-1].reason == "replayed"


def test_a_refusal_log_never_carries_a_phone_number_written_into_the_request(caplog):
    d, core = desk()
    forged = make_header(b"other", "listen", "+421905123456", "+421905123456", "lead", NOW + 60)
    with caplog.at_level("INFO", logger="cti.supervision.session"):
        decide(d, invite(f"{HEADER}: {forged}"))
    assert "supervision refused" in caplog.text and "905123456" not in caplog.text


def test_a_trainee_asking_to_whisper_by_message_is_refused_and_keeps_listening():
    d, core = desk()
    sid = start_session(d, core, role="trainee")
    core.emit(MessageReceived(sid, f"{HEADER}: {signed('whisper', role='trainee')}", "text/plain"))
    refused = core.told[-1]
    assert isinstance(refused, MonitorRefused) and refused.reason == "role_not_allowed"
    assert refused.via == "message" and refused.call_id == sid and refused.mode == "whisper"
    assert core.legs[sid].monitor_mode is MonitorMode.LISTEN


def test_a_supervisor_whose_customer_left_while_joining_is_hung_up():
    d, core = desk()
    text = signed()
    decide(d, invite(f"{HEADER}: {text}"))  # accepted while c1 was up ...
    core.legs["s1"] = SimpleNamespace(id="s1", role=LegRole.MONITOR, monitor_mode=MonitorMode.LISTEN,
                                      watched_call="c1")
    core.emit(CallRinging("s1", "in", "", "", "", False, "", 0, {}))  # ... c1 gone by the time it rings
    assert core.hung_up == ["s1"]
