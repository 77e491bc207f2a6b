"""The after-call widgets in the window: the disposition picker under the notes, and a dock
with "My tasks", the call log, and the write-backs (with a retry button for failed ones).

Why a dock: it adds to the main window without changing its layout, and the agent can move
or hide it.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget

from crm_adapters.after_call_store import due_unannounced, mark_task_done, my_tasks, recent_calls

from console.dispositions import Disposition, DispositionError, DispositionPicker, all_codes, load_dispositions
from console.features import Dock, NotesSection
from console.format import date_time
from console.model.events import TaskDialled, TaskDone, TaskDue
from console.notifications import DueTaskNotifier
from console.plain_text import MAX_TEXT, shown
from console.tasks_view import TasksView
from console.wrap_up import clock

log = logging.getLogger(__name__)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(shown(text, MAX_TEXT)))  # a cell is plain text; capped


REFRESH_AFTER_MS = 400  # redraw the lists once a burst of call events is over


class AfterCallViews:
    def __init__(self, ac) -> None:  # ac: console.after_call.AfterCall (not imported: no cycle)
        self.ac = ac
        window = ac.window
        tree: list[Disposition] = []
        try:
            tree = load_dispositions(ac.settings.dispositions_file)
        except DispositionError as exc:
            log.error("dispositions: %s", exc)
            window.statusBar().showMessage(shown(f"Dispositions not available: {exc}", MAX_TEXT), 30000)
        self.disposition_codes = all_codes(tree)
        self.picker = DispositionPicker(tree)
        self.picker.chosen.connect(self._chosen)

        self.tasks = TasksView(self._my_tasks)
        self.tasks.dial_requested.connect(self._dial)
        self.tasks.done_requested.connect(self._done)
        self.calls = _table(["Start", "Dir", "Number", "Customer", "Duration", "Disposition", "Notes",
                             "Recording", "Agent"])
        self.outbox_summary = QLabel("Write-backs: starting…")
        self.outbox_table = _table(["#", "CRM", "What", "State", "Tries", "Reason"])
        self.retry_button = QPushButton("Retry failed write-backs")
        self.retry_button.clicked.connect(self.retry_failed)
        outbox_page = QWidget()
        outbox_layout = QVBoxLayout(outbox_page)
        outbox_layout.addWidget(self.outbox_summary)
        outbox_layout.addWidget(self.outbox_table, 1)
        outbox_layout.addWidget(self.retry_button)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tasks, "My tasks")
        self.tabs.addTab(self.calls, "Call log")
        self.tabs.addTab(outbox_page, "Write-backs")
        self.notifier = DueTaskNotifier(self._due_now, background=ac.background, parent=ac)
        self.notifier.due.connect(self._announce)
        self.task_items: list = []
        self._reading = self._read_again = False
        self._refresh_timer = QTimer(self.tabs)  # dies with the window: no late repaint
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_AFTER_MS)
        self._refresh_timer.timeout.connect(self._refresh_now)

    # -- data ------------------------------------------------------------------------------
    def _db(self):
        return self.ac.outbox.db if self.ac.outbox is not None else None

    def _my_tasks(self):
        return self.task_items  # read in the background by the last refresh

    def _due_now(self):
        db = self._db()
        return due_unannounced(db, self.ac.agent_id) if db is not None else []

    def refresh(self) -> None:
        """Coalesced: many events in a burst repaint the tables once."""
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def make_way_for_a_ringing_call(self) -> None:
        """A call rings: its card comes first, the lists can be redrawn a little later."""
        if self._refresh_timer.isActive():
            self._refresh_timer.start()  # restarts the wait

    def _refresh_now(self) -> None:
        db, box, agent = self._db(), self.ac.outbox, self.ac.agent_id
        if db is None:
            return
        if not self.notifier.timer.isActive():
            self.notifier.start()
        if self._reading:  # a read is on its way: one more after it
            self._read_again = True
            return
        self._reading, self._read_again = True, False
        self.ac.background.run(lambda: (my_tasks(db, agent), recent_calls(db, 100), box.counts(), box.entries()),
                               self._show_lists, self._not_read, name="reading the after-call lists")

    def _not_read(self, exc: BaseException) -> None:
        self._reading = False
        log.warning("after-call views could not refresh: %s", type(exc).__name__)

    def _show_lists(self, found: tuple) -> None:
        self._reading = False
        if self._read_again:
            self.refresh()
        tasks, calls, counts, entries = found
        try:
            self.task_items = tasks
            self.tasks.refresh()
            _fill(self.calls, [[date_time(r.started), r.direction, r.number,
                                r.customer_name, clock(r.duration_s), r.disposition, r.notes[:80], r.recording,
                                r.agent] for r in calls])
            self.outbox_summary.setText(
                f"Write-backs: {counts['pending']} waiting · {counts['failed']} failed · {counts['delivered']} delivered")
            self.retry_button.setEnabled(counts["failed"] > 0)
            _fill(self.outbox_table, [[str(e["entry_id"]), e["adapter"], e["kind"], e["state"], str(e["attempts"]),
                                       e["last_error"]] for e in entries])
            if counts["failed"]:
                self.tabs.setTabText(2, f"Write-backs ⚠ {counts['failed']} failed")
            else:
                self.tabs.setTabText(2, "Write-backs")
        except Exception as exc:  # noqa: BLE001 - a view must never take the console down
            log.warning("after-call views could not refresh: %s", type(exc).__name__)

    # -- actions ---------------------------------------------------------------------------
    def _chosen(self, code: str) -> None:
        ac = self.ac
        call_id = ac.focus if ac.focus in ac.book else ""
        if call_id:
            ac.set_disposition(call_id, code)
        else:
            ac.window.statusBar().showMessage("A disposition belongs to a call: there is none in front of you.", 6000)

    def retry_failed(self) -> None:
        box = self.ac.outbox
        if box is None:
            return
        self.ac.background.run(box.retry, self._requeued, name="retrying write-backs")

    def _requeued(self, _n: int) -> None:
        if self.ac.sender is not None:
            self.ac.sender.wake(hurry=True)
        self.refresh()

    def _dial(self, number: str, record_id: str) -> None:
        from console.dialling import Dialling  # the dial box's path: a problem is said, not raised

        call_id = Dialling.of(self.ac.app).try_dial(number, "call back")
        if call_id is not None:
            self.ac.post(TaskDialled(record_id, call_id))

    def _done(self, record_id: str) -> None:
        db = self._db()
        if db is not None:
            self.ac.background.run(lambda: mark_task_done(db, record_id),
                                   lambda marked: self._marked_done(record_id) if marked else None,
                                   name="marking a task done")

    def _marked_done(self, record_id: str) -> None:
        self.ac.post(TaskDone(record_id))
        self.refresh()

    def _announce(self, item) -> None:
        text = ("Call-back due: " if item.kind == "callback" else "Task due: ") + shown(item.title)
        self.ac.window.statusBar().showMessage(text, 15000)
        self.ac.post(TaskDue(item.record_id, item.title, item.kind, item.due.isoformat() if item.due else None,
                             round((datetime.now(timezone.utc) - item.due).total_seconds()) if item.due else 0))
        self.refresh()


def install(ac, features) -> AfterCallViews:  # features: console.features.Owned
    """The picker goes at the foot of the notes; the lists into a dock at the bottom, a strip the
    agent can drag taller (the card and the call come first)."""
    views = AfterCallViews(ac)
    features.add(NotesSection("disposition", lambda window: views.picker))
    features.add(Dock("after_call", "After the call", lambda window: views.tabs, area="bottom", size=170))
    return views
