"""Through Kamailio as registrar/proxy: digest registration, calls both ways, a wrong
password, and re-registration after Kamailio is killed and started again."""
from __future__ import annotations

import time

from audio_check import levels


def _agent(phones, kamailio, user, password, transport="udp", **extra):
    return phones({"registrar": f"127.0.0.1:{kamailio.port}", "user": user,
                   "password": password, "transport": transport, "reregister_s": 6, **extra},
                  extra.pop("audio", None))


def test_register_and_call_both_ways_through_the_proxy(phones, kamailio, tones, tmp_path):
    jana_rec = str(tmp_path / "jana.wav")
    jana = phones({"registrar": f"127.0.0.1:{kamailio.port}", "user": "jana",
                   "password": "s3cret-jana", "display_name": "Jana"},
                  {"capture": f"file:{tones[880]}", "playback": f"file:{jana_rec}"})
    petra = phones({"registrar": f"127.0.0.1:{kamailio.port}", "user": "petra",
                    "password": "s3cret-petra", "auto_answer_s": 0},
                   {"capture": f"file:{tones[440]}", "playback": "null"})
    for phone in (jana, petra):
        ev = phone.wait("RegistrationChanged", registered=True)
        assert ev["status_code"] == 200
    # jana dials petra by user name: INVITE goes via Kamailio, which finds petra's contact.
    out = jana.dial("petra")
    ring = petra.wait("CallRinging")
    assert ring["number"] == "jana" and ring["display_name"] == "Jana"
    jana.wait("CallAnswered", call_id=out)
    time.sleep(1.0)
    jana.send(f"hangup {out}")
    jana.wait("CallEnded", call_id=out)
    petra.wait("CallEnded", call_id=ring["call_id"])
    # petra calls jana back through the proxy; jana answers by hand.
    back = petra.dial("jana")
    ring = jana.wait("CallRinging", direction="in")
    assert ring["number"] == "petra"
    jana.send(f"answer {ring['call_id']}")
    petra.wait("CallAnswered", call_id=back)
    time.sleep(0.5)
    petra.send(f"hangup {back}")
    jana.wait("CallEnded", call_id=ring["call_id"])
    jana.stop()
    # jana heard petra's 440 Hz on the first call (relayed media is direct RTP).
    start = 0.2
    heard = levels(jana_rec, start, start + 60, (440,))
    assert heard[440] > -35, heard


def test_wrong_password_is_reported_not_registered(phones, kamailio):
    phone = phones({"registrar": f"127.0.0.1:{kamailio.port}", "user": "jana",
                    "password": "wrong", "reregister_s": 6})
    ev = phone.wait("RegistrationChanged", timeout=10)
    assert ev["registered"] is False and ev["status_code"] in (401, 403), ev


def test_reregisters_after_kamailio_restarts(phones, kamailio):
    phone = phones({"registrar": f"127.0.0.1:{kamailio.port}", "user": "jana",
                    "password": "s3cret-jana", "transport": "tcp", "reregister_s": 6})
    phone.wait("RegistrationChanged", registered=True)
    kamailio.kill()
    down = phone.wait("RegistrationChanged", registered=False, timeout=20)
    assert down["status_code"] >= 400
    kamailio.start()
    up = phone.wait("RegistrationChanged", registered=True, timeout=20)
    assert up["status_code"] == 200
    # And calls work again after recovery: a second phone reaches it through the proxy.
    other = phones({"registrar": f"127.0.0.1:{kamailio.port}", "user": "petra",
                    "password": "s3cret-petra", "transport": "tcp"})
    other.wait("RegistrationChanged", registered=True)
    other.dial("jana")
    assert phone.wait("CallRinging", direction="in")["number"] == "petra"
