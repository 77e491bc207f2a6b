"""The supervision audit for team leads: who listened to whom, when, in which mode, and what
was refused (the last week, newest at the bottom)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from console.outside_text import shown

OUTCOME_WORDS = {"started": "started", "mode": "mode changed", "ended": "ended", "refused": "refused"}


class AuditView(QWidget):
    shown = Signal()  # on screen: read the audit again

    def __init__(self, name_of, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("supervisionAudit")
        self.name_of = name_of
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Supervisor"), self.tr("Agent"),
                                              self.tr("Customer call"), self.tr("Mode"), self.tr("What"),
                                              self.tr("Reason")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        QVBoxLayout(self).addWidget(self.table)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt name)
        super().showEvent(event)
        self.shown.emit()

    def show_entries(self, entries) -> None:  # noqa: ANN001 - tuple[AuditEntry, ...]
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            cells = [datetime.fromtimestamp(e.at).strftime("%d.%m. %H:%M:%S"), self.name_of(e.supervisor),
                     self.name_of(e.agent), e.customer_call, e.mode, OUTCOME_WORDS.get(e.outcome, e.outcome), e.reason]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(shown(text, 120)))
        self.table.scrollToBottom()
