"""HubSpot CRM (API v3): contacts by phone, calls/notes history, tasks; calls, notes and tasks
written back with their association to the contact.

Quirk that shapes this adapter: HubSpot's search compares the stored text exactly, so
"+421 905 123 456", "+421905123456" and "0905 123 456" are three different numbers to it.
We search ``phone`` and ``mobilephone`` for every configured number variant (at most 5 filter
groups per request, as HubSpot allows), in order, until someone matches.

Settings (``[crm.NAME]`` with ``type = "hubspot"``)::

    token_secret = "hubspot_token"     # private app token, from the keyring/environment
    portal_id = "1234567"              # for the "open in HubSpot" link
    owner_id = ""                      # optional: HubSpot owner for new tasks
    segment_property = "hs_lead_status"   segments = { VIP = "vip" }   value_property = "total_revenue"
    number_formats = ["e164", "international", "national", "national_digits", "e164_digits"]
    idempotency_property = "agent_console_key"   # "" = off; see below

Stored once: HubSpot has no idempotency header for CRM objects, so each call, note and task
carries the outbox's idempotency key in a custom text property (``idempotency_property``; create
it once for calls, notes and tasks, ideally with "require unique values"), and a write searches
for a record with that key before it creates one. A retry after a lost answer finds the record
the first try stored (and a unique property refuses a second one with 409, retried the same way).
"""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Any

from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.rest.auth import BearerAuth
from crm_adapters.rest.mapping import when
from crm_adapters.vendors.common import Settings, adapter_name, as_html, duration_words, items_of, make_http, plain_text, variants
from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, Interaction, NumberInfo, Segment

MAX_GROUPS = 5  # HubSpot: at most 5 filterGroups per search request
CONTACT_PROPS = ["firstname", "lastname", "company", "email", "phone", "mobilephone", "hs_language"]
# HUBSPOT_DEFINED association type ids, engagement -> contact
NOTE_TO_CONTACT, CALL_TO_CONTACT, TASK_TO_CONTACT = 202, 194, 204
KEYS = {"token_secret", "portal_id", "owner_id", "segment_property", "segments", "value_property", "app_url",
        "idempotency_property"}
KEY_LIMIT = 200  # characters of an idempotency key kept in the property


