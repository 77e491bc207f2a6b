"""Import customers from CSV or vCard into the local CRM, row by row, keeping the good rows
and telling exactly which rows were skipped and why ("line 17: no phone number").

Rows are stored in batches (one transaction each, bulk INSERTs), so a million-row export
imports in minutes with flat memory, and a crash half-way keeps what was already imported.
A customer already in the CRM (the same name and one of the same phone numbers) is updated
instead of added a second time, so importing a file again is safe; the report says how many
customers were new, updated and unchanged.
Text from the file is cleaned (no control characters) and bounded per field before it is
stored, because it is shown later on the agent's card. Messages never quote a phone number.
"""
from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from sqlalchemy import insert, select, update

from crm_adapters.local import models as m
from crm_adapters.local.database import Database
from crm_adapters.local.import_sources import (
    MAX_FIELD_CHARS,
    CustomerRecord,
    ImportFileError,
    RowProblem,
    clean_text,
    read_records as _read_records,
    shown,
)
from crm_adapters.numbers import to_e164

__all__ = ["ImportFileError", "ImportReport", "RowProblem", "import_file", "import_records"]

log = logging.getLogger(__name__)

BATCH_SIZE = 2000
MAX_LISTED_PROBLEMS = 1000  # a broken million-row file must not fill memory with messages
# What a card shows at most; a longer value is cut and the admin told (the database allows it too).
LIMITS = {"name": 200, "company": 200, "email": 254, "notes": MAX_FIELD_CHARS}

SEGMENTS = {"vip": "vip", "high": "high", "standard": "standard", "normal": "standard",
            "regular": "standard", "low": "low", "": "standard"}
LANGUAGES = {"sk": "sk", "slovak": "sk", "slovensky": "sk", "slovencina": "sk", "slovenčina": "sk",
             "cs": "cs", "cz": "cs", "czech": "cs", "cesky": "cs", "česky": "cs", "čeština": "cs",
             "cestina": "cs", "ro": "ro", "romanian": "ro", "română": "ro", "romana": "ro",
             "ru": "ru", "russian": "ru", "русский": "ru", "en": "en", "english": "en", "anglicky": "en"}
CURRENCIES = {"€": "EUR", "eur": "EUR", "kč": "CZK", "czk": "CZK", "lei": "RON", "ron": "RON",
              "₽": "RUB", "руб": "RUB", "rub": "RUB", "£": "GBP", "gbp": "GBP", "$": "USD", "usd": "USD"}


@dataclass
class ImportReport:
    imported: int = 0  # new customers
    updated: int = 0  # already there, changed by this file
    unchanged: int = 0  # already there, exactly as in this file
    skipped: int = 0
    phones: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    problems_not_listed: int = 0
    skipped_by_reason: Counter[str] = field(default_factory=Counter)
    elapsed_s: float = 0.0

    def add_problem(self, problem: RowProblem) -> None:
        if problem.skipped:
            self.skipped += 1
            self.skipped_by_reason[problem.kind or problem.reason] += 1
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(problem)
        else:
            self.problems_not_listed += 1

    @property
    def rows_per_s(self) -> float:
        return (self.imported + self.updated + self.unchanged + self.skipped) / self.elapsed_s if self.elapsed_s else 0.0

    def summary(self, listed: int = 100) -> list[str]:
        """The report in sentences: totals, skipped rows by reason, then the first ``listed``
        problems by line ("line 17: no phone number") and how many more there are."""
        if self.updated or self.unchanged:
            lines = [f"{self.imported:,} new, {self.updated:,} updated, {self.unchanged:,} unchanged "
                     f"(customers already here are matched by name and phone number); "
                     f"{_count(self.phones, 'phone number')} added."]
        else:
            lines = [f"Imported {_count(self.imported, 'customer')} with {_count(self.phones, 'phone number')}."]
        if self.skipped:
            why = ", ".join(f"{n:,} {kind}" for kind, n in self.skipped_by_reason.most_common())
            lines.append(f"Skipped {_count(self.skipped, 'row')}: {why}.")
        remarks = sum(1 for p in self.problems if not p.skipped)
        if remarks:
            lines.append(f"{_count(remarks, 'row')} imported with a remark.")
        shown_problems = self.problems[:listed]
        lines += [str(p) for p in shown_problems]
        more = len(self.problems) - len(shown_problems) + self.problems_not_listed
        if more:
            lines.append(f"... and {more:,} more not listed.")
        if self.skipped and (self.imported or self.updated or self.unchanged):
            lines.append("To add the skipped rows, fix them and import that file again; "
                         "customers already imported are recognised, not added a second time.")
        return lines


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def parse_value(text: str) -> tuple[float | None, str]:
    """'12 500,50 €' -> (12500.5, 'EUR'); '' -> (None, ''); ValueError when not a number."""
    text = (text or "").strip().replace("\u00a0", " ").replace("'", "")
    if not text:
        return None, ""
    currency = ""
    for sign, code in CURRENCIES.items():
        if sign in text.lower():
            currency, text = code, re.sub(re.escape(sign), "", text, flags=re.IGNORECASE)
            break
    text = text.replace(" ", "")
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = f"{head}.{tail}" if text.count(",") == 1 and len(tail) <= 2 else text.replace(",", "")
    return float(text), currency


