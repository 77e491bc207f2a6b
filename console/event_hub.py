"""The public event stream (`ctl events`): contract events, published on the GUI thread.

Events from background threads reach the GUI thread through :mod:`console.bridge`; the parts
that handle them publish what other programs may rely on here. Nothing inside the console
listens to this stream to do its own work (the call book and the bridge are for that).
"""
from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, Signal


class EventHub(QObject):
    published = Signal(dict)  # contract events for `ctl events`
    backends_ready = Signal()  # the CRM side (app.crm) and the phone (app.desk.phone, if any) are up

    def publish(self, type_: str, **fields: Any) -> dict[str, Any]:
        payload = {"type": type_, "ts": time.time(), **fields}
        self.published.emit(payload)
        return payload
