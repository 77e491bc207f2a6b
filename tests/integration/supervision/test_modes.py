"""Listen, whisper and barge on the agent's conference bridge, switched mid-call by signed
MESSAGE and by DTMF; the customer hanging up ends the monitoring leg. Customer 440 Hz, agent
880 Hz, supervisor 1320 Hz, each its own process; FFT of what each one heard in each mode.

Listen is a privacy guarantee: the supervisor's tone at the customer and at the agent at
least 50 dB below the speaking parties; in whisper the same at the customer."""
from __future__ import annotations

from monitor_calls import AGENT_HZ, CUSTOMER_HZ, HEARD, PRIVACY_DB, SUP_HZ, Window, customer_calls, monitor, signed

from cti.supervision.header import HEADER


def check_mode(mode: str, sup: dict, cust: dict, agent: dict) -> None:
    report = f"{mode}: supervisor hears {sup}\ncustomer hears {cust}\nagent hears {agent}"
    assert sup[CUSTOMER_HZ] > HEARD and sup[AGENT_HZ] > HEARD, report  # every mode: both parties
    assert cust[AGENT_HZ] > HEARD and agent[CUSTOMER_HZ] > HEARD, report  # the call itself goes on
    if mode == "listen":
        assert cust[AGENT_HZ] - cust[SUP_HZ] >= PRIVACY_DB, report
        assert agent[CUSTOMER_HZ] - agent[SUP_HZ] >= PRIVACY_DB, report
    elif mode == "whisper":
        assert agent[SUP_HZ] > HEARD, report
        assert cust[AGENT_HZ] - cust[SUP_HZ] >= PRIVACY_DB, report
    else:  # barge: all hear all
        assert agent[SUP_HZ] > HEARD and cust[SUP_HZ] > HEARD, report


def run_modes(parties, tones, tmp_path, switch, dtmf_switch=False):
    recs = {n: str(tmp_path / f"{n}.wav") for n in ("agent", "cust", "sup")}
    agent = parties.agent(audio={"capture": f"file:{tones[AGENT_HZ]}", "playback": f"file:{recs['agent']}"},
                          dtmf_switch=dtmf_switch)
    sup = parties.supervisor({"capture": f"file:{tones[SUP_HZ]}", "playback": f"file:{recs['sup']}"})
    customer, call = customer_calls(agent, recs["cust"])
    cust_origin = customer.wait("calling")[0]
    sup_call = monitor(sup, agent, signed("listen", call))
    started = agent.wait("MonitorStarted")
    assert (started["target_call"], started["supervisor"], started["mode"]) == (call, "petra", "listen")
    assert started["agent"] == "jana" and started["role"] == "lead"
    sup.wait("CallAnswered", call_id=sup_call)
    windows = [("listen", Window(started["ts"]))]
    for mode in ("whisper", "barge", "listen"):
        switch(sup, sup_call, call, mode)
        changed = agent.wait("MonitorModeChanged")
        assert changed["mode"] == mode and changed["call_id"] == started["call_id"], changed
        windows.append((mode, Window(changed["ts"])))
    customer.proc.terminate()  # the customer hangs up
    ended = agent.wait("MonitorEnded", timeout=10)
    assert ended["reason"] == "customer call ended" and ended["target_call"] == call
    sup.wait("CallEnded", call_id=sup_call)  # the supervisor's leg went with it
    assert customer.finish() == 0
    agent.stop()
    sup.stop()
    heard = [(mode, window.heard(recs["sup"], sup.start_event["ts"]), window.heard(recs["cust"], cust_origin),
              window.heard(recs["agent"], agent.start_event["ts"])) for mode, window in windows]
    for mode, sup_heard, cust_heard, agent_heard in heard:
        check_mode(mode, sup_heard, cust_heard, agent_heard)
    return agent


def by_message(sup, sup_call, call, mode):
    sup.send(f"message {sup_call} {HEADER}: {signed(mode, call)}")


def by_dtmf(sup, sup_call, call, mode):
    sup.send(f"dtmf {sup_call} {'123'['listen whisper barge'.split().index(mode)]}")


def test_listen_whisper_barge_listen_by_signed_message(parties, tones, tmp_path):
    run_modes(parties, tones, tmp_path, by_message)


def test_listen_whisper_barge_listen_by_dtmf_where_the_site_allows_plain_phones(parties, tones, tmp_path):
    run_modes(parties, tones, tmp_path, by_dtmf, dtmf_switch=True)
