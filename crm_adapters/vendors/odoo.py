"""Odoo: contacts (res.partner) by phone/mobile, chatter messages as history, activities as
follow-ups; calls and notes posted to the chatter (message_post), follow-ups as mail.activity.

Two dialects: Odoo 19+ has the JSON-2 API (``POST /json/2/<model>/<method>``, API key as a
bearer token); older Odoo only has JSON-RPC ``execute_kw`` at ``/jsonrpc`` (login + API key
as password). ``protocol = "auto"`` tries JSON-2 first and falls back for good when the
server does not know it (404).

Settings (``[crm.NAME]`` with ``type = "odoo"``)::

    base_url = "https://mycompany.odoo.com"   database = "mycompany"
    api_key_secret = "odoo_api_key"           login = "agent@mycompany.com"   # login: JSON-RPC only
    protocol = "auto"                          # or "json2" / "jsonrpc"
    phone_fields = ["phone", "mobile"]         # Odoo 18+ has no "mobile" on res.partner: ["phone"]
    user_id = 0                                # optional: who gets new activities

Stored once: Odoo has no idempotency header, so each write carries the outbox's key in a field and
is looked for before it is made again — a chatter message's ``message_id`` (``<KEY@agent-console>``,
a field message_post takes and search_read finds), an activity's note ("agent-console ref KEY").
A retry after a lost answer finds what the first try stored.
"""
from __future__ import annotations

import itertools
from datetime import datetime, timezone
from typing import Any

from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.rest.auth import BearerAuth, need_secret
from crm_adapters.rest.mapping import when
from crm_adapters.vendors.common import (
    Settings,
    SettingsError,
    adapter_name,
    as_html,
    duration_words,
    items_of,
    make_http,
    plain_text,
    variants,
)
from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, Interaction, NumberInfo

KEYS = {"database", "api_key_secret", "login", "protocol", "phone_fields", "user_id"}
KEY_MARK = "agent-console ref"  # in an activity's note, before the idempotency key


def message_id_for(key: str) -> str:
    """The chatter message's Message-Id for an idempotency key (RFC 5322 shape)."""
    return f"<{''.join(ch for ch in key if ch.isalnum() or ch in '-:.')[:200]}@agent-console>"
PARTNER_FIELDS = ["id", "name", "email", "lang", "commercial_company_name", "phone"]