_TEXT_FIELDS = {"name": "name", "company": "company", "email": "e-mail", "language": "language",
                "segment": "segment", "value": "value", "currency": "currency", "notes": "notes",
                "region": "country"}


def _too_long(rec: CustomerRecord) -> RowProblem | None:
    for attr, label in _TEXT_FIELDS.items():
        size = len(getattr(rec, attr) or "")
        if size > MAX_FIELD_CHARS:
            return RowProblem(rec.line, f"the {label} field is {size:,} characters long; "
                                        f"the limit is {MAX_FIELD_CHARS:,}",
                              kind="with a field too long", code="import.field_too_long",
                              params={"line": rec.line, "field": label, "length": size, "limit": MAX_FIELD_CHARS})
    if any(len(raw) > MAX_FIELD_CHARS for raw, _ in rec.phones):
        return RowProblem(rec.line, f"a phone number is longer than {MAX_FIELD_CHARS:,} characters",
                          kind="with a field too long", code="import.phone_too_long",
                          params={"line": rec.line, "limit": MAX_FIELD_CHARS})
    return None


def _fit(rec: CustomerRecord, attr: str, text: str, report: ImportReport) -> str:
    limit = LIMITS[attr]
    if len(text) <= limit:
        return text
    report.add_problem(RowProblem(rec.line, f"the {_TEXT_FIELDS[attr]} was cut to {limit:,} characters "
                                            f"(it had {len(text):,})", skipped=False, code="import.text_cut",
                                  params={"line": rec.line, "field": _TEXT_FIELDS[attr], "limit": limit,
                                          "length": len(text)}))
    return text[:limit]


def _phones(rec: CustomerRecord, region: str, report: ImportReport) -> list[dict] | None:
    phones, bad = [], []
    for position, (raw, label) in enumerate(rec.phones, start=1):
        raw, label = clean_text(raw).strip(), clean_text(label).strip()[:32]
        if not raw:
            continue
        e164 = to_e164(raw, region)
        (phones if e164 else bad).append(({"raw": raw[:64], "e164": e164, "label": label}, position))
    if not phones:
        if bad:
            what = "it is" if len(bad) == 1 else f"all {len(bad)} are"
            report.add_problem(RowProblem(rec.line, f"no usable phone number ({what} not understood)",
                                          kind="with no usable phone number", code="import.no_usable_phone",
                                          params={"line": rec.line, "count": len(bad)}))
        else:
            report.add_problem(RowProblem(rec.line, "no phone number", kind="with no phone number", code="import.no_phone",
                                          params={"line": rec.line}))
        return None
    for _, position in bad:  # the customer is kept; the number is kept as written so nothing is lost
        report.add_problem(RowProblem(rec.line, f"phone number {position} is not understood; it is kept as written",
                                      skipped=False, code="import.phone_kept_as_written",
                                      params={"line": rec.line, "position": position}))
    return [p for p, _ in phones + bad]


