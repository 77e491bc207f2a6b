"""A trainee (listen) and a team lead (whisper) on one call at once, each hearing what their
mode allows; a third supervisor is refused for want of room (the wheel's four calls, one kept
for the agent's consultation) with 486 and a clear reason; the customer on hold is heard by
nobody (nor is the agent's microphone: what the agent says off the call is not the call); the
customer hanging up ends both monitoring legs. Customer 440 Hz, agent 880 Hz,
lead 1320 Hz, trainee 1760 Hz."""
from __future__ import annotations

from monitor_calls import (
    AGENT_HZ,
    CUSTOMER_HZ,
    HEARD,
    PRIVACY_DB,
    SUP2_HZ,
    SUP_HZ,
    Window,
    customer_calls,
    monitor,
    quieter_by,
    signed,
)

SILENT = -60.0


def test_a_trainee_and_a_lead_at_once_a_third_refused_hold_and_hang_up_followed(parties, tones, tmp_path):
    recs = {n: str(tmp_path / f"{n}.wav") for n in ("agent", "cust", "lead", "trainee")}
    agent = parties.agent(audio={"capture": f"file:{tones[AGENT_HZ]}", "playback": f"file:{recs['agent']}"})
    lead = parties.supervisor({"capture": f"file:{tones[SUP_HZ]}", "playback": f"file:{recs['lead']}"})
    trainee = parties.supervisor({"capture": f"file:{tones[SUP2_HZ]}", "playback": f"file:{recs['trainee']}"})
    third = parties.supervisor()
    customer, call = customer_calls(agent, recs["cust"])
    cust_origin = customer.wait("calling")[0]

    trainee_call = monitor(trainee, agent, signed("listen", call, sup="tomas", role="trainee"))
    assert agent.wait("MonitorStarted")["supervisor"] == "tomas"
    lead_call = monitor(lead, agent, signed("whisper", call))
    started = agent.wait("MonitorStarted")
    assert (started["supervisor"], started["mode"]) == ("petra", "whisper")
    lead.wait("CallAnswered", call_id=lead_call)
    trainee.wait("CallAnswered", call_id=trainee_call)
    both = Window(started["ts"])

    third_call = monitor(third, agent, signed("listen", call, sup="olga"))
    ended = third.wait("CallEnded", call_id=third_call)
    told = agent.wait("MonitorRefused")
    assert ended["status_code"] == 486 and "no room" in ended["reason"].lower(), ended
    assert (told["reason"], told["supervisor"], told["status_code"]) == ("too_many_calls", "olga", 486)

    agent.send(f"hold {call}")
    held = Window(agent.wait("CallHeld", call_id=call)["ts"])

    customer.proc.terminate()  # the customer hangs up
    gone = {agent.wait("MonitorEnded")["supervisor"], agent.wait("MonitorEnded")["supervisor"]}
    assert gone == {"tomas", "petra"}
    lead.wait("CallEnded", call_id=lead_call)
    trainee.wait("CallEnded", call_id=trainee_call)
    assert customer.finish() == 0
    for phone in (agent, lead, trainee, third):
        phone.stop()

    def heard(window):
        return {"lead": window.heard(recs["lead"], lead.start_event["ts"]),
                "trainee": window.heard(recs["trainee"], trainee.start_event["ts"]),
                "cust": window.heard(recs["cust"], cust_origin),
                "agent": window.heard(recs["agent"], agent.start_event["ts"])}

    h = heard(both)
    report = "\n".join(f"{k} hears {v}" for k, v in h.items())
    for sup in ("lead", "trainee"):  # both hear the call
        assert h[sup][CUSTOMER_HZ] > HEARD and h[sup][AGENT_HZ] > HEARD, report
    assert h["agent"][SUP_HZ] > HEARD, report  # the lead whispers to the agent ...
    assert quieter_by(h["cust"], SUP_HZ, AGENT_HZ) >= PRIVACY_DB, report  # ... not to the customer
    assert quieter_by(h["trainee"], SUP_HZ, CUSTOMER_HZ, AGENT_HZ) >= PRIVACY_DB, report
    for who, speakers in (("cust", (AGENT_HZ,)), ("agent", (CUSTOMER_HZ,)), ("lead", (CUSTOMER_HZ, AGENT_HZ))):
        assert quieter_by(h[who], SUP2_HZ, *speakers) >= PRIVACY_DB, report  # nobody hears the trainee

    h = heard(held)
    report = "held:\n" + "\n".join(f"{k} hears {v}" for k, v in h.items())
    for sup in ("lead", "trainee"):  # the customer on hold is heard by nobody, nor the agent's microphone
        assert h[sup][CUSTOMER_HZ] < SILENT and h[sup][AGENT_HZ] < SILENT, report
    assert h["agent"][CUSTOMER_HZ] < SILENT, report
