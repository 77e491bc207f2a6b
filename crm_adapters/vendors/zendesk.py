"""Zendesk Support: end users by phone, their tickets as history, task tickets as follow-ups;
calls and notes as private comments, follow-ups as task tickets with ``due_at``.

Zendesk is ticket-centred: a call becomes a solved ticket with a private comment, a note is a
private comment on the caller's latest open ticket (or a new ticket when there is none), a
follow-up is a ticket of type "task" with a due date. Ticket creation sends the
``Idempotency-Key`` header, which Zendesk honours; a note comment is checked against the
ticket's latest comments before it is added, so a retry does not add it twice.

Settings (``[crm.NAME]`` with ``type = "zendesk"``)::

    subdomain = "mycompany"            # or base_url = "https://mycompany.zendesk.com"
    email = "agent@mycompany.com"      token_secret = "zendesk_token"   # API token (Basic email/token)
    auth = "api_token"                 # or "oauth" (token_secret holds an OAuth access token)
"""
from __future__ import annotations

from datetime import timezone
from typing import Any

from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.rest.auth import BasicAuth, BearerAuth
from crm_adapters.rest.mapping import when
from crm_adapters.vendors.common import Settings, SettingsError, adapter_name, duration_words, items_of, make_http, variants
from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, Interaction, NumberInfo

KEYS = {"subdomain", "email", "token_secret", "auth", "tags"}
OPEN = ("new", "open", "pending", "hold")
PAGES = 3  # task tickets: at most this many pages of 100


