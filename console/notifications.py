"""Desktop notifications when a task comes due, so a promised call-back is not forgotten.

Uses the system tray's notification when the desktop has one, and always an in-window
message and a `task.due` event (so hotkey tools and tests see it too). Each task is
announced once (remembered in the database, so a restart does not repeat it).
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from crm_adapters.after_call_store import TaskItem

from console.plain_text import for_notification

log = logging.getLogger(__name__)


class DueTaskNotifier(QObject):
    due = Signal(object)  # TaskItem

    def __init__(self, find_due: Callable[[], list[TaskItem]], interval_ms: int = 15_000,
                 parent: QObject | None = None, background=None) -> None:
        super().__init__(parent)
        self.find_due = find_due
        self.background = background  # console.background.Background: find_due runs there
        self._tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def check(self):
        """Announce what is due. With a background helper the database is read there and the
        job is returned; without one, the items announced."""
        if self.background is not None:
            return self.background.run(self.find_due, self.announce, self._not_checked, name="checking due tasks")
        try:
            items = self.find_due()
        except Exception as exc:  # noqa: BLE001 - a busy/broken disk: try again next round
            self._not_checked(exc)
            return []
        return self.announce(items)

    @staticmethod
    def _not_checked(exc: BaseException) -> None:
        log.warning("checking due tasks failed: %s", type(exc).__name__)

    def announce(self, items: list[TaskItem]) -> list[TaskItem]:
        for item in items:
            self._show(item)
            self.due.emit(item)
        return items

    def _show(self, item: TaskItem) -> None:
        title = "Call-back due" if item.kind == "callback" else "Task due"
        # the title and the customer's name come from outside: the desktop must not read them as markup
        text = for_notification(item.title) + (f" — {for_notification(item.customer_name)}" if item.customer_name else "")
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
                self._tray = QSystemTrayIcon(icon, self)
                self._tray.show()
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
