"""Wrap-up (after-call work): the time after hang-up when the agent finishes notes and codes.

Why a clock: sites measure and limit it. The agent sees how long they have been in wrap-up
(and the limit, if the site set one: ``[wrapup] max_s``; shown by the agent's state); at the limit the console ends it
and returns the agent to ready on its own, so nobody sits in wrap-up forever.
Several calls can be in wrap-up at once (a second call ended before the first was done);
they are finished oldest first.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from console.model.calls import CallBook

TICK_MS = 200


def clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class WrapUp(QObject):
    """The wrap-up clocks of the calls in the call book (``Call.wrap_up_since``)."""

    expired = Signal(str)  # call id whose wrap-up reached the site's maximum
    changed = Signal()  # a wrap-up began or ended

    def __init__(self, book: CallBook, max_s: float = 0.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.max_s = max_s
        self._expired: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def begin(self, call_id: str) -> None:
        call = self.book.get(call_id)
        if call is None or call.wrap_up_since is not None:
            return
        self.book.update(call_id, wrap_up_since=time.monotonic())
        self._timer.start()
        self.changed.emit()
        self._tick()

    def end(self, call_id: str) -> float:
        """Stop the clock for ``call_id``; returns how long the wrap-up took (seconds)."""
        call = self.book.get(call_id)
        started = None if call is None else call.wrap_up_since
        self._expired.discard(call_id)
        if started is not None:
            self.book.update(call_id, wrap_up_since=None)
        if not self.active():
            self._timer.stop()
        self.changed.emit()
        return 0.0 if started is None else time.monotonic() - started

    def active(self) -> list[str]:
        return [c.call_id for c in self.book.in_wrap_up()]

    def current(self) -> str:
        active = self.active()
        return active[0] if active else ""

    def elapsed(self, call_id: str) -> float:
        call = self.book.get(call_id)
        return 0.0 if call is None or call.wrap_up_since is None else time.monotonic() - call.wrap_up_since

    def _tick(self) -> None:
        if not self.max_s:
            return
        for call_id in self.active():
            if call_id not in self._expired and self.elapsed(call_id) >= self.max_s:
                self._expired.add(call_id)  # announced once; the owner ends it (a failed save is
                # retried by console.unsaved_drafts, with a growing pause, not on every tick)
                self.expired.emit(call_id)
