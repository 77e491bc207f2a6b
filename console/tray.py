"""The console on the desktop: a tray icon with the agent's state, and a call that rings is seen.

The tray icon's colour and tooltip say the agent's state; its menu sets ready or away (with
the site's reasons, ``[presence] away_reasons``), shows the window and quits. Features add
entries through ``TrayAction`` points (console/features.py). Where the desktop has no tray (many
Linux desktops, every test machine) the menu still exists and the window's status bar says that
there is no tray icon.

A call that rings brings the window forward (raised and activated; with ``[desktop]
stay_on_top_while_ringing`` also above other windows until it is answered or gone) and puts a
notice with the customer's name, value and VIP mark on the desktop (console/notifications.py).
"""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from console.features import TrayAction
from console.languages import follow_language
from console.listed_words import away_reason
from console.messages import say
from console.model.events import CardPainted
from console.notifications import Button, Desktop
from console.plain_text import MAX_LINE, PlainLabel, shown, tooltip

log = logging.getLogger(__name__)
COLOURS = {"ready": "#1f9d55", "ringing": "#d97706", "on_call": "#dc2626", "wrap_up": "#2563eb",
           "away": "#6b7280", "monitoring": "#7c3aed"}


def state_icon(state: str) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(COLOURS.get(state, "#6b7280")))
    painter.setPen(QColor("#ffffff"))
    painter.drawEllipse(3, 3, 26, 26)
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    def __init__(self, api) -> None:  # api: console.features.FeatureApi
        super().__init__(api.parent)
        self.api, self.window, self.agent, self.book = api, api.parent, api.agent, api.book
        self.stay_on_top = bool(getattr(api.config, "stay_on_top_while_ringing", False))
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.desktop = Desktop.of(self.window, api.bridge.post)
        self.menu = QMenu(self.window)
        self.menu.setObjectName("trayMenu")
        self.actions: dict[str, QAction] = {}
        self.icon: QSystemTrayIcon | None = None
        self.no_tray: PlainLabel | None = None
        self._on_top = False
        self._told: dict[str, str] = {}  # call id -> the words last shown for it
        self._seen_in_window: set[str] = set()  # ringing calls the agent saw in the active window: no notice
        self._points: dict[str, TrayAction] = {}  # the placed entries, by name
        self.away_menu: QMenu | None = None
        # a feature's entry text is marked QT_TRANSLATE_NOOP("Tray", …): the menu words it in the agent's language
        for name, text, callback in (("ready", QT_TRANSLATE_NOOP("Tray", "Ready"), lambda: self.choose("ready")),
                                     ("show", QT_TRANSLATE_NOOP("Tray", "Show window"), self.bring_forward),
                                     ("quit", QT_TRANSLATE_NOOP("Tray", "Quit"), self.quit)):
            api.features.add(TrayAction(name, text, callback))
        self.agent.changed.connect(lambda _f: self.show_state())
        # The notice (and raising the window) waits for the card on screen: the ringing card is the
        # console's fastest path, and a top-level window built before it cost it 8 ms at p50.
        api.bridge.subscribe(CardPainted, self._card_painted, owner=self)
        for signal in (self.book.answered, self.book.ended, self.book.removed):
            signal.connect(self._stops_ringing)
        QTimer.singleShot(0, self.place)  # after every feature added its tray actions
        if sys.platform == "darwin":  # macOS hands a clicked tel:/sip: link over as an event; elsewhere an
            QApplication.instance().installEventFilter(self)  # app-wide Python filter slows every paint

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and event.url().scheme().lower() in ("tel", "sip", "sips"):
            self.open_link(event.url().toString())
            return True
        return False

    def open_link(self, link: str) -> None:
        """A tel:/sip: link the desktop opened in this console: dialled as `ctl dial` dials it
        (a problem is said in the window by the dialling path itself)."""
        from console.ctl_server import CtlError
        from console.features import CtlCommand

        dial = self.api.features.features.get(CtlCommand, "dial")
        self.bring_forward()
        if dial is not None:
            try:
                dial.handler([link[:256]])
            except CtlError:
                pass

    # -- the menu and the icon ---------------------------------------------------------------------
    def place(self) -> None:
        features = self.api.features.features
        points = {p.name: p for p in features.all(TrayAction)}
        features.placed(TrayAction, "tray")
        group = QActionGroup(self.menu)
        ready = self._action(points.pop("ready"))
        ready.setCheckable(True)
        group.addAction(ready)
        away = self.away_menu = self.menu.addMenu("")
        away.setObjectName("trayAway")
        for reason in self.agent.away_reasons:
            action = away.addAction("")
            action.setData(reason)
            action.setCheckable(True)
            action.setObjectName(f"tray.away.{reason}")
            action.triggered.connect(lambda _=False, r=reason: self.choose("away", r))
            group.addAction(action)
            self.actions[f"away.{reason}"] = action
        show, quit_ = points.pop("show"), points.pop("quit")
        if points:
            self.menu.addSeparator()
            for point in points.values():  # other features' entries
                self._action(point)
        self.menu.addSeparator()
        self._action(show)
        self._action(quit_)
        if self.available:
            self.icon = QSystemTrayIcon(self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._clicked)
            self.desktop.tray = self.icon
        else:
            self.no_tray = PlainLabel("")
            self.no_tray.setObjectName("noTray")
            self.window.statusBar().addPermanentWidget(self.no_tray)
            log.info("this desktop has no system tray: notices go to their own window")
        # the same entries in the window's menu bar: ready/away, settings, the set-up assistant … are
        # there on a desktop with no tray too
        self.menu_in_window = self.window.menuBar().addMenu(self.menu)
        follow_language(self.menu, self.retranslate)
        self.show_state()
        if self.icon is not None:
            self.icon.show()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Console"))
        for name, point in self._points.items():
            self.actions[name].setText(QCoreApplication.translate("Tray", point.text))
        if self.away_menu is not None:
            self.away_menu.setTitle(self.tr("Away"))
            for action in self.away_menu.actions():
                reason = str(action.data() or "")
                said = away_reason(reason)
                action.setText(shown(said.replace("_", " ") if said == reason else said, 40))
        if self.no_tray is not None:
            self.no_tray.setText(self.tr("No tray icon"))
            self.no_tray.setToolTip(tooltip(say("desktop.no_tray")))
        self.show_state()

    def _action(self, point: TrayAction) -> QAction:
        action = self.menu.addAction(QCoreApplication.translate("Tray", point.text))
        self._points[point.name] = point
        action.setObjectName(f"tray.{point.name}")
        action.triggered.connect(lambda _=False, p=point: self._run(p))
        self.actions[point.name] = action
        return action

    def _run(self, point: TrayAction) -> None:
        try:
            point.callback()
        except Exception as exc:  # noqa: BLE001 - a menu entry must never take the console down
            log.exception("tray entry %s (%s) failed", point.name, point.owner)
            text = QCoreApplication.translate("Tray", point.text)
            self.window.statusBar().showMessage(shown(self.tr("%1 did not work: %2").replace("%1", text)
                                                      .replace("%2", str(exc)), 300), 8000)

    def _clicked(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.bring_forward()

    def choose(self, state: str, reason: str = "") -> None:
        from console.model.agent_state import StateRefused

        try:
            self.agent.choose(state, reason)
        except StateRefused as exc:
            self.window.statusBar().showMessage(shown(str(exc), 300), 8000)
        self.show_state()

    def show_state(self) -> None:
        state = self.agent.state
        words = self.agent.shown().title
        if "ready" in self.actions:
            self.actions["ready"].setChecked(self.agent.chosen == "ready")
        for key, action in self.actions.items():
            if key.startswith("away."):
                action.setChecked(self.agent.chosen == "away" and key == f"away.{self.agent.chosen_reason}")
        self.tip = shown(self.tr("Agent Console — %1: %2").replace("%1", self.api.config.agent.name)
                         .replace("%2", words), MAX_LINE)
        if self.icon is not None:
            self.icon.setIcon(state_icon(state))
            self.icon.setToolTip(tooltip(self.tip))

    def desktop_status(self) -> dict:
        """`ctl status`'s ``desktop``."""
        return {"tray": self.icon is not None, "problem": "" if self.icon is not None else say("desktop.no_tray"),
                "state_shown": getattr(self, "tip", ""), "window_active": self.window.isActiveWindow(),
                "stay_on_top_while_ringing": self.stay_on_top,
                "notices": list(self.desktop.notices.cards)}

    def quit(self) -> None:
        QApplication.instance().quit()

    # -- a call rings ---------------------------------------------------------------------------------
    def bring_forward(self) -> None:
        window = self.window
        if window.isVisible() and window.isActiveWindow() and not window.isMinimized():
            return  # already in front, with the keyboard: nothing to redo (and nothing to repaint)
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def _card_painted(self, e: CardPainted) -> None:
        call = self.book.get(e.call_id)
        if call is None or call.state != "ringing" or call.direction != "in":
            return
        if e.first and self.stay_on_top and not self._on_top:
            self._on_top = True
            self.window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._tell(call)  # the first card, then each fuller one (name, value, VIP)

    def _tell(self, call) -> None:
        title, text = self._words(call)
        if self._told.get(call.call_id) == title + text:
            return
        first = call.call_id not in self._told
        self._told[call.call_id] = title + text
        if first and self.window.isVisible() and self.window.isActiveWindow() and not self.window.isMinimized():
            self._seen_in_window.add(call.call_id)  # the agent is looking at the card already: no notice on top
        if call.call_id in self._seen_in_window:
            return
        self.desktop.tell("ringing", call.call_id, title, text, [Button(self.tr("Show"), self.bring_forward)],
                          forward=self.bring_forward)

    def _words(self, call) -> tuple[str, str]:
        from console.format import money

        customer = call.card.customer if call.card is not None else None
        title = say("desktop.call_from", caller=(customer.name if customer else call.caller) or call.number or "?")
        parts = []
        if customer is not None:
            if customer.company:
                parts.append(customer.company)
            if customer.value is not None:
                parts.append(money(customer.value, customer.currency))
            if customer.is_vip:
                parts.append("VIP")
        elif call.card is not None and call.card.complete:
            parts.append(self.tr("Not in the CRM"))
        return title, " · ".join(parts)

    def _stops_ringing(self, call_id: str) -> None:
        self._seen_in_window.discard(call_id)
        if self._told.pop(call_id, None) is not None:
            self.desktop.withdraw(call_id)
        if self._on_top and not any(c.state == "ringing" for c in self.book.live()):
            self._on_top = False
            self.window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
            self.window.show()  # (changing a window's flags hides it)


def install_feature(api) -> Tray:
    return Tray(api)
