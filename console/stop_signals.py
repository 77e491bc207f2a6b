"""SIGTERM, SIGHUP (the session ends) and SIGINT stop the console the way `ctl quit` does.

Python runs a signal handler only when the interpreter gets control, and a Qt event loop with
nothing to do never gives it back. So the signal is written to a socket pair
(``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches: the event loop wakes, and the
console quits through Qt's ``aboutToQuit``: calls hung up, unsaved notes saved or kept in the
private copy (:mod:`console.unsaved_drafts`), the control socket removed.
"""
from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


class StopOnSignals(QObject):
    def __init__(self, quit_: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit_
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        for sig in STOP_SIGNALS:
            signal.signal(sig, self._on_signal)

    def _on_signal(self, signum: int, _frame: object) -> None:
        pass  # the wake-up byte already went to the socket pair; _woken acts on it

    def _woken(self) -> None:
        try:
            data = self._read.recv(64)
        except BlockingIOError:
            return
        for signum in data:
            if signum in STOP_SIGNALS:
                log.info("stopping on %s", signal.Signals(signum).name)
                self._quit()
                return

    def close(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_DFL)
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()
