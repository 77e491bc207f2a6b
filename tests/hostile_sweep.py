"""Hostile-input sweep: one real console process against everything an outsider can send it.

Run: ``.venv/bin/python tests/hostile_sweep.py [--scale N]`` (prints one JSON object).

It starts the console with the local CRM and a REST CRM (the ``example`` template) served by a
hostile HTTP server on loopback, then throws, category by category:
malformed SIP datagrams, INVITEs with hostile display names and identities, spoofed
P-Asserted-Identity with CANCEL, an INVITE flood from one source, hostile CRM answers (gzip
bomb, huge and endless bodies, 30,000 records, slow drip, broken JSON, escape sequences, markup),
garbage on the control socket, bad config files and bad import files.

After every input it checks the console: still running (else a crash), `ctl status` answered
within 5 s (else a hang). At the end: call-log/write-back rows made by spoofed and flooded
calls (data that should not exist), notes typed during hostile calls that are missing from the
outbox (data lost) or present twice (duplicated), and leaks: caller numbers in clear text in the
log, files readable by others.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from cti.sip_probe import SipProbe  # noqa: E402

from console.ctl_client import CtlClient, NoConsoleRunning  # noqa: E402

from harness.consoles import start_console_process, wait_for_ctl  # noqa: E402

TOKEN = "sweep-token-0123456789"
# Hostile CRM behaviour by the caller number's last two digits.
CRM_CASES = {
    "01": "gzip bomb (200 KB -> 500 MB)",
    "02": "30,000 records",
    "03": "slow drip",
    "04": "broken JSON",
    "05": "escape sequences and markup in every field",
    "06": "Content-Length of 10 GB",
    "07": "endless chunked body",
    "08": "100,000 records",
    "09": "javascript:/file: links and quote-breaking href",
    "10": "HTTP 500 with a number in the error",
}
MARKUP = "<img src=/dev/zero><h1 style='color:red'>POLICE</h1>\x1b]0;owned\x07\x1b[31m\x9b2J"


def _gzip_bomb(megabytes: int) -> bytes:
    """gzip of `megabytes` MB of spaces (about 500 KB for 500 MB), made without holding the plain text."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b" " * (1 << 20)
    return b"".join([*(z.compress(chunk) for _ in range(megabytes)), z.flush()])


def _record(i: int, number: str, name: str = "Record") -> dict:
    return {"id": f"r{i}", "display_name": f"{name} {i}", "company": {"name": "Co"}, "phones": [{"number": number}]}


class HostileCrm:
    def __init__(self) -> None:
        self.stop = threading.Event()
        bomb = _gzip_bomb(500)
        crm = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _json(self, status: int, body: object, extra: dict | None = None) -> None:
                data = json.dumps(body).encode() if not isinstance(body, bytes) else body
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (extra or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802 - write-backs: accept
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(min(length, 1 << 20))
                self._json(201, {"id": "w1"})

            def do_GET(self) -> None:  # noqa: N802
                url = urlparse(self.path)
                if not url.path.endswith("/contacts/search"):
                    return self._json(200, {"data": []})
                phone = parse_qs(url.query).get("phone", [""])[0]
                case = "".join(ch for ch in phone if ch.isdigit())[-2:]
                try:
                    self._case(case, phone)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _case(self, case: str, phone: str) -> None:
                if case == "01":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Encoding", "gzip")
                    self.send_header("Content-Length", str(len(bomb)))
                    self.end_headers()
                    self.wfile.write(bomb)
                elif case in ("02", "08"):
                    n = 30_000 if case == "02" else 100_000
                    self._json(200, {"data": [_record(i, phone) for i in range(n)]})
                elif case == "03":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    for _ in range(200):
                        if crm.stop.wait(0.5):
                            return
                        self.wfile.write(b" ")
                        self.wfile.flush()
                elif case == "04":
                    self._json(200, b'{"data": [{"id": "x", "display_name": "Broken' + b"\xff" * 10)
                elif case == "05":
                    rec = {"id": MARKUP, "display_name": MARKUP, "company": {"name": MARKUP}, "email": MARKUP,
                           "tier": MARKUP, "locale": MARKUP, "phones": [{"number": phone}]}
                    self._json(200, {"data": [rec]})
                elif case == "06":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(10 * 1024 ** 3))
                    self.end_headers()
                    self.wfile.write(b'{"data": [')
                elif case == "07":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    chunk = b"[" * 65536
                    for _ in range(2000):  # 128 MB unless the client stops reading
                        if crm.stop.is_set():
                            return
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                elif case == "09":
                    rec = _record(1, phone, 'Link" onclick="x')
                    rec["id"] = 'x" href="javascript:alert(1)'
                    self._json(200, {"data": [rec]})
                else:
                    self._json(500, {"error": f"no such contact {phone} (call +421905123456)"})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/api"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


