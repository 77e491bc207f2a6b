"""The one helper for database and network work off the GUI thread.

``background.run(work, done, failed)`` runs ``work()`` on one worker thread, in the order
asked, and hands its result to ``done`` (or its exception to ``failed``) on the GUI thread,
through the one bridge (:mod:`console.bridge`). So a locked or slow database delays a save,
never the window: the window repaints, ``ctl`` keeps answering, the phone keeps ringing.

One worker, not a pool: the saves of one note (draft, draft, call log) must reach the disk in
the order the agent made them. ``drain()`` is for the few moments the agent waits on purpose
(closing the window with notes unsaved): it waits, bounded, for the work asked so far and runs
its callbacks at once.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject

from console.bridge import Bridge

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Job:
    """One piece of work; ``then`` adds callbacks (run on the GUI thread when it is done)."""

    work: Callable[[], Any]
    name: str
    done: list[Callable[[Any], None]] = field(default_factory=list)
    failed: list[Callable[[BaseException], None]] = field(default_factory=list)
    result: Any = None
    error: BaseException | None = None
    finished: bool = False
    delivered: bool = False

    def then(self, done: Callable[[Any], None] | None = None,
             failed: Callable[[BaseException], None] | None = None) -> Job:
        """Add callbacks; on a job already delivered the right one runs at once."""
        if self.delivered:
            if self.error is None and done is not None:
                done(self.result)
            elif self.error is not None and failed is not None:
                failed(self.error)
            return self
        if done is not None:
            self.done.append(done)
        if failed is not None:
            self.failed.append(failed)
        return self

    def after(self, answer: Callable[[], Any]) -> Job:
        """A job that is done when this one is (worked or not) and its own callbacks ran; its
        result is ``answer()``, called then on the GUI thread (a `ctl` reply made from the state
        the callbacks left)."""
        follow = Job(lambda: None, self.name)

        def finish(_value: object) -> None:
            try:
                follow.result = answer()
            except BaseException as exc:  # noqa: BLE001 - handed on as the follower's failure
                follow.error = exc
            follow.finished = follow.delivered = True
            for handler in (follow.failed if follow.error is not None else follow.done):
                handler(follow.error if follow.error is not None else follow.result)

        self.then(finish, finish)
        return follow


@dataclass(frozen=True)
class _Finished:
    """Posted through the bridge: finished jobs are waiting for their callbacks."""


class Background(QObject):
    def __init__(self, bridge: Bridge, parent: QObject | None = None,
                 pause: Callable[[], float] | None = None) -> None:
        """``pause()``, asked before each job, may hold the lane back for that many seconds (at
        most half a second at a time): work that can wait keeps out of a moment that cannot."""
        super().__init__(parent)
        self.bridge = bridge
        self._pause = pause
        self._todo: deque[Job] = deque()
        self._finished: deque[Job] = deque()
        self._lock = threading.Condition()
        self._busy = False
        self._closed = False
        bridge.subscribe(_Finished, lambda _e: self.deliver(), owner=self)
        self._thread = threading.Thread(target=self._work, name="background", daemon=True)
        self._thread.start()

    def run(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None,
            failed: Callable[[BaseException], None] | None = None, name: str = "") -> Job:
        """Queue ``work``; ``done(result)`` or ``failed(exception)`` follow on the GUI thread.
        Without ``failed`` an exception is logged (never raised into the window)."""
        job = Job(work, name or getattr(work, "__name__", "work")).then(done, failed)
        with self._lock:
            if self._closed:
                raise RuntimeError("the console is closing: nothing more can be saved in the background")
            self._todo.append(job)
            self._lock.notify_all()
        return job

    def idle(self) -> bool:
        with self._lock:
            return not self._todo and not self._busy and not self._finished

    def drain(self, timeout_s: float = 15.0) -> bool:
        """Wait (bounded) for everything asked so far, then run its callbacks now. Callbacks that
        ask for more work are waited for too. True when nothing is left."""
        deadline = time.monotonic() + timeout_s
        while True:
            with self._lock:
                while self._todo or self._busy:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return False
                    self._lock.wait(left)
            self.deliver()
            with self._lock:
                if not self._todo and not self._busy:
                    return True

    def deliver(self) -> None:
        """On the GUI thread: the callbacks of every finished job, in order."""
        while True:
            with self._lock:
                if not self._finished:
                    return
                job = self._finished.popleft()
            if job.delivered:
                continue
            job.delivered = True
            handlers = job.failed if job.error is not None else job.done
            if job.error is not None and not handlers:
                log.error("%s failed: %s", job.name, job.error, exc_info=job.error)
            for handler in handlers:
                try:
                    handler(job.error if job.error is not None else job.result)
                except Exception:  # one bad callback must not stop the others
                    log.exception("after %s", job.name)

    def close(self, timeout_s: float = 5.0) -> None:
        """No new work; what was asked is finished (bounded) and its callbacks run."""
        self.drain(timeout_s)
        with self._lock:
            self._closed = True
            self._lock.notify_all()

    def _work(self) -> None:
        while True:
            with self._lock:
                while not self._todo and not self._closed:
                    self._lock.wait()
                if not self._todo:
                    return
                job = self._todo.popleft()
                self._busy = True
            if self._pause is not None:
                wait = self._pause()
                if wait > 0:
                    time.sleep(min(wait, 0.5))  # (sleeping lets the GUI thread have the interpreter)
            try:
                job.result = job.work()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                job.error = exc
            job.finished = True
            with self._lock:
                self._finished.append(job)
            # busy until the GUI thread was told: a drain() that returned lets the console exit,
            # and a post still under way then would touch a Qt that is being torn down (segfault)
            self.bridge.post(_Finished())
            with self._lock:
                self._busy = False
                self._lock.notify_all()
