"""Notes that could not be saved yet (disk full, database read-only): kept, marked, retried.

What the agent sees while a note is not on disk: the red banner over the notes (it clears
only when the text is really saved), a warning sign on the call's card tab, and on quit a
question (try again / copy the note / quit anyway). What happens meanwhile: the save is
tried again with a growing pause (2 s, 4 s … 30 s), and at once after the next keystroke
(the autosave). A quit without the agent (``ctl quit``) writes a last-resort copy elsewhere
(:mod:`console.notes_rescue`), put back on the next start.

Events: ``draft.unsaved`` (key, message) when a note first fails to save, ``draft.saved``
(key, chars) when it finally is.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QMessageBox, QStyle

from crm_adapters.outbox import StorageProblem

from console.config import APP_NAME
from console.model.events import DraftSaved, DraftsRescued, DraftUnsaved
from console.notes_rescue import RescueCopy, RescuedDraft, RescueProblem

log = logging.getLogger(__name__)

RETRY_FIRST_S = 2.0
RETRY_MAX_S = 30.0


def problem_sentence(exc: StorageProblem) -> str:
    """What the banner says while a note is only on screen."""
    if exc.reason == "disk_full":
        return "Not saved: the disk is full. The note is kept on screen and saved as soon as there is room."
    if exc.reason == "read_only":
        return ("Not saved: the database file is read-only. The note is kept on screen and saved as soon as "
                "IT fixes the file permissions.")
    return "Not saved: the local database cannot store the note now. The note is kept on screen and saved as soon as it can."


def rescue_folders(config_path: Path | None) -> list[Path]:
    """Where a last-resort copy may go: beside the config file, the user's config folder, the
    user's runtime folder (in memory on most desktops: it survives a crash, not a reboot)."""
    folders = [config_path.parent] if config_path is not None else []
    folders.append(Path(platformdirs.user_config_dir(APP_NAME)))
    if sys.platform != "linux" or os.environ.get("XDG_RUNTIME_DIR"):  # never a guessed folder in /tmp
        folders.append(Path(platformdirs.user_runtime_dir(APP_NAME)))
    return folders