class Sweep:
    def __init__(self, work: Path, scale: int) -> None:
        self.work, self.scale = work, scale
        self.rows: dict[str, dict[str, int]] = {}
        self.numbers_used: set[str] = set()
        self.crash_tails: list[str] = []
        self.crm = HostileCrm()
        self.port = _free_udp_port()
        toml = (f'[sip]\nlisten = "127.0.0.1:{self.port}"\n'
                "[wrapup]\nmax_s = 0.1\n"
                '[crm]\nadapters = ["local", "acme"]\ntimeout_ms = 1500\n'
                f'[crm.acme]\ntype = "rest"\ntemplate = "example"\nbase_url = "{self.crm.base_url}"\n'
                "requests_per_second = 1000\n")
        self.toml = toml
        self.start()

    def start(self) -> None:
        self.proc, self.ctl_name, self.cfg = start_console_process(
            self.work, self.toml, env={"AGENT_CONSOLE_SECRET_ACME_TOKEN": TOKEN})
        # The old rich-text bug allocated without bound (8.8 GB in 15 s): cap the console at 3 GB so
        # such a bug shows as a crash here instead of taking the machine down.
        import resource

        resource.prlimit(self.proc.pid, resource.RLIMIT_AS, (3 << 30, 3 << 30))
        wait_for_ctl(self.ctl_name, self.proc, timeout_s=120)

    # --- checks -------------------------------------------------------------------------
    def row(self, category: str) -> dict[str, int]:
        return self.rows.setdefault(category, {"inputs": 0, "crashes": 0, "hangs": 0, "data_lost": 0,
                                               "data_duplicated": 0, "leaks": 0})

    def alive(self) -> str:
        """'' when the console runs and answers; else 'crash' or 'hang'."""
        if self.proc.poll() is not None:
            return "crash"
        client = CtlClient(self.ctl_name, timeout_ms=5000)
        try:
            client.connect()
            return "" if client.request("status", []).get("ok") else "hang"
        except (NoConsoleRunning, OSError, ValueError):
            return "crash" if self.proc.poll() is not None else "hang"
        finally:
            client.close()

    def count(self, category: str, outcome: str) -> None:
        row = self.row(category)
        row["inputs"] += 1
        if outcome == "crash":
            row["crashes"] += 1
            tail = Path(self.proc.stderr_path).read_text(errors="replace")[-400:]  # type: ignore[attr-defined]
            self.crash_tails.append(f"{category}: exit {self.proc.returncode}: {tail}")
            self.start()  # count the crash and go on with a fresh console on the same data
        if outcome == "hang":
            row["hangs"] += 1

    def ctl(self, cmd: str, *args: str) -> dict:
        client = CtlClient(self.ctl_name, timeout_ms=10000)
        try:
            client.connect()
            return client.request(cmd, list(args))
        finally:
            client.close()

    # --- categories ----------------------------------------------------------------------
    def malformed_sip(self) -> None:
        rng = random.Random(9)
        base = (b"INVITE sip:agent@127.0.0.1:%d SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:1;branch=z9hG4bK%d\r\n"
                b"From: <sip:+421900000001@h>;tag=1\r\nTo: <sip:agent@h>\r\nCall-ID: m%d\r\nCSeq: 1 INVITE\r\n"
                b"Content-Length: 0\r\n\r\n")
        samples = [b"\x00\xff" * 600, b"INVITE sip:x SIP/2.0\r\nFrom: <<<\r\n\r\n", b"SIP/2.0 200 OK\r\n\r\n",
                   b"INVITE sip:x SIP/2.0\r\n" + b"X-A: b\r\n" * 3000 + b"\r\n", b"\r\n" * 5000]
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        for i in range(40 * self.scale):
            if i < len(samples):
                data = samples[i]
            else:
                data = bytearray(base % (self.port, i, i))
                for _ in range(rng.randrange(1, 12)):  # flip, drop or duplicate bytes
                    pos = rng.randrange(len(data))
                    data[pos] = rng.randrange(256)
                data = bytes(data[: rng.randrange(20, len(data) + 1)])
            sock.sendto(data, ("127.0.0.1", self.port))
            if i % 10 == 9:
                self.count("malformed SIP messages", self.alive())
                self.row("malformed SIP messages")["inputs"] += 9
        sock.close()

    def hostile_names(self) -> None:
        names = [b"<img src=/dev/zero>", b"<h1 style='color:red'>POLICE</h1>",
                 b"<img width=60000 height=60000 src=x>", b"<a href='file:///etc/passwd'>click</a>",
                 b"\x1b]0;owned\x07\x1b[31mred", b"\xe2\x80\xae" + "evil".encode(), b"N" * 4000,
                 b"&lt;b&gt;&amp;", b"<script>alert(1)</script>", b"\xff\xfe\xfd"]
        for i, name in enumerate(names * self.scale):
            for j, user in enumerate((f"+4219000{i:05d}".encode(), b"!")):  # with a number, and a name alone
                if user != b"!":
                    self.numbers_used.add(user.decode())
                with SipProbe(f"127.0.1.{2 * i + j + 1}") as probe:  # a caller of its own: no rate limit here
                    call = probe.invite(f"sip:agent@127.0.0.1:{self.port}",
                                        b'"' + name.replace(b'"', b"'") + b'" <sip:' + user + b"@127.0.0.1>")
                    try:
                        probe.wait_final(call, 1.0)  # the console rings and paints meanwhile
                    except TimeoutError:
                        pass
                    outcome = self.alive()
                    probe.cancel(call)
                    self.count("hostile display names over SIP", outcome)
        shot = self.work / "shot.png"
        reply = self.ctl("screenshot", str(shot))
        if not reply.get("ok") or reply["result"]["width"] > 4000 or reply["result"]["height"] > 4000:
            self.row("hostile display names over SIP")["hangs"] += 1  # a window stretched for good

    def spoofed_identity(self) -> int:
        """INVITE+CANCEL from an untrusted host with a PAI claiming a customer's number."""
        n = 40 * self.scale
        with SipProbe("127.0.2.1") as probe:
            for i in range(n):
                call = probe.invite(f"sip:agent@127.0.0.1:{self.port}", b"<sip:prankster@127.0.0.1>",
                                    b"P-Asserted-Identity: <sip:+421905123456@pbx.example>")
                try:
                    probe.wait_final(call, 0.2)
                except TimeoutError:
                    pass
                probe.cancel(call)
                try:
                    probe.wait_final(call, 2)
                except TimeoutError:
                    pass
                if i % 10 == 9:
                    self.count("spoofed P-Asserted-Identity + CANCEL", self.alive())
                    self.row("spoofed P-Asserted-Identity + CANCEL")["inputs"] += 9
        self.numbers_used.add("+421905123456")
        return n

    def flood(self) -> int:
        n = 300 * self.scale
        with SipProbe("127.0.3.1") as probe:
            calls = [probe.invite(f"sip:agent@127.0.0.1:{self.port}", f"<sip:+42191{i:07d}@127.0.0.1>")
                     for i in range(n)]
            for c in calls:
                probe.cancel(c)
            # the flood is over when no call of it rings any more (else the next phase answers one)
            self._wait(lambda: not self.ctl("status")["result"].get("calls"), 30)
        self.count("INVITE flood from one source", self.alive())
        self.row("INVITE flood from one source")["inputs"] += n - 1
        return n

    def hostile_crm(self) -> list[str]:
        """A call per hostile answer; the agent answers, types a note and ends wrap-up."""
        notes = []
        for i, case in enumerate(list(CRM_CASES) * self.scale):
            number = f"+4219055500{case}"
            self.numbers_used.add(number)
            with SipProbe(f"127.0.4.{i + 1}") as probe:
                call = probe.invite(f"sip:agent@127.0.0.1:{self.port}", f"<sip:{number}@127.0.0.1>")
                self._wait(lambda: self.ctl("status")["result"].get("calls"), 10)  # ringing
                outcome = self.alive()
                text = f"sweep note for case {case} {len(notes)}"
                try:
                    if not outcome and self.ctl("answer").get("ok"):
                        probe.wait_final(call, 5)
                        self.ctl("note", text)
                        notes.append(text)
                        probe.bye(call)
                        self._wait(lambda: not self.ctl("status")["result"].get("calls"), 10)
                        self.ctl("wrapup-done")
                    else:
                        probe.cancel(call)
                        self.row("hostile CRM answers")["not_answered"] = \
                            self.row("hostile CRM answers").get("not_answered", 0) + 1
                except (TimeoutError, NoConsoleRunning, KeyError):
                    probe.cancel(call)
                self.count("hostile CRM answers", outcome or self.alive())
        return notes

    def ctl_garbage(self) -> None:
        path = self._socket_path()
        junk = [b"\x00\xff" * 1000 + b"\n", b"{" * 100000 + b"\n", b'{"cmd": 5}\n', b'{"cmd": "note", "args": [[]]}\n',
                b"x" * (2 * 1024 * 1024), b'{"cmd": "screenshot", "args": ["/proc/self/mem"]}\n',
                b'{"cmd": "' + "é".encode() * 1000 + b'"}\n']
        for data in junk * self.scale:
            try:
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.settimeout(5)
                s.connect(path)
                s.sendall(data)
                s.close()
            except OSError:
                pass
            self.count("garbage on the control socket", self.alive())

    def _socket_path(self) -> str:
        from console import ctl_client

        finder = getattr(ctl_client, "socket_path")
        return finder(self.ctl_name)

    def bad_configs(self) -> None:
        bad = ["[outbox]\ntimeout_s = nan\n", "[sip]\nauto_answer_s = inf\n", "[crm]\ntimeout_ms = 0\n",
               "[crm]\ntimeout_ms = -5\n", "[crm]\ntimeout_ms = 99999999999999999999\n", "a = " + "[" * 5000,
               "[wrapup]\nmax_s = -inf\n", "[crm]\nadapters = [\"rest1\"]\n[crm.rest1]\ntype = \"rest\"\n"
               "template = \"example\"\ntoken = \"s3cret\"\n", "\x00\x01\x02", "[sip]\ntls_ca_file = \"/nope.pem\"\n"
               "transport = \"tls\"\n"]
        for i, text in enumerate(bad * self.scale):
            cfg = self.work / f"bad{i}.toml"
            cfg.write_text(text, encoding="utf-8", errors="surrogateescape")
            run = subprocess.run([sys.executable, "-m", "console", "--config", str(cfg), "lookup", "+421900000000"],
                                 capture_output=True, text=True, timeout=60)
            row = self.row("bad configuration values")
            row["inputs"] += 1
            if "Traceback" in run.stderr:
                row["crashes"] += 1
            elif run.returncode != 2 or "error:" not in run.stderr:  # 2: the config was refused
                row["accepted"] = row.get("accepted", 0) + 1

    def bad_imports(self) -> None:
        files = {"field.csv": "name,phone\nGood One,+421900100001\n\"" + "x" * 131072 + "\",+421900100002\n"
                              "Good Two,+421900100003\n",
                 "quote.csv": "name,phone\nGood Three,+421900100004\n\"Unclosed,+421900100005\n",
                 "binary.csv": "name,phone\nGood Four,+421900100006\n\x00\x01\x02\xff\n"}
        for _ in range(self.scale):
            for name, text in files.items():
                path = self.work / name
                path.write_bytes(text.encode("utf-8", "surrogateescape"))
                env = {**os.environ, "AGENT_CONSOLE_DATA_DIR": str(self.work / "import-data")}
                run = subprocess.run([sys.executable, "-m", "console", "crm", "import", str(path)],
                                     capture_output=True, text=True, timeout=120, env=env)
                row = self.row("bad import files")
                row["inputs"] += 1
                if "Traceback" in run.stderr:
                    row["crashes"] += 1
                good = [line.split(",")[0] for line in text.splitlines() if line.startswith("Good")]
                for g in good:
                    look = subprocess.run([sys.executable, "-m", "console", "lookup", "--json",
                                           text.split(g + ",")[1].split("\n")[0]],
                                          capture_output=True, text=True, timeout=60, env=env)
                    if g not in look.stdout:
                        row["data_lost"] += 1

    # --- the end -------------------------------------------------------------------------
    def outbox_rows(self) -> tuple[int, list[str]]:
        reply = self.ctl("outbox")
        entries = reply["result"].get("entries", [])
        return len(entries), [json.dumps(e, ensure_ascii=False) for e in entries]

    def finish(self, notes: list[str], flood_numbers: str) -> None:
        self._wait(lambda: self.ctl("outbox")["result"].get("pending", 1) == 0, 60)
        con = sqlite3.connect(self.work / "data" / "console.db")
        call_log = con.execute("select number, disposition, notes from console_call_log").fetchall()
        outbox = con.execute("select adapter, kind, payload from console_outbox").fetchall()
        con.close()
        crm_row = self.row("hostile CRM answers")
        for note in notes:
            in_log = sum(1 for _n, _d, text in call_log if note in (text or ""))
            to_crm = sum(1 for adapter, kind, payload in outbox if adapter == "acme" and kind == "call_log"
                         and note in payload)
            crm_row["data_lost"] += in_log == 0  # the console's own record of the call and its note
            crm_row["data_duplicated"] += max(0, in_log - 1) + max(0, to_crm - 1)
        spoof = self.row("spoofed P-Asserted-Identity + CANCEL")
        spoof["crm_writes"] = sum(1 for adapter, kind, payload in outbox
                                  if adapter == "acme" and kind == "call_log" and "905123456" in payload)
        flood = self.row("INVITE flood from one source")
        flood["crm_writes"] = sum(1 for adapter, kind, payload in outbox
                                  if adapter == "acme" and kind == "call_log" and flood_numbers in payload)
        flood["call_log_rows"] = sum(1 for number, _d, _t in call_log if flood_numbers in (number or ""))
        log_text = "".join(p.read_text(errors="replace") for p in (self.work / "log").rglob("*") if p.is_file())
        leaks = sum(log_text.count(n) + log_text.count(n.replace("+", "%2B")) for n in self.numbers_used)
        files_open = [str(p) for d in ("data", "log") for p in [self.work / d, *self.work.joinpath(d).rglob("*")]
                      if os.stat(p).st_mode & (stat.S_IRWXG | stat.S_IRWXO)]
        self.row("privacy (log, file modes)").update(inputs=len(self.numbers_used), leaks=leaks + len(files_open))
        self.files_open = files_open

    def _wait(self, check, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                if check():
                    return
            except (NoConsoleRunning, KeyError):
                pass
            time.sleep(0.1)

    def close(self) -> None:
        try:
            self.ctl("quit")
            self.proc.wait(15)
        except Exception:  # noqa: BLE001
            self.proc.kill()
        self.crm.close()


def _free_udp_port() -> int:
    from console.commands.demo import free_udp_port

    return free_udp_port()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=int, default=1, help="repeat every category this many times")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="agent-console-sweep-") as tmp:
        work = Path(tmp)
        sweep = Sweep(work, args.scale)
        try:
            sweep.malformed_sip()
            sweep.hostile_names()
            sweep.spoofed_identity()
            sweep.flood()
            notes = sweep.hostile_crm()
            sweep.ctl_garbage()
            sweep.finish(notes, "+42191")
        finally:
            sweep.close()
        sweep.bad_configs()
        sweep.bad_imports()
        print(json.dumps({"categories": sweep.rows, "files_readable_by_others": sweep.files_open,
                          "crashes": sweep.crash_tails}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
