"""A clear wrap-up (issue 13): the header says "Wrap-up" with its own clock and the site's limit,
"Save note" keeps the wrap-up going while "Wrap-up done" ends it, the disposition picker stays one
line until it is needed, and the card shows the customer's own CRM note and e-mail.

Before issue 13 the only button was "Save note" and it ended the wrap-up; the whole disposition
tree filled the idle screen; the CRM's note ("prefers calls before 10") was nowhere on the card."""
from __future__ import annotations

import gc
import re
import sqlite3
import time
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from crm_adapters.vocabulary import Customer, CustomerCard, NumberInfo, SourceState, SourceStatus
from cti import events as ev

from console.config import AfterCallSettings, Config
from console.customer_card_view import CRM_NOTES_SHOWN, CustomerCardView


@pytest.fixture
def app(qtbot, tmp_path):
    from console.app import ConsoleApp

    app = ConsoleApp(Config(path=None, data_dir=tmp_path / "data", log_dir=tmp_path / "log",
                            ctl_name=f"agent-console-qt-{time.monotonic_ns()}",
                            after_call=AfterCallSettings(wrapup_max_s=90)), with_phone=False)
    app.start()
    qtbot.waitUntil(lambda: app.after_call.outbox is not None and app.after_call.restored, timeout=10000)
    yield app
    app.shutdown()
    app.window.close()
    app.window.deleteLater()
    qtbot.wait(20)
    gc.collect()


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def talk_and_hang_up(app, qtbot, call_id="w1", number="0905 123 456") -> None:
    app.desk.on_phone_event(ev.CallRinging(call_id=call_id, direction="in", number=number, display_name="",
                                           remote_uri=f"sip:{number}@x", withheld=False, number_source="From",
                                           received_ns=time.perf_counter_ns()))
    app.desk.on_phone_event(ev.CallAnswered(call_id))
    qtbot.waitUntil(lambda: app.after_call.focus == call_id)
    qtbot.keyClicks(app.window.notes.editor, "Asked about the invoice")
    app.desk.on_phone_event(ev.CallEnded(call_id, "Normal", 200, 340.0))
    qtbot.waitUntil(lambda: app.agent.state == "wrap_up")


def test_the_header_says_wrap_up_with_its_own_clock_and_the_limit(app, qtbot):
    talk_and_hang_up(app, qtbot)
    panel = app.window.call_panel
    qtbot.waitUntil(lambda: panel.caller.text() == "Wrap-up")
    assert re.fullmatch(r"\d\d:\d\d / 01:30", panel.timer_label.text())
    assert panel.state.text() == "after the call with +421 905 123 456"
    assert "Ready" not in panel.caller.text() + app.window.agent_status.text()


def test_save_note_keeps_the_wrap_up_and_wrap_up_done_ends_it(app, qtbot):
    db = app.config.data_dir / "console.db"
    talk_and_hang_up(app, qtbot)
    notes = app.window.notes
    assert notes.save_button.text() == "Save note" and notes.wrapup_button.text() == "Wrap-up done"
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(db, "select text from console_note_drafts where key='w1'")
                    == [("Asked about the invoice",)], timeout=5000)
    assert app.agent.state == "wrap_up" and rows(db, "select count(*) from console_call_log") == [(0,)]
    assert "wrap-up goes on" in notes.info.text()

    qtbot.mouseClick(notes.wrapup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.agent.state == "ready", timeout=5000)
    assert rows(db, "select notes from console_call_log") == [("Asked about the invoice",)]
    assert not notes.wrapup_button.isEnabled() and not notes.info.isVisibleTo(notes)  # nothing left to finish


def test_the_disposition_picker_is_one_line_until_it_is_needed(app, qtbot):
    picker = app.window.sections["disposition"]
    assert picker.search.isVisible() and not picker.tree.isVisible()  # idle: no tree on screen
    qtbot.mouseClick(picker.browse, Qt.MouseButton.LeftButton)  # "All codes"
    assert picker.tree.isVisible()
    qtbot.mouseClick(picker.browse, Qt.MouseButton.LeftButton)
    assert not picker.tree.isVisible()
    talk_and_hang_up(app, qtbot)
    qtbot.keyClicks(picker.search, "wrong number")  # typing opens the matches under the box
    assert picker.tree.isVisible()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert app.book["w1"].disposition == "no_contact.wrong_number" and not picker.tree.isVisible()
    assert "Wrong number" in picker.current.text()


def test_the_card_shows_the_customers_crm_note_and_e_mail_as_plain_bounded_text(qtbot):
    note = "<b>Prefers calls before 10</b>\nspeaks slowly " + "x" * 5000
    customer = Customer(id="7", source="local", name="Ján Kováč", email="jan@example.sk", notes=note)
    number = NumberInfo(raw="0905 123 456", e164="+421905123456", international="+421 905 123 456", region="SK")
    view = CustomerCardView("c1")
    qtbot.addWidget(view)
    view.show_card(CustomerCard(number=number, customer=customer, complete=True,
                                sources={"local": SourceStatus("local", SourceState.OK)}))
    [shown_note] = view.findChildren(QLabel, "crmNotes")
    assert shown_note.text().startswith("<b>Prefers calls before 10</b>\nspeaks slowly")  # literal, lines kept
    assert shown_note.textFormat() == Qt.TextFormat.PlainText and len(shown_note.text()) == CRM_NOTES_SHOWN
    assert [label.text() for label in view.findChildren(QLabel, "emailLine")] == ["✉ jan@example.sk"]
