"""Seed a believable customer base so the demo (and a first start) has someone to call.

Customers come from resources/demo/customers.csv through the normal importer (so the demo
also proves the importer); history and open tasks come from history.csv and tasks.csv with
dates relative to *now*, so call-backs are overdue today, not in some past year.
"""
from __future__ import annotations

import csv
import io
import logging
from datetime import datetime, timedelta, timezone
from importlib import resources

from sqlalchemy import select

from crm_adapters.local import models as m
from crm_adapters.local.database import Database, customer_count
from crm_adapters.local.import_sources import read_csv
from crm_adapters.local.importer import import_records

log = logging.getLogger(__name__)

DEMO_PACKAGE = "resources.demo"
DEMO_CUSTOMER = "Ján Kováč"  # the customer the demo call comes from
DEMO_NUMBER = "+421905123456"


def _demo_file(name: str):
    return resources.files(DEMO_PACKAGE).joinpath(name)


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_demo_file(name).read_text(encoding="utf-8"))))


def seed_demo(db: Database, default_region: str = "SK", now: datetime | None = None) -> int:
    """Load the demo customers, history and tasks if the database has no customers yet.
    Returns how many customers were added (0 when there already were some)."""
    if customer_count(db):
        return 0
    now = now or datetime.now(timezone.utc)
    with resources.as_file(_demo_file("customers.csv")) as path:
        report = import_records(db, read_csv(path), default_region)
    if report.problems:  # the demo file is ours: a problem here is a bug, say it loudly
        log.warning("demo data: %s", "; ".join(str(p) for p in report.problems))
    with db.session() as s:
        ids = dict(s.execute(select(m.Customer.name, m.Customer.id)).all())
        today = now.replace(minute=0, second=0, microsecond=0)
        for row in _rows("history.csv"):
            when = (today - timedelta(days=int(row["days_ago"]))).replace(hour=int(row["hour"]))
            s.add(m.Interaction(
                customer_id=ids[row["customer"]], kind=row["kind"], direction=row["direction"],
                occurred_at=when, summary=row["summary"], agent=row["agent"],
                disposition=row["disposition"],
                duration_s=int(row["duration_s"]) if row["duration_s"] else None,
            ))
        for row in _rows("tasks.csv"):
            s.add(m.FollowUpTask(
                customer_id=ids[row["customer"]], title=row["title"], kind=row["kind"],
                due=now + timedelta(hours=int(row["due_in_hours"])), assignee=row["assignee"],
            ))
    log.info("demo data: %d customers seeded", report.imported)
    return report.imported
