"""After the call, in the real window: autosaved notes, dispositions, wrap-up, tasks, warnings."""
from __future__ import annotations

import gc
import sqlite3
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event

from PySide6.QtCore import Qt

from crm_adapters.local.database import Database
from crm_adapters.vocabulary import FollowUpTask
from cti import events as ev

from console.config import AfterCallSettings, Config


@pytest.fixture
def make_app(qtbot, tmp_path):
    apps = []

    def make(**after_call):
        from console.app import ConsoleApp

        config = Config(path=None, data_dir=tmp_path / "data", log_dir=tmp_path / "log",
                        ctl_name=f"agent-console-qt-{time.monotonic_ns()}",
                        after_call=AfterCallSettings(**after_call))
        app = ConsoleApp(config, with_phone=False)
        published: list[dict] = []
        app.hub.published.connect(lambda e: published.append(dict(e)))
        app.published = published
        app.start()
        qtbot.waitUntil(lambda: app.after_call.outbox is not None, timeout=10000)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.shutdown()
        app.window.close()
        app.window.deleteLater()
    apps.clear()
    qtbot.wait(20)  # let Qt delete the window now, not during interpreter shutdown
    gc.collect()


def ring(app, call_id="c1", number="0905 123 456"):
    app.desk.on_phone_event(ev.CallRinging(call_id=call_id, direction="in", number=number, display_name="",
                                           remote_uri=f"sip:{number}@x", withheld=False, number_source="From",
                                           received_ns=time.perf_counter_ns()))
    app.desk.on_phone_event(ev.CallAnswered(call_id))


def finish(app, qtbot, call_id: str):
    """Wrap-up done, as the agent presses it: the call log is written in the background."""
    job = app.after_call.finish_wrapup(call_id)
    qtbot.waitUntil(lambda: job.delivered, timeout=10000)
    return job


def types(app) -> list[str]:
    return [e["type"] for e in app.published]


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_notes_autosave_wrapup_needs_a_disposition_and_the_call_is_logged(make_app, qtbot):
    app = make_app(require_disposition=True)
    db = app.config.data_dir / "console.db"
    ring(app)
    qtbot.waitUntil(lambda: app.after_call.focus == "c1")
    qtbot.keyClicks(app.window.notes.editor, "Wants to move the contract to his wife")
    qtbot.waitUntil(lambda: rows(db, "select text from console_note_drafts where key='c1'")
                    == [("Wants to move the contract to his wife",)], timeout=1500)  # ≤ 1 s after typing

    app.desk.on_phone_event(ev.CallEnded("c1", "Normal", 200, 61.4))
    qtbot.waitUntil(lambda: "Wrap-up 00:0" in app.window.agent_status.text())
    with pytest.raises(ValueError, match="disposition"):
        app.after_call.finish_wrapup("c1")
    assert rows(db, "select count(*) from console_call_log") == [(0,)]

    picker = app.after_call.views.picker
    qtbot.keyClicks(picker.search, "contract new")  # search, then Enter picks the first match
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert app.book["c1"].disposition == "sale.new"
    assert "New contract" in picker.current.text()

    finish(app, qtbot, "c1")
    [(number, disposition, notes, duration, agent)] = rows(
        db, "select number, disposition, notes, duration_s, agent from console_call_log")
    assert (number, disposition, notes, duration) == ("+421905123456", "sale.new",
                                                      "Wants to move the contract to his wife", 61)
    assert rows(db, "select count(*) from console_note_drafts") == [(0,)]
    assert rows(db, "select summary from crm_interactions where kind='call'") == [(notes,)]
    assert app.window.agent_status.text().endswith("Ready")
    assert app.window.notes.text() == ""
    assert {"wrapup.started", "wrapup.ended", "note.saved", "call.logged"} <= set(types(app))


def test_wrapup_ends_by_itself_at_the_sites_maximum(make_app, qtbot):
    app = make_app(wrapup_max_s=0.6)
    ring(app, "c2")
    app.desk.on_phone_event(ev.CallEnded("c2", "Normal", 200, 12.0))
    assert "Wrap-up" in app.window.agent_status.text() and "/ 00:00" in app.window.agent_status.text()
    qtbot.waitUntil(lambda: app.window.agent_status.text().endswith("Ready"), timeout=3000)
    ended = [e for e in app.published if e["type"] == "wrapup.ended"]
    assert ended[0]["reason"] == "timeout" and ended[0]["disposition_missing"]
    assert rows(app.config.data_dir / "console.db", "select call_id from console_call_log") == [("c2",)]


