"""Call-backs that happen (issue 13), in the real window with the real workstation database.

Before: a task could only be made with `ctl task`; "Call-back promised" made none; the CRM's
tasks never showed in My tasks and a task for a customer had an empty Customer column; the
reminder was a 15-second status-bar line. Each test below fails if its part goes silent.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm_adapters.local import models as m
from crm_adapters.local.adapter import create as create_local
from crm_adapters.protocol import AdapterContext
from crm_adapters.store.workstation import open_workstation
from crm_adapters.vocabulary import FollowUpTask

from console.features import CtlCommand
from console.model.calls import Call

NUMBER = "+421905123456"


@pytest.fixture
def apps(console_apps):
    """Consoles in this process (tests/harness/console_apps.py): `apps(**config_fields)`."""
    return console_apps


def events(app, kind: str) -> list[dict]:
    return [e for e in app.published if e["type"] == kind]


def wait_event(qtbot, app, type_: str, **fields) -> dict:
    def found():
        return [e for e in events(app, type_) if all(e.get(k) == v for k, v in fields.items())]
    qtbot.waitUntil(lambda: bool(found()), timeout=15000)
    return found()[-1]


def seed_customer(data_dir, name: str = "Ján Kováč") -> str:
    """A customer in the local CRM (the workstation file, as a site's import leaves it)."""
    db = open_workstation(data_dir)
    create_local({}, AdapterContext(data_dir=data_dir, extra={"database": db}))  # the CRM's tables
    with db.session() as s:
        customer = m.Customer(name=name, segment="vip", value=12000, currency="EUR")
        s.add(customer)
        s.flush()
        s.add(m.CustomerPhone(customer_id=customer.id, raw="0905 123 456", e164=NUMBER))
        cid = str(customer.id)
    db.close()
    return cid


def save_task(app, title: str, due: datetime, *, kind: str = "callback", ids: dict | None = None, name: str = "",
              number: str = NUMBER) -> str:
    item = FollowUpTask(id="", source="", customer_id=(ids or {}).get("*", ""), title=title, due=due, kind=kind,
                        assignee=app.config.agent.id, number=number if kind == "callback" else "")
    saved = app.after_call.outbox.save_task(item, ids or {}, customer_name=name)
    return saved.record_id


def task_row(folder, record_id: str) -> tuple:
    with sqlite3.connect(folder / "data" / "console.db") as db:
        return db.execute("select due, notified, done from console_tasks where record_id = ?", (record_id,)).fetchone()


def notices(app):
    return app.window.desktop_notices.notices


def test_a_due_callback_is_a_notice_with_call_back_now_and_snooze_and_snooze_is_kept_on_disk(apps, qtbot, tmp_path):
    app = apps()
    record = save_task(app, "Call back about the refund", datetime.now(timezone.utc) - timedelta(minutes=1),
                       name="Ján Kováč")
    app.after_call.views.notifier.check()
    told = wait_event(qtbot, app, "desktop.notice", notice="task_due", key=record)
    assert told["title"] == "Call-back due" and "Ján Kováč" in told["text"]
    assert told["buttons"] == ["Call back now", "Snooze"] and "window" in told["shown_in"]
    card = notices(app).cards[record]
    assert notices(app).isVisible() and card.isVisible()  # on screen until the agent acts on it
    assert {b.text() for b in card.buttons.values()} == {"Call back now", "Snooze"}

    snooze = card.buttons["Snooze"]
    assert [a.text() for a in snooze.menu().actions()] == ["5 min", "15 min", "1 h"]
    before = datetime.now(timezone.utc)
    next(a for a in snooze.menu().actions() if a.text() == "15 min").trigger()
    moved = wait_event(qtbot, app, "task.snoozed", record_id=record)
    assert moved["minutes"] == 15
    assert record not in notices(app).cards and not notices(app).isVisible()  # acted on: gone
    due, notified, done = task_row(tmp_path / "console0", record)
    on_disk = datetime.fromisoformat(due).replace(tzinfo=timezone.utc)
    assert before + timedelta(minutes=14) < on_disk <= datetime.now(timezone.utc) + timedelta(minutes=15)
    assert (notified, done) == (0, 0)  # it is announced again when the new time comes
    view = app.after_call.views.tasks
    qtbot.waitUntil(lambda: view.table.rowCount() == 1 and not view.table.item(0, 0).text().startswith("OVERDUE"))


def test_call_back_now_dials_through_the_dial_path_and_says_why_when_it_cannot(apps, qtbot):
    app = apps(dial_domain="127.0.0.1:9")  # no phone here: the dial path must say so (tests/integration dials)
    record = save_task(app, "Call back", datetime.now(timezone.utc) - timedelta(minutes=1))
    app.after_call.views.notifier.check()
    wait_event(qtbot, app, "desktop.notice", notice="task_due", key=record)
    notices(app).cards[record].buttons["Call back now"].click()
    failed = wait_event(qtbot, app, "call.failed", source="call back")
    assert failed["code"] == "sip.not_running" and NUMBER[-6:] in failed["target"].replace(" ", "")
    assert app.window.statusBar().currentMessage() == failed["reason"]


def test_the_crms_tasks_for_the_agent_show_in_my_tasks_with_their_customer_overdue_first(apps, qtbot, tmp_path):
    data = tmp_path / "console0" / "data"
    cid = seed_customer(data)
    now = datetime.now(timezone.utc)
    db = open_workstation(data)
    with db.session() as s:
        s.add(m.FollowUpTask(customer_id=int(cid), title="Send the new contract", due=now + timedelta(days=1),
                             assignee="agent", kind="task"))
        s.add(m.FollowUpTask(customer_id=int(cid), title="Promised call about the router", due=now - timedelta(hours=5),
                             assignee="agent", kind="callback"))
        s.add(m.FollowUpTask(customer_id=int(cid), title="Petra's task", due=now - timedelta(days=3), assignee="petra"))
    db.close()
    app = apps()
    listed = wait_event(qtbot, app, "tasks.listed")
    assert listed["from_crms"] == {"local": 2} and listed["cannot_list"] == []
    # the console's own task, made with `ctl task --customer ID` (no name given): its customer is named too
    task = app.features.get(CtlCommand, "task").handler(
        ["Check the invoice", "--due", (now - timedelta(hours=1)).isoformat(), "--customer", cid])
    qtbot.waitUntil(lambda: task.delivered)
    own = task.result["record_id"]
    qtbot.waitUntil(lambda: len(events(app, "tasks.listed")) >= 2)  # read again after the new task
    assert events(app, "tasks.listed")[-1]["from_crms"] == {"local": 2}  # its copy in the local CRM: not twice
    view = app.after_call.views.tasks

    def rows():
        return [[view.table.item(r, c).text() for c in (0, 1, 2, 3, 5)] for r in range(view.table.rowCount())]
    qtbot.waitUntil(lambda: len(rows()) == 3 and all(r[2] for r in rows()))
    assert [r[1] for r in rows()] == ["Promised call about the router", "Check the invoice", "Send the new contract"]
    assert [r[0].startswith("OVERDUE") for r in rows()] == [True, True, False]
    assert [r[2] for r in rows()] == ["Ján Kováč"] * 3
    assert rows()[0][3] == NUMBER and rows()[0][4] == "local" and rows()[1][4] == ""
    call_back = view.table.cellWidget(0, 4).findChild(type(app.after_call.views.retry_button), "callBack")
    with qtbot.waitSignal(view.dial_requested) as dialled:
        call_back.click()
    assert dialled.args[0] == NUMBER
    assert own in [view.key(t) for t in view.items]


def test_a_call_back_disposition_asks_for_the_time_at_once_and_makes_the_task(apps, qtbot):
    app = apps()
    call = Call("c1", "in", NUMBER, caller="Ján Kováč", state="ended", answered=True, started=datetime.now(
        timezone.utc).isoformat(), customer_name="Ján Kováč", customer_ids={"local": "7"})
    app.book.add(call)  # a call the agent just finished (the phone's part is tested in tests/integration)
    app.after_call.wrapup.begin("c1")
    app.after_call.set_disposition("c1", "followup.callback")  # where the picker and `ctl disposition` end
    tasks = next(f for f in app.installed if type(f).__name__ == "MyTasks")
    qtbot.waitUntil(lambda: tasks.maker.dialog is not None and tasks.maker.dialog.isVisible())
    dialog = tasks.maker.dialog
    qtbot.waitUntil(dialog.isActiveWindow)  # the keyboard is there: the time is one key away
    assert dialog.kind.currentData() == "callback" and dialog.number.text() == NUMBER
    assert "Ján Kováč" in dialog.title.text()
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # "Tomorrow 9:00"
    qtbot.waitUntil(lambda: dialog.due_time().astimezone().strftime("%H:%M") == "09:00")  # (a button's key clicks it)
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)
    created = wait_event(qtbot, app, "task.created", call_id="c1")
    assert created["kind"] == "callback"
    due = datetime.fromisoformat(created["due"]).astimezone()
    assert (due.hour, due.minute) == (9, 0) and due.date() == (datetime.now() + timedelta(days=1)).date()
    view = app.after_call.views.tasks
    qtbot.waitUntil(lambda: any(view.table.item(r, 1).text() == dialog_title(created) for r in
                                range(view.table.rowCount())))
    row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 1).text() == created["title"])
    assert view.table.item(row, 2).text() == "Ján Kováč" and view.table.item(row, 3).text() == NUMBER
    app.after_call.set_disposition("c1", "followup.callback")  # chosen again: not asked twice
    qtbot.wait(50)
    assert not any(isinstance(w, type(dialog)) and w.isVisible() for w in QApplication.topLevelWidgets())


