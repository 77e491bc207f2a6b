"""A REST CRM on loopback for `bench screenpop`: the API of the `example` template, slow on purpose.

It answers every request after ``latency_ms`` (or never, when None), knows every number it is
asked about, and checks the bearer token like the real service would. :class:`CrmProcess` runs
it in a process of its own, so the benchmark's own threads do not slow its answers down.
"""
from __future__ import annotations

import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

ACTIVITIES = [{"id": "a1", "created_at": "2026-11-01T10:00:00Z", "type": "call", "subject": "Remote CRM call",
               "direction": "in"}]


class SlowRestCrm:
    def __init__(self, latency_ms: float | None) -> None:
        self.latency_s = None if latency_ms is None else latency_ms / 1000
        self.token = secrets.token_hex(12)
        self._stop = threading.Event()
        crm = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as every real CRM API does
            wbufsize = 1 << 16  # headers and body leave in one packet (no Nagle/delayed-ACK stall)
            disable_nagle_algorithm = True

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                if crm.latency_s is None:
                    crm._stop.wait(60)
                    return
                crm._stop.wait(crm.latency_s)
                if self.headers.get("Authorization") != f"Bearer {crm.token}":
                    return self._send(401, {"error": "invalid token"})
                url = urlparse(self.path)
                if url.path == "/api/contacts/search":
                    phone = parse_qs(url.query).get("phone", [""])[0]
                    digits = "".join(ch for ch in phone if ch.isdigit())
                    record = {"id": digits[-9:], "display_name": "Remote record", "company": {"name": "Remote Ltd"},
                              "tier": "gold", "phones": [{"number": phone}]}
                    if "activities" in parse_qs(url.query).get("include", [""])[0]:  # one round: all in one answer
                        record.update(activities=ACTIVITIES, open_tasks=[])
                    return self._send(200, {"data": [record]})
                if url.path.endswith("/activities"):
                    return self._send(200, {"data": ACTIVITIES})
                if url.path.endswith("/tasks"):
                    return self._send(200, {"data": []})
                self._send(404, {"error": "not found"})

            def _send(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/api"

    def start(self) -> None:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()


class CrmProcess:
    """SlowRestCrm in a separate process: ``start()``, ``base_url``, ``token``, ``stop()``."""

    def __init__(self, latency_ms: float | None) -> None:
        self.latency_ms = latency_ms
        self.token = secrets.token_hex(12)
        self.base_url = ""
        self._proc = None

    def start(self) -> None:
        import subprocess
        import sys

        latency = "never" if self.latency_ms is None else str(self.latency_ms)
        self._proc = subprocess.Popen([sys.executable, "-m", "console.bench.slow_crm", latency, self.token],
                                      stdout=subprocess.PIPE, text=True)
        self.base_url = self._proc.stdout.readline().strip()
        if not self.base_url.startswith("http://"):
            raise RuntimeError("the benchmark CRM did not start")

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.terminate()
            self._proc.wait(10)


def main(argv: list[str]) -> int:
    latency, token = argv
    crm = SlowRestCrm(None if latency == "never" else float(latency))
    crm.token = token
    crm.start()
    print(crm.base_url, flush=True)
    threading.Event().wait()
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
