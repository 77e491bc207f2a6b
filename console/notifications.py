"""Telling the agent on the desktop: a task comes due, a call rings.

Why a window of our own: a tray bubble lasts seconds and many desktops (and every test machine)
have no tray at all, so a promised call-back would again be a message nobody saw. Every notice
goes to a small notice window that stays on top until the agent acts on it ("Call back now",
"Snooze"); the tray icon's message is added where the desktop has a tray. Each notice is also a
``desktop.notice`` event (hotkey tools and tests see it), and each due task a ``task.due`` one.
A task is announced once (remembered in the database, so a restart does not repeat it); a
snoozed one again when its new time comes.
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QProcess, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from crm_adapters.after_call_store import TaskItem

from console.messages import say
from console.plain_text import MAX_LINE, PlainLabel, for_notification, shown

log = logging.getLogger(__name__)
SNOOZE_MINUTES = (5, 15, 60)
MAX_NOTICES = 6  # on screen at once; the rest wait in My tasks


@dataclass(frozen=True)
class Button:
    """A button on a notice: ``action()`` when pressed; with ``choices`` a menu of (label, action)."""

    label: str
    action: Callable[[], object] | None = None
    choices: tuple[tuple[str, Callable[[], object]], ...] = ()


class NoticeCard(QFrame):
    """One notice: a title, a line, its buttons. Acting on it closes it."""

    def __init__(self, key: str, title: str, text: str, buttons: list[Button], close: Callable[[str], None]) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = PlainLabel(title, limit=MAX_LINE)
        self.title.setObjectName("noticeTitle")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.text = PlainLabel(text, limit=MAX_LINE)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for button in buttons:
            push = QPushButton(button.label)
            push.setAccessibleName(f"{button.label}: {title}")
            if button.choices:
                menu = QMenu(push)
                for label, action in button.choices:
                    menu.addAction(label, lambda action=action: self._act(action, close))
                push.setMenu(menu)
            else:
                push.clicked.connect(lambda _=False, action=button.action: self._act(action, close))
            row.addWidget(push)
            self.buttons[button.label] = push
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def _act(self, action: Callable[[], object] | None, close: Callable[[str], None]) -> None:
        close(self.key)
        if action is not None:
            try:
                action()
            except Exception:  # noqa: BLE001 - a button must never take the console down
                log.exception("a notice's button failed")


class NoticeWindow(QWidget):
    """A small window at the screen's corner, above the others, that does not take the keyboard
    from what the agent is typing."""

    closed = Signal(str)  # a notice's key: acted on, or withdrawn

    def __init__(self, owner: QWidget | None = None) -> None:
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.owner = owner
        self.setObjectName("notices")
        self.setWindowTitle(self.tr("Agent Console — notices"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.cards: dict[str, NoticeCard] = {}
        self.column = QVBoxLayout(self)
        self.more = QLabel("")
        self.more.hide()
        self.column.addWidget(self.more)

    def put(self, key: str, title: str, text: str, buttons: list[Button]) -> NoticeCard:
        self.close_notice(key)  # the same call or task again: the newer words
        card = NoticeCard(key, title, text, buttons, self.close_notice)
        self.cards[key] = card
        self.column.insertWidget(self.column.count() - 1, card)
        self._fit()
        return card

    def close_notice(self, key: str) -> None:
        card = self.cards.pop(key, None)
        if card is not None:
            card.hide()
            card.deleteLater()
            self._fit()
            self.closed.emit(key)

    def _fit(self) -> None:
        for i, card in enumerate(self.cards.values()):
            card.setVisible(i < MAX_NOTICES)
        hidden = max(0, len(self.cards) - MAX_NOTICES)
        self.more.setText(f"… and {hidden} more in My tasks" if hidden else "")
        self.more.setVisible(bool(hidden))
        if not self.cards:
            self.hide()
            return
        self.adjustSize()
        screen = (self.owner.screen() if self.owner is not None else None) or QApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)
        self.show()
        self.raise_()


class Freedesktop(QObject):
    """The desktop's own notification (freedesktop.org, over the session's D-Bus) with the notice's
    buttons as its actions, through libnotify's ``notify-send`` (a process per notice: it waits for
    the agent's click and prints the action). Where either is missing, the notice window alone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running: dict[str, QProcess] = {}
        self.ids: dict[str, str] = {}  # notice key -> the desktop's id of its bubble

    @staticmethod
    def available() -> bool:
        bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS") or (
            os.path.exists(f"/run/user/{os.getuid()}/bus") if hasattr(os, "getuid") else False)
        return sys.platform.startswith("linux") and bool(bus) and shutil.which("notify-send") is not None

    def show(self, key: str, title: str, text: str, actions: list[tuple[str, Callable[[], object]]],
             urgent: bool, done: Callable[[str], None]) -> bool:
        """``actions``: (label, what it does); the first is also the notification's default (a click
        on it). ``done(key)`` once one of them ran. The same key again replaces its bubble."""
        replaces = self.ids.get(key, "")
        self.withdraw(key)
        names = {("default" if i == 0 else f"a{i}"): (label, act) for i, (label, act) in enumerate(actions[:8])}
        process = QProcess(self)
        args = ["--app-name=Agent Console", f"--urgency={'critical' if urgent else 'normal'}", "--icon=call-start",
                "--print-id", *([f"--replace-id={replaces}"] if replaces else [])]
        args += [f"--action={name}={label}" for name, (label, _act) in names.items()]
        args += ["--wait", "--", shown(title, MAX_LINE), for_notification(text)]
        lines: list[str] = []

        def read() -> None:  # the bubble's id first (to replace it later), then the action clicked
            chunk = bytes(process.readAllStandardOutput().data())[:400].decode("utf-8", "replace")
            lines.extend(line.strip() for line in chunk.splitlines() if line.strip())
            if lines and lines[0].isdigit():
                self.ids[key] = lines[0]

        def finished(*_: object) -> None:
            read()
            if self.running.get(key) is process:
                del self.running[key]
            process.deleteLater()
            chosen = next((line for line in lines[1:] if line in names), None)
            if chosen is not None:
                self.ids.pop(key, None)
                done(key)
                try:
                    names[chosen][1]()
                except Exception:  # noqa: BLE001 - a click must never take the console down
                    log.exception("a desktop notification's action failed")
        process.readyReadStandardOutput.connect(read)
        process.finished.connect(finished)
        process.start("notify-send", args)
        if not process.waitForStarted(2000):
            log.info("notify-send did not start: the notice window alone")
            process.deleteLater()
            return False
        self.running[key] = process
        return True

    def withdraw(self, key: str) -> None:
        process = self.running.pop(key, None)
        if process is not None:
            process.kill()  # (its bubble is replaced by the next one for this key, or times out)
        if len(self.ids) > 64:  # bounded: the oldest bubbles' ids are forgotten
            self.ids.pop(next(iter(self.ids)))


