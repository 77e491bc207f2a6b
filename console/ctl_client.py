"""`agent-console ctl …`: talks to a running console's control socket.

On Linux and macOS the console's QLocalServer is a Unix-domain socket in the user's private
folder (console/ctl_socket.py), and plain Python sockets talk to it (no Qt needed, and reading
never holds the GIL); on Windows it is a named pipe, reached through QLocalSocket.

The client trusts nothing it finds there: before connecting, the socket and its folder must be
the user's own; after connecting, the process at the other end must run as the user. Otherwise
it refuses before sending a single byte.
"""
from __future__ import annotations

import json
import os
import socket
import sys
from typing import Any

from console.ctl_socket import check_socket_file, is_own_peer, socket_path  # noqa: F401  (socket_path: callers)
from console.private_dir import NotPrivate, owner_text


class NoConsoleRunning(Exception):
    pass


class NotYourConsole(Exception):
    """The control socket, its folder or the process behind it is not this user's: nothing was sent."""


class CtlClient:
    def __init__(self, name: str, timeout_ms: int = 10000) -> None:
        self.name = name
        self.timeout_ms = timeout_ms
        self._pending = b""
        self._sock: socket.socket | None = None
        self._qt = None

    def connect(self) -> None:
        hint = "Start it with 'agent-console' or 'agent-console demo'."
        if os.name == "posix":
            self._sock = self._connect_unix(hint)
            return
        from PySide6.QtNetwork import QLocalSocket

        self._qt = QLocalSocket()
        self._qt.connectToServer(self.name)
        if not self._qt.waitForConnected(2000):
            raise NoConsoleRunning(f"no console is running (control socket {self.name!r}: {self._qt.errorString()}). {hint}")

    def _connect_unix(self, hint: str) -> socket.socket:
        refused = "Nothing was sent to it."
        try:
            path = socket_path(self.name)
            check_socket_file(path)
        except NotPrivate as exc:
            raise NotYourConsole(f"{exc}. {refused}") from None
        except OSError as exc:  # the folder or the socket is not there
            raise NoConsoleRunning(f"no console is running (control socket {self.name!r}: "
                                   f"{exc.strerror or 'not found'}). {hint}") from None
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout_ms / 1000)
        try:
            sock.connect(path)
        except OSError as exc:
            sock.close()
            raise NoConsoleRunning(f"no console is running (control socket {path}: "
                                   f"{exc.strerror or 'no answer'}). {hint}") from None
        own, uid = is_own_peer(sock.fileno())
        if not own:
            sock.close()
            who = "an unknown user" if uid is None else owner_text(uid)
            raise NotYourConsole(f"the program listening on control socket {path} runs as {who}, not as you. "
                                 f"{refused}")
        return sock

    def send(self, cmd: str, args: list[str]) -> None:
        data = (json.dumps({"cmd": cmd, "args": args}) + "\n").encode()
        if self._sock is not None:
            self._sock.sendall(data)
        else:
            self._qt.write(data)
            self._qt.flush()
            self._qt.waitForBytesWritten(self.timeout_ms)

    def _receive(self, timeout_ms: int) -> bytes:
        if self._sock is not None:
            self._sock.settimeout(None if timeout_ms < 0 else timeout_ms / 1000)
            try:
                return self._sock.recv(65536)
            except (TimeoutError, socket.timeout):
                return b""
            except OSError:
                return b""
        if self._qt.bytesAvailable() == 0 and not self._qt.waitForReadyRead(timeout_ms):
            return b""
        return bytes(self._qt.readAll().data())

    def read_message(self, timeout_ms: int | None = None) -> dict[str, Any] | None:
        """The next JSON line, or None when the console went away or nothing came in time."""
        while b"\n" not in self._pending:
            chunk = self._receive(self.timeout_ms if timeout_ms is None else timeout_ms)
            if not chunk:
                return None
            self._pending += chunk
        line, self._pending = self._pending.split(b"\n", 1)
        return json.loads(line.decode("utf-8"))

    def request(self, cmd: str, args: list[str]) -> dict[str, Any]:
        self.send(cmd, args)
        reply = self.read_message()
        if reply is None:
            raise NoConsoleRunning(f"the console did not answer {cmd!r} in time")
        return reply

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        elif self._qt is not None:
            self._qt.disconnectFromServer()


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
    except (NoConsoleRunning, NotYourConsole) as exc:
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
