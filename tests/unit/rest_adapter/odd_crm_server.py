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
import sys
import threading
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, also when a bench script imports this
from harness.http_fake_server import ServerThread  # noqa: E402,F401 - re-exported for the tests

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
        self.requests: list[tuple] = []  # (method, path, query, body), filled in by ServerThread
        self.busy_left = 0
        self.busy_retry_after = "1"
        self.lock = threading.Lock()

    def handle(self, method: str, path: str, query: dict[str, list[str]], headers: Any, body: bytes) -> tuple[int, Any, dict]:
        with self.lock:
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