def _check(rec: CustomerRecord, region: str, report: ImportReport) -> tuple[dict, list[dict]] | None:
    """The row as table values, or None (and a problem recorded) when it must be skipped."""
    if (problem := _too_long(rec)) is not None:
        report.add_problem(problem)
        return None
    name = " ".join(clean_text(rec.name).split())
    if not name:
        report.add_problem(RowProblem(rec.line, "no name", kind="with no name", code="import.no_name",
                                      params={"line": rec.line}))
        return None
    raw_segment = clean_text(rec.segment).strip().lower()
    segment = SEGMENTS.get(raw_segment)
    if segment is None:
        report.add_problem(RowProblem(rec.line, f"unknown segment {shown(rec.segment)} "
                                      "(use vip, high, standard or low)", kind="with an unknown segment",
                                      code="import.unknown_segment", params={"line": rec.line, "segment": shown(rec.segment)}))
        return None
    try:
        value, value_currency = parse_value(clean_text(rec.value))
    except (ValueError, OverflowError):
        value = None
    if value is not None and not (abs(value) < 1e15):  # nan, inf and absurd amounts are not values
        value = None
    if value is None and clean_text(rec.value).strip():
        report.add_problem(RowProblem(rec.line, f"value is not a number ({shown(rec.value)})",
                                      kind="with a value that is not a number", code="import.bad_value",
                                      params={"line": rec.line, "value": shown(rec.value)}))
        return None
    row_region = clean_text(rec.region).strip().upper()
    if row_region:
        if len(row_region) != 2 or not phonenumbers.country_code_for_region(row_region):
            report.add_problem(RowProblem(rec.line, f"unknown country {shown(rec.region)} "
                                          "(use a code such as SK, CZ, GB)", kind="with an unknown country",
                                          code="import.unknown_country",
                                          params={"line": rec.line, "country": shown(rec.region)}))
            return None
        region = row_region
    phones = _phones(rec, region, report)
    if phones is None:
        return None
    for remark in rec.remarks:
        report.add_problem(remark)
    language = " ".join(clean_text(rec.language).split()).lower()
    currency = "".join(ch for ch in clean_text(rec.currency).strip().upper() if ch.isalpha())
    customer = {
        "name": _fit(rec, "name", name, report),
        "company": _fit(rec, "company", " ".join(clean_text(rec.company).split()), report),
        "language": LANGUAGES.get(language, language[:16]),
        "segment": segment if raw_segment else "",  # "": not given (a new customer gets "standard")
        "value": value, "currency": (currency or value_currency)[:3],
        "email": _fit(rec, "email", clean_text(rec.email).strip(), report),
        "notes": _fit(rec, "notes", clean_text(rec.notes, keep_newlines=True).strip(), report),
    }
    return customer, phones


_FIELDS = ("company", "language", "segment", "value", "currency", "email", "notes")
_LOOKUP_CHUNK = 500  # numbers per query (SQLite allows 999 parameters in older builds)


def _same_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def _phone_key(phone: dict) -> str:
    return phone["e164"] or phone["raw"]


def _changes(existing: dict, customer: dict) -> dict:
    """The fields the file sets to something new; a field left empty in the file keeps its value."""
    return {k: customer[k] for k in _FIELDS if customer[k] not in ("", None) and customer[k] != existing.get(k)}


def _existing(conn, batch: list[tuple[dict, list[dict]]]) -> tuple[dict, dict]:
    """Customers already stored that share a number with the batch: ({(name, e164): row}, {id: phone keys})."""
    numbers = sorted({p["e164"] for _, phones in batch for p in phones if p["e164"]})
    c, ph = m.Customer.__table__, m.CustomerPhone.__table__
    by_key: dict[tuple[str, str], dict] = {}
    for start in range(0, len(numbers), _LOOKUP_CHUNK):
        rows = conn.execute(select(ph.c.e164, c).join(c, c.c.id == ph.c.customer_id)
                            .where(ph.c.e164.in_(numbers[start:start + _LOOKUP_CHUNK]))
                            .order_by(c.c.id)).mappings().all()
        for row in rows:
            by_key.setdefault((_same_name(row["name"]), row["e164"]), dict(row))  # the oldest wins
    ids = sorted({row["id"] for row in by_key.values()})
    phones: dict[int, set[str]] = {i: set() for i in ids}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        for cid, e164, raw in conn.execute(select(ph.c.customer_id, ph.c.e164, ph.c.raw)
                                           .where(ph.c.customer_id.in_(ids[start:start + _LOOKUP_CHUNK]))):
            phones[cid].add(e164 or raw)
    return by_key, phones