def dialog_title(created: dict) -> str:
    return created["title"]


def test_the_task_key_opens_the_dialog_and_a_number_alone_is_enough(apps, qtbot):
    app = apps()
    app.window.show()
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    key = app.window.hotkeys["task"].shortcut()[0]  # the window's "task" key (console/shortcuts.py's table)
    qtbot.keyClick(app.window, key.key(), key.keyboardModifiers())
    tasks = next(f for f in app.installed if type(f).__name__ == "MyTasks")
    qtbot.waitUntil(lambda: tasks.maker.dialog is not None and tasks.maker.dialog.isVisible())
    dialog = tasks.maker.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.kind.currentData() == "task" and dialog.title.text() == ""  # no call: no customer yet
    for words in ("Write what is to be done, for example: Call back about the invoice.",
                  "A task needs a customer: make it during or after a call, or type the customer's number."):
        qtbot.keyClick(dialog.due, Qt.Key.Key_Return)  # said, not saved
        assert dialog.isVisible() and dialog.problem.text() == words
        qtbot.keyClicks(dialog.title, "Call back about the offer")
    dialog.title.setText("Call back about the offer")
    dialog.kind.setCurrentIndex(dialog.kind.findData("callback"))
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)
    assert dialog.problem.text() == "A call-back needs the number to call: type it in Number."
    assert dialog.focusWidget() is dialog.number  # where the fix goes
    qtbot.keyClicks(dialog.number, "0905 123 456")
    qtbot.keyClick(dialog, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # "Monday 9:00"
    qtbot.waitUntil(lambda: dialog.due_time().astimezone().weekday() == 0)
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)
    created = wait_event(qtbot, app, "task.created", title="Call back about the offer")
    assert created["kind"] == "callback" and created["assignee"] == "agent"
    due = datetime.fromisoformat(created["due"]).astimezone()
    assert (due.weekday(), due.hour, due.minute) == (0, 9, 0)
    view = app.after_call.views.tasks
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    assert view.table.item(0, 3).text() == NUMBER


def test_my_tasks_says_which_crms_cannot_list_tasks(apps, qtbot):
    from console.config import CrmSettings

    # Zendesk's adapter has no assigned_tasks (crm_adapters/protocol.py): skipped, and said so
    app = apps(crm=CrmSettings(adapters=("local", "zendesk"), tables={"zendesk": {
        "type": "zendesk", "base_url": "http://127.0.0.1:9", "email": "jana@example.com"}}))
    listed = wait_event(qtbot, app, "tasks.listed")
    assert listed["cannot_list"] == ["zendesk"] and listed["from_crms"] == {"local": 0}
    note = app.after_call.views.tasks.note
    qtbot.waitUntil(note.isVisible)
    assert note.text() == "zendesk cannot list tasks: My tasks shows only the tasks made in this console for them."
