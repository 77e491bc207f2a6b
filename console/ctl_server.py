"""The `ctl` control socket: other programs (hotkey tools, CRMs, tests) drive the console.

One JSON object per line in each direction. A request is ``{"cmd": "dial", "args": ["+421…"]}``;
the answer is ``{"ok": true, "result": {...}}`` or ``{"ok": false, "error": "…"}``. The
``events`` command keeps the connection open and streams contract events, one per line.

Only the user's own programs may use it: the socket is in the user's private folder (see
console/ctl_socket.py), and a connection from any other uid is closed before anything it sent
is read.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import stat
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from console.background import Job
from console.ctl_socket import POSIX, is_own_peer, socket_name, socket_path  # noqa: F401  (socket_name: app.py)
from console.features import CtlCommand, Features
from console.private_dir import NotPrivate, owner_text

log = logging.getLogger(__name__)

CommandHandler = Callable[[list[str]], dict[str, Any] | None]


_CHOOSE_ANOTHER = "choose another name with [ctl] name in the configuration or AGENT_CONSOLE_CTL"


class CtlError(Exception):
    """A command that cannot be done; the text goes back to the caller as is."""


class CtlServer(QObject):
    """Answers the `ctl` commands in `features` (console/features.py: a second command of one
    name is refused when it is added, so none replaces another)."""

    def __init__(self, name: str, features: Features | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.features = features if features is not None else Features()
        # answered here (it keeps the connection open); in the registry so no feature takes the name
        self.features.add(CtlCommand("events", lambda args: None, help="stream events, one JSON object per line",
                                     owner=__name__))
        self._subscribers: list[QLocalSocket] = []
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)

    def add_command(self, name: str, handler: CommandHandler) -> None:
        """Kept for code not yet using the registry: the command's owner is the handler's module."""
        self.features.add(CtlCommand(name, handler, owner=getattr(handler, "__module__", "") or ""))

    def listen(self) -> None:
        if not POSIX:
            self._listen_windows()
            return
        try:
            path = socket_path(self.name, create=True)
        except NotPrivate as exc:
            raise CtlError(f"cannot open the control socket: {exc}") from None
        except OSError as exc:  # an absolute path whose folder is missing
            raise CtlError(f"cannot open the control socket {self.name}: {exc.strerror}") from None
        self._clear_old_socket(path)
        if not self._server.listen(path):  # Qt's own text can be "Unknown error 21": say what to do
            raise CtlError(f"cannot open the control socket {path} ({self._server.errorString()}); "
                           f"{_CHOOSE_ANOTHER}")
        log.info("control socket listening: %s", self._server.fullServerName())

    def _clear_old_socket(self, path: str) -> None:
        """A live console of ours at `path` stops us; anything else there is removed.

        Qt would silently replace the file, so this check comes first. Only a socket owned by us
        whose listener runs as us counts as "a console already running": a file someone else
        left (possible only with an absolute path or through root) is not believed.
        """
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return
        if stat.S_ISSOCK(st.st_mode) and st.st_uid == os.getuid() and _own_console_answers(path):
            raise CtlError(f"another console is already running on control socket {path}")
        if stat.S_ISDIR(st.st_mode):  # never removed: a folder may hold the user's files
            raise CtlError(f"cannot open the control socket: {path} is a folder, not a control socket; "
                           f"remove or rename that folder, or {_CHOOSE_ANOTHER}")
        if st.st_uid != os.getuid():
            log.warning("control socket: removing a file left at its place by %s", owner_text(st.st_uid))
        try:
            os.unlink(path)
        except OSError as exc:
            raise CtlError(f"cannot open the control socket: {path} is in the way and cannot be removed "
                           f"({exc.strerror}); remove it") from None

    def _listen_windows(self) -> None:
        """A named pipe; UserAccessOption limits it to this user."""
        if not self._server.listen(self.name):
            probe = QLocalSocket()
            probe.connectToServer(self.name)
            if probe.waitForConnected(300):
                raise CtlError(f"another console is already running on control socket {self.name!r}")
            QLocalServer.removeServer(self.name)
            if not self._server.listen(self.name):
                raise CtlError(f"cannot open control socket {self.name!r}: {self._server.errorString()}")
        log.info("control socket listening: %s", self._server.fullServerName())

    def close(self) -> None:
        for sock in list(self._subscribers):
            sock.disconnectFromServer()
        self._server.close()

    def broadcast(self, event: dict[str, Any]) -> None:
        line = (json.dumps(event, ensure_ascii=False, default=str) + "\n").encode()
        for sock in list(self._subscribers):
            if sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
                sock.write(line)
                sock.flush()
            else:
                self._subscribers.remove(sock)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if POSIX:
                own, uid = is_own_peer(int(sock.socketDescriptor()))
                if not own:  # closed before a single byte of it is read
                    log.warning("control socket: refused a connection from uid %s (only uid %s may use it)",
                                "unknown" if uid is None else uid, os.getuid())
                    sock.abort()
                    sock.deleteLater()
                    continue
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._on_ready_read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))

    def _forget(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        if sock in self._subscribers:
            self._subscribers.remove(sock)
        sock.deleteLater()

    def _on_ready_read(self, sock: QLocalSocket) -> None:
        data = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        while b"\n" in data:
            line, data = data.split(b"\n", 1)
            self._handle_line(sock, line)
        if sock in self._buffers:
            self._buffers[sock] = data[-65536:]

    def _handle_line(self, sock: QLocalSocket, line: bytes) -> None:
        try:
            request = json.loads(line.decode("utf-8"))
            cmd, args = str(request["cmd"]), [str(a) for a in request.get("args", [])]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            self._reply(sock, {"ok": False, "error": "malformed request: expected one JSON object per line"})
            return
        if cmd == "events":
            self._subscribers.append(sock)
            self._reply(sock, {"ok": True, "result": {"subscribed": True}})
            return
        command = self.features.get(CtlCommand, cmd)
        if command is None:
            known = ", ".join(sorted(self.features.names(CtlCommand)))
            self._reply(sock, {"ok": False, "error": f"unknown command {cmd[:100]!r} (known: {known})"})
            return
        try:
            result = command.handler(args) or {}
            if isinstance(result, Job):  # database work: answered when it is done, meanwhile others are
                result.then(lambda value: self._reply_later(sock, cmd, value, None),
                            lambda exc: self._reply_later(sock, cmd, None, exc))
                return
            self._reply(sock, {"ok": True, "result": result})
        except CtlError as exc:
            self._reply(sock, {"ok": False, "error": str(exc)})
        except Exception as exc:  # a bug in one command must not take the console down
            log.exception("ctl command %s failed", cmd)
            self._reply(sock, {"ok": False, "error": f"{cmd} failed: {type(exc).__name__}: {exc}"})

    def _reply_later(self, sock: QLocalSocket, cmd: str, result: Any, error: BaseException | None) -> None:
        if sock not in self._buffers:  # the client went away meanwhile
            return
        if error is None:
            self._reply(sock, {"ok": True, "result": result or {}})
        elif isinstance(error, CtlError):
            self._reply(sock, {"ok": False, "error": str(error)})
        else:
            log.error("ctl command %s failed: %s", cmd, error, exc_info=error)
            self._reply(sock, {"ok": False, "error": f"{cmd} failed: {type(error).__name__}: {error}"})

    def _reply(self, sock: QLocalSocket, payload: dict[str, Any]) -> None:
        sock.write((json.dumps(payload, ensure_ascii=False, default=str) + "\n").encode())
        sock.flush()


def _own_console_answers(path: str) -> bool:
    """Does a process running as us accept connections at `path`?"""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(1.0)
    try:
        probe.connect(path)
        return is_own_peer(probe.fileno())[0]
    except OSError:
        return False  # nobody listens: a console that died left it behind
    finally:
        probe.close()
