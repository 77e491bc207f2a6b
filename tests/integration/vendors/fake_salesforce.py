"""Salesforce REST API as published: OAuth2 token endpoint (client credentials / refresh
token), SOSL ``FIND {...} IN PHONE FIELDS`` (reserved characters must be escaped), SOQL on
Task, sObject Task inserts checked against the Task fields and picklists, error bodies as
``[{"message", "errorCode"}]``, REQUEST_LIMIT_EXCEEDED and INVALID_SESSION_ID."""
from __future__ import annotations

import itertools
import re
from typing import Any
from urllib.parse import parse_qs

from vendor_http import json_body

CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN = "3MVG9-test-client", "sf-client-secret-42", "sf-refresh-77"
API = "/services/data/v60.0"
TASK_FIELDS = {"Subject", "TaskSubtype", "CallType", "CallDurationInSeconds", "CallDisposition", "Status",
               "ActivityDate", "Description", "Priority", "WhoId", "WhatId", "CallObject", "IsReminderSet",
               "ReminderDateTime", "OwnerId"}
PICKLISTS = {"CallType": {"Internal", "Inbound", "Outbound"}, "Status": {"Not Started", "In Progress", "Completed"},
             "TaskSubtype": {"Task", "Email", "Call", "ListEmail", "Cadence"}, "Priority": {"High", "Normal", "Low"}}
UNESCAPED = re.compile(r"(?<!\\)[+\-?&|!\[\]()^~*:']")


def _err(status: int, code: str, message: str) -> tuple[int, Any, dict]:
    return status, [{"message": message, "errorCode": code}], {}


