"""Notes on a full disk, in the real window: the banner, the marked tab, the retry, the wrap-up
that is kept, and the question on quit. The data folder is a real 2 MB tmpfs filled to the brim."""
from __future__ import annotations

import gc
import sqlite3
import stat
import time

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from cti import events as ev

from console.config import AfterCallSettings, Config

FULL = "Not saved: the disk is full. The note is kept on screen and saved as soon as there is room."
NOTE = "Wants to move the contract to his wife; call back on Friday"


@pytest.fixture
def app(qtbot, tmp_path, disk):
    from console.app import ConsoleApp

    config = Config(path=tmp_path / "config.toml", data_dir=disk.path, log_dir=tmp_path / "log",
                    ctl_name=f"agent-console-qt-{time.monotonic_ns()}", after_call=AfterCallSettings())
    console = ConsoleApp(config, with_phone=False)
    published: list[dict] = []
    console.hub.published.connect(lambda e: published.append(dict(e)))
    console.published = published
    console.start()
    qtbot.waitUntil(lambda: console.after_call.outbox is not None, timeout=10000)
    yield console
    if disk.filler.exists():
        disk.free()
    console.shutdown()
    console.window.close()
    console.window.deleteLater()
    qtbot.wait(20)
    gc.collect()


def ring(app, call_id: str) -> None:
    app.desk.on_phone_event(ev.CallRinging(call_id=call_id, direction="in", number="0905 123 456", display_name="",
                                           remote_uri="sip:0905123456@x", withheld=False, number_source="From",
                                           received_ns=time.perf_counter_ns()))
    app.desk.on_phone_event(ev.CallAnswered(call_id))


def rows(app, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{app.config.data_dir / 'console.db'}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def tab_of(app, call_id: str) -> int:
    cards = app.window.cards
    return next(i for i in range(cards.count()) if getattr(cards.widget(i), "call_id", "") == call_id)


def types(app) -> list[str]:
    return [e["type"] for e in app.published]


def test_the_banner_and_the_tab_stay_until_the_note_is_really_saved(app, disk, qtbot):
    ring(app, "c1")
    qtbot.waitUntil(lambda: app.after_call.focus == "c1")
    notes, cards = app.window.notes, app.window.cards
    disk.fill()
    qtbot.keyClicks(notes.editor, NOTE)
    qtbot.waitUntil(lambda: notes.banner.isVisible(), timeout=3000)
    assert notes.banner.text() == "⚠ " + FULL
    assert not cards.tabIcon(tab_of(app, "c1")).isNull()  # the call's tab is marked
    assert "not saved" in cards.tabToolTip(tab_of(app, "c1"))
    assert rows(app, "select text from console_note_drafts where key='c1'") in ([], [("",)])
    assert notes.text() == NOTE  # the words stay on screen

    disk.free()  # nobody types: the retry saves it by itself
    qtbot.waitUntil(lambda: notes.banner.isHidden(), timeout=40000)
    assert rows(app, "select text from console_note_drafts where key='c1'") == [(NOTE,)]
    assert cards.tabIcon(tab_of(app, "c1")).isNull() and cards.tabToolTip(tab_of(app, "c1")) == ""
    assert types(app).count("draft.unsaved") == 1 and types(app).count("draft.saved") == 1
    assert notes.text() == NOTE


def test_a_failed_wrap_up_keeps_notes_and_disposition_and_finishes_once_there_is_room(app, disk, qtbot):
    ring(app, "c2")
    qtbot.waitUntil(lambda: app.after_call.focus == "c2")
    app.after_call.set_disposition("c2", "sale.new")
    disk.fill()
    app.window.notes.editor.insertPlainText(NOTE)
    app.desk.on_phone_event(ev.CallEnded("c2", "Normal", 200, 42.0))
    job = app.after_call.finish_wrapup("c2")  # the agent pressed save: refused, loudly
    qtbot.waitUntil(lambda: job.delivered)
    assert job.error is not None
    assert app.window.notes.banner.text() == "⚠ " + FULL
    assert app.after_call.wrapup.active() == ["c2"]
    assert app.window.notes.text() == NOTE and app.book["c2"].disposition == "sale.new"
    assert rows(app, "select count(*) from console_call_log") == [(0,)]

    disk.free()
    qtbot.waitUntil(lambda: "call.logged" in types(app), timeout=40000)
    assert rows(app, "select notes, disposition, duration_s from console_call_log") == [(NOTE, "sale.new", 42)]
    assert rows(app, "select count(*) from console_note_drafts where key='c2'") == [(0,)]
    assert app.window.notes.banner.isHidden()
    assert app.window.agent_status.text().endswith("Ready")
    assert types(app).count("call.logged") == 1  # saved once, not once per retry


def answer_dialog(qtbot, button_text: str) -> list[str]:
    """Click ``button_text`` in the question that is about to open; returns what it said."""
    said: list[str] = []

    def click() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, click)
            return
        said.append(boxes[0].text())
        next(b for b in boxes[0].buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)
    return said


def test_quitting_with_an_unsaved_note_asks_offers_a_copy_and_keeps_a_private_copy(app, disk, qtbot, tmp_path):
    disk.fill()
    qtbot.keyClicks(app.window.notes.editor, NOTE)  # free notes, no call
    qtbot.waitUntil(lambda: app.window.notes.banner.isVisible(), timeout=3000)
    unsaved = app.after_call.unsaved

    said = answer_dialog(qtbot, "Copy the notes")
    assert unsaved.may_close() is False  # the window stays open
    assert said and "not saved" in said[0] and "disk is full" in said[0]
    assert QGuiApplication.clipboard().text() == NOTE

    answer_dialog(qtbot, "Quit anyway")
    assert unsaved.may_close() is True
    unsaved.on_quit()  # what aboutToQuit runs
    [copy] = tmp_path.glob("unsaved-notes-*.json")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600 and NOTE in copy.read_text(encoding="utf-8")
    assert "draft.rescued" in types(app)

    disk.free()  # the agent freed space after all: no question, saved, and no stale copy left
    assert unsaved.may_close() is True
    assert rows(app, "select text from console_note_drafts where key='free'") == [(NOTE,)]
    assert not copy.exists()


def test_damaged_call_facts_in_a_draft_do_not_break_the_start():
    from console.model.calls import call_from_draft as facts_from

    hostile = [{}, {"call_id": 5}, {"call_id": ""}, {"call_id": "c", "duration_s": "long"},
               {"call_id": "c", "started": "yesterday"}, {"call_id": "c", "customer_ids": {"x": [1]}},
               {"call_id": "c", "previous": [1, 2]}, {"call_id": "c", "answered": "yes"},
               {"call_id": "c", "unknown": object()}, {"call_id": "c", "duration_s": 7}]
    facts = [facts_from(ctx) for ctx in hostile]
    assert facts[:3] == [None, None, None]
    for f in facts[3:]:
        assert f.call_id == "c" and isinstance(f.duration_s, float) and isinstance(f.answered, bool)
        assert isinstance(f.customer_ids, dict) and all(isinstance(p, str) for p in f.previous)
        f.draft_context()  # stores again
    assert facts[-1].duration_s == 7.0
