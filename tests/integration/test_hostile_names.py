"""Hostile caller names over real SIP and from the CRM: the real console process stays up, shows
the text literally, and `ctl screenshot` still gives a picture of normal size (issue 9, finding 1).

Before the fix, ``From: "<img src=/dev/zero>" <sip:!@127.0.0.1>`` made the console read
/dev/zero until it aborted, and ``<img width=60000 …>`` stretched the window for good. The
console runs under a 3 GB address-space limit, so the old bug is a crash here, not a machine
brought to its knees.
"""
from __future__ import annotations

import json
import os
import resource
import socket
import struct
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from harness.consoles import free_udp_port, start_console_process, stop_console, wait_for_ctl
from harness.ctl_events import Events

MEMORY_LIMIT = 3 * 1024**3
NAMES = [
    "<img src=/dev/zero>",
    "<h1 style='color:red'>POLICE</h1>",
    "<img width=60000 height=60000 src=x>",
]
MAX_PICTURE = 2000  # pixels; the window is made 1280×820


def run_cli(cfg: Path, *args: str, ctl: str = "") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("AGENT_CONSOLE_DATA_DIR", "AGENT_CONSOLE_LOG_DIR")}
    env.update({"AGENT_CONSOLE_CTL": ctl} if ctl else {})  # the console's own folders: those in its config
    return subprocess.run([sys.executable, "-m", "console", "--config", str(cfg), *args], capture_output=True,
                          text=True, timeout=60, env=env)


