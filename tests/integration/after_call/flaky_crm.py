"""A remote CRM for the write-back tests: a real HTTP server on 127.0.0.1 that fails on purpose.

``POST /notes``, ``/calls``, ``/tasks`` store a JSON record and answer ``{"id": …}``. Like a
well-behaved CRM it stores a request's ``Idempotency-Key`` once (a repeat gets the first answer
and is counted in ``replays``). Faults queued in ``faults`` apply to the next requests, one
each:

500          HTTP 500, nothing stored
503          HTTP 503 with ``Retry-After: 1``, nothing stored
400          HTTP 400 with a JSON reason, nothing stored (a permanent refusal)
hang         stores the record, then answers only after ``hang_s`` (too late for the client)
close        stores the record, then closes the connection in the middle of the answer
refuse       (not queued: call :meth:`refuse`) the port stops listening: connection refused

``random_faults(rate)`` mixes them in at random instead. ``duplicates()`` counts records
stored more than once under *different* keys, which is what the outbox must never cause.
"""
from __future__ import annotations

import collections
import json
import random
import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULTS = ("500", "503", "400", "hang", "close")
TEMPORARY_FAULTS = ("500", "503", "hang", "close")


class FlakyCrm:
    def __init__(self, hang_s: float = 2.5) -> None:
        self.hang_s = hang_s
        self.port = 0
        self.faults: collections.deque[str] = collections.deque()
        self.fault_rate = 0.0
        self.random_kinds: tuple[str, ...] = TEMPORARY_FAULTS
        self.records: dict[str, dict[str, Any]] = {}  # idempotency key -> {"kind", "body", "id"}
        self.replays = 0
        self.requests = 0
        self.arrivals: list[datetime] = []  # when each write request came in (UTC), faulty ones too
        self.injected: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # ---- life cycle -----------------------------------------------------------------------
    def start(self) -> FlakyCrm:
        server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())
        server.daemon_threads = True
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def refuse(self) -> None:
        """Stop listening: clients now get 'connection refused' (counted as one injected fault)."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
            with self.lock:
                self.injected["refuse"] += 1

    def recover(self) -> None:
        """Listen again on the same port, with no faults left."""
        with self.lock:
            self.faults.clear()
            self.fault_rate = 0.0
        if self._server is None:
            self.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def random_faults(self, rate: float, kinds: tuple[str, ...] = TEMPORARY_FAULTS) -> None:
        with self.lock:
            self.fault_rate, self.random_kinds = rate, kinds

    # ---- what arrived ---------------------------------------------------------------------
    def bodies(self, kind: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [r["body"] for r in self.records.values() if kind is None or r["kind"] == kind]

    def texts(self) -> collections.Counter[str]:
        """How often each record's identifying text arrived (note text, call id, task title)."""
        found: collections.Counter[str] = collections.Counter()
        for r in list(self.records.values()):
            body = r["body"]
            found[body.get("text") or body.get("call_id") or body.get("title") or ""] += 1
        return found

    def duplicates(self) -> int:
        return sum(n - 1 for n in self.texts().values() if n > 1)

    def faults_injected(self) -> int:
        with self.lock:
            return sum(self.injected.values())

    # ---- the HTTP side --------------------------------------------------------------------
    def _next_fault(self) -> str:
        with self.lock:
            self.requests += 1
            fault = self.faults.popleft() if self.faults else ""
            if not fault and self.fault_rate and random.random() < self.fault_rate:
                fault = random.choice(self.random_kinds)
            if fault:
                self.injected[fault] += 1
            return fault

    def _store(self, key: str, kind: str, body: dict[str, Any]) -> tuple[str, bool]:
        with self.lock:
            if key and key in self.records:
                self.replays += 1
                return self.records[key]["id"], False
            rid = f"{kind}-{len(self.records) + 1}"
            self.records[key or rid] = {"kind": kind, "body": body, "id": rid}
            return rid, True

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        crm = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # one answer, one packet: no 40 ms delayed-ACK stalls

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def _answer(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                kind = self.path.strip("/").split("/")[0]
                if kind not in ("notes", "calls", "tasks"):
                    return self._answer(404, {"message": "no such collection"})
                with crm.lock:
                    crm.arrivals.append(datetime.now(timezone.utc))
                fault = crm._next_fault()
                if fault == "500":
                    return self._answer(500, {"message": "internal error"})
                if fault == "503":
                    return self._answer(503, {"message": "maintenance"}, {"Retry-After": "1"})
                try:
                    body = json.loads(raw)
                except ValueError:
                    return self._answer(400, {"message": "body is not JSON"})
                if fault == "400":
                    return self._answer(400, {"message": "validation failed: field 'subject' is required"})
                rid, _new = crm._store(self.headers.get("Idempotency-Key", ""), kind, body)
                if fault == "hang":
                    crm._stopping.wait(crm.hang_s)
                if fault == "close":
                    self.wfile.write(b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"id\": ")
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self._answer(201, {"id": rid})

        return Handler
