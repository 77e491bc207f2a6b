"""`agent-console ctl …`: talks to a running console's control socket."""
from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtNetwork import QLocalSocket


class NoConsoleRunning(Exception):
    pass


class CtlClient:
    def __init__(self, name: str, timeout_ms: int = 10000) -> None:
        self.name = name
        self.timeout_ms = timeout_ms
        self._sock = QLocalSocket()
        self._pending = b""

    def connect(self) -> None:
        self._sock.connectToServer(self.name)
        if not self._sock.waitForConnected(2000):
            raise NoConsoleRunning(
                f"no console is running (control socket {self.name!r}: {self._sock.errorString()}). "
                "Start it with 'agent-console' or 'agent-console demo'."
            )

    def send(self, cmd: str, args: list[str]) -> None:
        self._sock.write((json.dumps({"cmd": cmd, "args": args}) + "\n").encode())
        self._sock.flush()
        self._sock.waitForBytesWritten(self.timeout_ms)

    def read_message(self, timeout_ms: int | None = None) -> dict[str, Any] | None:
        """The next JSON line, or None when the console went away or nothing came in time."""
        while b"\n" not in self._pending:
            if self._sock.bytesAvailable() == 0 and not self._sock.waitForReadyRead(
                self.timeout_ms if timeout_ms is None else timeout_ms
            ):
                return None
            self._pending += bytes(self._sock.readAll().data())
        line, self._pending = self._pending.split(b"\n", 1)
        return json.loads(line.decode("utf-8"))

    def request(self, cmd: str, args: list[str]) -> dict[str, Any]:
        self.send(cmd, args)
        reply = self.read_message()
        if reply is None:
            raise NoConsoleRunning(f"the console did not answer {cmd!r} in time")
        return reply

    def close(self) -> None:
        self._sock.disconnectFromServer()


def run_ctl(name: str, cmd: str, args: list[str], as_json: bool) -> int:
    client = CtlClient(name)
    try:
        client.connect()
        if cmd == "events":
            reply = client.request("events", [])
            if not reply.get("ok"):
                print(f"error: {reply.get('error')}", file=sys.stderr)
                return 1
            while True:
                event = client.read_message(timeout_ms=-1)
                if event is None:
                    return 0
                print(json.dumps(event, ensure_ascii=False), flush=True)
        reply = client.request(cmd, args)
    except NoConsoleRunning as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    finally:
        client.close()
    if as_json:
        print(json.dumps(reply, ensure_ascii=False, indent=None))
    elif reply.get("ok"):
        result = reply.get("result") or {}
        for key, value in result.items():
            print(f"{key}: {value if not isinstance(value, (dict, list)) else json.dumps(value, ensure_ascii=False)}")
    else:
        print(f"error: {reply.get('error')}", file=sys.stderr)
    return 0 if reply.get("ok") else 1
