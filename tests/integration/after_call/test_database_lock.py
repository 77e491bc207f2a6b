"""A locked workstation database delays a save, never the window (issue 10, item 6).

The real console process; another program (here: this test) holds the write lock of its
SQLite file for up to 5 s — a backup tool, a second console by mistake, a slow disk. A caller
rings and gives up meanwhile, so the console must save a missed call during the lock. While
the lock is still held, `ctl status` answers and already shows the call gone, and `ctl
screenshot` returns fresh pictures (the window repaints: ringing, then idle). Once the lock
goes, the missed call is saved — once.

Before the background helper the save ran on the GUI thread: the window froze until SQLite's
busy timeout, so no `ctl` answer came before the lock went.
"""
from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

import pytest
from console_driver import desk_console

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sip"))
from test_spoofed_caller_id import Probe  # noqa: E402  (a SipProbe that keeps the responses)

CALLER = "+421905777888"
HOLD_S = 5.0


class WriteLock(threading.Thread):
    """Holds SQLite's write lock on ``path`` until released, or for ``HOLD_S`` at most."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN IMMEDIATE")  # the write lock; readers go on (WAL)
        self.held = True
        self._release = threading.Event()
        self.start()

    def run(self) -> None:
        self._release.wait(HOLD_S)
        self.held = False
        self.conn.execute("COMMIT")
        self.conn.close()

    def release(self) -> None:
        self._release.set()
        self.join(10)


@pytest.fixture
def desk(tmp_path, flaky_crm):
    with desk_console(tmp_path, flaky_crm.url, 'trusted_hosts = ["127.0.0.3"]\n') as desk:
        yield desk


def test_a_locked_database_delays_the_missed_call_log_but_never_the_window(desk, tmp_path):
    console, events, uri = desk
    lock = WriteLock(console.db_path)
    try:
        with Probe("127.0.0.3") as caller:
            call = caller.invite(uri, f"<sip:{CALLER}@customer.example>")
            ring = events.wait("call.ringing")
            events.wait("card.shown", call_id=ring["call_id"])
            ringing_png = tmp_path / "ringing.png"
            console.ctl("screenshot", str(ringing_png))
            caller.cancel(call)  # the caller gives up: a missed call to save, during the lock
            assert caller.wait_final(call, 10).status == 487
        events.wait("call.ended", call_id=ring["call_id"])

        status = console.wait_for(lambda: (s := console.result("status"))["calls"] == [] and s, what="call gone")
        idle_png = tmp_path / "idle.png"
        console.ctl("screenshot", str(idle_png))
        assert lock.held, "the console answered only after the lock went: its window was frozen"
        assert status["agent"]["state"] == "ready"
        assert ringing_png.read_bytes() != idle_png.read_bytes()  # the window repainted during the lock
        assert events.all("call.logged") == []  # the save waits for the lock
    finally:
        lock.release()

    logged = events.wait("call.logged", call_id=ring["call_id"])
    with sqlite3.connect(console.db_path) as conn:
        rows = conn.execute("select call_id, disposition from console_call_log").fetchall()
    assert rows == [(ring["call_id"], "missed")]
    assert logged["disposition"] == "missed"
    assert console.result("status")["wrap_up"] == []