class Desktop(QObject):
    """The console's ways to tell the agent: its notice window, and the tray icon's message when
    the desktop has a tray (console/tray.py hands its icon over). One per main window (:meth:`of`)."""

    def __init__(self, window: QWidget, post: Callable[[object], None] = lambda e: None) -> None:
        super().__init__(window)
        self.window = window
        self.post = post  # console.bridge.Bridge.post: the desktop.notice events
        self.tray: QSystemTrayIcon | None = None
        self.notices = NoticeWindow(window)
        self.freedesktop = Freedesktop(self) if Freedesktop.available() else None
        if self.freedesktop is not None:  # acted on in the window: the desktop's bubble has nothing left to do
            self.notices.closed.connect(self.freedesktop.withdraw)
        window.destroyed.connect(self.notices.deleteLater)

    @classmethod
    def of(cls, window: QWidget, post: Callable[[object], None] | None = None) -> Desktop:
        desktop = getattr(window, "desktop_notices", None)
        if not isinstance(desktop, cls):
            desktop = cls(window, post or (lambda e: None))
            window.desktop_notices = desktop
        elif post is not None:
            desktop.post = post
        return desktop

    def tell(self, kind: str, key: str, title: str, text: str, buttons: list[Button], *,
             forward: Callable[[], object] | None = None, tray_ms: int = 10_000) -> list[str]:
        """Show a notice; where it was shown (``window``, ``tray``). ``forward``: brings the console's
        window forward after the notice is up (so the window, not the notice, has the keyboard)."""
        from console.model.events import DesktopNotice

        title, text = shown(title, MAX_LINE), shown(text, MAX_LINE)
        self.notices.put(key, title, text, buttons)
        shown_in = ["window"] if self.notices.isVisible() else []
        if forward is not None:
            forward()
        if self.tray is not None and self.tray.isVisible() and QSystemTrayIcon.supportsMessages():
            # the desktop reads a notification's text as markup: escaped
            self.tray.showMessage(for_notification(title), for_notification(text),
                                  QSystemTrayIcon.MessageIcon.Information, tray_ms)
            shown_in.append("tray")
        elif self.freedesktop is not None:  # (a tray's bubble is the same server's notification)
            actions = [(b.label, b.action) for b in buttons if b.action is not None]
            actions += [(f"{b.label} {label}", act) for b in buttons for label, act in b.choices]
            if self.freedesktop.show(key, title, text, actions, urgent=kind != "ringing",
                                     done=self.notices.close_notice):
                shown_in.append("dbus")
        self.post(DesktopNotice(kind, key, title, text, [b.label for b in buttons], shown_in, forward is not None,
                                forward is not None and self.window.isActiveWindow()))
        return shown_in

    def withdraw(self, key: str) -> None:
        self.notices.close_notice(key)

    def listing(self) -> list[dict]:
        return [{"key": c.key, "title": c.title.text(), "text": c.text.text(), "buttons": list(c.buttons)}
                for c in self.notices.cards.values()]

    def press(self, key: str, label: str, choice: str = "") -> None:
        """Press a notice's button as the agent would (``choice``: an entry of its menu); raises
        LookupError with a sentence when there is no such notice, button or choice."""
        card = self.notices.cards.get(key)
        if card is None:
            raise LookupError(f"there is no notice {key!r} (notices: {', '.join(self.notices.cards) or 'none'})")
        push = next((b for name, b in card.buttons.items() if name.casefold() == label.casefold()), None)
        if push is None:
            raise LookupError(f"the notice has no button {label!r} (buttons: {', '.join(card.buttons)})")
        if push.menu() is None:
            push.click()
            return
        entries = {a.text().casefold(): a for a in push.menu().actions()}
        action = entries.get(choice.casefold())
        if action is None:
            raise LookupError(f"{label} needs one of: {', '.join(a.text() for a in push.menu().actions())}")
        action.trigger()


