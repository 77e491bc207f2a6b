"""Odoo as published: JSON-2 (``POST /json/2/<model>/<method>``, ``Authorization: bearer
<api key>``, named parameters, errors as HTTP status + ``{"name", "message"}``) on Odoo 19,
or only JSON-RPC ``/jsonrpc`` (common.login, object.execute_kw) on older versions. Domains
are checked (prefix notation, known fields), unknown parameters are refused with 422."""
from __future__ import annotations

import inspect
import itertools
from typing import Any

from vendor_http import json_body

API_KEY, DB, LOGIN = "odoo-key-5f3a", "acme", "agent@acme.example"
FIELDS = {"res.partner": {"id", "name", "email", "lang", "commercial_company_name", "phone", "mobile"},
          "mail.message": {"id", "date", "body", "message_type", "author_id", "model", "res_id", "message_id"},
          "mail.activity": {"id", "summary", "date_deadline", "user_id", "activity_type_id", "res_model", "res_id",
                            "res_model_id", "note"},
          "ir.model": {"id", "model"}}


class OdooError(Exception):
    def __init__(self, status: int, name: str, message: str):
        super().__init__(message)
        self.status, self.name, self.message = status, name, message


class FakeOdoo:
    def __init__(self, json2: bool = True) -> None:
        self.json2 = json2
        self.requests: list = []
        self.ids = itertools.count(300)
        self.data: dict[str, list[dict[str, Any]]] = {
            "res.partner": [{"id": 7, "name": "Ján Novák", "email": "jan@novak.sk", "lang": "sk_SK",
                             "commercial_company_name": "Novák s.r.o.", "phone": "+421 905 123 456", "mobile": False},
                            {"id": 8, "name": "Eva Malá", "email": False, "lang": "cs_CZ",
                             "commercial_company_name": False, "phone": False, "mobile": "+420601234567"}],
            "mail.message": [{"id": 51, "date": "2024-05-02 10:00:00", "body": "<p>Asked about <b>invoice</b></p>",
                              "message_type": "comment", "author_id": [3, "Jana"], "model": "res.partner", "res_id": 7},
                             {"id": 52, "date": "2024-05-01 09:00:00", "body": "<p>Stage changed</p>",
                              "message_type": "notification", "author_id": False, "model": "res.partner", "res_id": 7}],
            "mail.activity": [{"id": 61, "summary": "Send the offer", "date_deadline": "2024-05-20", "user_id": [2, "Jana"],
                               "activity_type_id": [2, "Call"], "res_model": "res.partner", "res_id": 7}],
            "ir.model": [{"id": 85, "model": "res.partner"}],
        }

    # -- transport ------------------------------------------------------------------------
    def handle(self, method: str, path: str, query: dict, headers: Any, body: bytes) -> tuple[int, Any, dict]:
        if path.startswith("/json/2/") and self.json2:
            if headers.get("Authorization") != f"bearer {API_KEY}":
                return 401, {"name": "werkzeug.exceptions.Unauthorized", "message": "Invalid apikey"}, {}
            if headers.get("X-Odoo-Database") not in (None, DB):
                return 404, {"name": "werkzeug.exceptions.NotFound", "message": "database not found"}, {}
            model, _, name = path[len("/json/2/"):].partition("/")
            params = json_body(body) or {}
            ids = params.pop("ids", None)
            params.pop("context", None)
            try:
                return 200, self.run(model, name, ids, params), {}
            except OdooError as exc:
                return exc.status, {"name": exc.name, "message": exc.message, "arguments": [exc.message], "context": {}}, {}
        if path == "/jsonrpc" and method == "POST":
            return 200, self._jsonrpc(json_body(body) or {}), {}
        return 404, b"<html><body>404 Not Found</body></html>", {}

    def _jsonrpc(self, request: dict) -> dict:
        params = request.get("params", {})
        args = params.get("args", [])
        try:
            if params.get("service") == "common" and params.get("method") == "login":
                return {"jsonrpc": "2.0", "id": request.get("id"), "result": 2 if args == [DB, LOGIN, API_KEY] else False}
            if params.get("service") == "object" and params.get("method") == "execute_kw":
                db, uid, key, model, name, positional, kwargs = args
                if (db, uid, key) != (DB, 2, API_KEY):
                    raise OdooError(403, "odoo.exceptions.AccessDenied", "Access Denied")
                ids = positional[0] if positional else None
                return {"jsonrpc": "2.0", "id": request.get("id"), "result": self.run(model, name, ids, kwargs)}
            raise OdooError(404, "builtins.KeyError", "unknown service")
        except OdooError as exc:
            return {"jsonrpc": "2.0", "id": request.get("id"),
                    "error": {"code": 200, "message": "Odoo Server Error",
                              "data": {"name": exc.name, "message": exc.message, "arguments": [exc.message]}}}

    # -- the ORM --------------------------------------------------------------------------
    def run(self, model: str, name: str, ids: Any, params: dict) -> Any:
        if model not in self.data:
            raise OdooError(404, "builtins.KeyError", f"model {model!r} not found")
        method = getattr(self, f"m_{name}", None)
        if method is None:
            raise OdooError(404, "builtins.AttributeError", f"The method '{name}' does not exist on {model}")
        allowed = set(inspect.signature(method).parameters) - {"model", "ids"}
        extra = set(params) - allowed
        if extra:
            raise OdooError(422, "builtins.TypeError", f"{name}() got an unexpected keyword argument '{sorted(extra)[0]}'")
        return method(model, ids, **params)

    def _matches(self, model: str, record: dict, domain: list) -> bool:
        def parse(pos: int) -> tuple[bool, int]:
            if pos >= len(domain):
                raise OdooError(422, "builtins.ValueError", f"Invalid domain {domain!r}")
            item = domain[pos]
            if item in ("|", "&"):
                left, pos = parse(pos + 1)
                right, pos = parse(pos)
                return (left or right) if item == "|" else (left and right), pos
            if not (isinstance(item, list) and len(item) == 3):
                raise OdooError(422, "builtins.ValueError", f"Invalid leaf {item!r}")
            field, op, value = item
            if field not in FIELDS[model]:
                raise OdooError(422, "builtins.ValueError", f"Invalid field {model}.{field} in leaf {item!r}")
            have = record.get(field)
            if op not in ("=", "!=", "in", "ilike"):
                raise OdooError(422, "builtins.ValueError", f"Invalid operator {op!r}")
            if op == "ilike":  # case-insensitive "contains", as Odoo's ORM does
                return isinstance(have, str) and str(value).lower() in have.lower(), pos + 1
            result = have == value if op == "=" else have != value if op == "!=" else have in list(value or [])
            return result, pos + 1

        ok, pos, result = True, 0, True
        while pos < len(domain):  # implicit AND between top-level terms
            ok, pos = parse(pos)
            result = result and ok
        return result

    def m_search_read(self, model: str, ids: Any, domain: list | None = None, fields: list | None = None,
                      offset: int = 0, limit: int | None = None, order: str | None = None) -> list[dict]:
        for f in fields or []:
            if f not in FIELDS[model]:
                raise OdooError(422, "builtins.ValueError", f"Invalid field '{f}' on model '{model}'")
        rows = [r for r in self.data[model] if self._matches(model, r, domain or [])]
        if order:
            field, _, direction = order.partition(" ")
            rows.sort(key=lambda r: str(r.get(field) or ""), reverse=direction.lower() == "desc")
        rows = rows[offset: offset + limit if limit else None]
        return [{f: r.get(f, False) for f in (fields or FIELDS[model])} for r in rows]

    def m_message_post(self, model: str, ids: Any, body: str = "", message_type: str = "notification",
                       subtype_xmlid: str | None = None, message_id: str | None = None) -> int:
        if model != "res.partner" or not ids or ids[0] not in [p["id"] for p in self.data["res.partner"]]:
            raise OdooError(404, "odoo.exceptions.MissingError", "Record does not exist or has been deleted.")
        mid = next(self.ids)
        self.data["mail.message"].append({"id": mid, "date": "2024-05-06 10:00:00", "body": body, "model": model,
                                          "res_id": ids[0], "message_type": message_type, "author_id": [2, "API"],
                                          "subtype": subtype_xmlid, "message_id": message_id or f"<{mid}@odoo>"})
        return mid

    def m_create(self, model: str, ids: Any, vals_list: list | None = None) -> list[int]:
        created = []
        for values in vals_list or []:
            if model == "mail.activity":
                if values.get("res_model_id") != 85 or not values.get("date_deadline"):
                    raise OdooError(422, "odoo.exceptions.ValidationError", "res_model_id and date_deadline are required")
                values = {**values, "res_model": "res.partner", "user_id": [2, "Jana"], "activity_type_id": [4, "To-Do"]}
            new = {"id": next(self.ids), **values}
            self.data[model].append(new)
            created.append(new["id"])
        return created
