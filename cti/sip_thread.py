"""The one thread that owns pjsua2.

pjsua2 aborts the process when called from a thread it does not know, and allows one
Endpoint per process. So every pjsua2 call happens here: other threads put small jobs on a
queue and this loop runs them between `libHandleEvents()` slices. Jobs never block the
caller; results come back as events.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from typing import Callable

log = logging.getLogger(__name__)

Job = Callable[[], None]


class SipThread:
    """Runs `setup()`, then a loop of SIP event handling, queued jobs and timers, then
    `teardown()` — all on one thread."""

    def __init__(self, setup: Callable[[], None], teardown: Callable[[], None],
                 handle_events: Callable[[int], None], name: str = "sip") -> None:
        self._setup = setup
        self._teardown = teardown
        self._handle_events = handle_events
        self._jobs: queue.SimpleQueue[tuple[str, Job]] = queue.SimpleQueue()
        self._timers: list[tuple[float, str, Job]] = []
        self._stop = threading.Event()
        self._started = threading.Event()
        self._start_error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    # -- any thread -------------------------------------------------------------------
    def start(self, timeout: float = 15.0) -> None:
        """Start the thread; returns once setup() finished, re-raises what it raised."""
        self._thread.start()
        if not self._started.wait(timeout):
            raise TimeoutError("the SIP thread did not start in time")
        if self._start_error is not None:
            self._thread.join(timeout)
            raise self._start_error

    def submit(self, name: str, job: Job) -> None:
        self._jobs.put((name, job))

    def stop(self, timeout: float = 20.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    @property
    def is_current(self) -> bool:
        return threading.current_thread() is self._thread

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    # -- SIP thread only ---------------------------------------------------------------
    def call_later(self, delay_s: float, name: str, job: Job) -> None:
        self._timers.append((time.monotonic() + delay_s, name, job))

    def _run(self) -> None:
        try:
            self._setup()
        except BaseException as exc:  # noqa: BLE001 - handed back to start()
            self._start_error = exc
            self._started.set()
            return
        self._started.set()
        try:
            while not self._stop.is_set():
                self._handle_events(10)
                self._drain()
        finally:
            self._drain()
            try:
                self._teardown()
            except Exception:  # noqa: BLE001
                log.exception("softphone teardown failed")

    def _drain(self) -> None:
        for _ in range(200):
            try:
                name, job = self._jobs.get_nowait()
            except queue.Empty:
                break
            self._run_job(name, job)
        if self._timers:
            now = time.monotonic()
            due = [t for t in self._timers if t[0] <= now]
            if due:
                self._timers = [t for t in self._timers if t[0] > now]
                for _when, name, job in due:
                    self._run_job(name, job)

    @staticmethod
    def _run_job(name: str, job: Job) -> None:
        try:
            job()
        except Exception:  # noqa: BLE001 - one bad job must not stop the phone
            log.exception("softphone job %s failed", name)
