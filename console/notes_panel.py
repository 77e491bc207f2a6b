"""The agent's notes for the current call."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class NotesPanel(QFrame):
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        title = QLabel("NOTES")
        title.setObjectName("panelTitle")
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText("Notes for this call — they travel with transfers and go to the CRM.")
        self.editor.textChanged.connect(lambda: self.changed.emit(self.editor.toPlainText()))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.editor, 1)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def append(self, text: str) -> None:
        self.editor.appendPlainText(text)
