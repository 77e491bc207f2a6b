"""This workstation's database file, opened with the tables of the parts that always use it.

The after-call records (outbox, drafts, call log, tasks) are always here, and so is the card
cache on disk (``console_card_cache``, :mod:`crm_adapters.card_cache`; the after-call owner's
migration ``0002_card_cache`` brings it: it is this workstation's own data like the call log). The local CRM adds
its tables itself when it is configured without a ``url`` (it gets this same
:class:`Database`). The team store's slot: when it lands it brings its own
:class:`~crm_adapters.store.migrations.Component` (version table ``team_alembic_version``) and
is migrated by whoever opens the team database (this file on a single workstation).
"""
from __future__ import annotations

import logging
from pathlib import Path

from crm_adapters.store.after_call import AFTER_CALL
from crm_adapters.store.database import Database, open_engine

log = logging.getLogger(__name__)

TEAM_VERSION_TABLE = "team_alembic_version"  # reserved for the team store (not built yet)


def open_workstation(data_dir: Path, *, echo: bool = False) -> Database:
    """``data_dir/console.db`` (created 0600 in a 0700 folder), with the after-call tables at
    the newest revision. Existing rows are never touched by opening."""
    engine = open_engine("", data_dir, echo=echo)
    try:
        AFTER_CALL.migrate(engine)
    except Exception:
        engine.dispose()
        raise
    log.info("workstation database ready")
    return Database(engine)
