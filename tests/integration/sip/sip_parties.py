"""Real SIP parties for the tests, each in its own process (pjsua2: one Endpoint per process).

DeskPhone drives tests/integration/sip/desk_phone.py (a cti.Softphone) over stdin/stdout;
Customer runs `python -m cti.simulated_customer`. Ports are picked free at run time.
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
from typing import Any, Callable

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
PY = sys.executable

sys.path.insert(0, HERE)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)



def free_port() -> int:
    """A port free for both UDP and TCP on 127.0.0.1 right now."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
            u.bind(("127.0.0.1", 0))
            port = u.getsockname()[1]
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as t:
                try:
                    t.bind(("127.0.0.1", port))
                except OSError:
                    continue
                return port
    raise RuntimeError("no free port")


class _Lines:
    """Reads a process's stdout on a thread so tests can wait for lines with a timeout."""

    def __init__(self, proc: subprocess.Popen, parse: Callable[[str], Any]) -> None:
        self.proc = proc
        self.items: queue.SimpleQueue = queue.SimpleQueue()
        self.seen: list[Any] = []
        self._parse = parse
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            item = self._parse(line.rstrip("\n"))
            if item is not None:
                self.items.put(item)

    def wait_for(self, pred: Callable[[Any], bool], timeout: float = 10.0) -> Any:
        for item in self.seen:
            if pred(item):
                self.seen.remove(item)
                return item
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"timed out; unconsumed: {self.seen[-8:]}")
            try:
                item = self.items.get(timeout=left)
            except queue.Empty:
                continue
            if pred(item):
                return item
            self.seen.append(item)


def _parse_event(line: str) -> dict | None:
    return json.loads(line[3:]) if line.startswith("EV ") else None


