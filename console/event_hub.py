"""The one bridge from background threads (SIP, CRM) back to the GUI thread.

Anything may call :meth:`EventHub.post` from any thread; the ``event`` signal is delivered on
the GUI thread (queued), so no widget is ever touched from elsewhere. Published contract events
(the ``ctl events`` stream) go through :meth:`publish`.
"""
from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, Signal



class EventHub(QObject):
    event = Signal(object)  # a cti/crm dataclass, delivered on the GUI thread
    published = Signal(dict)  # contract events for `ctl events`
    backends_ready = Signal()  # the CRM side (app.crm) and the phone (app.desk.phone, if any) are up

    def post(self, item: object) -> None:
        self.event.emit(item)

    def publish(self, type_: str, **fields: Any) -> dict[str, Any]:
        payload = {"type": type_, "ts": time.time(), **fields}
        self.published.emit(payload)
        return payload
