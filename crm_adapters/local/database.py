"""Open (and migrate) the console's local database: a SQLite file per workstation by default,
PostgreSQL when a team shares one.

SQLite is tuned for a desktop that reads while it writes: WAL (lookups never wait for an
import), foreign keys on, and a busy timeout so two processes (the console and
``agent-console crm import``) wait for each other instead of failing.
Schema changes are Alembic migrations that run on every open (``upgrade head``).
"""
from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

DB_FILE_NAME = "console.db"
VERSION_TABLE = "crm_local_alembic_version"
BUSY_TIMEOUT_MS = 10_000
_MIGRATIONS = Path(__file__).with_name("migrations")


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

    def customer_count(self) -> int:
        from crm_adapters.local.models import Customer

        with self._sessions() as session:
            return int(session.scalar(select(func.count()).select_from(Customer)) or 0)

    def schema_revision(self) -> str | None:
        from alembic.migration import MigrationContext

        with self.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
            return ctx.get_current_revision()

    def close(self) -> None:
        self.engine.dispose()


def _sqlalchemy_url(url: str | None, data_dir: Path) -> str:
    if not url:
        data_dir = Path(data_dir)
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = (data_dir / DB_FILE_NAME).resolve()
        keep_private(path)
        return f"sqlite:///{path}"
    parsed = make_url(url)  # raises ArgumentError with a clear message on nonsense
    if parsed.drivername == "postgresql":
        # plain postgresql:// would pick psycopg2; psycopg (3) is what we ship
        try:
            import psycopg2  # noqa: F401
        except ImportError:
            return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def keep_private(path: Path) -> None:
    """The database holds customers' data: create it 0600 whatever the umask, and close an
    older one (and its -wal/-shm/-journal files) that others could read. SQLite gives the
    WAL files it creates later the database file's own mode."""
    if os.name == "nt":
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o600))  # an empty file is an empty database
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


def head_revision() -> str:
    """The newest schema revision this version of the console knows."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return str(ScriptDirectory.from_config(cfg).get_current_head())


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; a no-op when it already is."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_database(url: str | None, data_dir: Path, *, echo: bool = False) -> Database:
    """The local CRM database at ``url`` ("" or None = ``data_dir/console.db``), migrated."""
    sa_url = _sqlalchemy_url(url, data_dir)
    kwargs: dict = {"echo": echo, "future": True}
    if not sa_url.startswith("sqlite"):
        kwargs["pool_pre_ping"] = True
    engine = create_engine(sa_url, **kwargs)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    try:
        migrate(engine)
    except Exception:
        engine.dispose()
        raise
    log.info("local CRM database ready (%s)", engine.dialect.name)
    return Database(engine)
