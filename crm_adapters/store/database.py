"""Open a database for the console: a private SQLite file (WAL) or a server URL.

SQLite is tuned for a desktop that reads while it writes: WAL (lookups never wait for an
import), foreign keys on, and a busy timeout so two processes (the console and
``agent-console crm import``) wait for each other instead of failing. Opening creates no
tables: each owner migrates its own (see :mod:`crm_adapters.store.migrations`).
"""
from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

DB_FILE_NAME = "console.db"
BUSY_TIMEOUT_MS = 10_000


class Database:
    """One engine plus a session factory; ``with db.session() as s:`` commits on success."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def schema_revision(self, version_table: str) -> str | None:
        """The revision one owner's tables are at (its Alembic version table), None if none."""
        from alembic.migration import MigrationContext

        with self.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"version_table": version_table})
            return ctx.get_current_revision()

    def same_place(self, other: Database) -> bool:
        """Whether ``other`` is this very database (same file or server database)."""
        return other is self or other.engine.url == self.engine.url

    def close(self) -> None:
        self.engine.dispose()


def workstation_file(data_dir: Path) -> Path:
    """This workstation's database file, with its folder made private (0700)."""
    data_dir = Path(data_dir)
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    return (data_dir / DB_FILE_NAME).resolve()


def sqlalchemy_url(url: str | None, data_dir: Path) -> str:
    """``url`` as SQLAlchemy wants it; "" or None = the workstation file in ``data_dir``."""
    if not url:
        path = workstation_file(data_dir)
        keep_private(path)
        return f"sqlite:///{path}"
    parsed = make_url(url)  # raises ArgumentError with a clear message on nonsense
    if parsed.drivername == "postgresql":
        # plain postgresql:// would pick psycopg2; psycopg (3) is what we ship
        try:
            import psycopg2  # noqa: F401
        except ImportError:
            return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if (parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:")
            and not parsed.query.get("uri")):
        keep_private(Path(parsed.database))  # customers' data in any SQLite file: 0600
    return url


def keep_private(path: Path) -> None:
    """The database holds customers' data: create it 0600 whatever the umask, and close an
    older one (and its -wal/-shm/-journal files) that others could read. SQLite gives the
    WAL files it creates later the database file's own mode."""
    if os.name == "nt":
        return
    # Never open an existing database file here: closing any descriptor of a file drops every
    # POSIX lock this process holds on it, SQLite's included. Another process then believes it
    # is the last one, deletes the WAL, and what this process writes next is lost.
    if not os.path.lexists(path):
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))  # an empty database
        except FileExistsError:
            pass  # made meanwhile (another thread opening the same database)
        except OSError as exc:
            log.warning("could not create the database file privately: %s", exc.strerror or exc)
            return
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            st = os.lstat(f"{path}{suffix}")
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid() and st.st_mode & 0o077:
            os.chmod(f"{path}{suffix}", 0o600)


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")  # safe with WAL, much faster commits
        cur.close()


def open_engine(url: str | None, data_dir: Path, *, echo: bool = False) -> Engine:
    """An engine for ``url`` ("" or None = ``data_dir/console.db``), tuned, with no schema work."""
    sa_url = sqlalchemy_url(url, data_dir)
    kwargs: dict = {"echo": echo, "future": True}
    if not sa_url.startswith("sqlite"):
        kwargs["pool_pre_ping"] = True
    engine = create_engine(sa_url, **kwargs)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    return engine
