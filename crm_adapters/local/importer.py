"""Import customers from CSV or vCard into the local CRM, row by row, keeping the good rows
and telling exactly which rows were skipped and why ("line 17: no usable phone number").

Rows are stored in batches (one transaction each, bulk INSERTs), so a million-row export
imports in minutes with flat memory, and a crash half-way keeps what was already imported.
"""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from sqlalchemy import insert

from crm_adapters.local import models as m
from crm_adapters.local.database import Database
from crm_adapters.local.import_sources import (
    CustomerRecord,
    ImportFileError,
    is_vcard,
    read_csv,
    read_vcard,
)
from crm_adapters.numbers import to_e164

__all__ = ["ImportFileError", "ImportReport", "RowProblem", "import_file", "import_records"]

log = logging.getLogger(__name__)

BATCH_SIZE = 2000
MAX_LISTED_PROBLEMS = 1000  # a broken million-row file must not fill memory with messages

SEGMENTS = {"vip": "vip", "high": "high", "standard": "standard", "normal": "standard",
            "regular": "standard", "low": "low", "": "standard"}
LANGUAGES = {"sk": "sk", "slovak": "sk", "slovensky": "sk", "slovencina": "sk", "slovenčina": "sk",
             "cs": "cs", "cz": "cs", "czech": "cs", "cesky": "cs", "česky": "cs", "čeština": "cs",
             "cestina": "cs", "ro": "ro", "romanian": "ro", "română": "ro", "romana": "ro",
             "ru": "ru", "russian": "ru", "русский": "ru", "en": "en", "english": "en", "anglicky": "en"}
CURRENCIES = {"€": "EUR", "eur": "EUR", "kč": "CZK", "czk": "CZK", "lei": "RON", "ron": "RON",
              "₽": "RUB", "руб": "RUB", "rub": "RUB", "£": "GBP", "gbp": "GBP", "$": "USD", "usd": "USD"}


@dataclass
class RowProblem:
    line: int
    reason: str
    skipped: bool = True  # False = row imported, only part of it (e.g. one bad number) not used

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class ImportReport:
    imported: int = 0
    skipped: int = 0
    phones: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    problems_not_listed: int = 0
    elapsed_s: float = 0.0

    def add_problem(self, problem: RowProblem) -> None:
        if problem.skipped:
            self.skipped += 1
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(problem)
        else:
            self.problems_not_listed += 1

    @property
    def rows_per_s(self) -> float:
        return (self.imported + self.skipped) / self.elapsed_s if self.elapsed_s else 0.0


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


def _check(rec: CustomerRecord, region: str, report: ImportReport) -> tuple[dict, list[dict]] | None:
    """The row as table values, or None (and a problem recorded) when it must be skipped."""
    name = " ".join(rec.name.split())
    if not name:
        report.add_problem(RowProblem(rec.line, "no name"))
        return None
    segment = SEGMENTS.get(rec.segment.strip().lower())
    if segment is None:
        report.add_problem(RowProblem(rec.line, f"unknown segment {rec.segment!r} (use vip, high, standard or low)"))
        return None
    try:
        value, value_currency = parse_value(rec.value)
    except ValueError:
        report.add_problem(RowProblem(rec.line, f"value is not a number ({rec.value!r})"))
        return None
    row_region = rec.region.strip().upper()
    if row_region:
        if len(row_region) != 2 or not phonenumbers.country_code_for_region(row_region):
            report.add_problem(RowProblem(rec.line, f"unknown country {rec.region!r} (use a code such as SK, CZ, GB)"))
            return None
        region = row_region
    phones, bad = [], []
    for raw, label in rec.phones:
        e164 = to_e164(raw, region)
        (phones if e164 else bad).append({"raw": raw[:64], "e164": e164, "label": label})
    if not phones:
        shown = ", ".join(repr(p["raw"]) for p in bad) or "empty"
        report.add_problem(RowProblem(rec.line, f"no usable phone number ({shown})"))
        return None
    for p in bad:  # the customer is kept; the number is kept as written so nothing is lost
        report.add_problem(RowProblem(rec.line, f"phone number {p['raw']!r} not understood, kept as written",
                                      skipped=False))
    language = rec.language.strip().lower()
    customer = {
        "name": name[:200], "company": rec.company[:200], "language": LANGUAGES.get(language, language[:16]),
        "segment": segment, "value": value, "currency": (rec.currency.strip().upper() or value_currency)[:3],
        "email": rec.email[:254], "notes": rec.notes,
    }
    return customer, phones + bad


def _store(db: Database, batch: list[tuple[dict, list[dict]]]) -> int:
    now = m.utc_now()
    customers = [dict(c, created_at=now, updated_at=now) for c, _ in batch]
    table = m.Customer.__table__
    with db.engine.begin() as conn:
        ids = conn.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), customers
        ).scalars().all()
        phone_rows = [dict(p, customer_id=cid) for cid, (_, phones) in zip(ids, batch) for p in phones]
        conn.execute(insert(m.CustomerPhone.__table__), phone_rows)
    return len(phone_rows)


def import_records(
    db: Database,
    records: Iterable[CustomerRecord | tuple[int, str]],
    default_region: str = "SK",
    *,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Check and store records (or (line, reason) for rows the reader could not parse)."""
    report = ImportReport()
    started = time.perf_counter()
    batch: list[tuple[dict, list[dict]]] = []
    for rec in records:
        if isinstance(rec, tuple):
            report.add_problem(RowProblem(rec[0], rec[1]))
            continue
        checked = _check(rec, default_region, report)
        if checked is None:
            continue
        batch.append(checked)
        if len(batch) >= batch_size:
            report.phones += _store(db, batch)
            report.imported += len(batch)
            batch = []
            if progress:
                progress(report)
    if batch:
        report.phones += _store(db, batch)
        report.imported += len(batch)
    report.elapsed_s = time.perf_counter() - started
    log.info("import: %d customers, %d phones, %d rows skipped in %.1f s",
             report.imported, report.phones, report.skipped, report.elapsed_s)
    return report


def read_records(path: Path) -> Iterator[CustomerRecord | tuple[int, str]]:
    path = Path(path)
    if not path.exists():
        raise ImportFileError(f"{path}: no such file")
    return read_vcard(path) if is_vcard(path) else read_csv(path)


def import_file(db: Database, path: Path | str, default_region: str = "SK", *,
                progress: Callable[[ImportReport], None] | None = None) -> ImportReport:
    """Import a CSV or vCard file; ImportFileError when the file as a whole is unusable."""
    records = read_records(Path(path))
    try:
        return import_records(db, records, default_region, progress=progress)
    except UnicodeError as exc:  # pragma: no cover - detect_encoding makes this unlikely
        raise ImportFileError(f"{path}: text encoding not recognised ({exc})") from None
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
