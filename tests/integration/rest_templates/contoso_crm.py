""""Contoso": a JSON CRM shaped like the ones issue 15 met, on a real HTTP server (tests only).

- its search normalises numbers but answers without the company (that is in the person document);
  asked with ``include=history`` it puts each person's latest calls and open tasks in the answer;
- ``/people/ID`` is one document with organisation, activities and to-dos (the "shared response");
- ``/people/ID/calls`` pages by number (``page``, ``per_page``), ``/people/ID/tasks`` by next link,
  ``/tasks?owner=`` (tasks of one owner) by cursor;
- writes honour ``Idempotency-Key``; every request is counted in ``requests``.
"""
from __future__ import annotations

import json
import threading
from typing import Any

API_KEY = "contoso-key-4711"
PERSON = "3f1c9a6e-0000-4000-8000-000000000001"
CALLS = [{"id": f"c{i}", "at": f"2026-11-0{i}T09:00:00Z", "outcome": f"call {i}"} for i in range(1, 6)]
TASKS = [{"id": f"t{i}", "title": f"Paged task {i}", "due": f"2026-12-1{i}"} for i in range(1, 4)]
OWNER_TASKS = [{"id": f"o{i}", "title": f"Owner task {i}", "due": f"2026-12-0{i}", "person": PERSON,
                "state": "done" if i == 2 else "open"} for i in range(1, 5)]


class ContosoCrm:
    def __init__(self) -> None:
        self.requests: list[tuple] = []  # (method, path, query, body), filled in by ServerThread
        self.stored: list[dict[str, Any]] = []
        self.by_key: dict[str, str] = {}
        self.next_link_host = ""  # set to send the tasks' next link to another site
        self.lock = threading.Lock()

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r[1] == path)

    def handle(self, method: str, path: str, query: dict[str, list[str]], headers: Any,
               body: bytes) -> tuple[int, Any, dict]:
        if headers.get("X-Api-Key") != API_KEY:
            return 401, {"message": "bad key"}, {}
        parts = [p for p in path.split("/") if p][1:]  # below /api
        arg = {k: v[0] for k, v in query.items()}
        if method == "GET" and parts == ["people", "search"]:
            if arg.get("phone") != "+421905123456":
                return 200, {"people": []}, {}
            person = {"uuid": PERSON, "name": "Ján Novák", "phones": ["+421905123456"]}
            if "history" in arg.get("include", ""):
                person.update(recent=[{"id": "r1", "at": "2026-11-20T10:00:00Z", "subject": "Asked about invoice"}],
                              open=[{"id": "x1", "title": "Send the offer", "due": "2026-12-03"}])
            return 200, {"people": [person]}, {}
        if method == "GET" and parts == ["people", PERSON]:
            return 200, {"person": {"uuid": PERSON, "organisation": {"name": "Novák s.r.o."}, "ltv": "1200.50",
                                    "tier": "platinum",
                                    "activities": [{"id": "a1", "at": "2026-11-25T08:00:00Z", "subject": "Visit"}],
                                    "todo": [{"id": "d1", "title": "Sign the contract", "due": "2026-12-02"}]}}, {}
        if method == "GET" and parts == ["people", PERSON, "calls"]:
            page, size = int(arg.get("page", "1")), int(arg.get("per_page", "100"))
            return 200, {"calls": CALLS[(page - 1) * size: page * size]}, {}
        if method == "GET" and parts == ["people", PERSON, "tasks"]:
            after = arg.get("after", "")
            start = next((i + 1 for i, t in enumerate(TASKS) if t["id"] == after), 0)
            page = TASKS[start:start + 2]
            more = start + 2 < len(TASKS)
            link = f"{self.next_link_host}/api/people/{PERSON}/tasks?after={page[-1]['id']}" if more else None
            return 200, {"items": page, "links": {"next": link}}, {}
        if method == "GET" and parts == ["tasks"]:
            if arg.get("owner") != "jana":
                return 200, {"tasks": [], "meta": {}}, {}
            cursor = int(arg.get("cursor", "0"))
            page = OWNER_TASKS[cursor:cursor + 2]
            more = cursor + 2 < len(OWNER_TASKS)
            return 200, {"tasks": page, "meta": {"next_cursor": str(cursor + 2) if more else None}}, {}
        if method == "POST" and parts in (["calls"], ["notes"], ["tasks"]):
            key = headers.get("Idempotency-Key", "")
            if key and key in self.by_key:
                return 201, {"id": self.by_key[key]}, {}
            record_id = f"{parts[0]}-{len(self.stored) + 1}"
            self.stored.append({"what": parts[0], "body": json.loads(body), "key": key, "id": record_id})
            if key:
                self.by_key[key] = record_id
            return 201, {"id": record_id}, {}
        return 404, {"message": "no such thing"}, {}
