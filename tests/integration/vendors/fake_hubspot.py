"""HubSpot CRM v3 as published: bearer private-app token, search with filterGroups (at most 5
groups of at most 6 filters, exact text match on phone properties), engagement creation with
HUBSPOT_DEFINED associations, error bodies with ``category``, 429 ``RATE_LIMIT``."""
from __future__ import annotations

import itertools
from typing import Any

from vendor_http import json_body

TOKEN = "pat-eu1-11111111-2222"
OPERATORS = {"EQ", "NEQ", "LT", "LTE", "GT", "GTE", "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "IN"}
ASSOCIATION = {"notes": 202, "calls": 194, "tasks": 204}  # -> contact
REQUIRED = {"notes": {"hs_timestamp"}, "calls": {"hs_timestamp"}, "tasks": {"hs_timestamp"}}


def _error(status: int, message: str, category: str) -> tuple[int, Any, dict]:
    return status, {"status": "error", "message": message, "correlationId": "c0ffee", "category": category}, {}


class FakeHubSpot:
    def __init__(self) -> None:
        self.requests: list = []
        self.ids = itertools.count(900)
        self.contacts = {
            "501": {"firstname": "Ján", "lastname": "Novák", "company": "Novák s.r.o.", "email": "jan@novak.sk",
                    "phone": "0905 123 456", "mobilephone": None, "hs_language": "sk", "hs_lead_status": "VIP",
                    "total_revenue": "12500"},
            "502": {"firstname": "Eva", "lastname": "Malá", "company": "", "email": "eva@mala.cz",
                    "phone": None, "mobilephone": "+420601234567", "hs_language": "cs", "hs_lead_status": "NEW",
                    "total_revenue": None},
        }
        self.objects: dict[str, dict[str, dict[str, Any]]] = {
            "calls": {"801": {"props": {"hs_timestamp": "2024-05-02T10:00:00Z", "hs_call_title": "Asked about invoice",
                                        "hs_call_direction": "INBOUND", "hs_call_duration": "95000"}, "contact": "501"}},
            "notes": {"802": {"props": {"hs_timestamp": "2024-05-03T10:00:00Z",
                                        "hs_note_body": "<p>Wants a <b>discount</b></p>"}, "contact": "501"}},
            "tasks": {"803": {"props": {"hs_timestamp": "2024-05-20T09:00:00Z", "hs_task_subject": "Send contract",
                                        "hs_task_status": "NOT_STARTED", "hs_task_type": "TODO"}, "contact": "501"},
                      "804": {"props": {"hs_timestamp": "2024-04-01T09:00:00Z", "hs_task_subject": "Done already",
                                        "hs_task_status": "COMPLETED"}, "contact": "501"}},
        }
        self.rate_limited = 0

    def handle(self, method: str, path: str, query: dict, headers: Any, body: bytes) -> tuple[int, Any, dict]:
        if headers.get("Authorization") != f"Bearer {TOKEN}":
            return _error(401, "Authentication credentials not found.", "INVALID_AUTHENTICATION")
        if self.rate_limited:
            self.rate_limited -= 1
            return 429, {"status": "error", "message": "You have reached your secondly limit.",
                         "errorType": "RATE_LIMIT", "correlationId": "c0ffee", "policyName": "SECONDLY"}, {}
        parts = path.strip("/").split("/")
        data = json_body(body)
        if parts[:3] != ["crm", "v3", "objects"] or method != "POST" or not isinstance(data, dict):
            return _error(404, f"Unable to infer object type from: {path}", "OBJECT_NOT_FOUND")
        kind = parts[3]
        if len(parts) == 5 and parts[4] == "search":
            return self._search(kind, data)
        if len(parts) == 4 and kind in ASSOCIATION:
            return self._create(kind, data)
        return _error(404, "not found", "OBJECT_NOT_FOUND")

    def _search(self, kind: str, data: dict) -> tuple[int, Any, dict]:
        groups = data.get("filterGroups", [])
        if len(groups) > 5:
            return _error(400, "There was a problem with the request.: filterGroups: maximum of 5 allowed",
                          "VALIDATION_ERROR")
        for g in groups:
            if len(g.get("filters", [])) > 6:
                return _error(400, "filters: maximum of 6 per group", "VALIDATION_ERROR")
            for f in g["filters"]:
                if f.get("operator") not in OPERATORS or "propertyName" not in f:
                    return _error(400, f"Invalid filter {f}", "VALIDATION_ERROR")
        limit = data.get("limit", 10)
        if not isinstance(limit, int) or limit > 200:
            return _error(400, "limit must be at most 200", "VALIDATION_ERROR")
        if kind == "contacts":
            rows = [(cid, props) for cid, props in self.contacts.items()]
        else:
            rows = [(oid, {**o["props"], "associations.contact": o["contact"]})
                    for oid, o in self.objects.get(kind, {}).items()]

        def ok(props: dict, f: dict) -> bool:
            value = props.get(f["propertyName"])
            if f["operator"] == "EQ":
                return value is not None and str(value) == f["value"]  # exact text, as HubSpot does
            if f["operator"] == "NEQ":
                return str(value) != f["value"]
            return True

        hits = [(i, p) for i, p in rows if not groups or any(all(ok(p, f) for f in g["filters"]) for g in groups)]
        for sort in reversed(data.get("sorts", [])):
            hits.sort(key=lambda h: str(h[1].get(sort["propertyName"]) or ""), reverse=sort.get("direction") == "DESCENDING")
        wanted = data.get("properties") or []
        results = [{"id": i, "properties": {k: p.get(k) for k in wanted}, "archived": False,
                    "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T00:00:00Z"} for i, p in hits[:limit]]
        answer: dict[str, Any] = {"total": len(hits), "results": results}
        if len(hits) > limit:
            answer["paging"] = {"next": {"after": str(limit)}}
        return 200, answer, {}

    def _create(self, kind: str, data: dict) -> tuple[int, Any, dict]:
        props = data.get("properties")
        if not isinstance(props, dict):
            return _error(400, "properties are required", "VALIDATION_ERROR")
        missing = REQUIRED[kind] - set(props)
        if missing:
            return _error(400, f"Property values were not valid: {sorted(missing)} required", "VALIDATION_ERROR")
        if kind == "calls" and props.get("hs_call_direction") not in (None, "INBOUND", "OUTBOUND"):
            return _error(400, "hs_call_direction: invalid option", "VALIDATION_ERROR")
        contact = None
        for assoc in data.get("associations", []):
            to, types = assoc.get("to", {}), assoc.get("types", [])
            if not types or types[0].get("associationCategory") != "HUBSPOT_DEFINED" \
                    or types[0].get("associationTypeId") != ASSOCIATION[kind]:
                return _error(400, f"invalid association type {types} for {kind} to contact", "VALIDATION_ERROR")
            if to.get("id") not in self.contacts:
                return _error(400, f"contact {to.get('id')} does not exist", "VALIDATION_ERROR")
            contact = to["id"]
        oid = str(next(self.ids))
        self.objects.setdefault(kind, {})[oid] = {"props": dict(props), "contact": contact}
        return 201, {"id": oid, "properties": props, "createdAt": "2024-05-06T00:00:00Z", "archived": False}, {}
