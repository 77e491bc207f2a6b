"""A team lead's private coaching notes about the agent being supervised (issue 12).

The notes live in the team store (:mod:`crm_adapters.store.team.coaching`), one per lead and
agent, never in a CRM. Only a lead's console shows, reads or writes them: a trainee's or an
agent's console has no notes box, and its ``ctl coaching`` is refused with a sentence.

Like the call notes, they are autosaved: at most ``AUTOSAVE_MS`` after a keystroke, on the
team lane (never the GUI thread), again when the session ends and when the console quits. A
save that fails keeps the text on screen, says so under the box and is tried again (2 s, 4 s …
30 s). The text is never logged.

``ctl coaching [AGENT] [--text TEXT…]``: the lead's note about AGENT (default: the agent being
supervised now) as ``{"lead", "agent", "text", "updated"}``; with ``--text`` it is replaced first.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from crm_adapters.store.team.coaching import MAX_CHARS, CoachingNote, read_note, write_note

from console.background import Job
from console.ctl_server import CtlError
from console.format import time_of_day
from console.messages import sentence_for
from console.outside_text import shown

log = logging.getLogger(__name__)

AUTOSAVE_MS = 800
RETRY_FIRST_S = 2.0
RETRY_MAX_S = 30.0
TeamRun = Callable[..., "Job | None"]  # console.team_link.TeamLink.run(work(store), done, failed, name=)


def say(code: str, fallback: str, **params: Any) -> str:
    return sentence_for(code, params, fallback)


class CoachingBox(QWidget):
    """The notes box in the supervising view: a title, the text, and whether it is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachingNotes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("coachingTitle")
        self.title.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("coachingText")
        self.text.setPlaceholderText(self.tr("What you noticed, for the next coaching session…"))
        self.state = QLabel()
        self.state.setObjectName("coachingState")
        self.state.setWordWrap(True)
        for widget in (self.title, self.text, self.state):
            layout.addWidget(widget)


