"""A console's `ctl events` stream, collected in the background so tests wait for events, never sleep."""
from __future__ import annotations

import socket
import threading
import time

from console.ctl_client import CtlClient


class Events(threading.Thread):
    """Subscribes on creation; call ``start()`` to begin collecting."""

    def __init__(self, ctl: str) -> None:
        super().__init__(daemon=True)
        self.client = CtlClient(ctl)
        self.client.connect()
        assert self.client.request("events", [])["ok"]
        self.items: list[dict] = []
        self.cond = threading.Condition()

    def run(self) -> None:
        while (event := self.client.read_message(timeout_ms=-1)) is not None:
            with self.cond:
                self.items.append(event)
                self.cond.notify_all()

    def all(self, kind: str, **match) -> list[dict]:
        """Every event of this kind (or kinds, "a|b") whose fields match, in order."""
        kinds = kind.split("|")
        with self.cond:
            return [e for e in self.items if e["type"] in kinds and all(e.get(k) == v for k, v in match.items())]

    def wait_all(self, kind: str, count: int = 1, timeout: float = 90, **match) -> list[dict]:
        """At least `count` matching events (all of them)."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while len(found := self.all(kind, **match)) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(found)} of {count} {kind} {match}; saw {self.types()[-30:]}")
                self.cond.wait(left)
            return found

    def wait(self, kind: str, timeout: float = 90, **match) -> dict:
        """The first matching event."""
        return self.wait_all(kind, 1, timeout, **match)[0]

    def types(self) -> list[str]:
        with self.cond:
            return [e["type"] for e in self.items]

    def close(self) -> None:
        if self.client._sock is not None:
            self.client._sock.shutdown(socket.SHUT_RDWR)  # the reader sees the end and stops
        self.join(10)
        self.client.close()
