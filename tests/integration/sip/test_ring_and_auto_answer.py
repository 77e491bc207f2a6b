"""While a call rings the agent hears the ring tone; auto-answer picks up after the set time
and the ring tone stops."""
from __future__ import annotations

from audio_check import levels
from sip_parties import Customer


def test_ring_tone_then_auto_answer(phones, tones, tmp_path):
    rec = str(tmp_path / "desk.wav")
    desk = phones({"auto_answer_s": 1.5},
                  {"capture": "null", "playback": f"file:{rec}", "ring_tone": tones[1320]})
    customer = Customer(desk.uri, "--from", "+421901234567", "--tone", "440", "--duration", "1.5")
    ring = desk.wait("CallRinging")
    answered = desk.wait("CallAnswered", call_id=ring["call_id"], timeout=5)
    waited = answered["ts"] - ring["ts"]
    assert 1.3 < waited < 2.5, waited
    desk.wait("CallEnded", call_id=ring["call_id"])
    assert customer.finish() == 0
    desk.stop()
    r0 = ring["ts"] - desk.start_event["ts"]
    a0 = answered["ts"] - desk.start_event["ts"]
    ringing = levels(rec, r0 + 0.2, a0 - 0.1, (440, 1320))
    talking = levels(rec, a0 + 0.3, a0 + 1.2, (440, 1320))
    assert ringing[1320] > -35 and ringing[440] < -45, ringing
    assert talking[440] > -35 and talking[1320] < -45, talking


def test_auto_answer_does_not_wait_for_a_slow_listener(phones):
    """pjsua sends the answer to an INVITE only when its callback returns; a listener of the
    ringing event (the console's screen pop) must not hold the customer's 200 OK back."""
    from cti.sip_probe import SipProbe

    desk = phones({"auto_answer_s": 0})
    desk.send("block-ringing")
    desk.wait("ok")
    with SipProbe() as probe:
        call = probe.invite(f"sip:agent@127.0.0.1:{desk.port}")
        blocked = desk.wait("handler_blocked")
        try:
            answered = probe.wait_final(call, timeout=10)  # the listener is still blocked here
        finally:
            desk.send("release")
        assert answered.status == 200, (answered.status, answered.reason)
        desk.wait("CallAnswered", call_id=blocked["call_id"])
        probe.bye(answered)
    desk.wait("CallEnded", call_id=blocked["call_id"])