class CoachingNotes(QObject):
    """The lead's notes about one agent at a time: loaded when a session starts, autosaved."""

    def __init__(self, lead: str, role: str, run: Callable[[], TeamRun | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lead, self.role = lead, role
        self._run = run  # the team link's run, None while there is no team feature
        self.box: CoachingBox | None = None
        self.agent, self.agent_name = "", ""
        self.saved_text = ""
        self.loaded = False
        self._filling = False
        self._delay_s = RETRY_FIRST_S
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.save)

    @property
    def for_leads(self) -> bool:
        return self.role == "lead"

    def make_box(self) -> QWidget | None:
        if not self.for_leads:
            return None  # a trainee's console has no notes box at all
        self.box = CoachingBox()
        self.box.text.textChanged.connect(self._typed)
        self._show()
        return self.box

    # -- a session ------------------------------------------------------------------------------
    def open(self, agent: str, agent_name: str) -> None:
        """Show the lead's notes about `agent` (the session started)."""
        if not self.for_leads or (agent == self.agent and self.loaded):
            return  # (the same agent again: the box has the notes already)
        self.save()
        self.agent, self.agent_name, self.loaded, self.saved_text = agent, agent_name, False, ""
        self._fill("")
        self._show()
        job = self._lane(lambda store: read_note(store.engine, self.lead, agent), self._arrived,
                         lambda _exc: self._set_state(say("coaching.not_read", "The coaching notes cannot be read now: "
                                                          "the team store is not answering. Try again in a moment.")),
                         "reading coaching notes")
        if job is None:
            self._set_state(say("coaching.no_team_store", "The team store is not open, so coaching notes cannot be "
                                "kept. Check [team] url in the configuration."))

    def close(self) -> None:
        """The session ended: save now; the notes stay in the box until the next session."""
        self.save()

    def _arrived(self, note: CoachingNote) -> None:
        if note.agent != self.agent or self.loaded:
            return
        self.loaded, self.saved_text = True, note.text
        self._fill(note.text)
        self._show()
        self._set_state(_saved_line(note.updated) if note.updated else "")

    # -- typing and saving ------------------------------------------------------------------------
    def _typed(self) -> None:
        if self._filling:
            return
        if len(self.box.text.toPlainText()) > MAX_CHARS:
            self._fill(self.box.text.toPlainText()[:MAX_CHARS])
        self._autosave.start()

    def text(self) -> str:
        return self.box.text.toPlainText() if self.box is not None else self.saved_text

    def save(self, text: str | None = None) -> Job | None:
        """Store the text now (when it changed) on the team lane; the job answers the stored note."""
        self._autosave.stop()
        if not self.for_leads or not self.agent or not self.loaded:
            return None
        if text is not None:
            self._fill(text)
        text, agent = self.text()[:MAX_CHARS], self.agent
        if text == self.saved_text:
            return None
        self._retry.stop()
        job = self._lane(lambda store: write_note(store.engine, self.lead, agent, text, time.time()),
                         lambda note: self._saved(note, agent), self._not_saved, "saving coaching notes")
        if job is None:
            self._not_saved(None)
        return job

    def _saved(self, note: CoachingNote, agent: str) -> None:
        if agent == self.agent:
            self.saved_text = note.text
            self._delay_s = RETRY_FIRST_S
            self._set_state(_saved_line(note.updated))

    def _not_saved(self, exc: BaseException | None) -> None:
        log.warning("coaching notes not saved yet (%s): kept on screen, tried again in %.0f s",
                    type(exc).__name__ if exc is not None else "no team store", self._delay_s)
        self._set_state(say("coaching.not_saved", "Not saved: the team store is not answering. The notes are kept "
                            "here and saved as soon as it answers."))
        self._retry.start(int(self._delay_s * 1000))
        self._delay_s = min(self._delay_s * 2, RETRY_MAX_S)

    # -- ctl coaching -------------------------------------------------------------------------------
    def ctl(self, args: list[str], watching_agent: str) -> Job:
        if not self.for_leads:
            raise CtlError(say("coaching.leads_only", "Coaching notes are for team leads only ([agent] role = "
                               "\"lead\"): this console cannot show or read them."))
        rest, agent, text = list(args), "", None
        if rest and not rest[0].startswith("-"):
            agent = rest.pop(0)
        if rest and rest[0] == "--text":
            text = " ".join(rest[1:])
            rest = []
        if rest:
            raise CtlError("usage: coaching [AGENT] [--text TEXT…]")
        agent = agent or watching_agent
        if not agent:
            raise CtlError(say("coaching.no_agent", "Name the agent (ctl coaching AGENT): you are not listening to "
                               "anyone's call now."))
        if agent == self.agent and self.loaded:  # the box shows it: the box is the truth
            self.save(text)
        elif text is not None:
            lead, words = self.lead, text
            self._lane(lambda store: write_note(store.engine, lead, agent, words, time.time()), None, None,
                       "saving coaching notes")
        lead = self.lead
        job = self._lane(lambda store: read_note(store.engine, lead, agent).fields(), name="reading coaching notes")
        if job is None:
            raise CtlError(say("coaching.no_team_store", "The team store is not open, so coaching notes cannot be "
                               "kept. Check [team] url in the configuration."))
        return job

    # -- helpers --------------------------------------------------------------------------------------
    def _lane(self, work, done=None, failed=None, name: str = "") -> Job | None:  # noqa: ANN001
        run = self._run()
        return run(work, done, failed, name=name) if run is not None else None

    def _fill(self, text: str) -> None:
        if self.box is not None:
            self._filling = True
            try:
                self.box.text.setPlainText(text)
            finally:
                self._filling = False

    def _show(self) -> None:
        if self.box is None:
            return
        name = shown(self.agent_name or self.agent, 60)
        self.box.title.setText(self.tr("Coaching notes about %1 — only team leads see them; never sent to the CRM")
                               .replace("%1", name) if name else self.tr("Coaching notes"))
        self.box.text.setReadOnly(not self.loaded)

    def _set_state(self, text: str) -> None:
        if self.box is not None:
            self.box.state.setText(text)


def _saved_line(at: float) -> str:
    when = time_of_day(datetime.fromtimestamp(at, timezone.utc)) if at else ""
    return QCoreApplication.translate("CoachingNotes", "Saved at %1.").replace("%1", when) if at else ""