class DeskPhone:
    """A cti.Softphone in its own process."""

    def __init__(self, tmp: str, sip: dict | None = None, audio: dict | None = None) -> None:
        sip = dict(sip or {})
        sip.setdefault("listen", f"127.0.0.1:{free_port()}")
        audio = dict(audio or {"capture": "null", "playback": "null"})
        self.stderr = open(os.path.join(tmp, f"desk-{time.monotonic_ns()}.err"), "w+")
        self.proc = subprocess.Popen(
            [PY, os.path.join(HERE, "desk_phone.py"), json.dumps({"sip": sip, "audio": audio})],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr, text=True,
            cwd=ROOT)
        self.lines = _Lines(self.proc, _parse_event)
        first = self.lines.wait_for(lambda e: e["type"] in ("ready", "start_failed"), 20)
        self.start_event = first
        self.port = first.get("port", 0)
        self.uri = f"sip:127.0.0.1:{self.port}"

    def send(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def wait(self, kind: str, timeout: float = 10.0, **match: Any) -> dict:
        return self.lines.wait_for(
            lambda e: e["type"] == kind and all(e.get(k) == v for k, v in match.items()), timeout)

    def dial(self, target: str, headers: dict | None = None) -> str:
        self.send(f"dial {target}" + (f" {json.dumps(headers)}" if headers else ""))
        return self.wait("dialed")["call_id"]

    def rss_kb(self) -> int:
        self.send("rss")
        return self.wait("rss")["kb"]

    def stop(self, timeout: float = 15.0) -> int:
        if self.proc.poll() is None:
            try:
                self.send("stop")
                self.proc.stdin.close()
            except (BrokenPipeError, ValueError):
                pass
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return -9

    def errors(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read()


def _parse_customer(line: str) -> tuple[float, str, str] | None:
    parts = line.split(" ", 2)
    try:
        return float(parts[0]), parts[1], parts[2] if len(parts) > 2 else ""
    except (ValueError, IndexError):
        return None


class Customer:
    """`python -m cti.simulated_customer ...` in its own process."""

    def __init__(self, uri: str, *args: str) -> None:
        self.proc = subprocess.Popen(
            [PY, "-m", "cti.simulated_customer", uri, *args], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, cwd=ROOT)
        self.lines = _Lines(self.proc, _parse_customer)

    def wait(self, state: str, timeout: float = 10.0) -> tuple[float, str, str]:
        return self.lines.wait_for(lambda item: item[1] == state, timeout)

    def finish(self, timeout: float = 15.0) -> int:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return -9


KAMAILIO_CFG = """#!KAMAILIO
debug=1
log_stderror=yes
children=2
tcp_children=2
listen=udp:127.0.0.1:{port}
listen=tcp:127.0.0.1:{port}
alias="127.0.0.1:{port}"
mpath="/usr/lib/x86_64-linux-gnu/kamailio/modules/"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "auth.so"
modparam("usrloc", "db_mode", 0)
modparam("registrar", "min_expires", 2)
modparam("tm", "local_cancel_reason", 1)
request_route {{
    if (!mf_process_maxfwd_header("10")) {{ sl_send_reply("483", "Too Many Hops"); exit; }}
    if (has_totag()) {{
        if (loose_route()) {{ t_relay(); exit; }}
        if (is_method("ACK")) {{ if (t_check_trans()) t_relay(); exit; }}
        sl_send_reply("404", "Not here"); exit;
    }}
    if (is_method("CANCEL")) {{ if (t_check_trans()) t_relay(); exit; }}
    if (is_method("REGISTER")) {{
        {passwords}
        if (!pv_www_authenticate("$td", "$var(pw)", "0")) {{ www_challenge("$td", "0"); exit; }}
        save("location");
        exit;
    }}
    if (is_method("INVITE")) record_route();
    {ring_groups}
    if (!lookup("location")) {{ sl_send_reply("404", "Not Found"); exit; }}
    t_relay();
}}
"""


def ring_group_route(group: str, members: list[str]) -> str:
    """A ring group: an INVITE to `group` rings every registered member at once (parallel
    forking: the first member's contacts replace the R-URI, the others' are added as branches).
    When one answers, tm CANCELs the other branches with `Reason: SIP;cause=200`
    (local_cancel_reason); 480 when no member is registered."""
    lines = [f'if ($rU == "{group}") {{', "$var(first) = 1;"]
    for member in members:
        lines.append(f'if ($var(first) == 1) {{ if (lookup("location", "sip:{member}@127.0.0.1")) $var(first) = 0; }}'
                     f' else {{ lookup_to_dset("location", "sip:{member}@127.0.0.1"); }}')
    lines += ['if ($var(first) == 1) { sl_send_reply("480", "Nobody in the group"); exit; }', "t_relay(); exit;", "}"]
    return "\n    ".join(lines)


class Kamailio:
    """Kamailio as registrar/proxy on a free port, with digest passwords per user, and ring
    groups (`{"sales": ["jana", "petr"]}`: a call to sales rings jana and petr at once)."""

    def __init__(self, tmp: str, users: dict[str, str], ring_groups: dict[str, list[str]] | None = None) -> None:
        self.port = free_port()
        self.tmp = tmp
        checks = " ".join(f'if ($au == "{u}") $var(pw) = "{p}";' for u, p in users.items())
        groups = "\n    ".join(ring_group_route(g, m) for g, m in (ring_groups or {}).items())
        self.cfg = os.path.join(tmp, "kamailio.cfg")
        with open(self.cfg, "w") as f:
            f.write(KAMAILIO_CFG.format(port=self.port, passwords='$var(pw) = "-"; ' + checks, ring_groups=groups))
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        log = open(os.path.join(self.tmp, "kamailio.log"), "a")
        self.proc = subprocess.Popen(
            ["kamailio", "-f", self.cfg, "-DD", "-E", "-Y", self.tmp, "-w", self.tmp,
             "-m", "32", "-M", "4"],
            stdout=log, stderr=log, start_new_session=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # ready when the TCP listener accepts
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"kamailio exited: {self.log()[-2000:]}")
                time.sleep(0.05)
        raise RuntimeError("kamailio did not start")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, 9)
            self.proc.wait()

    def log(self) -> str:
        with open(os.path.join(self.tmp, "kamailio.log")) as f:
            return f.read()
