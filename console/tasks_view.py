"""My tasks: follow-ups and promised call-backs, overdue first, call-backs dial with one click.

Why overdue first: a promised call-back that slips is the moment a customer gives up on us.
The list holds the console's own tasks and those the CRMs assign to the agent (adapters with
``assigned_tasks``, see crm_adapters/protocol.py); it says which CRMs cannot list tasks.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import CancelledError
from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from crm_adapters.after_call_store import TaskItem
from crm_adapters.local.my_tasks import CrmTaskLists, read_lists
from crm_adapters.vocabulary import FollowUpTask

from console.format import date_time, time_of_day
from console.languages import follow_language
from console.plain_text import MAX_TEXT, PlainLabel, shown
from console.task_dialog import TaskMaker, task_keys

log = logging.getLogger(__name__)
CRM_KEY = "crm:"  # the key of a CRM's task: "crm:<adapter>:<its id>" (the console's own: its record id)


def crm_key(task: FollowUpTask) -> str:
    return f"{CRM_KEY}{task.source}:{task.id}"


class TasksView(QWidget):
    dial_requested = Signal(str, str)  # number, task key (the record id of the console's own)
    done_requested = Signal(str)  # task record id

    COLUMNS = [QT_TRANSLATE_NOOP("TasksView", "Due"), QT_TRANSLATE_NOOP("TasksView", "Task"),
               QT_TRANSLATE_NOOP("TasksView", "Customer"), QT_TRANSLATE_NOOP("TasksView", "Number"), "",
               QT_TRANSLATE_NOOP("TasksView", "From")]

    def __init__(self, load: Callable[[], list[TaskItem]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load = load
        self.items: list[TaskItem | FollowUpTask] = []
        self.crm_tasks: list[FollowUpTask] = []  # the CRMs' lists, read by MyTasks below, in the background
        self.crm_names: dict[tuple[str, str], str] = {}  # (adapter, customer id) -> name
        self.console_names: dict[str, str] = {}  # record id -> name, for the console's tasks made without one
        self.dialled: dict[str, datetime] = {}  # task key -> when "Call back" dialled it (this session)
        self.note = PlainLabel("", limit=MAX_TEXT)  # which CRMs cannot list tasks, which did not answer
        self.note.setObjectName("tasksNote")
        self.note.hide()
        self.table = QTableWidget(0, len(self.COLUMNS))
        header = self.table.horizontalHeader()
        for col in range(len(self.COLUMNS)):  # the task's words get the room; the rest as wide as they need
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 1 else
                                        QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr(c) if c else "" for c in self.COLUMNS])
        self.table.setAccessibleName(self.tr("My tasks"))
        if self.items:
            self.refresh()

    def show_crm_tasks(self, tasks: list[FollowUpTask], names: dict[tuple[str, str], str],
                       console_names: dict[str, str], note: str) -> None:
        self.crm_tasks, self.crm_names, self.console_names = list(tasks), dict(names), dict(console_names)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.refresh()

    def mark_dialled(self, key: str) -> None:
        self.dialled[key] = datetime.now(timezone.utc)
        self.refresh()

    def refresh(self) -> None:
        now = datetime.now(timezone.utc)
        own = list(self.load())
        self.items = sorted([*own, *self.crm_tasks], key=lambda t: (not _overdue(t, now), t.due is None,
                                                                     t.due or now))
        self.table.setRowCount(len(self.items))
        for row, task in enumerate(self.items):
            overdue = _overdue(task, now)
            key = self.key(task)
            due = date_time(task.due) if task.due else "—"
            if key in self.dialled:
                due += " · " + self.tr("dialled %1").replace("%1", time_of_day(self.dialled[key]))
            cells = [(self.tr("OVERDUE") + " " if overdue else "") + due, task.title, self.customer_of(task), task.number, "",
                     "" if isinstance(task, TaskItem) else task.source]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(shown(text, MAX_TEXT))  # a cell is plain text; capped
                if overdue:
                    item.setForeground(QBrush(QColor("#9b1c1c")))
                self.table.setItem(row, col, item)
            self.table.setCellWidget(row, 4, self._buttons(task))

    @staticmethod
    def key(task: TaskItem | FollowUpTask) -> str:
        return task.record_id if isinstance(task, TaskItem) else crm_key(task)

    def customer_of(self, task: TaskItem | FollowUpTask) -> str:
        if isinstance(task, TaskItem):
            return task.customer_name or self.console_names.get(task.record_id, "")
        return self.crm_names.get((task.source, task.customer_id), "")

    def _buttons(self, task: TaskItem | FollowUpTask) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        key = self.key(task)
        if task.kind == "callback" and task.number:
            call = QPushButton(self.tr("Call back"))
            call.setObjectName("callBack")
            call.setAccessibleName(self.tr("Call back: %1").replace("%1", shown(task.title, 80)))
            call.clicked.connect(lambda: self.dial_requested.emit(task.number, key))
            layout.addWidget(call)
        if isinstance(task, TaskItem):  # a CRM's own task is marked done in that CRM
            done = QPushButton(self.tr("Done"))
            done.setAccessibleName(self.tr("Done: %1").replace("%1", shown(task.title, 80)))
            done.clicked.connect(lambda: self.done_requested.emit(task.record_id))
            layout.addWidget(done)
        return box


def _overdue(task: TaskItem | FollowUpTask, now: datetime) -> bool:
    return not task.done and task.due is not None and task.due < now


# ---- the feature: call-backs that happen ------------------------------------------------------

CRM_EVERY_MS = 60_000  # the CRMs' lists are read again this often (and after each change here)


class MyTasks(QObject):
    """Makes call-backs happen: the task dialog (console/task_dialog.py), the CRMs' tasks in My
    tasks, the due notice's "Call back now" and "Snooze"."""

    def __init__(self, app) -> None:  # app: console.app.ConsoleApp; after console.after_call
        super().__init__(app.window)
        from console.background import Background
        from console.notifications import Desktop

        self.app, self.ac = app, app.after_call
        self.view: TasksView = self.ac.views.tasks
        self.notifier = self.ac.views.notifier
        self.lane = Background(app.bridge, parent=self)  # a CRM that is slow to list never holds up a save
        self.desktop = Desktop.of(app.window, app.bridge.post)
        self.notifier.desktop = self.desktop
        self.notifier.name_of = lambda item: self.view.console_names.get(item.record_id, "")
        self.notifier.call_back.connect(self.call_back_now)
        self.notifier.snooze.connect(self.snooze)
        self._reading = self._read_again = self._check_when_listed = False
        self.maker = TaskMaker(app)  # the task dialog: the "task" key, a call-back disposition
        self.timer = QTimer(self)
        self.timer.setInterval(CRM_EVERY_MS)
        self.timer.timeout.connect(self.read_crm_lists)
        app.hub.backends_ready.connect(self._started)
        from console.model.events import TaskCreated, TaskDialled, TaskDone, TaskSnoozed

        for kind in (TaskCreated, TaskDone, TaskSnoozed):
            app.bridge.subscribe(kind, lambda _e: self.read_crm_lists(), owner=self)
        app.bridge.subscribe(TaskDialled, lambda e: self.view.mark_dialled(e.record_id), owner=self)
        app.bridge.subscribe(TaskCreated, self._created, owner=self)

    def _created(self, event) -> None:
        """A task made already due is announced now, not at the next round of the due check."""
        try:
            due = datetime.fromisoformat(event.due)
        except (TypeError, ValueError):
            return
        if due <= datetime.now(timezone.utc) and self.ac.outbox is not None:
            if self.app.crm is None:
                self.notifier.check()
            else:  # once its customer's name is known (the CRMs' lists are read again for this task)
                self._check_when_listed = True

    def _started(self) -> None:
        self.timer.start()
        self.read_crm_lists()

    def stop(self) -> None:
        """The console closes (its CRMs stopped first): the lane's last read ends and says so now,
        not into a Qt that is being torn down."""
        self.timer.stop()
        self.lane.close(5.0)

    # -- My tasks from the CRMs ---------------------------------------------------------------
    def read_crm_lists(self) -> None:
        crm, box = self.app.crm, self.ac.outbox
        if crm is None or box is None:
            return
        if self._reading:
            self._read_again = True
            return
        self._reading, self._read_again = True, False
        config = self.app.config
        timeout_s = max(1.0, config.crm.timeout_ms / 1000)
        self.lane.run(lambda: read_lists(crm.runtime, crm.adapters, box.db, config.agent.id, config.default_region,
                                         timeout_s),
                      self._listed, self._not_listed, name="reading tasks from the CRMs")

    def _listed(self, lists: CrmTaskLists) -> None:
        from console.messages import say, sentence
        from console.model.events import TasksListed

        self._reading = False
        if self._check_when_listed and not self._read_again:
            self._check_when_listed = False
            self.notifier.check()
        notes = []
        if lists.cannot_list:
            notes.append(say("tasks.cannot_list", crms=", ".join(lists.cannot_list)))
        notes += [say("tasks.crm_problem", crm=name, reason=sentence(exc)) for name, exc in lists.problems.items()]
        self.view.show_crm_tasks(lists.tasks, lists.names, lists.console_names, " ".join(notes))
        self.app.bridge.post(TasksListed(len(lists.tasks), dict(lists.counts), list(lists.cannot_list),
                                         {n: sentence(e) for n, e in lists.problems.items()}))
        if self._read_again:
            self.read_crm_lists()

    def _not_listed(self, exc: BaseException) -> None:
        self._reading = False
        if self._check_when_listed and not self._read_again:
            self._check_when_listed = False
            self.notifier.check()
        closing = isinstance(exc, (RuntimeError, CancelledError))  # the console is closing: its CRMs stopped
        log.log(logging.INFO if closing else logging.WARNING, "reading the CRMs' tasks failed: %s", type(exc).__name__)
        if self._read_again:
            self.read_crm_lists()

    # -- the due notice's buttons -----------------------------------------------------------------
    def call_back_now(self, item: TaskItem) -> str | None:
        """The same path as the dial box and "Call back" (console/dialling.py); the task is marked dialled."""
        from console.dialling import Dialling
        from console.model.events import TaskDialled

        call_id = Dialling.of(self.app).try_dial(item.number, "call back")
        if call_id is not None:
            self.ac.post(TaskDialled(item.record_id, call_id))
        return call_id

    def snooze(self, item: TaskItem, minutes: int) -> None:
        from crm_adapters.local.my_tasks import snooze_task

        from console.messages import say, sentence
        from console.model.events import TaskSnoozed

        box, tell = self.ac.outbox, self.app.window.statusBar().showMessage
        if box is None:
            tell(say("task.no_database"), 15000)
            return

        def moved(due) -> None:
            if due is None:
                tell(say("task.gone"), 8000)
                return
            self.ac.post(TaskSnoozed(item.record_id, due.isoformat(), int(minutes)))
            tell(say("task.snoozed", title=item.title, due=date_time(due)), 8000)
            self.ac.views.refresh()

        def failed(exc: BaseException) -> None:  # the notice comes back: the task is still due
            tell(say("task.not_snoozed", reason=sentence(exc)), 30000)
            self.notifier.announce([item])

        self.ac.background.run(lambda: snooze_task(box.db, item.record_id, minutes), moved, failed,
                               name="snoozing a task")


def install(app) -> MyTasks:
    """After console.after_call (it owns the list and the due-task check)."""
    from console.ctl_server import CtlError
    from console.features import CtlCommand, Hotkey

    tasks = MyTasks(app)

    def notice(args: list[str]) -> dict:
        if not args:
            return {"notices": tasks.desktop.listing()}
        if len(args) < 2:
            raise CtlError("usage: notice [KEY BUTTON [CHOICE]]")
        try:
            tasks.desktop.press(args[0], args[1], " ".join(args[2:]))
        except LookupError as exc:
            raise CtlError(str(exc)) from None
        return {"key": args[0], "pressed": args[1], "choice": " ".join(args[2:])}

    features = app.features.by(__name__)
    features.add(Hotkey("task", task_keys(), tasks.maker.new_task, QT_TRANSLATE_NOOP("Shortcuts", "New call-back or task…")))
    features.add(CtlCommand("notice", notice, "the notices on the desktop; press a button of one as the agent would",
                            "[KEY BUTTON [CHOICE]]"))
    return tasks
