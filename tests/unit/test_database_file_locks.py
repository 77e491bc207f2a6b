"""Making the database file private must never drop SQLite's locks (found in issue 14's CI run).

`keep_private` used to open and close the database file to create it 0600. On POSIX, closing
any descriptor of a file drops every lock the process holds on it — SQLite's too. The next
process that closed its own connection then believed it was the last one, checkpointed and
deleted the WAL file, and whatever this process wrote after that went into a deleted file: a
missed call "logged" (call.logged sent) that no other connection could ever see."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

from crm_adapters.store.database import keep_private


def rows_seen_by_another_process(path) -> int:
    code = f"import sqlite3; c = sqlite3.connect({str(path)!r}); print(c.execute('select count(*) from t').fetchone()[0])"
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def test_a_write_after_keep_private_is_seen_by_other_processes(tmp_path):
    path = tmp_path / "console.db"
    keep_private(path)  # creates it, 0600
    mine = sqlite3.connect(path, isolation_level=None)
    mine.execute("PRAGMA journal_mode = WAL")
    mine.execute("create table t (x)")
    mine.execute("insert into t values (1)")
    keep_private(path)  # another part of the console opens the same database later
    assert rows_seen_by_another_process(path) == 1  # ... and another program reads and closes
    mine.execute("insert into t values (2)")
    assert (tmp_path / "console.db-wal").exists()
    assert rows_seen_by_another_process(path) == 2, "the write went into a deleted WAL file"
    mine.close()
    assert (path.stat().st_mode & 0o777) == 0o600
