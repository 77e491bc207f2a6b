"""A console's `ctl events` stream, collected in the background so tests wait for events, never sleep."""
from __future__ import annotations

import json
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


class PrintedEvents(threading.Thread):
    """The lines an `agent-console ctl events` process prints, parsed as they come.

    ``wait(kind)`` waits for an event the way :class:`Events` does; ``ended`` is set once the
    process's output closes (the console went away)."""

    def __init__(self, stdout) -> None:
        super().__init__(daemon=True)
        self.stdout = stdout
        self.items: list[dict] = []
        self.lines: list[str] = []
        self.cond = threading.Condition()
        self.ended = False

    def run(self) -> None:
        for line in self.stdout:
            with self.cond:
                self.lines.append(line)
                self.items.append(json.loads(line))  # every line is one JSON object, or the test fails
                self.cond.notify_all()
        with self.cond:
            self.ended = True
            self.cond.notify_all()

    def wait(self, kind: str, timeout: float = 30) -> dict | None:
        """The first event of this kind, or None when none came within `timeout` s."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while not (found := [e for e in self.items if e.get("type") == kind]):
                left = deadline - time.monotonic()
                if left <= 0 or self.ended:
                    return None
                self.cond.wait(left)
            return found[0]
