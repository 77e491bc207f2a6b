"""Refused supervision: no header, a bad signature, an expired request, a replayed one, a call
the agent does not have, a role that may not do what it asks (at the start and by DTMF).
Each gets 403 with its reason (or the mode stays), each is reported as MonitorRefused, the
refused call never rings at the agent, the supervisor hears nothing, and the customer and the
agent hear nothing different (FFT over the whole time of the refusals)."""
from __future__ import annotations

import time

from monitor_calls import AGENT_HZ, CUSTOMER_HZ, HEARD, PRIVACY_DB, SUP_HZ, Window, customer_calls, monitor, signed

from cti.supervision.header import make_header

SILENT = -60.0


def refused(agent, sup, header: str | None, reason: str, uri: str | None = None) -> dict:
    sup_call = monitor(sup, agent, header, uri)
    ended = sup.wait("CallEnded", call_id=sup_call, timeout=10)
    told = agent.wait("MonitorRefused", timeout=5)
    assert ended["status_code"] == 403 and ended["duration_s"] == 0, ended
    assert told["reason"] == reason and told["code"] == f"monitor.{reason}", told
    assert told["via"] == "invite" and told["status_code"] == 403 and told["agent"] == "jana"
    return told


def test_every_bad_request_is_refused_with_403_and_nobody_hears_a_difference(parties, tones, tmp_path):
    recs = {n: str(tmp_path / f"{n}.wav") for n in ("agent", "cust", "sup")}
    agent = parties.agent({"max_calls_per_source": 50},  # a dozen calls from one host: not a flood
                          {"capture": f"file:{tones[AGENT_HZ]}", "playback": f"file:{recs['agent']}"},
                          dtmf_switch=True)
    sup = parties.supervisor({"capture": f"file:{tones[SUP_HZ]}", "playback": f"file:{recs['sup']}"})
    customer, call = customer_calls(agent, recs["cust"])
    cust_origin = customer.wait("calling")[0]
    begin = time.time()

    refused(agent, sup, None, "missing", uri=f"sip:monitor@127.0.0.1:{agent.port}")
    wrong_secret = make_header(b"not the team secret", "listen", call, "petra", "lead", time.time() + 60)
    assert refused(agent, sup, wrong_secret, "bad_signature")["supervisor"] == "petra"
    refused(agent, sup, signed("listen", call, valid_s=-5), "expired")
    refused(agent, sup, signed("listen", "a0a0a0a0a0a0"), "unknown_call")
    told = refused(agent, sup, signed("whisper", call, sup="tomas", role="trainee"), "role_not_allowed")
    assert (told["supervisor"], told["mode"], told["target_call"]) == ("tomas", "whisper", call)
    refused(agent, sup, signed("barge", call, sup="tomas", role="trainee"), "role_not_allowed")
    refused(agent, sup, signed("listen", call, sup="jozef", role="agent"), "role_not_allowed")
    refusals = Window(begin - 0.3)  # the refusals and a moment after: what did everyone hear?

    once = signed("listen", call)  # a good request, used once ...
    first = monitor(sup, agent, once)
    accepted = agent.wait("MonitorStarted")["call_id"]
    sup.send(f"hangup {first}")
    agent.wait("MonitorEnded")
    refused(agent, sup, once, "replayed")  # ... and not twice

    trainee = monitor(sup, agent, signed("listen", call, sup="tomas", role="trainee"))
    started = agent.wait("MonitorStarted")
    assert started["role"] == "trainee" and started["mode"] == "listen"
    sup.wait("CallAnswered", call_id=trainee)
    for digit, mode in (("2", "whisper"), ("3", "barge")):
        sup.send(f"dtmf {trainee} {digit}")
        told = agent.wait("MonitorRefused")
        assert (told["reason"], told["via"], told["mode"], told["call_id"]) == \
            ("role_not_allowed", "dtmf", mode, started["call_id"]), told
    after_dtmf = Window(told["ts"])
    sup.send(f"hangup {trainee}")
    agent.wait("MonitorEnded")

    ringing = [e["call_id"] for e in agent.lines.seen if e["type"] == "CallRinging"]
    assert ringing == [accepted, started["call_id"]], ringing  # a refused call never rings (no card)
    assert not [e for e in agent.lines.seen if e["type"] == "MonitorModeChanged"]
    customer.proc.terminate()
    assert customer.finish() == 0
    agent.stop()
    sup.stop()

    for name, window in (("refusals", refusals), ("trainee's DTMF", after_dtmf)):
        s = window.heard(recs["sup"], sup.start_event["ts"])
        c = window.heard(recs["cust"], cust_origin)
        a = window.heard(recs["agent"], agent.start_event["ts"])
        report = f"{name}: supervisor hears {s}\ncustomer hears {c}\nagent hears {a}"
        assert c[AGENT_HZ] > HEARD and a[CUSTOMER_HZ] > HEARD, report  # the call went on
        assert c[AGENT_HZ] - c[SUP_HZ] >= PRIVACY_DB, report
        assert a[CUSTOMER_HZ] - a[SUP_HZ] >= PRIVACY_DB, report
    s = refusals.heard(recs["sup"], sup.start_event["ts"])
    assert s[CUSTOMER_HZ] < SILENT and s[AGENT_HZ] < SILENT, f"a refused supervisor heard {s}"
