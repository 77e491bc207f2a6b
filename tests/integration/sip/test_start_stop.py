"""Start-up errors are sentences, and stopping is clean every time (exit code 0)."""
from __future__ import annotations

import socket
import time

from sip_parties import Customer, DeskPhone, free_port


def test_port_in_use_bad_address_and_missing_wav_are_clear_errors(tmp_path):
    port = free_port()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as busy:
        busy.bind(("127.0.0.1", port))
        phone = DeskPhone(str(tmp_path), {"listen": f"127.0.0.1:{port}"})
        assert phone.start_event["type"] == "start_failed"
        assert f"127.0.0.1:{port}" in phone.start_event["reason"]
        assert "in use" in phone.start_event["reason"].lower()
        assert phone.stop() == 3
    for sip, audio, words in [
        ({"listen": "no-such-host.invalid:5070"}, None, "not an address"),
        ({"listen": "127.0.0.1:99999"}, None, "out of range"),
        ({"transport": "carrier-pigeon"}, None, "not udp, tcp or tls"),
        ({}, {"capture": f"file:{tmp_path}/missing.wav", "playback": "null"}, "not found"),
    ]:
        phone = DeskPhone(str(tmp_path), sip, audio)
        assert phone.start_event["type"] == "start_failed", phone.start_event
        assert words in phone.start_event["reason"], phone.start_event
        assert phone.stop() == 3, phone.errors()


def test_stop_during_a_call_hangs_up_and_exits_cleanly(phones, tones, tmp_path):
    for _ in range(3):
        desk = phones({"auto_answer_s": 0},
                      {"capture": f"file:{tones[880]}", "playback": f"file:{tmp_path}/d.wav"})
        customer = Customer(desk.uri, "--from", "+421901234567", "--tone", "440")
        customer.wait("answered")
        assert desk.stop() == 0, desk.errors()[-2000:]
        ended = customer.wait("ended")
        assert ended[2].startswith("200"), ended
        assert customer.finish() == 0


def test_commands_for_unknown_calls_and_bad_input_are_reported(phones):
    desk = phones()
    desk.send("hangup nosuchcall")
    err = desk.wait("PhoneError")
    assert err["command"] == "hangup" and "no call" in err["reason"]
    desk.send("dial <bad>")
    assert "cannot dial" in desk.wait("command_failed")["reason"]
    desk.send('dial sip:127.0.0.1:9 {"Bad Header": "x"}')
    assert "header" in desk.wait("command_failed")["reason"]
    desk.send("dtmf x 12z")
    assert "DTMF" in desk.wait("command_failed")["reason"]
    desk.send("dial 12345")
    assert "no PBX" in desk.wait("command_failed")["reason"]
    # A busy callee: the call ends with the SIP error, the phone carries on.
    other = phones()
    cid = desk.dial(f"sip:busy@127.0.0.1:{other.port}")
    other.send(f"reject {other.wait('CallRinging')['call_id']} 486")
    ended = desk.wait("CallEnded", call_id=cid)
    assert ended["status_code"] == 486 and ended["duration_s"] == 0
    time.sleep(0.1)
    desk.send("calls")
    assert desk.wait("calls")["calls"] == []


def test_a_program_that_forgets_stop_still_exits_cleanly():
    import subprocess
    import sys

    from sip_parties import ROOT

    code = ("import time\n"
            "from cti.softphone import Softphone\n"
            "from cti.settings import SipSettings, AudioSettings\n"
            "p = Softphone(SipSettings(listen='127.0.0.1:0'), AudioSettings('null', 'null'), print)\n"
            "p.start()\n"
            "p.dial(f'sip:self@127.0.0.1:{p.bound_port}')\n"
            "time.sleep(0.3)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=30)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "CallRinging" in out.stdout
    assert "CallEnded" in out.stdout  # the calls were hung up properly on the way out
