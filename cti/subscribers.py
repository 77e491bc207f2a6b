"""Several listeners for the phone's events.

Anyone may `subscribe(callback)` and gets back a function that ends the subscription. Events
are delivered on the SIP thread, in order, to each listener; a failing listener is logged
and never stops the phone nor the other listeners.
"""
from __future__ import annotations

import logging
import threading
from typing import Callable, Generic, TypeVar

log = logging.getLogger(__name__)
E = TypeVar("E")


class Subscribers(Generic[E]):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: tuple[Callable[[E], None], ...] = ()  # replaced whole: safe to iterate

    def subscribe(self, callback: Callable[[E], None]) -> Callable[[], None]:
        """Deliver every event to `callback` until the returned function is called."""
        if not callable(callback):
            raise TypeError("a subscriber must be callable")
        entry = _Entry(callback)  # its own identity: the same function may subscribe twice
        with self._lock:
            self._listeners += (entry,)

        def unsubscribe() -> None:
            with self._lock:
                self._listeners = tuple(x for x in self._listeners if x is not entry)

        return unsubscribe

    def emit(self, event: E) -> None:
        for listener in self._listeners:
            try:
                listener(event)
            except Exception:  # noqa: BLE001 - a listener's bug must not kill the SIP thread
                log.exception("a phone event listener failed for %s", type(event).__name__)

    def __len__(self) -> int:
        return len(self._listeners)


class _Entry:
    __slots__ = ("callback",)

    def __init__(self, callback: Callable) -> None:
        self.callback = callback

    def __call__(self, event: object) -> None:
        self.callback(event)
