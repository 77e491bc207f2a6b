"""A small CRM with a JSON API, as a real HTTP server on 127.0.0.1: contacts with UUID ids found
by phone, call activities, notes and tasks — the shape of the open-source CRM a user connected
through a REST template (issue 15). It refuses what such a CRM refuses ("contact: must be a
valid UUID", an unknown contact), keeps every record it stored, and can be DOWN (its port
closed: connection refused) and come back on the same port.

Like a real CRM it stores a retried record again unless it honours the Idempotency-Key header
(``honour_keys``); ``drop_answer_once`` stores the next record and then hangs up without answering
(the answer lost on the way back).
"""
from __future__ import annotations

import json
import re
import threading
import uuid
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from harness.http_fake_server import ServerThread

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

TEMPLATE = """
[crm]
name = "Tiny CRM"
base_url = "{url}"
timeout_s = 2
retries = 0
idempotency_header = "Idempotency-Key"

[auth]
type = "none"

[number]
formats = ["e164"]

[lookup]
url = "/api/contacts"
query = {{ phone = "{{number.variant}}" }}
matches = "$.data[*]"

[lookup.fields]
id = "$.id"
name = "$.name"
company = "$.company"

[write.call_log]
method = "POST"
url = "/api/contacts/{{call.customer_id}}/activities"
body = {{ type = "call", direction = "{{call.direction}}", disposition = "{{call.disposition}}", notes = "{{call.notes}}", key = "{{idempotency_key}}" }}
expect = [201]
id = "$.id"

[write.note]
method = "POST"
url = "/api/contacts/{{note.customer_id}}/notes"
body = {{ text = "{{note.text}}", key = "{{idempotency_key}}" }}
expect = [201]
id = "$.id"

[write.task]
method = "POST"
url = "/api/tasks"
body = {{ contact = "{{task.customer_id}}", title = "{{task.title}}", due = "{{task.due}}", key = "{{idempotency_key}}" }}
expect = [201]
id = "$.id"
"""


class TinyCrm:
    def __init__(self) -> None:
        self.contacts: dict[str, dict[str, Any]] = {}
        self.records: list[dict[str, Any]] = []  # everything stored: {"what", "contact", ...body}
        self.requests: list[tuple] = []  # (method, path, query, body) of every request that arrived
        self.honour_keys = False
        self.drop_answer_once = False
        self._thread = ServerThread(self)  # (it appends each request to self.requests)
        self.lock = self._thread.lock  # held while a request is handled
        self.url = self._thread.url
        self.port = self._thread.server.server_address[1]
        self._handler = self._thread.server.RequestHandlerClass
        self._thread.server.server_close()  # down until up(): connections are refused
        self._server: ThreadingHTTPServer | None = None
        self._serving: threading.Thread | None = None

    def add_contact(self, name: str, phone: str) -> str:
        cid = str(uuid.uuid4())
        self.contacts[cid] = {"id": cid, "name": name, "company": f"{name} s.r.o.", "phone": phone}
        return cid

    def template(self, folder: Path) -> Path:
        path = folder / "tiny-crm.toml"
        path.write_text(TEMPLATE.format(url=self.url), encoding="utf-8")
        return path

    # -- up and down ----------------------------------------------------------------------
    def up(self) -> TinyCrm:
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler)
        self._server.daemon_threads = True
        self._serving = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._serving.start()
        return self

    def down(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # -- what it stored -------------------------------------------------------------------
    def stored(self, what: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r for r in self.records if r["what"] == what]

    def empty_id_requests(self) -> list[str]:
        with self.lock:
            return [path for _m, path, _q, _b in self.requests if "//" in path or path.endswith("/contacts/")]

    # -- the API --------------------------------------------------------------------------
    def handle(self, method: str, path: str, query: dict, headers: Any, body: bytes):
        if method == "GET" and path == "/api/contacts":
            phone = (query.get("phone") or [""])[0]
            return 200, {"data": [c for c in self.contacts.values() if c["phone"] == phone]}, {}
        data = json.loads(body or b"{}")
        found = re.fullmatch(r"/api/contacts/([^/]*)/(activities|notes)", path)
        if method == "POST" and found:
            contact, what = found.group(1), found.group(2)
        elif method == "POST" and path == "/api/tasks":
            contact, what = str(data.get("contact", "")), "tasks"
        else:
            return 404, {"message": "no such endpoint"}, {}
        if not UUID.match(contact):
            return 400, {"errors": {"contact": ["must be a valid UUID"]}}, {}
        if contact not in self.contacts:
            return 404, {"message": "contact not found"}, {}
        key = headers.get("Idempotency-Key", "")
        if self.honour_keys and key:
            for r in self.records:
                if r["key"] == key:
                    return 201, {"id": r["id"]}, {}
        record = {"what": what, "contact": contact, "id": str(uuid.uuid4()), **data, "key": key}
        self.records.append(record)
        if self.drop_answer_once:
            self.drop_answer_once = False
            return 201, _Hangup(), {"Content-Length": "1000"}
        return 201, {"id": record["id"]}, {}


class _Hangup:
    """An answer that never comes: the server hangs up after the headers (the CRM stored it)."""

    def __iter__(self):
        return self

    def __next__(self) -> bytes:
        raise StopIteration
