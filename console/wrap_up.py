"""Wrap-up (after-call work): the time after hang-up when the agent finishes notes and codes.

Why a clock: sites measure and limit it. The agent sees how long they have been in wrap-up
(and the limit, if the site set one: ``[wrapup] max_s``); at the limit the console ends it
and returns the agent to ready on its own, so nobody sits in wrap-up forever.
Several calls can be in wrap-up at once (a second call ended before the first was done);
they are finished oldest first.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal


TICK_MS = 200


def clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class WrapUp(QObject):
    expired = Signal(str)  # call id whose wrap-up reached the site's maximum
    changed = Signal(str)  # the status text for the agent ("" = not in wrap-up)

    def __init__(self, max_s: float = 0.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.max_s = max_s
        self._started: dict[str, float] = {}
        self._expired: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def begin(self, call_id: str) -> None:
        if call_id in self._started:
            return
        self._started[call_id] = time.monotonic()
        self._timer.start()
        self._tick()

    def end(self, call_id: str) -> float:
        """Stop the clock for ``call_id``; returns how long the wrap-up took (seconds)."""
        started = self._started.pop(call_id, None)
        self._expired.discard(call_id)
        if not self._started:
            self._timer.stop()
        self._tick()
        return 0.0 if started is None else time.monotonic() - started

    def active(self) -> list[str]:
        return list(self._started)

    def current(self) -> str:
        return next(iter(self._started), "")

    def elapsed(self, call_id: str) -> float:
        started = self._started.get(call_id)
        return 0.0 if started is None else time.monotonic() - started

    def status_text(self) -> str:
        call_id = self.current()
        if not call_id:
            return ""
        text = f"wrap-up {clock(self.elapsed(call_id))}"
        if self.max_s:
            text += f" / {clock(self.max_s)}"
        if len(self._started) > 1:
            text += f" (+{len(self._started) - 1} more)"
        return text

    def _tick(self) -> None:
        self.changed.emit(self.status_text())
        if not self.max_s:
            return
        for call_id in list(self._started):
            if call_id not in self._expired and self.elapsed(call_id) >= self.max_s:
                self._expired.add(call_id)  # announced once; the owner ends it (a failed save is
                # retried by console.unsaved_drafts, with a growing pause, not on every tick)
                self.expired.emit(call_id)