class OdooAdapter:
    files_calls_by_number = False  # a call goes into a contact's chatter: it needs the contact

    def __init__(self, settings: Settings, context: AdapterContext) -> None:
        self.name = settings.name
        self.base_url = settings.text("base_url", required=True).rstrip("/")
        self.database = settings.text("database")
        self.login = settings.text("login")
        self.protocol = settings.text("protocol", "auto")
        if self.protocol not in ("auto", "json2", "jsonrpc"):
            raise SettingsError(f"[crm.{self.name}] protocol = '{self.protocol}': use auto, json2 or jsonrpc",
                                code="settings.bad_choice", params={"adapter": self.name, "key": "protocol",
                                                                    "choices": "auto, json2, jsonrpc"})
        if self.protocol == "jsonrpc" and not (self.login and self.database):
            raise SettingsError(f"[crm.{self.name}] JSON-RPC needs login = \"...\" and database = \"...\"",
                                code="settings.required", params={"adapter": self.name, "key": "login, database"})
        self.phone_fields = settings.strings("phone_fields", ["phone", "mobile"])
        self.user_id = int(settings.number("user_id", 0))
        self.formats = settings.formats(["e164", "international", "national"])
        self.key_name = settings.text("api_key_secret", "odoo_api_key")
        self.secret = context.secret
        headers = {"X-Odoo-Database": self.database} if self.database else {}
        self.http = make_http(settings, "odoo", self.base_url, BearerAuth(context.secret, self.key_name, "bearer"),
                              headers=headers)
        self._uid: int | None = None
        self._ids = itertools.count(1)
        self._partner_model_id: int | None = None

    # -- the two dialects ---------------------------------------------------------------
    async def call(self, model: str, method: str, ids: list[int] | None = None, **params: Any) -> Any:
        if self.protocol != "jsonrpc":
            body = {**({"ids": ids} if ids is not None else {}), **params}
            response = await self.http.request("POST", f"/json/2/{model}/{method}", json_body=body,
                                               expect=(200, 404) if self.protocol == "auto" else (200,))
            if response.status_code == 200:
                self.protocol = "json2"
                return await self.http.parse_json_off_loop(response)
            try:
                answer = response.json()
            except ValueError:  # an HTML "404 Not Found" page: no JSON-2 on this server
                answer = None
            if isinstance(answer, dict) and answer.get("name"):  # JSON-2 exists; the model or method does not
                raise AdapterError(f"odoo error: {answer.get('message', '')}"[:200], retryable=False, code="crm.crm_error",
                                   params={"service": "Odoo", "detail": str(answer.get("message", ""))[:160]})
            if not (self.login and self.database):
                raise AdapterError("this Odoo has no JSON-2 API (older than 19); set login and database "
                                   "for JSON-RPC", retryable=False, code="crm.odoo_too_old")
            self.protocol = "jsonrpc"
        return await self._execute_kw(model, method, [ids] if ids is not None else [], params)

    async def _rpc(self, service: str, method: str, args: list[Any]) -> Any:
        body = {"jsonrpc": "2.0", "method": "call", "id": next(self._ids),
                "params": {"service": service, "method": method, "args": args}}
        answer = await self.http.json("POST", "/jsonrpc", json_body=body, expect=(200,), authenticate=False)
        if not isinstance(answer, dict):
            raise AdapterError("invalid JSON-RPC answer from odoo", code="crm.invalid_json", params={"service": "Odoo"})
        if "error" in answer:
            data = (answer["error"] or {}).get("data") or {}
            name, message = data.get("name", ""), data.get("message") or answer["error"].get("message", "")
            if name.endswith(("AccessDenied", "AccessError")):
                raise AdapterError(f"authentication failed at odoo: {message}"[:200], retryable=False,
                                   code="crm.auth_failed", params={"service": "Odoo"})
            raise AdapterError(f"odoo error: {message}"[:200], retryable=False, code="crm.crm_error",
                               params={"service": "Odoo", "detail": str(message)[:160]})
        return answer.get("result")

    async def _execute_kw(self, model: str, method: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        key = need_secret(self.secret, self.key_name)
        if self._uid is None:
            uid = await self._rpc("common", "login", [self.database, self.login, key])
            if not isinstance(uid, int) or isinstance(uid, bool):
                raise AdapterError("authentication failed at odoo: wrong login, database or API key", retryable=False,
                                   code="crm.auth_failed", params={"service": "Odoo"})
            self._uid = uid
        return await self._rpc("object", "execute_kw", [self.database, self._uid, key, model, method, args, kwargs])

    # -- lookup -------------------------------------------------------------------------
    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        if not number.e164:
            return []
        terms = [[field, "=", v] for v in variants(number, self.formats) for field in self.phone_fields]
        domain: list[Any] = ["|"] * (len(terms) - 1) + terms
        rows = await self.call("res.partner", "search_read", domain=domain,
                               fields=PARTNER_FIELDS + [f for f in self.phone_fields if f not in PARTNER_FIELDS],
                               limit=10)
        return [Customer(id=str(r["id"]), source=self.name, name=r.get("name") or "", email=r.get("email") or "",
                         company=r.get("commercial_company_name") or "", language=(r.get("lang") or "")[:2],
                         phones=[r[f] for f in self.phone_fields if r.get(f)],
                         url=f"{self.base_url}/web#id={r['id']}&model=res.partner&view_type=form")
                for r in items_of(rows, None, self.name) if r.get("id")]

    def _partner(self, customer_id: str) -> int:
        if not customer_id.isdigit():
            raise AdapterError(f"'{customer_id[:20]}' is not an Odoo partner id", retryable=False, code="crm.bad_customer_id",
                               params={"service": "Odoo", "id": customer_id[:20]})
        return int(customer_id)

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        rows = await self.call("mail.message", "search_read",
                               domain=[["model", "=", "res.partner"], ["res_id", "=", self._partner(customer.id)],
                                       ["message_type", "in", ["comment", "email"]]],
                               fields=["id", "date", "body", "message_type", "author_id"], order="date desc",
                               limit=int(limit))
        return [Interaction(id=str(r["id"]), source=self.name, customer_id=customer.id,
                            kind="email" if r.get("message_type") == "email" else "note",
                            when=when((r.get("date") or "").replace(" ", "T")) or when(0),
                            summary=plain_text(r.get("body")),
                            agent=(r.get("author_id") or [None, ""])[1] if isinstance(r.get("author_id"), list) else "")
                for r in items_of(rows, None, self.name)]

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        rows = await self.call("mail.activity", "search_read",
                               domain=[["res_model", "=", "res.partner"], ["res_id", "=", self._partner(customer.id)]],
                               fields=["id", "summary", "date_deadline", "user_id", "activity_type_id"],
                               order="date_deadline asc", limit=20)
        tasks = []
        for r in items_of(rows, None, self.name):
            kind = r.get("activity_type_id")
            title = r.get("summary") or (kind[1] if isinstance(kind, list) else "") or "Activity"
            tasks.append(FollowUpTask(id=str(r["id"]), source=self.name, customer_id=customer.id, title=title,
                                      due=when(r.get("date_deadline")),
                                      assignee=r["user_id"][1] if isinstance(r.get("user_id"), list) else ""))
        return tasks

    # -- write-back ---------------------------------------------------------------------
    async def _post(self, customer_id: str, html: str, key: str = "") -> str:
        partner = self._partner(customer_id)
        extra: dict[str, Any] = {}
        if key:
            extra["message_id"] = message_id_for(key)
            found = await self.call("mail.message", "search_read", domain=[["message_id", "=", extra["message_id"]]],
                                    fields=["id"], limit=1)
            found = items_of(found, None, self.name)
            if found:  # stored by an earlier try whose answer was lost
                return str(found[0].get("id", ""))
        message_id = await self.call("res.partner", "message_post", ids=[partner], body=html,
                                     message_type="comment", subtype_xmlid="mail.mt_note", **extra)
        if isinstance(message_id, list):
            message_id = message_id[0] if message_id else ""
        return str(message_id)

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:
        if not log.customer_id:
            raise AdapterError("Odoo needs a known contact to log a call in its chatter", retryable=False,
                               code="crm.needs_known_customer", params={"service": "Odoo"})
        word = "Inbound" if log.direction == "in" else "Outbound"
        head = f"{word} call {log.number}, {duration_words(log.duration_s)}" + (f" ({log.disposition})" if log.disposition else "")
        return await self._post(log.customer_id, f"<p>{as_html(head)}</p>" + (f"<p>{as_html(log.notes)}</p>" if log.notes else ""),
                                idempotency_key)

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        return await self._post(customer_id, f"<p>{as_html(text)}</p>", idempotency_key)

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        if self._partner_model_id is None:
            found = await self.call("ir.model", "search_read", domain=[["model", "=", "res.partner"]], fields=["id"], limit=1)
            if not found:
                raise AdapterError("odoo has no res.partner model id", retryable=False, code="crm.crm_error",
                                   params={"service": "Odoo", "detail": "no res.partner model id"})
            self._partner_model_id = int(found[0]["id"])
        due = task.due if task.due is None or task.due.tzinfo else task.due.replace(tzinfo=timezone.utc)
        values: dict[str, Any] = {"res_model_id": self._partner_model_id, "res_id": self._partner(task.customer_id),
                                  "summary": task.title[:200],
                                  "date_deadline": (due or datetime.now(timezone.utc)).date().isoformat()}
        if self.user_id:
            values["user_id"] = self.user_id
        if idempotency_key:
            ref = f"{KEY_MARK} {idempotency_key[:200]}"
            found = await self.call("mail.activity", "search_read",
                                    domain=[["res_model", "=", "res.partner"], ["res_id", "=", values["res_id"]],
                                            ["note", "ilike", ref]], fields=["id"], limit=1)
            found = items_of(found, None, self.name)
            if found:  # stored by an earlier try whose answer was lost
                return str(found[0].get("id", ""))
            values["note"] = f"<p>{as_html(ref)}</p>"
        created = await self.call("mail.activity", "create", vals_list=[values])
        return str(created[0] if isinstance(created, list) and created else created)

    async def complete_task(self, task_id: str, idempotency_key: str) -> str:
        """The agent marked the activity done: Odoo's "Mark Done" (action_done), which moves it into
        the chatter. Already gone (an earlier try was done and its answer lost): nothing to do."""
        if not task_id.isdigit():
            raise AdapterError(f"'{task_id[:20]}' is not an Odoo activity id", retryable=False,
                               code="crm.bad_customer_id", params={"service": "Odoo", "id": task_id[:20]})
        still = items_of(await self.call("mail.activity", "search_read", domain=[["id", "=", int(task_id)]],
                                         fields=["id"], limit=1), None, self.name)
        if still:
            await self.call("mail.activity", "action_done", ids=[int(task_id)])
        return task_id

    async def close(self) -> None:
        await self.http.close()


def create(settings: dict[str, Any], context: AdapterContext) -> OdooAdapter:
    return OdooAdapter(Settings(adapter_name(context, "odoo"), settings, KEYS), context)