class ZendeskAdapter:
    def __init__(self, settings: Settings, context: AdapterContext) -> None:
        self.name = settings.name
        sub = settings.text("subdomain")
        base_url = settings.text("base_url", f"https://{sub}.zendesk.com" if sub else "")
        if not base_url:
            raise SettingsError(f"[crm.{self.name}] needs subdomain = \"mycompany\" (or base_url)", code="settings.required",
                                params={"adapter": self.name, "key": "subdomain"})
        self.base_url = base_url.rstrip("/")
        self.formats = settings.formats(["e164", "international", "national"])
        self.tags = settings.strings("tags", ["agent_console"])
        kind = settings.text("auth", "api_token")
        token = settings.text("token_secret", "zendesk_token")
        if kind == "api_token":
            auth: Any = BasicAuth(context.secret, f"{settings.text('email', required=True)}/token", token)
        elif kind == "oauth":
            auth = BearerAuth(context.secret, token)
        else:
            raise SettingsError(f"[crm.{self.name}] auth = '{kind}': use api_token or oauth", code="settings.bad_choice",
                                params={"adapter": self.name, "key": "auth", "choices": "api_token, oauth"})
        self.http = make_http(settings, "zendesk", self.base_url, auth)

    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        if not number.e164:
            return []
        for variant in variants(number, self.formats):
            answer = await self.http.json("GET", "/api/v2/users/search.json",
                                          params={"query": variant, "include": "organizations"}, expect=(200,))
            orgs = {o.get("id"): o.get("name", "") for o in items_of(answer, "organizations", self.name)}
            found = [self._customer(u, orgs) for u in items_of(answer, "users", self.name)
                     if u.get("role", "end-user") == "end-user" and u.get("active", True)]
            if found:
                return found
        return []

    def _customer(self, user: dict[str, Any], orgs: dict[Any, str]) -> Customer:
        return Customer(id=str(user.get("id")), source=self.name, name=user.get("name") or "",
                        email=user.get("email") or "", company=orgs.get(user.get("organization_id"), ""),
                        language=(user.get("locale") or "")[:2], phones=[p for p in (user.get("phone"),) if p],
                        notes=user.get("notes") or "", url=f"{self.base_url}/agent/users/{user.get('id')}")

    async def _tickets(self, customer_id: str, per_page: int, pages: int = 1) -> list[dict[str, Any]]:
        url: str | None = f"/api/v2/users/{int(customer_id)}/tickets/requested.json"
        params: dict[str, Any] | None = {"sort_by": "updated_at", "sort_order": "desc", "per_page": per_page}
        tickets: list[dict[str, Any]] = []
        for _ in range(pages):
            if not url:
                break
            answer = await self.http.json("GET", url, params=params, expect=(200,)) or {}
            tickets += items_of(answer, "tickets", self.name)
            url, params = answer.get("next_page") if isinstance(answer, dict) else None, None  # next_page is a complete URL
            if url and not str(url).startswith(self.base_url + "/"):
                break  # never send our credentials to another host
        return tickets

    def _check_id(self, customer_id: str) -> None:
        if not customer_id.isdigit():
            raise AdapterError(f"'{customer_id[:20]}' is not a Zendesk user id", retryable=False, code="crm.bad_customer_id",
                               params={"service": "Zendesk", "id": customer_id[:20]})

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        self._check_id(customer.id)
        return [Interaction(id=str(t["id"]), source=self.name, customer_id=customer.id, kind="ticket",
                            when=when(t.get("updated_at") or t.get("created_at")) or when(0),
                            summary=f"#{t['id']} {t.get('subject') or ''} ({t.get('status')})",
                            url=f"{self.base_url}/agent/tickets/{t['id']}")
                for t in await self._tickets(customer.id, limit)][:limit]

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        self._check_id(customer.id)
        tickets = await self._tickets(customer.id, 100, PAGES)
        tasks = [FollowUpTask(id=str(t["id"]), source=self.name, customer_id=customer.id,
                              title=t.get("subject") or f"Ticket #{t['id']}", due=when(t.get("due_at")),
                              assignee=str(t.get("assignee_id") or ""), url=f"{self.base_url}/agent/tickets/{t['id']}")
                 for t in tickets if t.get("type") == "task" and t.get("status") in OPEN]
        return sorted(tasks, key=lambda t: (t.due is None, t.due or when(0)))

    async def _new_ticket(self, ticket: dict[str, Any], key: str) -> str:
        answer = await self.http.json("POST", "/api/v2/tickets.json", json_body={"ticket": ticket},
                                      headers={"Idempotency-Key": key}, expect=(201, 200))
        return str(((answer or {}).get("ticket") or {}).get("id", ""))

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:
        if not log.customer_id:
            raise AdapterError("Zendesk needs a known caller (requester) to log a call", retryable=False,
                               code="crm.needs_known_customer", params={"service": "Zendesk"})
        self._check_id(log.customer_id)
        started = log.started if log.started.tzinfo else log.started.replace(tzinfo=timezone.utc)
        word = "Inbound" if log.direction == "in" else "Outbound"
        body = (f"{word} call {log.number} at {started.isoformat()}, {duration_words(log.duration_s)}"
                + (f", {log.disposition}" if log.disposition else "") + (f"\n\n{log.notes}" if log.notes else ""))
        return await self._new_ticket({"subject": f"{word} call, {duration_words(log.duration_s)}",
                                       "requester_id": int(log.customer_id), "status": "solved",
                                       "comment": {"body": body, "public": False}, "tags": [*self.tags, "phone_call"]},
                                      idempotency_key)

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        self._check_id(customer_id)
        open_ones = [t for t in await self._tickets(customer_id, 25) if t.get("status") in OPEN]
        if not open_ones:
            return await self._new_ticket({"subject": "Call note", "requester_id": int(customer_id),
                                           "comment": {"body": text, "public": False}, "tags": self.tags},
                                          idempotency_key)
        ticket_id = open_ones[0]["id"]
        comments = await self.http.json("GET", f"/api/v2/tickets/{ticket_id}/comments.json",
                                        params={"sort_order": "desc", "per_page": 10}, expect=(200,)) or {}
        if any(c.get("body") == text and not c.get("public") for c in items_of(comments, "comments", self.name)):
            return str(ticket_id)  # already added by an earlier attempt
        await self.http.json("PUT", f"/api/v2/tickets/{ticket_id}.json",
                             json_body={"ticket": {"comment": {"body": text, "public": False}}}, expect=(200,))
        return str(ticket_id)

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        self._check_id(task.customer_id)
        ticket: dict[str, Any] = {"subject": task.title, "type": "task", "requester_id": int(task.customer_id),
                                  "comment": {"body": task.title, "public": False}, "tags": [*self.tags, "follow_up"]}
        if task.due is not None:
            due = task.due if task.due.tzinfo else task.due.replace(tzinfo=timezone.utc)
            ticket["due_at"] = due.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return await self._new_ticket(ticket, idempotency_key)

    async def close(self) -> None:
        await self.http.close()


def create(settings: dict[str, Any], context: AdapterContext) -> ZendeskAdapter:
    return ZendeskAdapter(Settings(adapter_name(context, "zendesk"), settings, KEYS), context)

