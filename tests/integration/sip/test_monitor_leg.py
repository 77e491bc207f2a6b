"""A supervisor's monitoring leg, answered by the incoming-call policy chain on the SIP thread:
it never puts the customer on hold, and in listen mode the supervisor hears customer and agent
while nobody hears the supervisor (FFT of all three sides). A normal call auto-answered during
a call still holds the first one.

Customer 440 Hz, agent 880 Hz (the desk phone's microphone file), supervisor 1320 Hz. The real
check of the signed supervision header is not built yet: the desk phone treats any call
carrying X-Test-Monitor as a monitoring leg (tests/integration/sip/desk_phone.py).
"""
from __future__ import annotations

from audio_check import levels
from sip_parties import Customer

HEARD = -30.0
SILENT = -45.0


def test_a_monitoring_leg_is_answered_at_once_without_holding_the_customer(phones, tones, tmp_path):
    desk_rec, cust_rec, sup_rec = (str(tmp_path / f"{n}.wav") for n in ("desk", "cust", "sup"))
    desk = phones({"auto_answer_s": 0, "test_monitor_header": "X-Test-Monitor"},
                  {"capture": f"file:{tones[880]}", "playback": f"file:{desk_rec}"})
    customer = Customer(desk.uri, "--from", "+421901234567", "--tone", "440",
                        "--record", cust_rec, "--duration", "6")
    first = desk.wait("CallRinging")["call_id"]
    desk.wait("CallAnswered", call_id=first)
    customer.wait("answered")
    supervisor = Customer(desk.uri, "--from", "lead", "--tone", "1320", "--record", sup_rec,
                          "--header", "X-Test-Monitor: listen", "--duration", "2.5")
    ring = desk.wait("CallRinging")
    assert ring["call_id"] != first
    desk.wait("CallAnswered", call_id=ring["call_id"])  # nobody pressed answer
    sup_calling = supervisor.wait("calling")[0]
    sup_answered = supervisor.wait("answered")[0]
    desk.send("calls")
    calls = {c["id"]: c for c in desk.wait("calls")["calls"]}
    assert calls[first]["state"] == "connected" and calls[first]["role"] == "customer", calls
    assert calls[ring["call_id"]]["role"] == "monitor", calls
    sup_ended = supervisor.wait("ended", timeout=15)[0]
    desk.wait("CallEnded", call_id=ring["call_id"])
    desk.wait("CallEnded", call_id=first, timeout=15)
    assert supervisor.finish() == 0 and customer.finish() == 0
    held = [e for e in desk.lines.seen if e["type"] == "CallHeld"]
    assert held == [], held  # the customer was never put on hold
    desk.stop()

    window = (sup_answered + 0.5, sup_ended - 0.3)
    sup = levels(sup_rec, window[0] - sup_calling, window[1] - sup_calling, (440, 880, 1320))
    cust_start = customer.wait("calling")[0]  # its recording runs from there
    cust = levels(cust_rec, window[0] - cust_start, window[1] - cust_start, (440, 880, 1320))
    desk_shift = desk.start_event["ts"]
    agent = levels(desk_rec, window[0] - desk_shift, window[1] - desk_shift, (440, 880, 1320))
    report = f"supervisor hears {sup}\ncustomer hears {cust}\nagent hears {agent}"
    assert sup[440] > HEARD and sup[880] > HEARD, report  # listen: customer and agent
    assert cust[880] > HEARD and cust[1320] < SILENT, report  # nobody hears the supervisor
    assert agent[440] > HEARD and agent[1320] < SILENT, report


def test_auto_answering_a_second_customer_still_holds_the_first(phones):
    desk = phones({"auto_answer_s": 0, "test_monitor_header": "X-Test-Monitor"})
    one = Customer(desk.uri, "--from", "+421901234567", "--tone", "440", "--duration", "4")
    first = desk.wait("CallRinging")["call_id"]
    desk.wait("CallAnswered", call_id=first)
    two = Customer(desk.uri, "--from", "+421907654321", "--tone", "440", "--duration", "1")
    second = desk.wait("CallRinging")["call_id"]
    assert desk.wait("CallHeld", call_id=first)["held"] is True
    desk.wait("CallAnswered", call_id=second)
    desk.send("calls")
    calls = {c["id"]: c for c in desk.wait("calls")["calls"]}
    assert calls[first]["state"] == "held" and calls[second]["role"] == "customer", calls
    desk.wait("CallEnded", call_id=second, timeout=10)
    desk.wait("CallEnded", call_id=first, timeout=15)
    assert one.finish() == 0 and two.finish() == 0
