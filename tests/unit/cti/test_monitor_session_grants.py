"""The agent's supervision desk with proven roles ([supervision] roles_key): INVITEs and mode
changes by MESSAGE are checked against the admin's grants; DTMF keeps the session's proven
role; a revocation handed over by the console applies to the next request. Without SIP (the
fake core of test_monitor_session)."""
from __future__ import annotations

from types import SimpleNamespace

from test_monitor_session import NOW, SECRET, FakeCore, decide, invite

from cti.events import CallAnswered, CallRinging, DtmfReceived, MessageReceived, MonitorRefused, MonitorStarted
from cti.incoming_policy import Action
from cti.legs import LegRole, MonitorMode
from cti.supervision import grants
from cti.supervision.header import HEADER, make_header
from cti.supervision.session import MonitorDesk, MonitorPolicy

ADMIN = grants.new_private_key()
PETRA, EVA, KAREL = grants.new_private_key(), grants.new_private_key(), grants.new_private_key()
LEAD = grants.make_grant(ADMIN, "petra", "lead", grants.public_key_of(PETRA), NOW - 86400, NOW + 86400)
TRAINEE = grants.make_grant(ADMIN, "eva", "trainee", grants.public_key_of(EVA), NOW - 86400, NOW + 86400)


def desk(**policy) -> tuple[MonitorDesk, FakeCore]:
    d = MonitorDesk(SECRET, agent="jana", policy=MonitorPolicy(**policy), clock=lambda: NOW)
    d.roles = grants.RoleCheck(grants.public_key_of(ADMIN))
    core = FakeCore()
    d.request.bind(core)
    return d, core


def proven(mode="listen", sup="petra", role="lead", grant=LEAD, key=PETRA) -> str:
    return make_header(SECRET, mode, "c1", sup, role, NOW + 60, grant=grant, person_key=key)


def claimed(mode="listen", sup="karel", role="lead") -> str:
    """What any holder of the team secret could always sign."""
    return make_header(SECRET, mode, "c1", sup, role, NOW + 60)


def start(d: MonitorDesk, core: FakeCore, text: str) -> str:
    decision = decide(d, invite(f"{HEADER}: {text}"))
    assert decision.action is Action.MONITOR, decision
    core.legs["s1"] = SimpleNamespace(id="s1", role=LegRole.MONITOR, monitor_mode=decision.mode, watched_call="c1")
    core.legs.setdefault("c1", SimpleNamespace(id="c1", role=LegRole.CUSTOMER))
    core.emit(CallRinging("s1", "in", "", "", "", False, "", 0, {HEADER: text}))
    core.emit(CallAnswered("s1"))
    return "s1"


def test_a_claimed_lead_gets_403_with_the_grant_reason_and_a_refusal_event():
    d, core = desk()
    for text, reason in ((claimed(sup="karel"), "no_grant"), (claimed(sup="petra"), "no_grant"),
                         (proven(sup="petra", key=KAREL), "not_this_person"),
                         (proven(sup="eva", role="lead", grant=TRAINEE, key=EVA), "role_not_granted")):
        decision = decide(d, invite(f"{HEADER}: {text}"))
        assert decision.action is Action.REFUSE and decision.status_code == 403, reason
        assert ("Warning", f'399 agent-console "monitor.{reason}"') in decision.headers
        refused = core.told[-1]
        assert isinstance(refused, MonitorRefused) and (refused.reason, refused.code) == (reason, f"monitor.{reason}")
        assert refused.via == "invite" and d.sessions == {}


def test_the_proven_lead_starts_and_switches_by_message_and_a_forged_switch_is_refused():
    d, core = desk()
    sid = start(d, core, proven("listen"))
    assert isinstance(core.told[-1], MonitorStarted) and core.told[-1].role == "lead"
    # karel (team secret, petra's grant copied off the wire) tries to move petra's session to barge
    core.emit(MessageReceived(sid, f"{HEADER}: {proven('barge', key=KAREL)}", "text/plain"))
    assert core.told[-1].reason == "not_this_person" and core.legs[sid].monitor_mode is MonitorMode.LISTEN
    core.emit(MessageReceived(sid, f"{HEADER}: {claimed('barge', sup='petra')}", "text/plain"))
    assert core.told[-1].reason == "no_grant" and core.legs[sid].monitor_mode is MonitorMode.LISTEN
    core.emit(MessageReceived(sid, f"{HEADER}: {proven('whisper')}", "text/plain"))
    assert core.told[-1].via == "message" and core.legs[sid].monitor_mode is MonitorMode.WHISPER


def test_dtmf_keeps_the_sessions_proven_role():
    d, core = desk(dtmf_switch=True)
    sid = start(d, core, proven("listen", sup="eva", role="trainee", grant=TRAINEE, key=EVA))
    core.emit(DtmfReceived(sid, "3"))
    assert core.told[-1].reason == "role_not_allowed" and core.legs[sid].monitor_mode is MonitorMode.LISTEN


def test_a_revocation_handed_over_refuses_the_next_request():
    d, core = desk()
    assert decide(d, invite(f"{HEADER}: {proven()}")).action is Action.MONITOR
    d.roles.revoked = {"petra": int(NOW)}  # (the console's team lane replaces it whole)
    decision = decide(d, invite(f"{HEADER}: {proven()}"))
    assert decision.status_code == 403 and core.told[-1].reason == "grant_revoked"
