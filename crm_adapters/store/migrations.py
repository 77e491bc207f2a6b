"""Each owner of tables in a database runs its own Alembic history, recorded in its own
version table, so owners never block or touch each other.

An owner describes itself as a :class:`Component` (its scripts folder and version table) and
its ``env.py`` is two lines: ``from crm_adapters.store.migrations import run_env`` and
``run_env(Base.metadata)``. Migrations run programmatically on an open connection, so they
work the same from a source tree, a wheel or a PyInstaller bundle: no alembic.ini.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import MetaData
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)
# Alembic keeps the running migration in module globals (alembic.context, alembic.op): two
# owners migrating at once on two threads (the workstation file and the team store, both
# opened in the background) would break each other's run. One migration at a time per process.
_ONE_AT_A_TIME = threading.Lock()


@dataclass(frozen=True)
class Component:
    """One owner of tables: ``name`` for messages, its Alembic scripts, its version table."""

    name: str
    scripts: Path
    version_table: str

    def _config(self):  # noqa: ANN202 - alembic.config.Config, imported late (start-up time)
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(self.scripts))
        cfg.attributes["version_table"] = self.version_table
        return cfg

    def head(self) -> str:
        """The newest revision of this owner's tables that this version of the console knows."""
        from alembic.script import ScriptDirectory

        return str(ScriptDirectory.from_config(self._config()).get_current_head())

    def migrate(self, engine: Engine, revision: str = "head") -> None:
        """Bring this owner's tables to ``revision``; a no-op when they already are."""
        from alembic import command

        cfg = self._config()
        with _ONE_AT_A_TIME, engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        log.debug("%s tables ready (%s)", self.name, engine.dialect.name)


def run_env(metadata: MetaData) -> None:
    """The body of every owner's ``env.py``: run its scripts on the connection handed over."""
    from alembic import context

    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=context.config.attributes["version_table"],
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
