"""The "Call records" dock for leads: find a past call of the team, play it, see where it is.

It only shows and asks; console.call_records does the work (on the team lane) and tells it
what to show. Everything in the table came from other consoles: shown as plain text.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.languages import follow_language
from console.model.agent_state import clock
from console.plain_text import shown

COLUMNS = (QT_TRANSLATE_NOOP("CallRecordsView", "Started"), QT_TRANSLATE_NOOP("CallRecordsView", "Agent"),
           QT_TRANSLATE_NOOP("CallRecordsView", "Customer"), QT_TRANSLATE_NOOP("CallRecordsView", "Direction"),
           QT_TRANSLATE_NOOP("CallRecordsView", "Length"), QT_TRANSLATE_NOOP("CallRecordsView", "Size"))


class CallRecordsView(QWidget):
    search_requested = Signal(str, str, str)  # agent, customer, day (YYYY-MM-DD)
    play_requested = Signal(int)
    stop_requested = Signal()
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callRecords")
        self.agent = QLineEdit()
        self.customer = QLineEdit()
        self.day = QLineEdit()
        self.search_button = search = QPushButton()
        search.setObjectName("searchRecords")
        for box in (self.agent, self.customer, self.day):
            box.returnPressed.connect(self.search)
        search.clicked.connect(self.search)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.doubleClicked.connect(lambda _i: self._play())
        self.play_button = QPushButton()
        self.play_button.setObjectName("playRecord")
        self.play_button.clicked.connect(self._play)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopRecord")
        self.stop_button.clicked.connect(self.stop_requested.emit)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteRecord")
        self.delete_button.clicked.connect(self._delete)
        self.position = QLabel("")
        self.position.setObjectName("recordPosition")
        filters = QHBoxLayout()
        for widget in (self.agent, self.customer, self.day, search):
            filters.addWidget(widget)
        controls = QHBoxLayout()
        for widget in (self.play_button, self.stop_button, self.position):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(controls)
        self.records: list[dict] = []
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.agent.setPlaceholderText(self.tr("Agent id"))
        self.customer.setPlaceholderText(self.tr("Customer name, id or number"))
        self.day.setPlaceholderText(self.tr("Day (YYYY-MM-DD)"))
        self.search_button.setText(self.tr("Search"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Call records found"))
        self.play_button.setText(self.tr("▶ Play"))
        self.stop_button.setText(self.tr("■ Stop"))
        self.delete_button.setText(self.tr("Delete…"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.records:
            self.search()

    def search(self) -> None:
        self.search_requested.emit(self.agent.text().strip(), self.customer.text().strip(), self.day.text().strip())

    def show_records(self, records: list[dict]) -> None:
        self.records = list(records)
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            started = dt.datetime.fromtimestamp(r["started"]).strftime("%Y-%m-%d %H:%M") if r["started"] else ""
            customer = r["customer_name"] or r["customer_id"] or r["number"]
            values = (started, r["agent_name"] or r["agent_id"], customer,
                      {"in": self.tr("incoming"), "out": self.tr("outgoing")}.get(r["direction"], ""), clock(r["duration_s"]),
                      f"{r['size_bytes'] / 1_000_000:.1f} MB")
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(shown(str(value), 120)))
        self.position.setText("" if self.records else self.tr("No call records found."))

    def say(self, text: str) -> None:
        self.position.setText(shown(text, 300))

    def show_position(self, record_id: int, state: str, position_s: float, length_s: float) -> None:
        words = {"playing": self.tr("Playing record %1"), "finished": self.tr("Played record %1"),
                 "stopped": self.tr("Stopped record %1")}.get(state, state + " %1").replace("%1", str(record_id))
        self.position.setText(f"{words}: {clock(position_s)} / {clock(length_s)}")

    def selected(self) -> int | None:
        row = self.table.currentRow()
        return int(self.records[row]["id"]) if 0 <= row < len(self.records) else None

    def _play(self) -> None:
        record_id = self.selected()
        if record_id is not None:
            self.play_requested.emit(record_id)

    def _delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        record_id = self.selected()
        if record_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete call record"),
                                      self.tr("Delete call record %1 for good? The deletion is written to the audit.")
                                      .replace("%1", str(record_id)))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(record_id)