class FakeSalesforce:
    def __init__(self) -> None:
        self.requests: list = []
        self.tokens: set[str] = set()
        self.token_counter = itertools.count(1)
        self.ids = itertools.count(1)
        self.limit_exceeded = False
        self.contacts = {"003000000000001AAA": {"Name": "Ján Novák", "Email": "jan@novak.sk", "Phone": "+421 905 123 456",
                                                "MobilePhone": None, "AccountId": "001000000000001AAA"}}
        self.accounts = {"001000000000001AAA": {"Name": "Novák s.r.o.", "Phone": "02 1234 5678", "AnnualRevenue": 250000.0}}
        self.tasks: dict[str, dict[str, Any]] = {
            "00T000000000001AAA": {"Subject": "Inbound call, 2 min 0 s", "TaskSubtype": "Call", "CallType": "Inbound",
                                   "CallDurationInSeconds": 120, "Status": "Completed", "IsClosed": True,
                                   "WhoId": "003000000000001AAA", "CreatedDate": "2024-05-02T10:00:00.000+0000"},
            "00T000000000002AAA": {"Subject": "Send the contract", "Status": "Not Started", "IsClosed": False,
                                   "ActivityDate": "2024-05-20", "WhoId": "003000000000001AAA",
                                   "CreatedDate": "2024-05-03T10:00:00.000+0000"},
        }

    def expire_tokens(self) -> None:
        self.tokens.clear()

    def handle(self, method: str, path: str, query: dict, headers: Any, body: bytes) -> tuple[int, Any, dict]:
        if path == "/services/oauth2/token" and method == "POST":
            return self._token(parse_qs(body.decode()))
        auth = headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.tokens:
            return _err(401, "INVALID_SESSION_ID", "Session expired or invalid")
        if self.limit_exceeded:
            return _err(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")
        if path == f"{API}/search/" and method == "GET":
            return self._search(query.get("q", [""])[0])
        if path == f"{API}/query/" and method == "GET":
            return self._query(query.get("q", [""])[0])
        if path == f"{API}/sobjects/Task/" and method == "POST":
            return self._insert(json_body(body))
        return _err(404, "NOT_FOUND", "The requested resource does not exist")

    def _token(self, form: dict[str, list[str]]) -> tuple[int, Any, dict]:
        grant = form.get("grant_type", [""])[0]
        if form.get("client_id") != [CLIENT_ID] or form.get("client_secret") != [CLIENT_SECRET]:
            return 400, {"error": "invalid_client", "error_description": "invalid client credentials"}, {}
        if grant == "refresh_token" and form.get("refresh_token") != [REFRESH_TOKEN]:
            return 400, {"error": "invalid_grant", "error_description": "expired access/refresh token"}, {}
        if grant not in ("client_credentials", "refresh_token"):
            return 400, {"error": "unsupported_grant_type", "error_description": "grant type not supported"}, {}
        token = f"00Dxx!token{next(self.token_counter)}"
        self.tokens.add(token)
        return 200, {"access_token": token, "instance_url": getattr(self, "url", "http://127.0.0.1"), "token_type": "Bearer",
                     "issued_at": "1714982400000", "signature": "sig"}, {}

    def _search(self, sosl: str) -> tuple[int, Any, dict]:
        match = re.match(r"^FIND \{(.*)\} IN PHONE FIELDS RETURNING (.+)$", sosl, re.S)
        if not match:
            return _err(400, "MALFORMED_SEARCH", "unexpected token in SOSL")
        terms = []
        for part in match.group(1).split(" OR "):
            text = part.strip()
            if not (text.startswith('"') and text.endswith('"')):
                return _err(400, "MALFORMED_SEARCH", f"unexpected token: {text}")
            inner = text[1:-1]
            if UNESCAPED.search(inner):
                return _err(400, "MALFORMED_SEARCH", f"reserved character not escaped in {inner}")
            terms.append(re.sub(r"\D", "", inner))
        if "Contact(" not in match.group(2):
            return _err(400, "MALFORMED_SEARCH", "RETURNING needs an object")

        def hit(*phones: str | None) -> bool:
            digits = {re.sub(r"\D", "", p) for p in phones if p}
            return any(t and t in digits for t in terms)

        records = []
        for cid, c in self.contacts.items():
            if hit(c["Phone"], c["MobilePhone"]):
                account = self.accounts.get(c["AccountId"], {})
                records.append({"attributes": {"type": "Contact", "url": f"{API}/sobjects/Contact/{cid}"}, "Id": cid,
                                "Name": c["Name"], "Email": c["Email"], "Phone": c["Phone"], "MobilePhone": c["MobilePhone"],
                                "Account": {"attributes": {"type": "Account"}, "Name": account.get("Name"),
                                            "AnnualRevenue": account.get("AnnualRevenue")}})
        for aid, a in self.accounts.items():
            if hit(a["Phone"]):
                records.append({"attributes": {"type": "Account", "url": f"{API}/sobjects/Account/{aid}"}, "Id": aid,
                                "Name": a["Name"], "Phone": a["Phone"], "AnnualRevenue": a["AnnualRevenue"]})
        return 200, {"searchRecords": records}, {}

    def _query(self, soql: str) -> tuple[int, Any, dict]:
        if not soql.startswith("SELECT ") or " FROM Task" not in soql:
            return _err(400, "MALFORMED_QUERY", "unexpected token")
        conditions = dict(re.findall(r"(\w+) = ('(?:[^'\\]|\\.)*'|true|false)", soql))
        rows = []
        for tid, t in self.tasks.items():
            ok = True
            for field, value in conditions.items():
                want: Any = value == "true" if value in ("true", "false") else value[1:-1].replace("\\'", "'")
                ok = ok and t.get(field, False if field == "IsClosed" else None) == want
            if ok:
                rows.append({"attributes": {"type": "Task"}, "Id": tid, **t})
        rows.sort(key=lambda r: r.get("CreatedDate", ""), reverse="DESC" in soql)
        limit = re.search(r"LIMIT (\d+)", soql)
        rows = rows[: int(limit.group(1))] if limit else rows
        return 200, {"totalSize": len(rows), "done": True, "records": rows}, {}

    def _insert(self, data: Any) -> tuple[int, Any, dict]:
        if not isinstance(data, dict):
            return _err(400, "JSON_PARSER_ERROR", "The request body is not JSON")
        for field, value in data.items():
            if field not in TASK_FIELDS:
                return _err(400, "INVALID_FIELD", f"No such column '{field}' on sobject of type Task")
            if field in PICKLISTS and value not in PICKLISTS[field]:
                return _err(400, "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", f"{field}: bad value for restricted picklist field: {value}")
        who = data.get("WhoId")
        if who and who not in self.contacts:
            return _err(400, "FIELD_INTEGRITY_EXCEPTION", "Name ID: id value of incorrect type")
        if "CallDurationInSeconds" in data and not isinstance(data["CallDurationInSeconds"], int):
            return _err(400, "JSON_PARSER_ERROR", "Cannot deserialize CallDurationInSeconds")
        tid = f"00T{next(self.ids):012d}ZZZ"
        self.tasks[tid] = {**data, "IsClosed": data.get("Status") == "Completed",
                           "CreatedDate": "2024-05-06T10:00:00.000+0000"}
        return 201, {"id": tid, "success": True, "errors": []}, {}
