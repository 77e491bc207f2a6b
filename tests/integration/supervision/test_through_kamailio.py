"""Supervision through Kamailio as registrar/proxy: the agent and the supervisor registered,
the customer and the supervisor reach the agent by name through the proxy; the signed header
and the in-dialog MESSAGE travel through it; listen, then whisper, FFT of what each hears."""
from __future__ import annotations

from monitor_calls import AGENT_HZ, CUSTOMER_HZ, HEARD, PRIVACY_DB, SUP_HZ, Window, quieter_by, signed
from sip_parties import Customer

from cti.supervision.header import HEADER


def test_listen_then_whisper_through_the_proxy(parties, kamailio, tones, tmp_path):
    recs = {n: str(tmp_path / f"{n}.wav") for n in ("agent", "cust", "sup")}
    registrar = f"127.0.0.1:{kamailio.port}"
    agent = parties.agent({"registrar": registrar, "user": "jana", "password": "s3cret-jana"},
                          {"capture": f"file:{tones[AGENT_HZ]}", "playback": f"file:{recs['agent']}"})
    sup = parties.supervisor({"capture": f"file:{tones[SUP_HZ]}", "playback": f"file:{recs['sup']}"},
                             {"registrar": registrar, "user": "petra", "password": "s3cret-petra"})
    for phone in (agent, sup):
        phone.wait("RegistrationChanged", registered=True)
    customer = Customer(f"sip:jana@{registrar}", "--from", "+421901234567", "--tone", str(CUSTOMER_HZ),
                        "--record", recs["cust"], "--duration", "120")
    call = agent.wait("CallRinging", timeout=20)["call_id"]
    agent.wait("CallAnswered", call_id=call)
    cust_origin = customer.wait("calling")[0]
    customer.wait("answered")

    sup_call = sup.dial("jana", {HEADER: signed("listen", call)})  # by name, through the proxy
    started = agent.wait("MonitorStarted")
    sup.wait("CallAnswered", call_id=sup_call)
    listen = Window(started["ts"])
    sup.send(f"message {sup_call} {HEADER}: {signed('whisper', call)}")
    whisper = Window(agent.wait("MonitorModeChanged", mode="whisper")["ts"])

    customer.proc.terminate()
    assert agent.wait("MonitorEnded")["reason"] == "customer call ended"
    sup.wait("CallEnded", call_id=sup_call)
    assert customer.finish() == 0
    agent.stop()
    sup.stop()

    for mode, window in (("listen", listen), ("whisper", whisper)):
        s = window.heard(recs["sup"], sup.start_event["ts"])
        c = window.heard(recs["cust"], cust_origin)
        a = window.heard(recs["agent"], agent.start_event["ts"])
        report = f"{mode}: supervisor hears {s}\ncustomer hears {c}\nagent hears {a}"
        assert s[CUSTOMER_HZ] > HEARD and s[AGENT_HZ] > HEARD, report
        assert quieter_by(c, SUP_HZ, AGENT_HZ) >= PRIVACY_DB, report
        if mode == "listen":
            assert quieter_by(a, SUP_HZ, CUSTOMER_HZ) >= PRIVACY_DB, report
        else:
            assert a[SUP_HZ] > HEARD, report
