"""Turn a CRM's JSON answer into customers, history items and tasks, as the template says.

Why forgiving: CRMs send numbers as strings, dates as epoch milliseconds or ISO text, names
split in two fields and nulls everywhere. A field that cannot be read is left empty; a record
without an id or a name is skipped; the card still shows what could be read.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from crm_adapters.rest.render import RenderError, as_text, render_text
from crm_adapters.rest.template import FieldSpec, RequestSpec
from crm_adapters.vocabulary import Customer, FollowUpTask, Interaction, Segment

log = logging.getLogger(__name__)
IN_WORDS = {"in", "inbound", "incoming", "received", "answered"}
OUT_WORDS = {"out", "outbound", "outgoing", "placed", "dialled", "dialed"}
TRUE_WORDS = {"true", "yes", "1", "done", "completed", "complete", "closed", "solved"}


def records(spec: RequestSpec, answer: Any, limit: int | None = None) -> tuple[list[Any], int]:
    """The first ``limit`` records the ``matches``/``items`` JSONPath points at (a list found
    there is opened), and how many there were in all."""
    found: list[Any] = []
    total = 0
    for match in spec.items.find(answer):
        values = match.value if isinstance(match.value, list) else [] if match.value is None else [match.value]
        total += len(values)
        room = len(values) if limit is None else max(0, limit - len(found))
        found.extend(values[:room])
    return found, total


def read(spec: FieldSpec, record: Any, variables: Mapping[str, Any]) -> Any:
    if spec.kind == "const":
        return spec.source
    if spec.kind == "path":
        for match in spec.compiled[0].find(record):
            if match.value not in (None, ""):
                return match.value
        return None
    if spec.kind == "first":
        for part in spec.compiled:
            value = read(part, record, variables)
            if value not in (None, "", []):
                return value
        return None
    try:
        text = render_text(spec.source, {**variables, "record": record if isinstance(record, Mapping) else {}})
    except RenderError:
        return None
    return text.strip() or None


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, (dict, list)) else as_text(value).strip()


def when(value: Any) -> datetime | None:
    """ISO 8601 text, a date, or epoch seconds/milliseconds; naive times are taken as UTC."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if isinstance(value, (int, float)):
        seconds = value / 1000 if abs(value) > 10_000_000_000 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        text = value.strip().replace("Z", "+00:00")
        if text.endswith("+0000"):
            text = text[:-5] + "+00:00"
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    return None


def _float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return None


def _segment(value: Any, table: Mapping[str, str]) -> Segment:
    text = _text(value).lower()
    if text in table:
        return Segment(table[text])
    try:
        return Segment(text)
    except ValueError:
        return Segment.STANDARD


def _direction(value: Any) -> str:
    text = _text(value).lower()
    return "in" if text in IN_WORDS else "out" if text in OUT_WORDS else ""


def _phones(value: Any) -> list[str]:
    if isinstance(value, list):
        return [p for p in (_text(v) for v in value) if p]
    text = _text(value)
    return [text] if text else []


def to_customer(spec: RequestSpec, record: Any, source: str, variables: Mapping[str, Any]) -> Customer | None:
    got = {key: read(field, record, variables) for key, field in spec.fields.items()}
    customer_id, name = _text(got.get("id")), _text(got.get("name"))
    if not customer_id:
        return None
    return Customer(
        id=customer_id, source=source, name=name, company=_text(got.get("company")),
        language=_text(got.get("language")).lower()[:16], segment=_segment(got.get("segment"), spec.segments),
        value=_float(got.get("value")), currency=_text(got.get("currency")), email=_text(got.get("email")),
        phones=_phones(got.get("phones")), notes=_text(got.get("notes")), url=_text(got.get("url")),
    )


def to_interaction(spec: RequestSpec, record: Any, source: str, customer_id: str,
                   variables: Mapping[str, Any]) -> Interaction | None:
    got = {key: read(field, record, variables) for key, field in spec.fields.items()}
    happened = when(got.get("when"))
    if happened is None:
        return None
    duration = _float(got.get("duration_s"))
    return Interaction(
        id=_text(got.get("id")), source=source, customer_id=customer_id, kind=_text(got.get("kind")) or "note",
        when=happened, summary=_text(got.get("summary")), direction=_direction(got.get("direction")),
        agent=_text(got.get("agent")), disposition=_text(got.get("disposition")),
        duration_s=int(duration) if duration is not None else None, url=_text(got.get("url")),
    )


def to_task(spec: RequestSpec, record: Any, source: str, customer_id: str,
            variables: Mapping[str, Any]) -> FollowUpTask | None:
    got = {key: read(field, record, variables) for key, field in spec.fields.items()}
    title = _text(got.get("title"))
    if not title:
        return None
    done_value = _text(got.get("done")).lower()
    done = done_value in TRUE_WORDS or (bool(spec.done_values) and done_value in spec.done_values)
    kind = _text(got.get("kind")).lower()
    return FollowUpTask(
        id=_text(got.get("id")), source=source, customer_id=_text(got.get("customer_id")) or customer_id,
        title=title, due=when(got.get("due")), assignee=_text(got.get("assignee")),
        kind="callback" if kind in ("callback", "call") else "task", done=done, url=_text(got.get("url")),
        number=_text(got.get("number")),
    )


def more_fields(spec: RequestSpec, answer: Any, variables: Mapping[str, Any]) -> dict[str, Any]:
    """Card fields an ``kind = "fields"`` section found in its answer (only those not empty),
    ready for ``dataclasses.replace(customer, **found)``."""
    record = next((m.value for m in spec.record.find(answer) if isinstance(m.value, Mapping)), None)
    if record is None:
        return {}
    got = {key: read(field, record, variables) for key, field in spec.fields.items()}
    found: dict[str, Any] = {}
    for key, value in got.items():
        if key == "segment":
            if _text(value):
                found[key] = _segment(value, spec.segments)
        elif key == "value":
            if _float(value) is not None:
                found[key] = _float(value)
        elif key == "phones":
            if _phones(value):
                found[key] = _phones(value)
        elif _text(value):
            found[key] = _text(value).lower()[:16] if key == "language" else _text(value)
    return found


def new_id(spec: RequestSpec, answer: Any, headers: Mapping[str, str]) -> str:
    """The id of the record a write-back created: from a JSONPath or a header (Location)."""
    if spec.id_path is None:
        return ""
    if isinstance(spec.id_path, str):
        value = headers.get(spec.id_path.split(":", 1)[1].strip(), "")
        return value.rstrip("/").rsplit("/", 1)[-1]
    for match in spec.id_path.find(answer):
        if match.value not in (None, ""):
            return _text(match.value)
    return ""
