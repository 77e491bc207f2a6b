"""The one way from a background thread (the SIP thread, the CRM loop) into the GUI thread.

Anything may :meth:`Bridge.post` a plain event (a frozen dataclass) from any thread; it is
delivered on the GUI thread, in the order posted, to the handlers subscribed to its type. A
subscription with an ``owner`` (a widget or another QObject) ends when the owner goes, so no
handler runs for a window that was closed. Posting from the GUI thread itself delivers at once.

Nothing here is the public `ctl events` stream: that is made from these domain events by
:meth:`console.event_hub.EventHub.publish`.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
E = TypeVar("E")


@dataclass(frozen=True, eq=False)
class Subscription:
    kind: type
    handler: Callable[[Any], None]


class Bridge(QObject):
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handlers: dict[type, list[Subscription]] = {}
        self._arrived.connect(self._deliver)  # queued when emitted from another thread

    def post(self, event: object) -> None:
        """From any thread: deliver ``event`` on the GUI thread."""
        self._arrived.emit(event)

    def subscribe(self, kind: type[E], handler: Callable[[E], None], owner: QObject | None = None,
                  first: bool = False) -> Subscription:
        """``first``: ahead of the handlers already there (the public event stream hears each
        event before the parts that react to it, even when it subscribes later)."""
        subscription = Subscription(kind, handler)
        handlers = self._handlers.setdefault(kind, [])
        handlers.insert(0, subscription) if first else handlers.append(subscription)
        if owner is not None:
            owner.destroyed.connect(lambda *_: self.unsubscribe(subscription))
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        handlers = self._handlers.get(subscription.kind, [])
        if subscription in handlers:
            handlers.remove(subscription)

    def _deliver(self, event: object) -> None:
        for subscription in list(self._handlers.get(type(event), ())):
            try:
                subscription.handler(event)
            except Exception:  # one bad handler must not stop the others
                log.exception("handling %s failed", type(event).__name__)
