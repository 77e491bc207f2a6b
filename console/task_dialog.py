"""A follow-up task or a promised call-back, made from the window: for whom, what, and when.

Why quick choices: an agent promising "I'll call you back in an hour" has the customer on the
line; picking the time must take one key (Alt+1 … Alt+4), not a calendar. Everything is
reachable from the keyboard: Tab moves, Enter saves, Esc cancels.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_adapters.numbers import normalise
from crm_adapters.outbox import ANY_CRM
from crm_adapters.vocabulary import FollowUpTask

from console.format import date_time
from console.messages import say
from console.plain_text import MAX_LINE, PlainLabel, shown

log = logging.getLogger(__name__)
KINDS = (("callback", QT_TRANSLATE_NOOP("TaskDialog", "Call-back")), ("task", QT_TRANSLATE_NOOP("TaskDialog", "Task")))
QUICK_WORDS = (QT_TRANSLATE_NOOP("TaskDialog", "In 15 min"), QT_TRANSLATE_NOOP("TaskDialog", "In 1 h"),
               QT_TRANSLATE_NOOP("TaskDialog", "Tomorrow 9:00"), QT_TRANSLATE_NOOP("TaskDialog", "Monday 9:00"))
TITLE_MAX = 500  # as the task list stores it


@dataclass(frozen=True)
class TaskRequest:
    """What the agent asked for; ``due`` is aware (UTC)."""

    title: str
    kind: str  # callback | task
    due: datetime
    number: str = ""
    customer_name: str = ""
    customer_ids: dict[str, str] = field(default_factory=dict)
    call_id: str = ""


def quick_choices(now: datetime | None = None) -> list[tuple[str, datetime]]:
    """The times an agent promises most: soon, in an hour, tomorrow morning, next week (local)."""
    now = (now or datetime.now(timezone.utc)).astimezone()
    tomorrow = (now + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    monday = (now + timedelta(days=7 - now.weekday())).replace(hour=9, minute=0, second=0, microsecond=0)
    return [("In 15 min", now + timedelta(minutes=15)), ("In 1 h", now + timedelta(hours=1)),
            ("Tomorrow 9:00", tomorrow), ("Monday 9:00", monday)]


class TaskDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, customer_name: str = "", number: str = "",
                 title: str = "", kind: str = "callback", due: datetime | None = None,
                 customer_ids: dict[str, str] | None = None, call_id: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New call-back or task"))
        self.setObjectName("taskDialog")
        self.customer_ids = dict(customer_ids or {})
        self.call_id = call_id
        self.customer_name = shown(customer_name, MAX_LINE)
        self.request: TaskRequest | None = None
        who = PlainLabel(self.customer_name or self.tr("No customer: the task is for the number below"), limit=MAX_LINE)
        who.setObjectName("taskCustomer")
        self.kind = QComboBox()
        for code, label in KINDS:
            self.kind.addItem(self.tr(label), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.setAccessibleName(self.tr("Kind of task"))
        self.title = QLineEdit(shown(title, TITLE_MAX) or (self.tr("Call back") if kind == "callback" else ""))
        self.title.setMaxLength(TITLE_MAX)
        self.title.setAccessibleName(self.tr("What to do"))
        self.number = QLineEdit(shown(number, 64))
        self.number.setMaxLength(64)
        self.number.setAccessibleName(self.tr("Number to call back"))
        self.due = QDateTimeEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due.setAccessibleName(self.tr("Due date and time"))
        self.set_due(due or quick_choices()[1][1])
        quick = QHBoxLayout()
        self.quick_buttons: dict[str, QPushButton] = {}
        for i, (label, when) in enumerate(quick_choices(), 1):
            button = QPushButton(f"&{i} {self.tr(label)}")
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Due: %1 (Alt+%2)").replace("%1", self.tr(label)).replace("%2", str(i)))
            button.clicked.connect(lambda _=False, label=label: self.choose(label))
            quick.addWidget(button)
            self.quick_buttons[label] = button
        self.problem = PlainLabel("", limit=300)
        self.problem.setObjectName("taskProblem")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Customer"), who)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&What"), self.title)
        form.addRow(self.tr("&Number"), self.number)
        form.addRow(self.tr("&Due"), self.due)
        form.addRow("", quick)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.due.setFocus(Qt.FocusReason.OtherFocusReason)  # the one thing always asked: when

    def set_due(self, when: datetime) -> None:
        local = when.astimezone()
        self.due.setDateTime(QDateTime.fromSecsSinceEpoch(int(local.timestamp())))

    def choose(self, label: str) -> None:
        when = dict(quick_choices())[label]
        self.set_due(when)

    def due_time(self) -> datetime:
        return datetime.fromtimestamp(self.due.dateTime().toSecsSinceEpoch(), timezone.utc)

    def _kind_changed(self) -> None:
        callback = self.kind.currentData() == "callback"
        self.number.setEnabled(callback or bool(self.number.text()))

    def accept(self) -> None:
        title = shown(self.title.text(), TITLE_MAX).strip()
        kind = self.kind.currentData()
        number = self.number.text().strip()
        if not title:
            return self._refuse("task.needs_title", self.title)
        if kind == "callback" and not number:
            return self._refuse("task.needs_number", self.number)
        if not self.customer_ids and not number:
            return self._refuse("task.needs_customer", self.number)
        self.request = TaskRequest(title, kind, self.due_time(), number, self.customer_name, dict(self.customer_ids),
                                   self.call_id)
        super().accept()

    def _refuse(self, code: str, field_: QWidget) -> None:
        self.problem.setText(say(code))
        self.problem.show()
        field_.setFocus(Qt.FocusReason.OtherFocusReason)


def ask_for_task(parent: QWidget | None, on_save: Callable[[TaskRequest], None], **given) -> TaskDialog:
    """Open the dialog (window-modal, not blocking the console: calls keep ringing, `ctl` keeps
    answering); ``on_save(request)`` runs once the agent saves. ``given``: customer_name, number,
    title, kind, due, customer_ids, call_id."""
    dialog = TaskDialog(parent, **given)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_save(dialog.request) if dialog.request is not None else None)
    dialog.open()
    dialog.activateWindow()  # the keyboard goes to it: the agent types the time at once
    return dialog


# ---- making tasks in the running console ------------------------------------------------------------
def task_keys() -> str:
    """The "task" key of the window's key table (console/shortcuts.py; [keys] task = … changes it)."""
    try:
        from console.shortcuts import DEFAULTS
    except ImportError:
        return "Ctrl+Shift+F"
    return DEFAULTS.get("task", "Ctrl+Shift+F")


