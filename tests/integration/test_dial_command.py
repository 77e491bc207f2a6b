"""Click-to-dial from outside: `agent-console dial tel:…` and `ctl dial tel:…` reach a real console
process, which places the call through `[sip] dial_domain` to a real SIP listener.

Before issue 13 `ctl dial tel:+421…` was refused ("cannot be dialled") and `agent-console dial`
did not exist. The far end is a plain UDP SIP party on loopback: it records each INVITE's
request line and answers 486 Busy Here, so every call ends on its own.
"""
from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from harness.consoles import free_udp_port, start_console_process, stop_console, wait_for_ctl
from harness.ctl_events import Events

NUMBER = "+421905123456"


class BusyParty(threading.Thread):
    """A SIP phone on loopback that is always busy: it keeps the request line of each INVITE."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.invites: queue.Queue[str] = queue.Queue()
        self.seen: set[str] = set()

    def run(self) -> None:
        while True:
            try:
                data, addr = self.sock.recvfrom(65535)
            except OSError:
                return
            head = data.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace").split("\r\n")
            if not head[0].startswith("INVITE "):
                continue
            keep = [h for h in head[1:] if h.split(":", 1)[0].strip().lower() in ("via", "v", "from", "f", "call-id",
                                                                                  "i", "cseq")]
            to = next(h for h in head[1:] if h.split(":", 1)[0].strip().lower() in ("to", "t"))
            call_id = next(h for h in head[1:] if h.split(":", 1)[0].strip().lower() in ("call-id", "i"))
            if call_id not in self.seen:  # a retransmission is not a new call
                self.seen.add(call_id)
                self.invites.put(head[0])
            reply = ["SIP/2.0 486 Busy Here", *keep, f"{to};tag=busy{abs(hash(call_id))}", "Content-Length: 0", "", ""]
            self.sock.sendto("\r\n".join(reply).encode(), addr)

    def next_invite(self, timeout: float = 30) -> str:
        try:
            return self.invites.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("no INVITE reached the SIP party") from None

    def close(self) -> None:
        self.sock.close()


def _env() -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("AGENT_CONSOLE_CTL", "AGENT_CONSOLE_DATA_DIR", "AGENT_CONSOLE_LOG_DIR"):
        env.pop(name, None)  # the console's folders and socket are the ones in its config
    return env


def agent_console(cfg: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "console", "--config", str(cfg), *args], capture_output=True,
                          text=True, timeout=timeout, env=_env(), stdin=subprocess.DEVNULL)


@pytest.fixture
def party():
    busy = BusyParty()
    busy.start()
    yield busy
    busy.close()


@pytest.fixture
def console(tmp_path, party):
    proc, name, cfg = start_console_process(tmp_path, f'[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\n'
                                                      f'dial_domain = "127.0.0.1:{party.port}"\n')
    try:
        wait_for_ctl(name, proc, timeout_s=60)
        events = Events(name)
        events.start()
        yield name, cfg, events
        events.close()
    finally:
        stop_console(name, proc)


def test_agent_console_dial_hands_a_tel_link_to_the_running_console(console, party):
    name, cfg, events = console
    out = agent_console(cfg, "dial", f"tel:{NUMBER}")
    assert out.returncode == 0, out.stderr
    call_id = out.stdout.strip()
    assert call_id and "\n" not in call_id
    ringing = events.wait("call.ringing", call_id=call_id)
    assert ringing["direction"] == "out" and ringing["number"] == NUMBER
    assert party.next_invite() == f"INVITE sip:{NUMBER}@127.0.0.1:{party.port} SIP/2.0"
    events.wait("call.ended", call_id=call_id)  # busy: the call ends, nothing hangs


def test_ctl_dial_takes_tel_links_and_numbers_as_people_write_them(console, party):
    name, cfg, events = console
    out = agent_console(cfg, "ctl", "dial", f"tel:{NUMBER}", "--json")
    reply = json.loads(out.stdout)
    assert out.returncode == 0 and reply["ok"], out.stderr
    assert events.wait("call.ringing", call_id=reply["result"]["call_id"])["direction"] == "out"
    assert party.next_invite().startswith(f"INVITE sip:{NUMBER}@")
    out = agent_console(cfg, "ctl", "dial", "0905", "123", "456")  # unquoted, as typed
    assert out.returncode == 0, out.stderr
    assert party.next_invite().startswith(f"INVITE sip:{NUMBER}@")


def test_what_cannot_be_dialled_is_said_and_sent_as_call_failed(console, party):
    name, cfg, events = console
    out = agent_console(cfg, "dial", "abc;<x>")
    assert out.returncode == 1
    assert "cannot be dialled" in out.stderr and "Traceback" not in out.stderr
    failed = events.wait("call.failed")
    assert failed["code"] == "dial.bad_target" and "cannot be dialled" in failed["reason"]
    assert party.invites.empty()


def test_with_no_console_running_dial_starts_one_and_dials(tmp_path, party):
    ctl_name = f"agent-console-dial-{os.getpid()}-{time.monotonic_ns()}"
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[paths]\ndata_dir = "{tmp_path / "data"}"\nlog_dir = "{tmp_path / "log"}"\n'
                   f'[ctl]\nname = "{ctl_name}"\n'
                   f'[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\ndial_domain = "127.0.0.1:{party.port}"\n'
                   '[audio]\ncapture = "null"\nplayback = "null"\n', encoding="utf-8")
    pid = 0
    try:
        out = agent_console(cfg, "dial", NUMBER)
        assert out.returncode == 0, out.stderr
        assert party.next_invite() == f"INVITE sip:{NUMBER}@127.0.0.1:{party.port} SIP/2.0"
        status = json.loads(agent_console(cfg, "ctl", "status", "--json").stdout)
        assert status["ok"] and status["result"]["phone_running"]
        pid = status["result"]["pid"]
    finally:
        agent_console(cfg, "ctl", "quit")
    if pid:  # the console started for dialling goes when asked to
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            os.kill(pid, 9)
            raise AssertionError("the console started for dialling did not quit")