class HubSpotAdapter:
    files_calls_by_number = True  # a call without a known contact is stored unassociated, with its number

    def __init__(self, settings: Settings, context: AdapterContext) -> None:
        self.name = settings.name
        self.portal_id = settings.text("portal_id")
        self.owner_id = settings.text("owner_id")
        self.app_url = settings.text("app_url", "https://app.hubspot.com").rstrip("/")
        self.segment_property = settings.text("segment_property")
        self.segments = {k.lower(): v for k, v in settings.mapping("segments").items()}
        self.value_property = settings.text("value_property", "total_revenue")
        self.key_property = settings.text("idempotency_property", "agent_console_key")
        self.formats = settings.formats(["e164", "international", "national", "national_digits", "e164_digits"])
        auth = BearerAuth(context.secret, settings.text("token_secret", "hubspot_token"))
        self.http = make_http(settings, "hubspot", settings.text("base_url", "https://api.hubapi.com"), auth)

    def _properties(self) -> list[str]:
        return CONTACT_PROPS + [p for p in (self.segment_property, self.value_property) if p]

    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        if not number.e164:
            return []
        groups = [{"filters": [{"propertyName": prop, "operator": "EQ", "value": value}]}
                  for value in variants(number, self.formats) for prop in ("phone", "mobilephone")]
        for start in range(0, len(groups), MAX_GROUPS):
            body = {"filterGroups": groups[start:start + MAX_GROUPS], "properties": self._properties(), "limit": 10}
            answer = await self.http.json("POST", "/crm/v3/objects/contacts/search", json_body=body, expect=(200,))
            found = [self._customer(r) for r in items_of(answer, "results", self.name)]
            if found:
                return found
        return []

    def _customer(self, record: dict[str, Any]) -> Customer:
        p = record.get("properties") or {}
        name = " ".join(x for x in (p.get("firstname"), p.get("lastname")) if x) or p.get("email") or ""
        raw_segment = str(p.get(self.segment_property) or "").lower() if self.segment_property else ""
        segment = self.segments.get(raw_segment, raw_segment)
        value = p.get(self.value_property) if self.value_property else None
        url = f"{self.app_url}/contacts/{self.portal_id}/record/0-1/{record.get('id')}" if self.portal_id else ""
        return Customer(
            id=str(record.get("id", "")), source=self.name, name=name, company=p.get("company") or "",
            language=(p.get("hs_language") or "")[:2], email=p.get("email") or "",
            segment=Segment(segment) if segment in {s.value for s in Segment} else Segment.STANDARD,
            value=float(value) if value not in (None, "") else None,
            phones=[x for x in (p.get("phone"), p.get("mobilephone")) if x], url=url,
        )

    async def _search(self, kind: str, customer_id: str, props: list[str], extra: list[dict], order: str,
                      limit: int) -> list[dict[str, Any]]:
        filters = [{"propertyName": "associations.contact", "operator": "EQ", "value": customer_id}, *extra]
        body = {"filterGroups": [{"filters": filters}], "properties": props, "limit": limit,
                "sorts": [{"propertyName": "hs_timestamp", "direction": order}]}
        answer = await self.http.json("POST", f"/crm/v3/objects/{kind}/search", json_body=body, expect=(200,))
        return items_of(answer, "results", self.name)

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        calls, notes = await asyncio.gather(
            self._search("calls", customer.id, ["hs_timestamp", "hs_call_title", "hs_call_body", "hs_call_direction",
                                                "hs_call_duration", "hs_call_disposition"], [], "DESCENDING", limit),
            self._search("notes", customer.id, ["hs_timestamp", "hs_note_body"], [], "DESCENDING", limit))
        items = []
        for r in calls:
            p = r.get("properties") or {}
            ms = p.get("hs_call_duration")
            items.append(Interaction(
                id=str(r.get("id")), source=self.name, customer_id=customer.id, kind="call",
                when=when(p.get("hs_timestamp")) or datetime.now(timezone.utc),
                summary=plain_text(p.get("hs_call_title") or p.get("hs_call_body")),
                direction={"INBOUND": "in", "OUTBOUND": "out"}.get(p.get("hs_call_direction") or "", ""),
                disposition=p.get("hs_call_disposition") or "",
                duration_s=int(float(ms)) // 1000 if ms not in (None, "") else None))
        for r in notes:
            p = r.get("properties") or {}
            items.append(Interaction(id=str(r.get("id")), source=self.name, customer_id=customer.id, kind="note",
                                     when=when(p.get("hs_timestamp")) or datetime.now(timezone.utc),
                                     summary=plain_text(p.get("hs_note_body"))))
        items.sort(key=lambda i: i.when, reverse=True)
        return items[:limit]

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        not_done = [{"propertyName": "hs_task_status", "operator": "NEQ", "value": "COMPLETED"}]
        found = await self._search("tasks", customer.id, ["hs_timestamp", "hs_task_subject", "hs_task_status",
                                                          "hs_task_type", "hubspot_owner_id"], not_done, "ASCENDING", 20)
        return [FollowUpTask(id=str(r.get("id")), source=self.name, customer_id=customer.id,
                             title=(r.get("properties") or {}).get("hs_task_subject") or "(no subject)",
                             due=when((r.get("properties") or {}).get("hs_timestamp")),
                             kind="callback" if (r.get("properties") or {}).get("hs_task_type") == "CALL" else "task",
                             assignee=(r.get("properties") or {}).get("hubspot_owner_id") or "")
                for r in found]

    async def _stored_as(self, kind: str, key: str) -> str:
        """The id of the record of ``kind`` that already carries ``key`` ("" = none yet)."""
        body = {"filterGroups": [{"filters": [{"propertyName": self.key_property, "operator": "EQ", "value": key}]}],
                "properties": [self.key_property], "limit": 1}
        answer = await self.http.json("POST", f"/crm/v3/objects/{kind}/search", json_body=body, expect=(200,))
        found = items_of(answer, "results", self.name)
        return str(found[0].get("id") or "") if found else ""

    async def _create(self, kind: str, properties: dict[str, Any], customer_id: str, type_id: int, key: str) -> str:
        if self.key_property and key:
            key = key[:KEY_LIMIT]
            already = await self._stored_as(kind, key)
            if already:  # the CRM stored it before and the answer was lost: stored once
                return already
            properties = {**properties, self.key_property: key}
        body: dict[str, Any] = {"properties": properties}
        if customer_id:
            body["associations"] = [{"to": {"id": customer_id},
                                     "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": type_id}]}]
        answer = await self.http.json("POST", f"/crm/v3/objects/{kind}", json_body=body, expect=(201, 200),
                                      headers={"Idempotency-Key": key})
        return str((answer or {}).get("id", ""))

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:
        started = log.started if log.started.tzinfo else log.started.replace(tzinfo=timezone.utc)
        word = "Inbound" if log.direction == "in" else "Outbound"
        props = {"hs_timestamp": started.isoformat(), "hs_call_title": f"{word} call, {duration_words(log.duration_s)}",
                 "hs_call_body": as_html(log.notes), "hs_call_direction": word.upper(),
                 "hs_call_duration": str(int(log.duration_s or 0) * 1000), "hs_call_status": "COMPLETED",
                 ("hs_call_from_number" if log.direction == "in" else "hs_call_to_number"): log.number}
        if log.disposition:
            props["hs_call_disposition"] = log.disposition  # HubSpot wants its disposition GUIDs here
        return await self._create("calls", props, log.customer_id, CALL_TO_CONTACT, idempotency_key)

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        props = {"hs_timestamp": datetime.now(timezone.utc).isoformat(), "hs_note_body": as_html(text)}
        return await self._create("notes", props, customer_id, NOTE_TO_CONTACT, idempotency_key)

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        if task.due is None:
            raise AdapterError("a HubSpot task needs a due date", retryable=False, code="crm.task_needs_due",
                               params={"service": "HubSpot"})
        due = task.due if task.due.tzinfo else task.due.replace(tzinfo=timezone.utc)
        props = {"hs_timestamp": due.isoformat(), "hs_task_subject": task.title, "hs_task_status": "NOT_STARTED",
                 "hs_task_type": "CALL" if task.kind == "callback" else "TODO", "hs_task_priority": "MEDIUM"}
        if self.owner_id:
            props["hubspot_owner_id"] = self.owner_id
        return await self._create("tasks", props, task.customer_id, TASK_TO_CONTACT, idempotency_key)

    async def complete_task(self, task_id: str, idempotency_key: str) -> str:
        """The agent marked the task done: its status in HubSpot becomes COMPLETED (setting it
        twice changes nothing, so a retry is harmless)."""
        if not task_id.isdigit():
            raise AdapterError(f"'{task_id[:20]}' is not a HubSpot task id", retryable=False, code="crm.bad_customer_id",
                               params={"service": "HubSpot", "id": task_id[:20]})
        await self.http.json("PATCH", f"/crm/v3/objects/tasks/{task_id}",
                             json_body={"properties": {"hs_task_status": "COMPLETED"}}, expect=(200,))
        return task_id

    async def close(self) -> None:
        await self.http.close()


def create(settings: dict[str, Any], context: AdapterContext) -> HubSpotAdapter:
    return HubSpotAdapter(Settings(adapter_name(context, "hubspot"), settings, KEYS), context)
