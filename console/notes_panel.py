"""The agent's notes for the call in front of them: saved as they type, never lost.

Why each part is here:
* autosave: ``draft_due`` fires at most ``AUTOSAVE_MS`` after the first keystroke since the
  last save (not "after typing stops"), so a crash while typing non-stop still loses at most
  that much;
* the warning banner: when the disk is full or the database read-only the agent must see it
  at once, next to the words that are still only on screen;
* snippets and previous notes: the common phrases one click away, and what was said on the
  last calls without leaving the call;
* two buttons: "Save note" stores the text now and keeps the wrap-up going; "Wrap-up done"
  (``save_requested``) saves the call log and ends the wrap-up. One button for both made agents
  end wrap-up by accident;
* Tab leaves the notes (keyboard users must get out of a text box); Ctrl+Tab types a tab, or
  Tab itself with ``[keys] tab_in_notes = true``.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
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

from console.languages import follow_language
from console.messages import say
from console.plain_text import PlainLabel

AUTOSAVE_MS = 500
DEFAULT_SNIPPETS = [  # in the agent's language; a site's own snippets stay as written
    QT_TRANSLATE_NOOP("Snippets", "Customer asked for a call-back."),
    QT_TRANSLATE_NOOP("Snippets", "Sent the offer by e-mail."),
    QT_TRANSLATE_NOOP("Snippets", "Verified identity (date of birth, address)."),
    QT_TRANSLATE_NOOP("Snippets", "Explained the invoice."),
    QT_TRANSLATE_NOOP("Snippets", "Escalated to the team lead."),
]
_BANNER_STYLE = ("background: #b91c1c; color: white; font-weight: 700; font-size: 14px; "
                 "padding: 8px; border-radius: 6px;")


class NotesEditor(QPlainTextEdit):
    """The notes box: Tab moves to the next control, Ctrl+Tab types a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)


class NotesPanel(QFrame):
    changed = Signal(str)  # every edit
    draft_due = Signal(str)  # time to store the draft (at most AUTOSAVE_MS after an edit)
    save_requested = Signal()  # "Wrap-up done": save the call log and end the wrap-up

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.title = title = QLabel()
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
        self.editor = NotesEditor()
        self.editor.setProperty("hotkey", "note")
        self.snippets = QComboBox()
        # sized by a short text, not the longest snippet: the window must fit 1280 px with the lead's board
        self.snippets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.snippets.setMinimumContentsLength(14)
        self._snippets = list(DEFAULT_SNIPPETS)
        self._previous: list[str] = []
        self.snippets.activated.connect(self._insert_snippet)
        self.previous_button = QPushButton()
        self.previous_button.setCheckable(True)
        self.previous_button.setEnabled(False)
        self.previous = QTextBrowser()
        self.previous.hide()
        self.previous.setMaximumHeight(180)
        self.previous_button.toggled.connect(self.previous.setVisible)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveNote")
        self.save_button.clicked.connect(self.save_now)
        self.wrapup_button = QPushButton()
        self.wrapup_button.setObjectName("wrapupDone")
        self.wrapup_button.setProperty("hotkey", "wrapup_done")
        self.wrapup_button.setEnabled(False)
        self.wrapup_button.clicked.connect(lambda: self.save_requested.emit())
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
        tools.addWidget(self.wrapup_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(self.context)
        layout.addWidget(self.info)
        layout.addWidget(self.editor, 1)
        layout.addLayout(tools)
        layout.addWidget(self.previous)
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.title.setText(self.tr("NOTES"))
        self.editor.setPlaceholderText(self.tr("Notes for this call — they travel with transfers and go to the CRM."))
        self.editor.setAccessibleName(self.tr("Notes for this call"))
        self.snippets.setToolTip(self.tr("Insert a snippet"))
        self.snippets.setAccessibleName(self.tr("Insert a snippet"))
        self.set_snippets(self._snippets)
        self.previous_button.setText(self.tr("Previous notes"))
        self.previous_button.setAccessibleName(self.tr("Previous notes"))
        self.previous.setAccessibleName(self.tr("Notes of earlier calls"))
        self.set_previous(self._previous)
        self.save_button.setText(self.tr("Save note"))
        self.save_button.setToolTip(self.tr("Store the notes now; the wrap-up goes on"))
        self.save_button.setAccessibleName(self.tr("Save note"))
        self.wrapup_button.setText(self.tr("Wrap-up done"))
        tip = self.tr("Save the call log with these notes and the disposition, and end the wrap-up")
        self.wrapup_button.setToolTip(tip)
        self.wrapup_button.setAccessibleName(self.tr("Wrap-up done"))

    # -- text ------------------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Show another call's notes (no autosave: nothing was typed); the last call's "saved" goes."""
        self.show_info("")
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

    def save_now(self) -> None:
        """"Save note": the draft is stored at once (the wrap-up, if any, goes on)."""
        self._autosave.stop()
        self.draft_due.emit(self.text())
        self.show_info(say("notes.saved_in_wrapup" if self.wrapup_button.isEnabled() else "notes.saved"))

    def set_tab_inserts(self, on: bool) -> None:
        """[keys] tab_in_notes: Tab types a tab in the notes instead of moving on."""
        self.editor.setTabChangesFocus(not on)

    def cancel_autosave(self) -> None:
        """The text was saved for good (or thrown away): no draft must be written for it."""
        self._autosave.stop()

    def _edited(self) -> None:
        self.changed.emit(self.text())
        if not self._loading and not self._autosave.isActive():
            self._autosave.start()

    # -- helpers around the text --------------------------------------------------------------
    def set_snippets(self, snippets: list[str]) -> None:
        self._snippets = list(snippets)
        self.snippets.clear()
        self.snippets.addItem(self.tr("Insert snippet…"))
        self.snippets.addItems([QCoreApplication.translate("Snippets", s) for s in snippets])

    def _insert_snippet(self, index: int) -> None:
        if index > 0:
            self.editor.insertPlainText(self.snippets.itemText(index) + " ")
            self.editor.setFocus()
        self.snippets.setCurrentIndex(0)

    def set_previous(self, entries: list[str]) -> None:
        """What was written on earlier calls, newest first (already formatted lines)."""
        self._previous = list(entries)
        self.previous.setPlainText("\n\n".join(entries) if entries else self.tr("No earlier notes."))
        self.previous_button.setEnabled(bool(entries))
        if not entries:
            self.previous_button.setChecked(False)

    def set_context(self, text: str, can_save: bool = False) -> None:
        """Whose notes these are; ``can_save``: the call is in wrap-up, so it can be finished."""
        self.context.setText(text)
        self.wrapup_button.setEnabled(can_save)

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
