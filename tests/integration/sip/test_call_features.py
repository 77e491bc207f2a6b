"""Several calls at once, three-way conference, recording, DTMF and transfers between real
desk phones (each its own process), with audio checked by FFT."""
from __future__ import annotations

import time
import wave

from audio_check import levels


def _rec(tmp_path, name):
    return str(tmp_path / f"{name}.wav")


def test_second_call_holds_first_then_conference_and_recording(phones, tones, tmp_path):
    agent = phones({}, {"capture": f"file:{tones[880]}", "playback": "null"})
    customer = phones({"user": "customer", "auto_answer_s": 0},
                      {"capture": f"file:{tones[440]}", "playback": f"file:{_rec(tmp_path, 'cust')}"})
    expert = phones({"user": "expert", "auto_answer_s": 0},
                    {"capture": f"file:{tones[1320]}", "playback": f"file:{_rec(tmp_path, 'expert')}"})
    first = agent.dial(f"customer@127.0.0.1:{customer.port}")
    agent.wait("CallAnswered", call_id=first)
    agent.send(f"record {first} {_rec(tmp_path, 'call')}")
    agent.wait("RecordingChanged", call_id=first, recording=True)
    agent.send(f"dtmf {first} 42#")
    assert "".join(customer.wait("DtmfReceived", timeout=5)["digits"] for _ in range(3)) == "42#"
    agent.send(f"message {first} mode=whisper")
    msg = customer.wait("MessageReceived", timeout=5)
    assert (msg["body"], msg["content_type"]) == ("mode=whisper", "text/plain")
    time.sleep(1.0)
    # Dialing the expert puts the customer on hold.
    second = agent.dial(f"expert@127.0.0.1:{expert.port}")
    assert agent.wait("CallHeld", call_id=first)["held"] is True
    agent.wait("CallAnswered", call_id=second)
    agent.send("calls")
    states = {c["id"]: c["state"] for c in agent.wait("calls")["calls"]}
    assert states == {first: "held", second: "connected"}
    time.sleep(1.0)
    agent.send(f"conference {first} {second}")
    agent.wait("CallHeld", call_id=first, held=False)
    joined = agent.wait("ConferenceChanged")  # the console names the members from this
    assert sorted(joined["call_ids"]) == sorted([first, second])
    t_conf = time.time()
    time.sleep(2.0)
    agent.send(f"unrecord {first}")
    agent.wait("RecordingChanged", call_id=first, recording=False)
    agent.send(f"hangup {first}")
    agent.wait("CallEnded", call_id=first)
    assert agent.wait("ConferenceChanged", group=joined["group"])["call_ids"] == [], "one call left: no conference"
    agent.send(f"hangup {second}")
    agent.wait("CallEnded", call_id=second)
    for p in (customer, expert):
        assert p.stop() == 0
    # In the conference the customer hears agent and expert; the expert hears both others.
    c0 = t_conf - customer.start_event["ts"]
    heard = levels(_rec(tmp_path, "cust"), c0 + 0.5, c0 + 1.8, (440, 880, 1320))
    assert heard[880] > -35 and heard[1320] > -35 and heard[440] < -45, heard
    e0 = t_conf - expert.start_event["ts"]
    heard = levels(_rec(tmp_path, "expert"), e0 + 0.5, e0 + 1.8, (440, 880, 1320))
    assert heard[440] > -35 and heard[880] > -35 and heard[1320] < -45, heard
    # The call recording has both directions and is a valid, finished WAV.
    with wave.open(_rec(tmp_path, "call")) as w:
        assert w.getnframes() / w.getframerate() > 2.5
    heard = levels(_rec(tmp_path, "call"), 0.2, 0.9, (440, 880))
    assert heard[440] > -35 and heard[880] > -35, heard


def test_blind_transfer_moves_the_customer_to_a_colleague(phones):
    agent = phones()
    customer = phones({"user": "customer"})
    colleague = phones({"user": "colleague", "auto_answer_s": 0})
    cid = customer.dial(f"agent@127.0.0.1:{agent.port}")
    ring = agent.wait("CallRinging", direction="in")
    agent.send(f"answer {ring['call_id']}")
    customer.wait("CallAnswered", call_id=cid)
    agent.send(f"transfer {ring['call_id']} colleague@127.0.0.1:{colleague.port}")
    done = agent.wait("CallTransferred", call_id=ring["call_id"], timeout=10)
    assert done["ok"] and not done["attended"], done
    agent.wait("CallEnded", call_id=ring["call_id"])
    at_colleague = colleague.wait("CallRinging", direction="in")
    assert at_colleague["number"] == "customer"
    colleague.wait("CallAnswered", call_id=at_colleague["call_id"])


def test_attended_transfer_joins_customer_and_colleague(phones):
    agent = phones()
    customer = phones({"user": "customer"})
    colleague = phones({"user": "colleague", "auto_answer_s": 0})
    customer.dial(f"agent@127.0.0.1:{agent.port}")
    ring = agent.wait("CallRinging", direction="in")
    agent.send(f"answer {ring['call_id']}")
    agent.wait("CallAnswered", call_id=ring["call_id"])
    consult = agent.dial(f"colleague@127.0.0.1:{colleague.port}")
    agent.wait("CallAnswered", call_id=consult)
    agent.send(f"attended {ring['call_id']} {consult}")
    done = agent.wait("CallTransferred", call_id=ring["call_id"], timeout=10)
    assert done["ok"] and done["attended"], done
    agent.wait("CallEnded", call_id=ring["call_id"])
    agent.wait("CallEnded", call_id=consult)
    time.sleep(0.5)
    agent.send("calls")
    assert agent.wait("calls")["calls"] == []
    colleague.send("calls")
    calls = colleague.wait("calls")["calls"]
    assert len(calls) == 1 and calls[0]["state"] == "connected", calls


def test_simulated_customer_follows_a_blind_transfer(phones, tones, tmp_path):
    from sip_parties import Customer

    agent = phones()
    colleague = phones({"user": "colleague", "auto_answer_s": 0},
                       {"capture": "null", "playback": f"file:{_rec(tmp_path, 'colleague')}"})
    customer = Customer(agent.uri, "--from", "+421901234567", "--tone", "440")
    ring = agent.wait("CallRinging")
    agent.send(f"answer {ring['call_id']}")
    customer.wait("answered")
    agent.send(f"transfer {ring['call_id']} colleague@127.0.0.1:{colleague.port}")
    assert agent.wait("CallTransferred", call_id=ring["call_id"])["ok"]
    customer.wait("transferred")
    at_colleague = colleague.wait("CallRinging", direction="in")
    assert at_colleague["number"] == "+421901234567"
    answered = colleague.wait("CallAnswered")
    time.sleep(1.5)
    colleague.send(f"hangup {at_colleague['call_id']}")
    assert customer.finish() == 0
    colleague.stop()
    start = answered["ts"] - colleague.start_event["ts"]
    heard = levels(_rec(tmp_path, "colleague"), start + 0.3, start + 1.3, (440,))
    assert heard[440] > -35, heard
