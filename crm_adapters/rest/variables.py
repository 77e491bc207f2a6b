"""The values a template can use: ``{number.e164}``, ``{customer.id}``, ``{call.duration_s}`` ….

Why a module of its own: the same names must be offered to the requests, listed in the docs
and checked when a template is loaded (a sample of every variable is rendered then, so a
JSON body that would break on a real note is caught before the first call).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timezone, tzinfo
from typing import Any

import phonenumbers

from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, NumberInfo


def number_variants(info: NumberInfo) -> dict[str, str]:
    """Every way a CRM may have written the number, by format name (see [number] formats)."""
    e164 = info.e164 or ""
    digits = e164.lstrip("+")
    significant = ""
    if e164:
        try:
            significant = phonenumbers.national_significant_number(phonenumbers.parse(e164, None))
        except phonenumbers.NumberParseException:
            significant = ""
    return {
        "e164": e164,
        "e164_digits": digits,
        "zero_zero": "00" + digits if digits else "",
        "international": info.international,
        "national": info.national,
        "national_digits": re.sub(r"\D", "", info.national),
        "significant": significant,
        "raw": info.raw,
    }


def number_variables(info: NumberInfo, formats: tuple[str, ...], variant: str = "") -> dict[str, Any]:
    values = number_variants(info)
    ordered = []
    for name in formats:
        if values.get(name) and values[name] not in ordered:
            ordered.append(values[name])
    return {**values, "variant": variant or (ordered[0] if ordered else ""), "variants": ordered,
            "region": info.region}


def customer_variables(customer: Customer, record: Any = None) -> dict[str, Any]:
    return {"id": customer.id, "name": customer.name, "company": customer.company, "email": customer.email,
            "phones": list(customer.phones), "url": customer.url, "language": customer.language,
            "record": record if record is not None else {}}


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def in_zone(when: datetime, zone: tzinfo | None) -> datetime:
    """``when`` as the clock reads in ``zone`` (None: the agent's own, this computer's time zone),
    so a task due at 00:30 in Bratislava is due that day there, not the day before in UTC."""
    aware = _aware(when)
    return aware.astimezone(zone) if zone is not None else aware.astimezone()


def call_variables(log: CallLog, zone: tzinfo | None = None) -> dict[str, Any]:
    started = in_zone(log.started, zone)
    minutes, seconds = divmod(int(log.duration_s or 0), 60)
    word = "Inbound" if log.direction == "in" else "Outbound"
    label = log.disposition_label or log.disposition
    return {
        "id": log.call_id, "direction": log.direction, "direction_word": word.lower(), "number": log.number,
        "started": started.isoformat(), "started_utc": started.astimezone(timezone.utc).isoformat(),
        "started_date": started.date().isoformat(), "started_epoch": int(started.timestamp()),
        "started_epoch_ms": int(started.timestamp() * 1000), "duration_s": int(log.duration_s or 0),
        "duration_ms": int(log.duration_s or 0) * 1000, "disposition": log.disposition,
        "disposition_label": label, "notes": log.notes,
        "recording": log.recording, "agent": log.agent, "customer_id": log.customer_id,
        "summary": f"{word} call, {minutes} min {seconds} s" + (f" ({label})" if label else ""),
    }


def note_variables(customer_id: str, text: str, call_id: str, zone: tzinfo | None = None) -> dict[str, Any]:
    now = datetime.now(timezone.utc)
    return {"text": text, "customer_id": customer_id, "call_id": call_id,
            "created": in_zone(now, zone).isoformat(), "created_utc": now.isoformat(),
            "created_epoch_ms": int(now.timestamp() * 1000)}


def task_variables(task: FollowUpTask, zone: tzinfo | None = None) -> dict[str, Any]:
    due = in_zone(task.due, zone) if task.due else None
    return {"title": task.title, "due": due.isoformat() if due else None,
            "due_utc": due.astimezone(timezone.utc).isoformat() if due else None,
            "due_date": due.date().isoformat() if due else None,
            "due_time": due.strftime("%H:%M") if due else None,
            "due_epoch_ms": int(due.timestamp() * 1000) if due else None,
            "customer_id": task.customer_id, "kind": task.kind, "call_id": task.call_id, "assignee": task.assignee}


def common_variables(settings: Mapping[str, Any], agent_id: str, zone: tzinfo | None = None) -> dict[str, Any]:
    return {"settings": dict(settings), "agent": {"id": agent_id},
            "now": in_zone(datetime.now(timezone.utc), zone).isoformat()}


class _AnyRecord(dict):
    """Stands in for a CRM record while checking a template: every field exists."""

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: Any) -> Any:
        return _AnyRecord()

    def __str__(self) -> str:
        return "sample"


def sample_variables(settings: Mapping[str, Any]) -> dict[str, Any]:
    """Awkward sample values (quotes, braces, line breaks, a plus sign) for checking templates."""
    tricky = 'He said "call me {later}" \\ & back\nline 2'
    info = NumberInfo(raw="+421 905 123 456", e164="+421905123456", national="0905 123 456",
                      international="+421 905 123 456", region="SK")
    when = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
    customer = Customer(id="c-1", source="sample", name=tricky, phones=["+421905123456"])
    return {
        **common_variables(settings, "agent-1"),
        "number": number_variables(info, ("e164",)), "limit": 10, "idempotency_key": "key-1", "assignee": "agent-1",
        "customer": customer_variables(customer, _AnyRecord()),
        "call": call_variables(CallLog("call-1", "in", "+421905123456", when, 75, "c-1", "sold", tricky)),
        "note": note_variables("c-1", tricky, "call-1"),
        "task": task_variables(FollowUpTask("", "sample", "c-1", tricky, due=when, call_id="call-1")),
        "record": _AnyRecord(),
    }
