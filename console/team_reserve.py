"""The bar an away agent sees when the team lead asks them to join the line.

"Jana asks you to join the line"  [Join now (Ctrl+J)]  [Not now]

One click or one key makes them ready (the wiring does that on ``accepted``); a short sound
draws the eye. PySide6-Essentials has no QtMultimedia, so the sound is the desktop's beep.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from console import theme
from console.plain_text import PlainLabel, shown

JOIN_KEY = "Ctrl+J"

STYLE = """
QFrame#reserveBanner { background: #e8f0fb; border: 1px solid #b6cbe8; border-radius: 8px; }
QLabel#reserveText { color: #17212f; font-size: 14px; font-weight: 600; }
"""


def play_request_sound() -> None:
    QApplication.beep()


class ReserveRequestBanner(QFrame):
    """A bar across the window: the lead's request to join, with "Join now" and "Not now"."""

    accepted = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None, join_key: str = JOIN_KEY) -> None:
        super().__init__(parent)
        self.setObjectName("reserveBanner")
        theme.own_sheet(self, STYLE)  # follows light and dark (console/theme.py)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)  # the sentence above the buttons: it fits a narrow card column
        column.setContentsMargins(12, 8, 12, 8)
        row = QHBoxLayout()
        self.text = PlainLabel(name="reserveText", wrap=True)
        self.join = QPushButton(self.tr("Join now (%1)").replace("%1", QKeySequence(join_key).toString(
            QKeySequence.SequenceFormat.NativeText)))
        self.join.setObjectName("answer")  # the theme's green "go" button
        self.join.setShortcut(QKeySequence(join_key))
        self.join.setDefault(True)
        self.not_now = QPushButton(self.tr("Not now"))
        column.addWidget(self.text)
        row.addWidget(self.join)
        row.addWidget(self.not_now)
        row.addStretch(1)
        column.addLayout(row)
        self.join.clicked.connect(self._accept)
        self.not_now.clicked.connect(self._decline)
        self.hide()

    def ask(self, lead_name: str) -> None:
        """Show the request from ``lead_name`` (outside text: shown literally) and sound it."""
        self.text.setText(self.tr("%1 asks you to join the line").replace("%1", shown(lead_name, 60)))
        self.show()
        self.raise_()
        play_request_sound()

    def _accept(self) -> None:
        if self.isVisible():
            self.hide()
            self.accepted.emit()

    def _decline(self) -> None:
        if self.isVisible():
            self.hide()
            self.declined.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self._decline()
            return
        super().keyPressEvent(event)
