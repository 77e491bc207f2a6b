"""The agent's main window: customer cards on the left, the call and notes on the right."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from console.call_panel import CallPanel
from console.customer_card_view import CustomerCardView
from console.model.agent_state import AgentState
from console.model.calls import CallBook
from console.notes_panel import NotesPanel
from console.plain_text import PlainLabel, tab_title, tooltip


class MainWindow(QMainWindow):
    def __init__(self, agent_name: str, book: CallBook | None = None) -> None:
        super().__init__()
        self.agent_name = agent_name
        self.book = book if book is not None else CallBook()
        self.setWindowTitle(f"Agent Console — {agent_name}")
        self.resize(1280, 820)
        self.cards = QTabWidget()
        self.cards.setDocumentMode(True)
        self.cards.setElideMode(Qt.TextElideMode.ElideRight)
        self.cards.addTab(CustomerCardView(""), "No call")
        self._card_views: dict[str, CustomerCardView] = {}
        self.call_panel = CallPanel(self.book)
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

        # these carry reasons from the PBX and the CRMs: plain text, elided
        self.sip_status = PlainLabel("SIP: starting…", limit=300)
        self.crm_status = PlainLabel("CRM: starting…", limit=300)
        self.agent_status = PlainLabel(f"{agent_name} · Ready")
        for label in (self.sip_status, self.crm_status):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.agent_status)
        self.agent: AgentState | None = None
        self._agent_clock = QTimer(self)
        self._agent_clock.setInterval(500)
        self._agent_clock.timeout.connect(self.show_agent_state)

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
            self.cards.addTab(view, "Ringing…")
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
            self.cards.setTabText(0, "No call")
            self.cards.setTabToolTip(0, "")

    def show_call(self, call_id: str) -> None:
        view = self._card_views.get(call_id)
        if view is not None:
            self.cards.setCurrentWidget(view)
        self.book.select(call_id)
