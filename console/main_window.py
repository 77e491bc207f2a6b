"""The agent's main window: customer cards on the left, the call and notes on the right."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from console.call_panel import CallPanel
from console.customer_card_view import CustomerCardView
from console.notes_panel import NotesPanel


class MainWindow(QMainWindow):
    def __init__(self, agent_name: str) -> None:
        super().__init__()
        self.setWindowTitle(f"Agent Console — {agent_name}")
        self.resize(1180, 760)
        self.cards = QTabWidget()
        self.cards.setDocumentMode(True)
        self.idle_card = CustomerCardView("")
        self.cards.addTab(self.idle_card, "No call")
        self._card_views: dict[str, CustomerCardView] = {}
        self.call_panel = CallPanel()
        self.notes = NotesPanel()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.call_panel)
        right_layout.addWidget(self.notes, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.cards)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget()
        central.setObjectName("central")
        layout = QHBoxLayout(central)
        layout.addWidget(splitter)
        self.setCentralWidget(central)

        self.sip_status = QLabel("SIP: starting…")
        self.crm_status = QLabel("CRM: starting…")
        self.agent_status = QLabel(f"{agent_name} · ready")
        for label in (self.sip_status, self.crm_status):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.agent_status)

    def card_view(self, call_id: str) -> CustomerCardView:
        """The card tab of a call, created on first use; the idle tab goes away while calls exist."""
        view = self._card_views.get(call_id)
        if view is None:
            view = CustomerCardView(call_id)
            self._card_views[call_id] = view
            idle_index = self.cards.indexOf(self.idle_card)
            if idle_index >= 0:
                self.cards.removeTab(idle_index)
            self.cards.addTab(view, "Ringing…")
            self.cards.setCurrentWidget(view)
        return view

    def set_card_title(self, call_id: str, title: str) -> None:
        view = self._card_views.get(call_id)
        if view is not None:
            self.cards.setTabText(self.cards.indexOf(view), title)

    def drop_card(self, call_id: str) -> None:
        view = self._card_views.pop(call_id, None)
        if view is not None:
            self.cards.removeTab(self.cards.indexOf(view))
            view.deleteLater()
        if not self._card_views and self.cards.indexOf(self.idle_card) < 0:
            self.cards.addTab(self.idle_card, "No call")

    def show_call(self, call_id: str) -> None:
        view = self._card_views.get(call_id)
        if view is not None:
            self.cards.setCurrentWidget(view)
        self.call_panel.select(call_id)
