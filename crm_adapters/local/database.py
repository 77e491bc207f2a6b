"""Open (and migrate) the local CRM's database: by default the workstation's own file, or
the database its ``url`` names (PostgreSQL when a team shares one, another SQLite file).

The local CRM owns its tables (``crm_*``) and their migrations (``migrations/``, recorded in
``crm_local_alembic_version``); the after-call records in the workstation file belong to
:mod:`crm_adapters.store` and are only migrated here when the workstation file is opened.
"""
from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import func, select

from crm_adapters.store.database import BUSY_TIMEOUT_MS, DB_FILE_NAME, Database, keep_private, open_engine
from crm_adapters.store.migrations import Component
from crm_adapters.store.workstation import open_workstation

log = logging.getLogger(__name__)

__all__ = ["BUSY_TIMEOUT_MS", "DB_FILE_NAME", "LOCAL_CRM", "VERSION_TABLE", "CrmDatabase", "Database", "customer_count",
           "head_revision", "keep_private", "migrate", "open_database"]

VERSION_TABLE = "crm_local_alembic_version"
LOCAL_CRM = Component("local CRM", Path(__file__).with_name("migrations"), VERSION_TABLE)


class CrmDatabase(Database):
    """A database that holds the local CRM's tables."""

    def customer_count(self) -> int:
        return customer_count(self)

    def schema_revision(self, version_table: str = VERSION_TABLE) -> str | None:
        return super().schema_revision(version_table)


def customer_count(db: Database) -> int:
    """How many customers the local CRM in ``db`` holds."""
    from crm_adapters.local.models import Customer

    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Customer)) or 0)


def head_revision() -> str:
    """The newest schema revision of the local CRM this version of the console knows."""
    return LOCAL_CRM.head()


def migrate(engine) -> None:  # noqa: ANN001 - an Engine
    """Bring the local CRM's tables to the newest revision; a no-op when they already are."""
    LOCAL_CRM.migrate(engine)


def open_database(url: str | None, data_dir: Path, *, echo: bool = False) -> CrmDatabase:
    """The local CRM at ``url``, migrated. "" or None = the workstation file ``data_dir/console.db``
    (opened by the workstation store, so its after-call tables are ready too); any other URL is
    the local CRM's own database and gets the local CRM's tables only."""
    engine = open_workstation(data_dir, echo=echo).engine if not url else open_engine(url, data_dir, echo=echo)
    try:
        migrate(engine)
    except Exception:
        engine.dispose()
        raise
    log.info("local CRM database ready (%s)", engine.dialect.name)
    return CrmDatabase(engine)