def _store(db: Database, batch: list[tuple[dict, list[dict]]], report: ImportReport) -> None:
    """New customers inserted in bulk; one already there (same name, a same number) updated or left."""
    now = m.utc_now()
    table, phone_table = m.Customer.__table__, m.CustomerPhone.__table__
    with db.engine.begin() as conn:
        by_key, stored_phones = _existing(conn, batch)
        new: list[tuple[dict, list[dict]]] = []
        pending: dict[tuple[str, str], tuple[dict, list[dict]]] = {}  # new in this batch, by (name, number)
        updates: dict[int, dict] = {}
        added_phones: list[dict] = []
        for customer, phones in batch:
            name = _same_name(customer["name"])
            keys = [(name, p["e164"]) for p in phones if p["e164"]]
            match = next((by_key[k] for k in keys if k in by_key), None)
            if match is not None:
                fields = _changes({**match, **updates.get(match["id"], {})}, customer)
                known = stored_phones[match["id"]]
                extra = [dict(p, customer_id=match["id"]) for p in phones if _phone_key(p) not in known]
                known.update(_phone_key(p) for p in extra)
                added_phones += extra
                if fields:
                    updates.setdefault(match["id"], {}).update(fields)
                if fields or extra:
                    report.updated += 1
                else:
                    report.unchanged += 1
                continue
            twin = next((pending[k] for k in keys if k in pending), None)
            if twin is not None:  # the same customer twice in the file: one customer
                fields = _changes(twin[0], customer)
                known = {_phone_key(p) for p in twin[1]}
                extra = [p for p in phones if _phone_key(p) not in known]
                twin[0].update(fields)
                twin[1].extend(extra)
                if fields or extra:
                    report.updated += 1
                else:
                    report.unchanged += 1
                continue
            entry = (dict(customer), list(phones))
            new.append(entry)
            for k in keys:
                pending.setdefault(k, entry)
        for cid, fields in updates.items():
            conn.execute(update(table).where(table.c.id == cid).values(**fields, updated_at=now))
        if new:
            rows = [dict(c, segment=c["segment"] or "standard", created_at=now, updated_at=now) for c, _ in new]
            ids = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars().all()
            added_phones += [dict(p, customer_id=cid) for cid, (_, phones) in zip(ids, new) for p in phones]
        if added_phones:
            conn.execute(insert(phone_table), added_phones)
    report.imported += len(new)
    report.phones += len(added_phones)


def import_records(
    db: Database,
    records: Iterable[CustomerRecord | RowProblem | tuple[int, str]],
    default_region: str = "SK",
    *,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Check and store records; a RowProblem (or (line, reason)) is a row the reader could not
    read. Every good row is stored, whatever the bad ones around it."""
    report = ImportReport()
    started = time.perf_counter()
    batch: list[tuple[dict, list[dict]]] = []
    for rec in records:
        if isinstance(rec, RowProblem):
            report.add_problem(rec)
            continue
        if isinstance(rec, tuple):
            report.add_problem(RowProblem(rec[0], rec[1], code="import.bad_row", params={"line": rec[0], "detail": rec[1]}))
            continue
        checked = _check(rec, default_region, report)
        if checked is None:
            continue
        batch.append(checked)
        if len(batch) >= batch_size:
            _store(db, batch, report)
            batch = []
            if progress:
                progress(report)
    if batch:
        _store(db, batch, report)
    report.elapsed_s = time.perf_counter() - started
    log.info("import: %d new, %d updated, %d unchanged customers, %d phones added, %d rows skipped in %.1f s",
             report.imported, report.updated, report.unchanged, report.phones, report.skipped, report.elapsed_s)
    return report


def read_records(path: Path | str, encoding: str | None = None) -> Iterator[CustomerRecord | RowProblem]:
    return _read_records(Path(path), encoding)


def import_file(db: Database, path: Path | str, default_region: str = "SK", *, encoding: str | None = None,
                progress: Callable[[ImportReport], None] | None = None) -> ImportReport:
    """Import a CSV or vCard file; ImportFileError when the file as a whole is unusable
    (then nothing is stored)."""
    records = read_records(Path(path), encoding)
    try:
        return import_records(db, records, default_region, progress=progress)
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read ({exc.strerror or exc})", code="import.unreadable",
                              params={"path": str(path), "detail": str(exc.strerror or exc)}) from None
