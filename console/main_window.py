"""The agent's main window: customer cards on the left, the call and notes on the right.

It knows no feature: what features add (console/features.py) it places where their kind goes:
docks around, card sections under the card, notes sections at the foot of the notes panel,
hotkeys as the window's shortcuts.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from console.call_panel import CallPanel
from console.customer_card_view import CustomerCardView
from console.features import CardSection, Dock, Features, Hotkey, NotesSection
from console.languages import follow_language
from console.model.agent_state import AgentState
from console.model.calls import CallBook
from console.notes_panel import NotesPanel
from console.plain_text import PlainLabel, shown, tab_title, tooltip
from console.shortcuts import GROUP_STARTS, ORDER, TEXTS as MENU_TEXTS, describe_controls

log = logging.getLogger(__name__)
_AREAS = {"left": Qt.DockWidgetArea.LeftDockWidgetArea, "right": Qt.DockWidgetArea.RightDockWidgetArea,
          "top": Qt.DockWidgetArea.TopDockWidgetArea, "bottom": Qt.DockWidgetArea.BottomDockWidgetArea}


class MainWindow(QMainWindow):
    def __init__(self, agent_name: str, book: CallBook | None = None) -> None:
        super().__init__()
        self.agent_name = agent_name
        self.book = book if book is not None else CallBook()
        self.resize(1280, 820)
        self.cards = QTabWidget()
        self.cards.setDocumentMode(True)
        self.cards.setElideMode(Qt.TextElideMode.ElideRight)
        self.cards.addTab(CustomerCardView(""), "")
        self._card_views: dict[str, CustomerCardView] = {}
        self.call_panel = CallPanel(self.book)
        self.notes = NotesPanel()

        left = QWidget()
        self._card_column = QVBoxLayout(left)  # the card, then the card sections of features
        self._card_column.setContentsMargins(0, 0, 0, 0)
        self._card_column.addWidget(self.cards, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.call_panel)
        right_layout.addWidget(self.notes, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget()
        central.setObjectName("central")
        layout = QHBoxLayout(central)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        # a dock on the right (the team board, the team list) runs the window's whole height
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        # these carry reasons from the PBX and the CRMs: plain text, elided
        self.sip_status = PlainLabel("", limit=300)
        self.crm_status = PlainLabel("", limit=300)
        self.agent_status = PlainLabel(f"{agent_name} · {self.tr('Ready')}")
        for label in (self.sip_status, self.crm_status):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.agent_status)
        self.agent: AgentState | None = None
        self._agent_clock = QTimer(self)
        self._agent_clock.setInterval(500)
        self._agent_clock.timeout.connect(self.show_agent_state)
        self.docks: dict[str, QDockWidget] = {}  # by the dock's name
        self.sections: dict[str, QWidget] = {}  # card and notes sections by name
        self.hotkeys: dict[str, QAction] = {}
        self.call_menu = None
        self._titles: dict[str, str] = {}  # a dock's English title, by the dock's name
        self._hotkeys: dict[str, Hotkey] = {}
        follow_language(self, self.retranslate)  # console/languages.py: now and on `ctl language`

    def retranslate(self) -> None:
        """The window's own words, again in the language now chosen (the views of the features
        word themselves through console/languages.py's follow_language)."""
        self.setWindowTitle(self.tr("Agent Console — %1").replace("%1", self.agent_name))
        self.cards.setAccessibleName(self.tr("Customer cards"))
        self.cards.tabBar().setAccessibleName(self.tr("Customer cards, one per call"))
        for i in range(self.cards.count()):
            view = self.cards.widget(i)
            if not view.call_id:
                self.cards.setTabText(i, self.tr("No call"))
            elif view.call_id and self.cards.tabToolTip(i) == "":
                self.cards.setTabText(i, self.tr("Ringing…"))
        if self.call_menu is not None:
            self.call_menu.setTitle(self.tr("&Call"))
        # a feature marks its dock's title with QT_TRANSLATE_NOOP("Docks", ...) and its menu text
        # with QT_TRANSLATE_NOOP("Shortcuts", ...); unmarked ones stay as written
        for name, dock in self.docks.items():
            dock.setWindowTitle(QCoreApplication.translate("Docks", self._titles[name]))
        for name, action in self.hotkeys.items():
            if name in self._hotkeys:
                action.setText(_menu_text(self._hotkeys[name]))
                action.setToolTip(_menu_tip(self._hotkeys[name]))
        self.show_agent_state()
        if self.hotkeys:  # the keys in the tooltips, once the views have worded theirs (they hear it after us)
            QTimer.singleShot(0, self, lambda: describe_controls(self, self.hotkeys))

    def place(self, features: Features, role: str) -> None:
        """Build and place what the features added; docks not meant for `role` are left out."""
        for section in features.all(CardSection):
            self.sections[section.name] = widget = section.factory(self)
            self._card_column.addWidget(widget)
        for section in features.all(NotesSection):
            self.sections[section.name] = widget = section.factory(self)
            self.notes.layout().addWidget(widget)
        for point in features.all(Dock):
            if point.shown_for and role not in point.shown_for:
                continue
            dock = QDockWidget(QCoreApplication.translate("Docks", point.title), self)
            dock.setObjectName(f"dock.{point.name}")  # stable: the window's saved layout finds it by this
            dock.setWidget(point.factory(self))
            self.addDockWidget(_AREAS[point.area], dock)
            first = next((d for d in self.docks.values() if self.dockWidgetArea(d) == _AREAS[point.area]), None)
            if first is not None:  # the same place as another: tabs, not two strips too thin to read
                self.tabifyDockWidget(first, dock)  # (a shown window lays the tabs out in its next turn)
                QTimer.singleShot(0, self, (dock if point.front else first).raise_)
            if point.size:
                across = point.area in ("top", "bottom")
                self.resizeDocks([dock], [point.size],
                                 Qt.Orientation.Vertical if across else Qt.Orientation.Horizontal)
            self.docks[point.name] = dock
            self._titles[point.name] = point.title
        menu = self.call_menu = self.menuBar().addMenu(self.tr("&Call"))  # every key and its shortcut (console/shortcuts.py)
        menu.setObjectName("callMenu")
        for key in sorted(features.all(Hotkey), key=lambda k: ORDER.get(k.name, len(ORDER))):
            action = QAction(_menu_text(key), self)
            action.setObjectName(f"hotkey.{key.name}")
            action.setShortcut(QKeySequence(key.keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(_menu_tip(key))
            action.triggered.connect(lambda _=False, k=key: self._press(k))
            self.addAction(action)
            if key.name in GROUP_STARTS and menu.actions():
                menu.addSeparator()
            menu.addAction(action)
            self.hotkeys[key.name] = action
            self._hotkeys[key.name] = key
        for kind in (CardSection, NotesSection, Dock, Hotkey):
            features.placed(kind, "main window")
        describe_controls(self, self.hotkeys)

    def _press(self, key: Hotkey) -> None:
        try:
            key.action()
        except Exception as exc:  # noqa: BLE001 - a key must never take the console down
            log.exception("hotkey %s (%s) failed", key.name, key.owner)
            self.statusBar().showMessage(shown(self.tr("%1 did not work: %2").replace("%1", key.description or key.name)
                                               .replace("%2", str(exc)), 300), 8000)

    def follow_agent(self, agent: AgentState) -> None:
        """The status bar and the call header show the agent's state and its clock."""
        self.agent = agent
        agent.changed.connect(self.show_agent_state)
        self.book.changed.connect(self.show_agent_state)  # a wrap-up began or ended: its clock
        self._agent_clock.start()
        self.show_agent_state()

    def show_agent_state(self, *_: object) -> None:
        if self.agent is None:
            return
        shown = self.agent.shown()
        self.agent_status.setText(f"{self.agent_name} · {shown.line()}")
        self.call_panel.show_agent(shown)

    def card_view(self, call_id: str) -> CustomerCardView:
        """The card tab of a call. A call takes over an idle tab (so the ringing path builds no
        tab); only calls at the same time get tabs of their own."""
        view = self._card_views.get(call_id)
        if view is not None:
            return view
        idle = [self.cards.widget(i) for i in range(self.cards.count()) if not self.cards.widget(i).call_id]
        if idle:
            view = idle[0]
        else:
            view = CustomerCardView("")
            self.cards.addTab(view, self.tr("Ringing…"))
        view.call_id = call_id
        self._card_views[call_id] = view
        if self.cards.currentWidget() is not view:
            self.cards.setCurrentWidget(view)
        return view

    def set_card_title(self, call_id: str, title: str) -> None:
        """The tab shows the caller's name: short and literal; the whole name is its tooltip."""
        view = self._card_views.get(call_id)
        if view is not None:
            index = self.cards.indexOf(view)
            if self.cards.tabText(index) != tab_title(title):
                self.cards.setTabText(index, tab_title(title))
                self.cards.setTabToolTip(index, tooltip(title))

    def drop_card(self, call_id: str) -> None:
        """The call's card is no longer needed; the last tab stays as the idle card."""
        view = self._card_views.pop(call_id, None)
        if view is None:
            return
        view.call_id = ""
        if self.cards.count() > 1:
            self.cards.removeTab(self.cards.indexOf(view))
            view.deleteLater()
        else:
            view.show_idle()
            self.cards.setTabText(0, self.tr("No call"))
            self.cards.setTabToolTip(0, "")

    def show_call(self, call_id: str) -> None:
        view = self._card_views.get(call_id)
        if view is not None:
            self.cards.setCurrentWidget(view)
        self.book.select(call_id)


def _menu_tip(key: Hotkey) -> str:
    return QCoreApplication.translate("Shortcuts", key.description) if key.description else _menu_text(key)


def _menu_text(key: Hotkey) -> str:
    return QCoreApplication.translate("Shortcuts", MENU_TEXTS.get(key.name) or key.description or key.name)