class DueTaskNotifier(QObject):
    """Asks every ``interval_ms`` what came due (``find_due`` on the background lane) and puts
    each on the desktop with "Call back now" (call-backs with a number) and "Snooze"."""

    due = Signal(object)  # TaskItem
    call_back = Signal(object)  # TaskItem: "Call back now"
    snooze = Signal(object, int)  # TaskItem, minutes

    def __init__(self, find_due: Callable[[], list[TaskItem]], interval_ms: int = 15_000,
                 parent: QObject | None = None, background=None) -> None:
        super().__init__(parent)
        self.find_due = find_due
        self.background = background  # console.background.Background: find_due runs there
        self.desktop: Desktop | None = None  # set by console.tasks_view (the call-back feature)
        self.name_of: Callable[[TaskItem], str] = lambda item: ""  # the customer of a task made without a name
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
            try:
                self._show(item)
            except Exception:  # noqa: BLE001 - the event and the status bar still tell
                log.exception("showing a due task failed")
            self.due.emit(item)
        return items

    def _show(self, item: TaskItem) -> None:
        title = say("task.due_callback" if item.kind == "callback" else "task.due_task")
        name = item.customer_name or self.name_of(item)
        text = item.title + (f" — {name}" if name else "")
        if self.desktop is not None:
            buttons = [Button(self.tr("Call back now"), lambda: self.call_back.emit(item))] if item.number else []
            buttons.append(Button(self.tr("Snooze"), choices=tuple(
                ((self.tr("%1 min") if m < 60 else self.tr("%1 h")).replace("%1", str(m if m < 60 else m // 60)),
                 lambda m=m: self.snooze.emit(item, m))
                for m in SNOOZE_MINUTES)))
            self.desktop.tell("task_due", item.record_id, title, text, buttons)
            return
        if QSystemTrayIcon.isSystemTrayAvailable():  # (without the call-back feature: the tray alone)
            if self._tray is None:
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
                self._tray = QSystemTrayIcon(icon, self)
                self._tray.show()
            self._tray.showMessage(title, for_notification(text), QSystemTrayIcon.MessageIcon.Information, 10_000)