def is_callback_disposition(code: str, label: str = "") -> bool:
    """A disposition that promises a call-back: its code ends in "callback" ("followup.callback")
    or its label says "call-back" / "call back"."""
    last = code.rsplit(".", 1)[-1].lower().replace("-", "").replace("_", "")
    words = label.lower().replace("-", " ")
    return last == "callback" or "call back" in words or "callback" in words


class TaskMaker(QObject):
    """The dialog for the call in front of the agent (the "task" key), and at once when a call-back
    disposition is chosen; the task is saved and queued for the CRMs as `ctl task` saves it."""

    def __init__(self, app) -> None:  # app: console.app.ConsoleApp; after console.after_call
        super().__init__(app.window)
        from console.model.events import DispositionSet

        self.app, self.ac = app, app.after_call
        self.dialog: TaskDialog | None = None
        self._asked: set[str] = set()  # calls whose call-back disposition already opened the dialog
        app.bridge.subscribe(DispositionSet, self._disposition, owner=self)
        app.book.removed.connect(self._asked.discard)

    def _call_in_front(self):
        ac = self.ac
        for call_id in (ac.wrapup.current(), self.app.book.current, ac.focus):
            if call_id and call_id in self.app.book:
                return self.app.book[call_id]
        return None

    def new_task(self, call=None, *, kind: str = "", title: str = ""):
        """The task dialog for the call in front of the agent (or none); saved when the agent saves."""
        call = call or self._call_in_front()
        given = {}
        if call is not None:
            given = dict(customer_name=call.customer_name, number=call.number, customer_ids=dict(call.customer_ids),
                         call_id=call.call_id)
        kind = kind or ("callback" if given.get("number") else "task")
        self.dialog = ask_for_task(self.app.window, self.save, kind=kind, title=title, **given)
        return self.dialog

    def save(self, request) -> None:
        from console.messages import sentence
        from console.model.events import TaskCreated

        box, tell = self.ac.outbox, self.app.window.statusBar().showMessage
        if box is None:
            tell(say("task.no_database"), 15000)
            return
        number = request.number
        if number:
            number = normalise(number, self.app.config.default_region).e164 or number
        ids = dict(request.customer_ids)
        item = FollowUpTask(id="", source="", customer_id=ids.get(ANY_CRM, ""), title=request.title, due=request.due,
                            assignee=self.app.config.agent.id, kind=request.kind, call_id=request.call_id,
                            number=number)

        def saved(done) -> None:
            self.ac.post(TaskCreated(done.record_id, item.title, item.due.isoformat(), item.assignee, item.kind,
                                     item.call_id))
            self.ac.queued(done)
            tell(say("task.saved", title=item.title, due=date_time(item.due)), 8000)

        def failed(exc: BaseException) -> None:  # nothing typed is lost: the dialog comes back, filled in
            log.error("saving a task failed: %s", type(exc).__name__)
            words = say("task.not_saved", title=item.title, reason=sentence(exc))
            tell(words, 30000)
            self.dialog = ask_for_task(self.app.window, self.save, customer_name=request.customer_name,
                                       number=request.number, title=request.title, kind=request.kind, due=request.due,
                                       customer_ids=ids, call_id=request.call_id)
            self.dialog.problem.setText(words)
            self.dialog.problem.show()

        self.ac.background.run(lambda: box.save_task(item, ids, customer_name=request.customer_name), saved, failed,
                               name="saving a task")

    def _disposition(self, event) -> None:
        code, call = event.disposition, self.app.book.get(event.call_id)
        known = getattr(self.ac.views, "disposition_codes", {}).get(code)
        if call is None or event.call_id in self._asked or not is_callback_disposition(code, getattr(known, "label", "")):
            return
        self._asked.add(event.call_id)
        self.new_task(call, kind="callback", title="Call back" + (f" {call.customer_name}" if call.customer_name else ""))
