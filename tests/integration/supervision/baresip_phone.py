"""baresip (a third-party SIP client) as a team lead's plain desk phone: it dials the agent's
console with the signed request in the address (`sip:monitor@…?X-Agent-Console-Monitor=…`,
since a plain phone cannot add headers), sends its tone, records what it hears (the sndfile
module: *-dec.wav) and presses keys sent to its console port (the cons module: DTMF)."""
from __future__ import annotations

import glob
import os
import random
import shutil
import socket
import subprocess
import time
from urllib.parse import quote

import pytest
from sip_parties import free_port

from cti.supervision.header import HEADER

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
cons_listen 127.0.0.1:{cons}
snd_path {dir}
module_path /usr/lib/baresip/modules
module g711.so
module aufile.so
module aubridge.so
module sndfile.so
module_app account.so
module_app menu.so
module_app cons.so
"""


class BaresipLead:
    def __init__(self, tmp: str, agent_port: int, header: str, tone_hz: int, seconds: int = 60) -> None:
        from cti.tones import write_tone

        if not shutil.which("baresip"):
            pytest.fail("baresip is not installed (scripts/setup.sh installs it)")
        self.dir = os.path.join(tmp, f"baresip-{time.monotonic_ns()}")
        os.makedirs(self.dir)
        tone = write_tone(os.path.join(self.dir, "tone.wav"), tone_hz, seconds=seconds, rate=8000)
        self.cons = free_port()
        sip_port = free_port()
        while sip_port == self.cons:  # two quick asks for a free port can get the same one (seen in CI:
            sip_port = free_port()    # "SIP Transport failed: Address already in use")
        rtp = random.randrange(40000, 50000, 2)
        with open(os.path.join(self.dir, "config"), "w") as f:
            f.write(CONFIG.format(port=sip_port, tone=tone, rtp=rtp, rtp_end=rtp + 40, cons=self.cons,
                                  dir=self.dir))
        with open(os.path.join(self.dir, "accounts"), "w") as f:
            f.write("<sip:petra@127.0.0.1>;regint=0;audio_codecs=PCMU\n")
        uri = f"sip:monitor@127.0.0.1:{agent_port}?{HEADER}={quote(header, safe='')}"
        self.log = open(os.path.join(self.dir, "log"), "w")
        self.started = time.time()
        self.proc = subprocess.Popen(["baresip", "-f", self.dir, "-t", str(seconds), "-e", f"/dial {uri}"],
                                     stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT)

    def press(self, key: str) -> None:
        """A key on the phone's keypad (in a call: a DTMF digit)."""
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.sendto(key.encode(), ("127.0.0.1", self.cons))

    def stop(self) -> int:
        self.proc.terminate()
        try:
            return self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()

    def heard(self) -> str:
        """The recording of what the phone heard (decoded audio)."""
        found = sorted(glob.glob(os.path.join(self.dir, "*dec.wav")))
        assert found, f"baresip recorded nothing: {os.listdir(self.dir)}"
        return found[0]

    def output(self) -> str:
        with open(os.path.join(self.dir, "log")) as f:
            return f.read()