def test_a_missed_call_is_logged_without_wrapup(make_app, qtbot):
    app = make_app()
    app.desk.on_phone_event(ev.CallRinging(call_id="m1", direction="in", number="0911 222 333", display_name="",
                                           remote_uri="sip:x@y", withheld=False, number_source="From",
                                           received_ns=time.perf_counter_ns()))
    app.desk.on_phone_event(ev.CallEnded("m1", "Request Terminated", 487, 0.0))
    qtbot.waitUntil(lambda: "call.logged" in types(app))
    assert rows(app.config.data_dir / "console.db", "select disposition from console_call_log") == [("missed",)]
    assert "wrapup.started" not in types(app)


def _full(path: Path) -> Database:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _limit(conn, _record):  # noqa: ANN001 - SQLite may not grow the file: real SQLITE_FULL
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")

    return Database(engine)


def test_a_full_disk_raises_a_loud_warning_and_keeps_the_text(make_app, qtbot):
    app = make_app()
    ring(app, "c3")
    outbox = app.after_call.outbox
    good_db = outbox.db
    outbox.db = _full(app.config.data_dir / "console.db")
    try:
        app.window.notes.editor.insertPlainText("x" * 5000)  # pasted
        qtbot.waitUntil(lambda: app.window.notes.banner.text() != "", timeout=2000)
        assert "disk is full" in app.window.notes.banner.text() and app.window.notes.banner.isVisible()
        assert app.window.notes.text() == "x" * 5000
        assert any(e["type"] == "storage.problem" for e in app.published)
        app.desk.on_phone_event(ev.CallEnded("c3", "Normal", 200, 5.0))
        assert finish(app, qtbot, "c3").error is not None  # not saved: stays in wrap-up, loudly
        assert app.after_call.wrapup.active() == ["c3"]
    finally:
        outbox.db.close()
        outbox.db = good_db
    qtbot.waitUntil(lambda: not app.after_call.saving_calls)  # (a retry of its own may be on its way)
    if app.after_call.wrapup.active():
        finish(app, qtbot, "c3")  # the disk has room again: saved, warning gone
    qtbot.waitUntil(lambda: app.window.notes.banner.isHidden())
    assert rows(app.config.data_dir / "console.db", "select length(notes) from console_call_log") == [(5000,)]


def test_my_tasks_overdue_first_callback_dials_and_due_tasks_are_announced(make_app, qtbot):
    app = make_app()
    now = datetime.now(timezone.utc)
    outbox = app.after_call.outbox
    for title, due, kind in [("Send the brochure", now + timedelta(days=2), "task"),
                             ("Call back about the refund", now - timedelta(hours=3), "callback"),
                             ("Colleague's task", now - timedelta(days=1), "task")]:
        outbox.save_task(FollowUpTask(id="", source="", customer_id="", title=title, due=due, kind=kind,
                                      assignee="agent" if "Colleague" not in title else "petra",
                                      number="+421905123456" if kind == "callback" else ""),
                         {"local": ""}, customer_name="Ján Novák")
    app.after_call.views.refresh()
    view = app.after_call.views.tasks
    qtbot.waitUntil(lambda: view.table.rowCount() == 2)
    assert view.table.item(0, 1).text() == "Call back about the refund"
    assert view.table.item(0, 0).text().startswith("OVERDUE")
    with qtbot.waitSignal(view.dial_requested) as dialled:
        view.table.cellWidget(0, 4).findChildren(type(app.after_call.views.retry_button))[0].click()
    assert dialled.args[0] == "+421905123456"

    qtbot.waitUntil(lambda: "task.due" in types(app))  # the notifier checks on its own
    due = [e for e in app.published if e["type"] == "task.due"]
    assert [(e["title"], e["kind"]) for e in due] == [("Call back about the refund", "callback")]
    again = app.after_call.views.notifier.check()  # announced once: a second look finds nothing due
    qtbot.waitUntil(lambda: again.delivered)
    assert again.error is None and again.result == []
