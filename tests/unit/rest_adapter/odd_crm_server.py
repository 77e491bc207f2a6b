""""PhoneBook Pro": a little JSON CRM that exists only for these tests, with odd shapes.

Nothing in the project knows it; the only way to connect it is a template written from
docs/rest-adapter.md (``phonebook_pro.toml`` beside this file). Its quirks:
- the API key goes in an ``X-PB-Key`` header; a wrong one gets 401 ``{"ok": false, "err": ...}``
- numbers are stored as typed ("0905 123 456") and matched as exact text (like HubSpot)
- everything is wrapped in ``{"ok": true, "payload": {...}}``; names are split in two
- timeline timestamps are epoch milliseconds, to-do deadlines plain dates
- write-backs honour ``Idempotency-Key``: the same key twice stores once
- ``/busy/...`` answers 429 with a Retry-After header the number of times asked
"""
from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

API_KEY = "pb-secret-key-123"


class PhoneBookPro:
    def __init__(self) -> None:
        self.people = {
            17: {"pid": 17, "who": {"first": "Ján", "last": "Novák"}, "org": {"title": "Novák s.r.o."},
                 "contact": {"mail": "jan@novak.sk", "tel": ["0905 123 456"]}, "lang": "SK", "tier": "Gold",
                 "ltv": "12500.50"},
            18: {"pid": 18, "who": {"first": "Eva", "last": "Malá"}, "org": None,
                 "contact": {"mail": None, "tel": ["+420 601 234 567"]}, "lang": "cs", "tier": "Bronze",
                 "ltv": None},
        }
        self.timeline = {17: [
            {"ev_id": "e1", "ts": 1714982400000, "what": "phone", "txt": "Asked about the invoice", "dir": "INCOMING"},
            {"ev_id": "e2", "ts": 1715068800000, "what": "mail", "txt": "Sent the offer", "dir": None},
        ]}
        self.todo = {17: [
            {"tid": "t1", "label": "Call back about the offer", "deadline": "2024-05-10", "state": "open"},
            {"tid": "t2", "label": "Old thing", "deadline": "2024-01-01", "state": "finished"},
        ]}
        self.stored: list[dict[str, Any]] = []  # write-backs as received
        self.by_key: dict[str, str] = {}
        self.requests: list[tuple[str, str]] = []
        self.busy_left = 0
        self.busy_retry_after = "1"
        self.lock = threading.Lock()

    def handle(self, method: str, path: str, query: dict[str, list[str]], headers: Any, body: bytes) -> tuple[int, Any, dict]:
        with self.lock:
            self.requests.append((method, path))
            if headers.get("X-PB-Key") != API_KEY:
                return 401, {"ok": False, "err": "bad key"}, {}
            if self.busy_left > 0:
                self.busy_left -= 1
                return 429, {"ok": False, "err": "slow down"}, {"Retry-After": self.busy_retry_after}
            parts = [p for p in path.split("/") if p]
            if method == "GET" and parts == ["v2", "people", "find"]:
                tel = query.get("tel", [""])[0]
                hits = [p for p in self.people.values() if tel in p["contact"]["tel"]]
                return 200, {"ok": True, "payload": {"hits": hits, "count": len(hits)}}, {}
            if method == "GET" and len(parts) == 4 and parts[:2] == ["v2", "people"] and parts[3] == "timeline":
                return 200, {"ok": True, "payload": {"events": self.timeline.get(int(parts[2]), [])}}, {}
            if method == "GET" and len(parts) == 4 and parts[:2] == ["v2", "people"] and parts[3] == "todo":
                return 200, {"ok": True, "payload": {"todo": self.todo.get(int(parts[2]), [])}}, {}
            if method == "POST" and parts and parts[0] == "v2":
                try:
                    data = json.loads(body)
                except ValueError:
                    return 400, {"ok": False, "err": "body is not JSON"}, {}
                key = headers.get("Idempotency-Key", "")
                if key and key in self.by_key:
                    return 201, {"ok": True, "payload": {"created": {"ref": self.by_key[key]}}}, {}
                if parts[-1] == "todo" and not data.get("deadline"):
                    return 422, {"ok": False, "err": "deadline required"}, {}
                ref = f"R-{len(self.stored) + 1}"
                self.stored.append({"path": path, "body": data, "key": key, "ref": ref})
                if key:
                    self.by_key[key] = ref
                return 201, {"ok": True, "payload": {"created": {"ref": ref}}}, {}
            return 404, {"ok": False, "err": "no such thing"}, {}


class ServerThread:
    """``ThreadingHTTPServer`` on 127.0.0.1, a free port, in a daemon thread."""

    def __init__(self, app: Any, ssl_context: Any = None) -> None:
        outer = self
        self.app = app

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def setup(self) -> None:
                super().setup()  # headers and body go out as two writes: no Nagle delay between them
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _any(self) -> None:
                url = urlparse(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                status, answer, headers = outer.app.handle(self.command, url.path, parse_qs(url.query),
                                                           self.headers, body)
                data = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        if ssl_context is not None:
            self.server.socket = ssl_context.wrap_socket(self.server.socket, server_side=True)
        scheme = "https" if ssl_context is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()