class UnsavedDrafts(QObject):
    def __init__(self, after_call) -> None:  # console.after_call.AfterCall (not imported: no cycle)
        super().__init__(after_call)
        self.ac = after_call
        config = after_call.app.config
        self.rescue = RescueCopy(config.data_dir, rescue_folders(config.path))
        self.retries: dict[str, Callable[[], None]] = {}  # key -> how to save it again (in the background)
        self.finishing: set[str] = set()  # keys whose retry finishes a wrap-up / logs a call
        self.problem = ""
        self.delay_s = RETRY_FIRST_S
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retry)
        self._retrying = False
        self.copy_left = False  # a last-resort copy exists that is not yet in the database
        after_call.window.installEventFilter(self)

    def keys(self) -> list[str]:
        return list(self.retries)

    # -- a save failed / worked ------------------------------------------------------------------
    def failed(self, key: str, exc: StorageProblem, retry: Callable[[], None] | None = None) -> None:
        """``key``'s text is only on screen: say so, mark it, and try again later."""
        first = key not in self.retries
        if retry is not None:
            self.finishing.add(key)  # a save the agent asked for (wrap-up done): redone, not just the draft
            self.retries[key] = retry
        elif key not in self.retries:
            self.retries[key] = lambda: self._save_draft_again(key)
        self.problem = problem_sentence(exc)
        self.ac.warn(self.problem)
        self._mark(key, True)
        if first:
            self.ac.post(DraftUnsaved(key, self.problem))
        if not self._retrying and not self._timer.isActive():  # keystrokes do not push it further out
            self._schedule()

    def saved(self, key: str, draft: bool = True) -> None:
        """``key``'s text is on disk: as a draft (``draft``), or in the saved call log."""
        if draft and key in self.finishing:  # the draft is safe; the wrap-up save is still owed
            if not self._retrying:
                QTimer.singleShot(0, self.retry)
            return
        self.finishing.discard(key)
        if key in self.retries:
            del self.retries[key]
            self._mark(key, False)
            self.ac.post(DraftSaved(key, len(self.ac.texts.get(key, ""))))
            log.info("a note that could not be saved before is saved now")
            if not self.retries:
                self.ac.notes.show_info("Saved: the notes that were only on screen are stored now.")
            elif not self._retrying:
                QTimer.singleShot(0, self.retry)  # the disk has room: the others at once
        if not self.retries:
            self.delay_s = RETRY_FIRST_S
            self._timer.stop()
            self.ac.clear_warning()
            if self.copy_left:  # everything is in the database: an old copy must not come back
                self.rescue.remove()
                self.copy_left = False

    def _save_draft_again(self, key: str) -> None:
        if key not in self.ac.texts and key not in self.ac.book:  # that call was dropped meanwhile
            self.saved(key, draft=False)
            return
        self.ac._store_draft_for(key)

    def _schedule(self) -> None:
        self._timer.start(int(self.delay_s * 1000))
        self.delay_s = min(self.delay_s * 2, RETRY_MAX_S)

    def retry_now(self) -> bool:
        """For the moments the agent waits on purpose (closing): try every unsaved note once and
        wait (bounded) for the answers. True when all are saved."""
        self.ac.background.drain()
        self.retry()
        self.ac.background.drain()
        return not self.retries

    def retry(self) -> bool:
        """Ask the background helper to save every unsaved note again (answers come later)."""
        if self._retrying:
            return not self.retries
        self._retrying = True
        try:
            for key, action in list(self.retries.items()):
                if self.retries.get(key) is not action:
                    continue
                try:
                    action()
                except Exception:  # noqa: BLE001 - one bad retry must not stop the others
                    log.exception("saving an unsaved note again failed")
        finally:
            self._retrying = False
        if self.retries:
            self._schedule()
        return not self.retries

    def _mark(self, key: str, unsaved: bool) -> None:
        cards = self.ac.window.cards
        for i in range(cards.count()):
            if getattr(cards.widget(i), "call_id", "") == key:
                cards.setTabIcon(i, cards.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                                 if unsaved else QIcon())
                cards.setTabToolTip(i, "The notes of this call are not saved yet." if unsaved else "")

    # -- quitting ----------------------------------------------------------------------------------
    def on_quit(self) -> None:
        """The console is closing (``ctl quit``, the session ends): one last try, then the copy."""
        self.ac.notes.flush()
        self.ac.background.drain()
        if not self.retries or self.retry_now():
            return
        path = self.rescue.write(self.rescued())
        self.copy_left = self.copy_left or path is not None
        if path is None:
            log.error("%d unsaved note(s) could not be saved anywhere before the console closed", len(self.retries))
        else:
            self.ac.post(DraftsRescued(self.keys(), str(path)))

    def rescued(self) -> list[RescuedDraft]:
        drafts = []
        for key in self.retries:
            call = self.ac.book.get(key)
            drafts.append(RescuedDraft(key, self.ac.texts.get(key, ""), call.draft_context() if call else {}))
        return drafts

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Only a close the agent asked for (window button, Alt+F4) is questioned; one made by
        # the program itself (tests, shutdown) goes through.
        if event.type() == QEvent.Type.Close and event.spontaneous() and not self.may_close():
            event.ignore()
            return True
        return False

    def may_close(self) -> bool:
        """Ask the agent when notes are still unsaved; True = the window may close."""
        self.ac.notes.flush()
        self.ac.background.drain()
        while self.retries and not self.retry_now():
            box = QMessageBox(self.ac.window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setWindowTitle(self.tr("Notes not saved"))
            box.setText(self.tr("%n note(s) are not saved.", "", len(self.retries)) + f" {self.problem}")
            box.setInformativeText(self.tr("Free some disk space and try again, or copy the notes to paste them "
                                           "somewhere safe. If you quit anyway, a copy is kept outside the full "
                                           "disk when possible and put back at the next start."))
            again = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
            copy = box.addButton(self.tr("Copy the notes"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(self.tr("Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(again)
            box.exec()
            clicked = box.clickedButton()
            if clicked is again:
                continue
            if clicked is copy:
                QGuiApplication.clipboard().setText("\n\n".join(d.text for d in self.rescued()))
                self.ac.window.statusBar().showMessage(self.tr("The unsaved notes are on the clipboard: paste them "
                                                               "somewhere safe."), 30000)
                return False
            return True  # quit anyway: on_quit writes the last-resort copy
        return True

    # -- starting -----------------------------------------------------------------------------------
    def copy_restored(self) -> None:
        """The drafts of a copy were put back and tried once: the copy goes when all are saved."""
        self.copy_left = True
        if not self.retries:
            self.rescue.remove()
            self.copy_left = False

    def take_rescued(self) -> tuple[Path | None, list[RescuedDraft]]:
        """A copy left by the last quit, if any (problems with it are shown, not raised)."""
        try:
            return self.rescue.read()
        except RescueProblem as exc:
            self.ac.notes.show_info(exc.message)
            log.warning("%s", exc.message)
            return None, []
