"""The agent's notes for the call in front of them: saved as they type, never lost.

Why each part is here:
* autosave: ``draft_due`` fires at most ``AUTOSAVE_MS`` after the first keystroke since the
  last save (not "after typing stops"), so a crash while typing non-stop still loses at most
  that much;
* the warning banner: when the disk is full or the database read-only the agent must see it
  at once, next to the words that are still only on screen;
* snippets and previous notes: the common phrases one click away, and what was said on the
  last calls without leaving the call.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.plain_text import PlainLabel

AUTOSAVE_MS = 500
DEFAULT_SNIPPETS = [
    "Customer asked for a call-back.",
    "Sent the offer by e-mail.",
    "Verified identity (date of birth, address).",
    "Explained the invoice.",
    "Escalated to the team lead.",
]
_BANNER_STYLE = ("background: #b91c1c; color: white; font-weight: 700; font-size: 14px; "
                 "padding: 8px; border-radius: 6px;")


class NotesPanel(QFrame):
    changed = Signal(str)  # every edit
    draft_due = Signal(str)  # time to store the draft (at most AUTOSAVE_MS after an edit)
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        title = QLabel("NOTES")
        title.setObjectName("panelTitle")
        self.context = PlainLabel("")  # which call / customer these notes belong to (outside text: plain)
        self.context.setObjectName("callState")
        self.banner = QLabel("")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # its sentences can carry error text and paths
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.hide()
        self.info = QLabel("")  # quiet messages: "restored after restart", "saved"
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setObjectName("emptyHint")
        self.info.hide()
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText("Notes for this call — they travel with transfers and go to the CRM.")
        self.snippets = QComboBox()
        self.snippets.setToolTip("Insert a snippet")
        self.set_snippets(DEFAULT_SNIPPETS)
        self.snippets.activated.connect(self._insert_snippet)
        self.previous_button = QPushButton("Previous notes")
        self.previous_button.setCheckable(True)
        self.previous_button.setEnabled(False)
        self.previous = QTextBrowser()
        self.previous.hide()
        self.previous.setMaximumHeight(180)
        self.previous_button.toggled.connect(self.previous.setVisible)
        self.save_button = QPushButton("Save note")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_requested.emit())
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(lambda: self.draft_due.emit(self.text()))
        self._loading = False
        self.editor.textChanged.connect(self._edited)

        tools = QHBoxLayout()
        tools.addWidget(self.snippets, 1)
        tools.addWidget(self.previous_button)
        tools.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(self.context)
        layout.addWidget(self.info)
        layout.addWidget(self.editor, 1)
        layout.addLayout(tools)
        layout.addWidget(self.previous)

    # -- text ------------------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Show another call's notes (no autosave: nothing was typed)."""
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False

    def append(self, text: str) -> None:
        self.editor.appendPlainText(text)

    def flush(self) -> None:
        """Store the draft now if an autosave is waiting (before switching calls, on quit)."""
        if self._autosave.isActive():
            self._autosave.stop()
            self.draft_due.emit(self.text())

    def cancel_autosave(self) -> None:
        """The text was saved for good (or thrown away): no draft must be written for it."""
        self._autosave.stop()

    def _edited(self) -> None:
        self.changed.emit(self.text())
        if not self._loading and not self._autosave.isActive():
            self._autosave.start()

    # -- helpers around the text --------------------------------------------------------------
    def set_snippets(self, snippets: list[str]) -> None:
        self.snippets.clear()
        self.snippets.addItem("Insert snippet…")
        self.snippets.addItems(snippets)

    def _insert_snippet(self, index: int) -> None:
        if index > 0:
            self.editor.insertPlainText(self.snippets.itemText(index) + " ")
            self.editor.setFocus()
        self.snippets.setCurrentIndex(0)

    def set_previous(self, entries: list[str]) -> None:
        """What was written on earlier calls, newest first (already formatted lines)."""
        self.previous.setPlainText("\n\n".join(entries) if entries else "No earlier notes.")
        self.previous_button.setEnabled(bool(entries))
        if not entries:
            self.previous_button.setChecked(False)

    def set_context(self, text: str, can_save: bool = False) -> None:
        self.context.setText(text)
        self.save_button.setEnabled(can_save)

    def show_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def show_problem(self, message: str) -> None:
        """The loud warning: red, on top of the notes, until the text is really saved (the
        owner, :mod:`console.unsaved_drafts`, clears it only then)."""
        self.banner.setText("⚠ " + message)
        self.banner.show()

    def clear_problem(self) -> None:
        self.banner.hide()
        self.banner.setText("")

    @property
    def problem(self) -> str:
        return self.banner.text() if self.banner.isVisible() or self.banner.text() else ""
