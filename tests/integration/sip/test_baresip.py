"""baresip (a third-party SIP client) as the customer: it calls the desk phone and is called
by it; the agent hears baresip's 440 Hz tone (FFT of the desk phone's playback file)."""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import time

import pytest
from audio_check import levels
from sip_parties import free_port


@pytest.fixture(autouse=True)
def _baresip_installed():
    """A missing third-party phone is a failure, not a silent skip (scripts/setup.sh installs it)."""
    if not shutil.which("baresip"):
        pytest.fail("baresip is not installed (scripts/setup.sh installs it)")

CONFIG = """poll_method poll
sip_listen 127.0.0.1:{port}
sip_transports udp
net_interface 127.0.0.1
audio_player aubridge,nil
audio_source aufile,{tone}
audio_alert aubridge,nil
audio_srate 8000
audio_channels 1
rtp_ports {rtp}-{rtp_end}
module_path /usr/lib/baresip/modules
module g711.so
module aufile.so
module aubridge.so
module_app account.so
module_app menu.so
"""


class Baresip:
    def __init__(self, tmp: str, seconds: int, dial: str = "") -> None:
        from cti.tones import write_tone

        self.dir = os.path.join(tmp, f"baresip-{time.monotonic_ns()}")
        os.makedirs(self.dir)
        tone = write_tone(os.path.join(self.dir, "440.wav"), 440, seconds=30, rate=8000)  # 8 kHz: baresip's aufile needs the codec rate
        self.port = free_port()
        rtp = random.randrange(40000, 50000, 2)
        with open(os.path.join(self.dir, "config"), "w") as f:
            f.write(CONFIG.format(port=self.port, tone=tone, rtp=rtp, rtp_end=rtp + 40))
        with open(os.path.join(self.dir, "accounts"), "w") as f:
            f.write("<sip:customer@127.0.0.1>;regint=0;answermode=auto;audio_codecs=PCMU\n")
        args = ["baresip", "-f", self.dir, "-t", str(seconds)]
        if dial:
            args += ["-e", f"/dial {dial}"]
        self.log = open(os.path.join(self.dir, "log"), "w")
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=self.log,
                                     stderr=subprocess.STDOUT)
        self.uri = f"sip:customer@127.0.0.1:{self.port}"

    def ready(self) -> None:
        deadline = time.monotonic() + 10
        while "baresip is ready" not in open(os.path.join(self.dir, "log")).read():
            assert time.monotonic() < deadline and self.proc.poll() is None, "baresip did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def test_baresip_calls_the_desk_phone_and_is_heard(phones, tmp_path):
    rec = str(tmp_path / "desk.wav")
    desk = phones(audio={"capture": "null", "playback": f"file:{rec}"})
    customer = Baresip(str(tmp_path), seconds=8, dial=f"sip:agent@127.0.0.1:{desk.port}")
    try:
        ring = desk.wait("CallRinging", timeout=10)
        assert ring["number"] == "customer" and ring["direction"] == "in"
        desk.send(f"answer {ring['call_id']}")
        answered = desk.wait("CallAnswered", call_id=ring["call_id"])
        time.sleep(2.0)
        desk.send(f"hangup {ring['call_id']}")
        desk.wait("CallEnded", call_id=ring["call_id"])
    finally:
        customer.stop()
    desk.stop()
    start = answered["ts"] - desk.start_event["ts"]
    heard = levels(rec, start + 0.5, start + 1.8, (440, 880))
    assert heard[440] > -35 and heard[880] < -45, heard


def test_desk_phone_calls_baresip_which_answers(phones, tmp_path):
    rec = str(tmp_path / "desk.wav")
    desk = phones(audio={"capture": "null", "playback": f"file:{rec}"})
    customer = Baresip(str(tmp_path), seconds=15)
    try:
        customer.ready()
        cid = desk.dial(customer.uri)
        answered = desk.wait("CallAnswered", call_id=cid, timeout=10)
        time.sleep(2.0)
        desk.send(f"hangup {cid}")
        ended = desk.wait("CallEnded", call_id=cid)
        assert ended["duration_s"] > 1.5
    finally:
        customer.stop()
    desk.stop()
    start = answered["ts"] - desk.start_event["ts"]
    heard = levels(rec, start + 0.5, start + 1.8, (440, 880))
    assert heard[440] > -35 and heard[880] < -45, heard


def test_answer_bench_against_baresip(tmp_path):
    from cti.answer_bench import measure_answer_times

    customer = Baresip(str(tmp_path), seconds=30)
    try:
        customer.ready()
        result = measure_answer_times(customer.uri, 20)
    finally:
        customer.stop()
    print("baresip INVITE-to-200:", result)
    assert result["answered"] == 20, result
