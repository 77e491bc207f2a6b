"""The after-call widgets in the window: the disposition picker under the notes, and a dock
with "My tasks", the call log, and the write-backs (with a retry button for failed ones).

Why a dock: it adds to the main window without changing its layout, and the agent can move
or hide it.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget

from crm_adapters.after_call_store import due_unannounced, my_tasks, recent_calls

from console.dispositions import Disposition, DispositionError, DispositionPicker, all_codes, load_dispositions
from console.features import Dock, NotesSection
from console.format import date_time
from console.languages import follow_language
from console.model.events import TaskDialled, TaskDone, TaskDue
from console.notifications import DueTaskNotifier
from console.plain_text import MAX_TEXT, shown
from console.tasks_view import TasksView
from console.wrap_up import clock

log = logging.getLogger(__name__)
TITLE = QT_TRANSLATE_NOOP("Docks", "After the call")
MY_TASKS = QT_TRANSLATE_NOOP("AfterCallViews", "My tasks")
CALL_LOG = QT_TRANSLATE_NOOP("AfterCallViews", "Call log")
WRITE_BACKS = QT_TRANSLATE_NOOP("AfterCallViews", "Write-backs")
RETRY = QT_TRANSLATE_NOOP("AfterCallViews", "Retry failed write-backs")
FAILED = QT_TRANSLATE_NOOP("AfterCallViews", "failed: %1")
NEED_CUSTOMER = QT_TRANSLATE_NOOP("AfterCallViews", "need a customer: %1")
CALL_COLUMNS = (QT_TRANSLATE_NOOP("AfterCallViews", "Start"), QT_TRANSLATE_NOOP("AfterCallViews", "Dir"),
                QT_TRANSLATE_NOOP("AfterCallViews", "Number"), QT_TRANSLATE_NOOP("AfterCallViews", "Customer"),
                QT_TRANSLATE_NOOP("AfterCallViews", "Duration"), QT_TRANSLATE_NOOP("AfterCallViews", "Disposition"),
                QT_TRANSLATE_NOOP("AfterCallViews", "Notes"), QT_TRANSLATE_NOOP("AfterCallViews", "Recording"),
                QT_TRANSLATE_NOOP("AfterCallViews", "Agent"))
OUTBOX_COLUMNS = (QT_TRANSLATE_NOOP("AfterCallViews", "CRM"), QT_TRANSLATE_NOOP("AfterCallViews", "What"),
                  QT_TRANSLATE_NOOP("AfterCallViews", "State"), QT_TRANSLATE_NOOP("AfterCallViews", "Tries"),
                  QT_TRANSLATE_NOOP("AfterCallViews", "Reason"))


def _t(text: str) -> str:
    """A text marked above, in the agent's language."""
    return QCoreApplication.translate("AfterCallViews", text)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)  # its name and headers: AfterCallViews.retranslate
    table.setTabKeyNavigation(False)  # arrows move in the table; Tab goes on to the next control
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
            problem = QCoreApplication.translate("AfterCallViews", "Dispositions not available: %1")
            window.statusBar().showMessage(shown(problem.replace("%1", str(exc)), MAX_TEXT), 30000)
        self.disposition_codes = all_codes(tree)
        self.picker = DispositionPicker(tree)
        self.picker.chosen.connect(self._chosen)

        self.tasks = TasksView(self._my_tasks)
        self.tasks.table.setTabKeyNavigation(False)
        self.tasks.dial_requested.connect(self._dial)
        self.tasks.done_requested.connect(self._done)
        self.calls = _table(9)
        self.outbox_summary = QLabel()
        self._counts: dict | None = None  # the outbox's counts last read (None: not yet)
        self.outbox_table = _table(6)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.retry_failed)
        from console.messages import sentence_for
        from console.outbox_link import OutboxLink

        self.needs_customer = QLabel()
        self._needs_customer = lambda: sentence_for("outbox.needs_customer", {}, "Some write-backs wait for a customer.")
        self.needs_customer.setObjectName("outboxNeedsCustomer")
        self.needs_customer.setWordWrap(True)
        self.needs_customer.hide()
        self.link_button = QPushButton()
        self.link_button.setEnabled(False)
        self.linker = OutboxLink(ac, window)
        self.link_button.clicked.connect(self.link_selected)
        self.outbox_table.itemSelectionChanged.connect(self._selection_changed)
        self.outbox_entries: list[dict] = []
        outbox_page = QWidget()
        outbox_layout = QVBoxLayout(outbox_page)
        outbox_layout.addWidget(self.outbox_summary)
        outbox_layout.addWidget(self.needs_customer)
        outbox_layout.addWidget(self.outbox_table, 1)
        buttons = QHBoxLayout()  # one row: the tab must fit under the call at 720 px
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        outbox_layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tasks, "")
        self.tabs.addTab(self.calls, "")
        self.tabs.addTab(outbox_page, "")
        self.notifier = DueTaskNotifier(self._due_now, background=ac.background, parent=ac)
        self.notifier.due.connect(self._announce)
        self.task_items: list = []
        self._reading = self._read_again = False
        self._refresh_timer = QTimer(self.tabs)  # dies with the window: no late repaint
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_AFTER_MS)
        self._refresh_timer.timeout.connect(self._refresh_now)
        follow_language(self.tabs, self.retranslate)

    def retranslate(self) -> None:
        self.tasks.table.setAccessibleName(_t(MY_TASKS))
        self.calls.setAccessibleName(_t(CALL_LOG))
        self.calls.setHorizontalHeaderLabels([_t(h) for h in CALL_COLUMNS])
        self.outbox_table.setAccessibleName(_t(WRITE_BACKS))
        self.outbox_table.setHorizontalHeaderLabels(["#", *(_t(h) for h in OUTBOX_COLUMNS)])
        self.retry_button.setText(_t(RETRY))
        self.retry_button.setAccessibleName(_t(RETRY))
        self.needs_customer.setText(self._needs_customer())
        self.link_button.setText(QCoreApplication.translate("AfterCallViews", "Link to a customer…"))
        self.link_button.setAccessibleName(QCoreApplication.translate(
            "AfterCallViews", "Link the selected write-back to a customer"))
        self.tabs.setAccessibleName(QCoreApplication.translate("Docks", TITLE))
        self.tabs.tabBar().setAccessibleName(QCoreApplication.translate(
            "AfterCallViews", "After the call: My tasks, Call log, Write-backs"))
        self.tabs.setTabText(0, _t(MY_TASKS))
        self.tabs.setTabText(1, _t(CALL_LOG))
        self._show_counts()
        self._fill_outbox()

    def _show_counts(self) -> None:
        counts = self._counts
        if counts is None:
            self.outbox_summary.setText(QCoreApplication.translate("AfterCallViews", "Write-backs: starting…"))
            self.tabs.setTabText(2, _t(WRITE_BACKS))
            return
        lost = counts.get("needs_customer", 0)  # wait for the agent to say who the customer is
        failed = _t(FAILED).replace("%1", str(counts["failed"]))
        need = _t(NEED_CUSTOMER).replace("%1", str(lost)) if lost else ""
        parts = [QCoreApplication.translate("AfterCallViews", "waiting: %1").replace("%1", str(counts["pending"])),
                 failed, need, QCoreApplication.translate("AfterCallViews", "delivered: %1").replace(
                     "%1", str(counts["delivered"]))]
        self.outbox_summary.setText(QCoreApplication.translate("AfterCallViews", "Write-backs — %1")
                                    .replace("%1", " · ".join(p for p in parts if p)))
        trouble = [p for p in (failed if counts["failed"] else "", need) if p]
        self.tabs.setTabText(2, _t(WRITE_BACKS) + (" ⚠ " + " · ".join(trouble) if trouble else ""))

    def _fill_outbox(self) -> None:
        needs = QCoreApplication.translate("AfterCallViews", "needs a customer")
        _fill(self.outbox_table, [[str(e["entry_id"]), e["adapter"], e["kind"],
                                   needs if e["state"] == "needs_customer" else e["state"],
                                   str(e["attempts"]), e["last_error"]] for e in self.outbox_entries])

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
            lost = counts.get("needs_customer", 0)  # wait for the agent to say who the customer is
            self._counts = dict(counts)
            self._show_counts()
            self.needs_customer.setVisible(lost > 0)
            self.retry_button.setEnabled(counts["failed"] > 0 or lost > 0)
            self.outbox_entries = entries
            self._fill_outbox()
            self._selection_changed()
        except Exception as exc:  # noqa: BLE001 - a view must never take the console down
            log.warning("after-call views could not refresh: %s", type(exc).__name__)

    # -- actions ---------------------------------------------------------------------------
    def _chosen(self, code: str) -> None:
        ac = self.ac
        call_id = ac.focus if ac.focus in ac.book else ""
        if call_id:
            ac.set_disposition(call_id, code)
        else:
            ac.window.statusBar().showMessage(QCoreApplication.translate(
                "AfterCallViews", "A disposition belongs to a call: there is none in front of you."), 6000)

    def _selected_entry(self) -> dict | None:
        row = self.outbox_table.currentRow()
        return self.outbox_entries[row] if 0 <= row < len(self.outbox_entries) else None

    def _selection_changed(self) -> None:
        entry = self._selected_entry()
        self.link_button.setEnabled(entry is not None and entry["state"] in ("needs_customer", "failed"))

    def link_selected(self) -> None:
        entry = self._selected_entry()
        if entry is not None:
            self.linker.ask(entry)

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
        box = self.ac.outbox  # done here and, through the outbox, in the CRMs that got the task
        if box is not None:
            self.ac.background.run(lambda: box.save_task_done(record_id),
                                   lambda saved: self.task_marked_done(record_id, saved) if saved else None,
                                   name="marking a task done")

    def task_marked_done(self, record_id: str, saved=None) -> None:
        self.ac.post(TaskDone(record_id))
        if saved is not None:
            self.ac.queued(saved)
        self.refresh()

    def _announce(self, item) -> None:
        text = (QCoreApplication.translate("AfterCallViews", "Call-back due: %1") if item.kind == "callback"
                else QCoreApplication.translate("AfterCallViews", "Task due: %1")).replace("%1", shown(item.title))
        self.ac.window.statusBar().showMessage(text, 15000)
        self.ac.post(TaskDue(item.record_id, item.title, item.kind, item.due.isoformat() if item.due else None,
                             round((datetime.now(timezone.utc) - item.due).total_seconds()) if item.due else 0))
        self.refresh()


def install(ac, features) -> AfterCallViews:  # features: console.features.Owned
    """The picker goes at the foot of the notes; the lists into a dock at the bottom, a strip the
    agent can drag taller (the card and the call come first)."""
    views = AfterCallViews(ac)
    features.add(NotesSection("disposition", lambda window: views.picker))
    features.add(Dock("after_call", TITLE, lambda window: views.tabs, area="bottom", size=170))
    return views
