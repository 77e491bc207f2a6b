"""Zendesk Support API as published: Basic auth ``email/token:API_TOKEN``, user search with
sideloaded organizations, offset pagination with ``next_page`` URLs, tickets (``due_at`` only
for type "task"), private comments, ``Idempotency-Key`` on ticket creation (same key + other
body = 400 IdempotentRequestError), 429 with Retry-After, 422 RecordInvalid."""
from __future__ import annotations

import base64
import itertools
from typing import Any

from vendor_http import json_body

EMAIL, TOKEN = "agent@acme.example", "zd-token-abc123"


class FakeZendesk:
    def __init__(self) -> None:
        self.requests: list = []
        self.url = ""
        self.ids = itertools.count(500)
        self.retry_after: list[str] = []
        self.users = [{"id": 1001, "name": "Ján Novák", "email": "jan@novak.sk", "phone": "+421905123456",
                       "role": "end-user", "active": True, "organization_id": 77, "locale": "sk", "notes": ""},
                      {"id": 1002, "name": "Agent Smith", "email": "smith@acme.example", "phone": "+421905123456",
                       "role": "agent", "active": True, "organization_id": None, "locale": "en-US"}]
        self.orgs = {77: {"id": 77, "name": "Novák s.r.o."}}
        self.tickets: dict[int, dict[str, Any]] = {}
        for n in range(130):  # many old solved tickets: tasks are beyond the first page
            self._add({"subject": f"Old question {n}", "status": "closed", "type": "question", "requester_id": 1001,
                       "updated_at": f"2023-01-01T00:{n // 60:02d}:{n % 60:02d}Z"})
        self._add({"subject": "Send the contract", "status": "open", "type": "task", "requester_id": 1001,
                   "due_at": "2024-05-20T09:00:00Z", "updated_at": "2022-05-01T00:00:00Z"})
        self._add({"subject": "Invoice wrong", "status": "open", "type": "problem", "requester_id": 1001,
                   "updated_at": "2024-05-05T10:00:00Z"})
        self.comments: dict[int, list[dict[str, Any]]] = {}
        self.by_key: dict[str, tuple[str, int]] = {}

    def _add(self, ticket: dict[str, Any]) -> int:
        tid = next(self.ids)
        self.tickets[tid] = {"id": tid, "created_at": ticket.get("updated_at"), **ticket}
        return tid

    def handle(self, method: str, path: str, query: dict, headers: Any, body: bytes) -> tuple[int, Any, dict]:
        expected = "Basic " + base64.b64encode(f"{EMAIL}/token:{TOKEN}".encode()).decode()
        if headers.get("Authorization") != expected:
            return 401, {"error": "Couldn't authenticate you"}, {}
        if self.retry_after:
            return 429, {"error": "TooManyRequests", "description": "Rate limit exceeded"}, {"Retry-After": self.retry_after.pop(0)}
        parts = path.strip("/").split("/")
        if method == "GET" and path == "/api/v2/users/search.json":
            q = query.get("query", [""])[0]
            users = [u for u in self.users if q and (u["phone"] == q or u["email"] == q)]
            answer: dict[str, Any] = {"users": users, "next_page": None, "previous_page": None, "count": len(users)}
            if query.get("include") == ["organizations"]:
                answer["organizations"] = [self.orgs[u["organization_id"]] for u in users if u["organization_id"]]
            return 200, answer, {}
        if method == "GET" and parts[:3] == ["api", "v2", "users"] and parts[4:] == ["tickets", "requested.json"]:
            return self._requested(int(parts[3]), query)
        if method == "POST" and path == "/api/v2/tickets.json":
            return self._create(json_body(body), headers.get("Idempotency-Key"), body)
        if parts[:3] == ["api", "v2", "tickets"] and len(parts) == 5 and parts[4] == "comments.json" and method == "GET":
            found = list(reversed(self.comments.get(int(parts[3]), [])))
            return 200, {"comments": found, "next_page": None, "count": len(found)}, {}
        if parts[:3] == ["api", "v2", "tickets"] and len(parts) == 4 and method == "PUT":
            tid = int(parts[3].removesuffix(".json"))
            data = json_body(body)
            comment = ((data or {}).get("ticket") or {}).get("comment")
            if tid not in self.tickets or not isinstance(comment, dict) or not comment.get("body"):
                return 422, {"error": "RecordInvalid", "description": "Record validation errors"}, {}
            self.comments.setdefault(tid, []).append({"id": next(self.ids), "body": comment["body"],
                                                      "public": comment.get("public", True)})
            return 200, {"ticket": self.tickets[tid]}, {}
        return 404, {"error": "InvalidEndpoint", "description": "Not found"}, {}

    def _requested(self, user: int, query: dict) -> tuple[int, Any, dict]:
        rows = sorted((t for t in self.tickets.values() if t["requester_id"] == user),
                      key=lambda t: t.get("updated_at") or "", reverse=query.get("sort_order") == ["desc"])
        per_page = min(int(query.get("per_page", ["100"])[0]), 100)
        page = int(query.get("page", ["1"])[0])
        chunk = rows[(page - 1) * per_page: page * per_page]
        more = page * per_page < len(rows)
        base = f"{self.url}/api/v2/users/{user}/tickets/requested.json"
        next_page = f"{base}?page={page + 1}&per_page={per_page}&sort_by=updated_at&sort_order=desc" if more else None
        return 200, {"tickets": chunk, "next_page": next_page, "previous_page": None, "count": len(rows)}, {}

    def _create(self, data: Any, key: str | None, raw: bytes) -> tuple[int, Any, dict]:
        ticket = (data or {}).get("ticket") if isinstance(data, dict) else None
        if key and key in self.by_key:
            seen, tid = self.by_key[key]
            if seen != raw.decode():
                return 400, {"error": "IdempotentRequestError",
                             "description": "The request body differs from the original request"}, {}
            return 201, {"ticket": self.tickets[tid]}, {"x-idempotency-lookup": "hit"}
        details = {}
        if not isinstance(ticket, dict) or not (ticket.get("comment") or {}).get("body"):
            details["description"] = [{"description": "Description: cannot be blank", "error": "BlankValue"}]
        elif ticket.get("requester_id") not in [u["id"] for u in self.users]:
            details["requester"] = [{"description": "Requester: is invalid", "error": "InvalidValue"}]
        elif ticket.get("due_at") and ticket.get("type") != "task":
            details["due_at"] = [{"description": "Due date: only allowed for tasks", "error": "InvalidValue"}]
        if details:
            return 422, {"error": "RecordInvalid", "description": "Record validation errors", "details": details}, {}
        comment = ticket.pop("comment")
        tid = self._add({**ticket, "status": ticket.get("status", "new"), "updated_at": "2024-05-06T10:00:00Z"})
        self.comments[tid] = [{"id": next(self.ids), "body": comment["body"], "public": comment.get("public", True)}]
        if key:
            self.by_key[key] = (raw.decode(), tid)
        return 201, {"ticket": self.tickets[tid]}, {"x-idempotency-lookup": "miss"}