@pytest.fixture
def console(tmp_path):
    port = free_udp_port()
    proc, ctl, cfg = start_console_process(tmp_path, f'[sip]\nlisten = "127.0.0.1:{port}"\n')
    # bounded memory: an image read from /dev/zero ends in a crash, not in swapping the machine
    resource.prlimit(proc.pid, resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    try:
        wait_for_ctl(ctl, proc, timeout_s=60)
        events = Events(ctl)
        events.start()
        yield ctl, port, cfg, events, proc, tmp_path
    finally:
        stop_console(ctl, proc)
    assert proc.returncode == 0, "the console must shut down cleanly: " + \
        proc.stderr_path.read_text(errors="replace")[-2000:]  # type: ignore[attr-defined]


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", head[16:24])


def still_fine(ctl: str, cfg: Path, proc: subprocess.Popen, folder: Path, label: str) -> dict:
    """The console is alive, answers `ctl status`, and its screenshot is a normal-sized PNG."""
    assert proc.poll() is None, "the console died: " + \
        proc.stderr_path.read_text(errors="replace")[-2000:]  # type: ignore[attr-defined]
    status = run_cli(cfg, "ctl", "status", "--json", ctl=ctl)
    assert status.returncode == 0, status.stderr
    shot = folder / f"{label}.png"
    taken = run_cli(cfg, "ctl", "screenshot", str(shot), ctl=ctl)
    assert taken.returncode == 0, taken.stderr
    width, height = png_size(shot)
    assert 0 < width <= MAX_PICTURE and 0 < height <= MAX_PICTURE, (width, height)
    return json.loads(status.stdout)["result"]


class RawCaller:
    """A bare SIP INVITE, written by hand as a prankster would: a From whose user part is not a
    number, so the console can only show the display name."""

    def __init__(self, port: int, name: str) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(10)
        self.port, self.name = port, name
        self.local = self.sock.getsockname()[1]
        self.call_id, self.branch, self.tag = uuid.uuid4().hex, "z9hG4bK" + uuid.uuid4().hex[:16], uuid.uuid4().hex[:8]

    def _headers(self, method: str, to_tag: str = "") -> str:
        return (f"Via: SIP/2.0/UDP 127.0.0.1:{self.local};branch={self.branch};rport\r\n"
                f"Max-Forwards: 70\r\n"
                f'From: "{self.name}" <sip:!@127.0.0.1>;tag={self.tag}\r\n'
                f"To: <sip:agent@127.0.0.1:{self.port}>{';tag=' + to_tag if to_tag else ''}\r\n"
                f"Call-ID: {self.call_id}\r\nCSeq: 1 {method}\r\n"
                f"Contact: <sip:x@127.0.0.1:{self.local}>\r\n")

    def invite(self) -> None:
        sdp = ("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
               f"m=audio {self.local + 2} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")
        message = (f"INVITE sip:agent@127.0.0.1:{self.port} SIP/2.0\r\n" + self._headers("INVITE")
                   + f"Content-Type: application/sdp\r\nContent-Length: {len(sdp)}\r\n\r\n{sdp}")
        self.sock.sendto(message.encode(), ("127.0.0.1", self.port))

    def acknowledge_final(self) -> int:
        """Read responses until the final one, acknowledge it (as RFC 3261 wants); its status."""
        while True:
            data = self.sock.recv(65535).decode(errors="replace")
            code = int(data.split(" ", 2)[1])
            if code >= 200:
                to = next(line for line in data.split("\r\n") if line.lower().startswith(("to:", "t:")))
                to_tag = to.split("tag=", 1)[1].split(";")[0] if "tag=" in to else ""
                ack = (f"ACK sip:agent@127.0.0.1:{self.port} SIP/2.0\r\n" + self._headers("ACK", to_tag)
                       + "Content-Length: 0\r\n\r\n")
                self.sock.sendto(ack.encode(), ("127.0.0.1", self.port))
                return code

    def close(self) -> None:
        self.sock.close()


@pytest.mark.parametrize("name", NAMES)
def test_a_hostile_sip_name_is_shown_literally_and_the_console_stays_up(console, name):
    ctl, port, cfg, events, proc, folder = console
    caller = RawCaller(port, name)
    try:
        caller.invite()
        ringing = events.wait("call.ringing")
        assert ringing["display_name"] == name and ringing["number"] == ""
        events.wait("card.shown", call_id=ringing["call_id"])  # the card, the call line and the tab are painted
        status = still_fine(ctl, cfg, proc, folder, "ringing")
        assert [c["state"] for c in status["calls"]] == ["ringing"]
        assert run_cli(cfg, "ctl", "reject", ctl=ctl).returncode == 0
        assert caller.acknowledge_final() >= 400
        events.wait("call.ended", call_id=ringing["call_id"])
    finally:
        caller.close()
    still_fine(ctl, cfg, proc, folder, "after")


def test_hostile_names_from_a_real_sip_client_and_from_the_crm_are_shown_literally(console):
    """The same names stored in the CRM are shown on every call from that number."""
    ctl, port, cfg, events, proc, folder = console
    people = folder / "people.csv"
    people.write_text("name,company,phone\n"
                      f"\"{NAMES[0]}\",\"{NAMES[2]}\",+421 905 111 222\n"
                      f"\"{NAMES[1]}\",\"<b>Firm</b> &amp; Co\",+421 905 111 333\n", encoding="utf-8")
    imported = run_cli(cfg, "crm", "import", str(people))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    for number, name in (("0905111222", NAMES[0]), ("0905111333", NAMES[1])):
        caller = subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", f"sip:agent@127.0.0.1:{port}",
                                   "--from", number, "--name", NAMES[2], "--tone", "440", "--duration", "20"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            ringing = events.wait("call.ringing", number="+421" + number[1:])
            assert ringing["display_name"] == NAMES[2]
            shown = events.wait("card.shown|card.updated", call_id=ringing["call_id"], known=True)
            assert shown["customer"] == name
            still_fine(ctl, cfg, proc, folder, f"card-{number}")
            assert run_cli(cfg, "ctl", "reject", ctl=ctl).returncode == 0
            events.wait("call.ended", call_id=ringing["call_id"])
        finally:
            caller.kill()
            caller.wait(10)
    still_fine(ctl, cfg, proc, folder, "after")
