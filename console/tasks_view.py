"""My tasks: follow-ups and promised call-backs, overdue first, call-backs dial with one click.

Why overdue first: a promised call-back that slips is the moment a customer gives up on us.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from crm_adapters.after_call_store import TaskItem

from console.format import date_time
from console.plain_text import MAX_TEXT, shown


class TasksView(QWidget):
    dial_requested = Signal(str, str)  # number, task record id
    done_requested = Signal(str)  # task record id

    COLUMNS = ["Due", "Task", "Customer", "Number", ""]

    def __init__(self, load: Callable[[], list[TaskItem]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load = load
        self.items: list[TaskItem] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        now = datetime.now(timezone.utc)
        self.items = self.load()
        self.table.setRowCount(len(self.items))
        for row, task in enumerate(self.items):
            due = date_time(task.due) if task.due else "—"
            cells = [("OVERDUE " if task.overdue(now) else "") + due, task.title, task.customer_name, task.number]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(shown(text, MAX_TEXT))  # a cell is plain text; capped
                if task.overdue(now):
                    item.setForeground(QBrush(QColor("#9b1c1c")))
                self.table.setItem(row, col, item)
            self.table.setCellWidget(row, 4, self._buttons(task))

    def _buttons(self, task: TaskItem) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        if task.kind == "callback" and task.number:
            call = QPushButton("Call back")
            call.setObjectName("callBack")
            call.clicked.connect(lambda: self.dial_requested.emit(task.number, task.record_id))
            layout.addWidget(call)
        done = QPushButton("Done")
        done.clicked.connect(lambda: self.done_requested.emit(task.record_id))
        layout.addWidget(done)
        return box
