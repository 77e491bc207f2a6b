"""The team store's change feed: a thread that calls ``on_change()`` soon after another
console wrote, and when an agent's heartbeat runs out (nobody writes when a console is killed).

PostgreSQL: LISTEN on the channel every write NOTIFYs in its own transaction; when the server
goes away the watcher reconnects (with a growing pause) and reports a change once it is back,
since it may have missed some. SQLite: one cheap SELECT of the change counter every 200 ms.
Several changes close together may be reported once: ``on_change`` means "read the view again".
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

POLL_S = 0.2
_STATE = ("SELECT (SELECT counter FROM team_changes WHERE id = 1), "
          "(SELECT count(*) FROM team_agents WHERE state <> 'offline' AND heartbeat < :silent)")


class Watcher:
    """Started on creation; ``stop()`` ends it (within a poll interval)."""

    def __init__(self, engine: Engine, on_change: Callable[[], None], *, channel: str, offline_after_s: float):
        self._engine, self._on_change, self._channel = engine, on_change, channel
        self._offline_after_s = offline_after_s
        self._stopping, self._started = threading.Event(), threading.Event()
        target = self._poll if engine.dialect.name == "sqlite" else self._listen
        self._thread = threading.Thread(target=target, name="team-watch", daemon=True)
        self._thread.start()
        self._started.wait(5.0)  # changes from now on are reported (unless the database is away)

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _changed(self) -> None:
        try:
            self._on_change()
        except Exception:
            log.exception("the team board's change handler failed")

    def _state(self, run) -> tuple:  # noqa: ANN001 - run(sql, params) -> first row
        return tuple(run(_STATE, {"silent": time.time() - self._offline_after_s}))

    # -- SQLite ----------------------------------------------------------------------------

    def _poll(self) -> None:
        last, pause = None, 0.0
        while not self._stopping.wait(pause):
            try:
                with self._engine.connect() as conn:
                    now = self._state(lambda q, p: conn.execute(text(q), p).one())
                pause = POLL_S
            except Exception as exc:  # the file is locked or gone: try again later
                log.warning("team store: could not read changes (%s); trying again", type(exc).__name__)
                pause = min(max(pause, POLL_S) * 2, 5.0)
                self._started.set()
                continue
            if last is not None and now != last:
                self._changed()
            last = now
            self._started.set()

    # -- PostgreSQL ------------------------------------------------------------------------

    def _listen(self) -> None:
        import psycopg

        cargs, ckwargs = self._engine.dialect.create_connect_args(self._engine.url)  # as the engine connects
        pause, first = 0.5, True
        while not self._stopping.is_set():
            try:
                with psycopg.connect(*cargs, **{**ckwargs, "autocommit": True}) as conn:
                    conn.execute(f'LISTEN "{self._channel}"')
                    if not first:
                        log.info("team store: change feed back")
                        self._changed()  # changes while we were away
                    first, pause = False, 0.5
                    self._listen_on(conn)
            except (psycopg.Error, OSError) as exc:
                if self._stopping.is_set():
                    return
                log.warning("team store: change feed lost (%s); reconnecting in %.1f s", type(exc).__name__, pause)
                first = False
                self._started.set()
                self._stopping.wait(pause)
                pause = min(pause * 2, 5.0)

    def _listen_on(self, conn) -> None:  # noqa: ANN001 - psycopg.Connection
        last = self._state(lambda q, p: conn.execute(q.replace(":silent", "%(silent)s"), p).fetchone())
        self._started.set()
        while not self._stopping.is_set():
            got = False
            for _ in conn.notifies(timeout=POLL_S, stop_after=1):
                got = True
            if got:
                for _ in conn.notifies(timeout=0.001):  # drain: one report for a burst
                    pass
            now = self._state(lambda q, p: conn.execute(q.replace(":silent", "%(silent)s"), p).fetchone())
            if got or now[1] != last[1]:
                self._changed()
            last = now
