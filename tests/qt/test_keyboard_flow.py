"""The agent's whole call, keys only (issue 13, "Keyboard first").

A real customer (a SIP process, cti.simulated_customer) rings the real console's phone; the test
then does what an agent at the keyboard does — no clicks, no calls into the console for the
steps: answer, write the notes, hang up, choose the disposition (a call-back: the task dialog
asks for the time at once), wrap-up done, back to ready. At the end the call log, the task and
the agent's state are read where a user (and the CRM) would find them. Each key is counted: the
count is the "keystrokes for the standard flow" of the issue.
"""
from __future__ import annotations

import gc
import re
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from crm_adapters.local.database import open_database
from crm_adapters.local.demo_data import DEMO_NUMBER, seed_demo
from cti.settings import AudioSettings, SipSettings

from console.config import AfterCallSettings, Config

from harness.consoles import free_udp_port

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WAIT_MS = 20000  # a real SIP call on a loaded machine


class Keyboard:
    """Keys to whatever has the keyboard focus, as the platform would deliver them; counted."""

    def __init__(self, window) -> None:
        self.window = window
        self.keys = 0  # command keys (shortcuts, Enter, Tab …)
        self.typed = 0  # characters of the agent's own words

    def target(self):
        return QApplication.focusWidget() or QApplication.activeModalWidget() or self.window

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.target(), key, modifiers)
        self.keys += 1

    def type(self, text: str) -> None:
        QTest.keyClicks(self.target(), text)
        self.typed += len(text)


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def console(qtbot, tmp_path):
    """The console in this process with its real phone on a free port, and the demo CRM."""
    from console.app import ConsoleApp

    db = open_database("", tmp_path / "data")
    seed_demo(db)
    db.close()
    port = free_udp_port()
    config = Config(path=None, sip=SipSettings(listen=f"127.0.0.1:{port}"), audio=AudioSettings("null", "null"),
                    data_dir=tmp_path / "data", log_dir=tmp_path / "log",
                    ctl_name=f"agent-console-keys-{time.monotonic_ns()}",
                    after_call=AfterCallSettings(wrapup_max_s=120))
    app = ConsoleApp(config)
    app.start()
    qtbot.waitUntil(lambda: app.ready and app.after_call.outbox is not None, timeout=WAIT_MS)
    assert app.desk.phone is not None, f"the phone did not start: {app.phone_problem}"
    app.port = port
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    yield app
    app.shutdown()
    app.window.close()
    app.window.deleteLater()
    qtbot.wait(20)
    gc.collect()


def customer_calls(port: int, folder: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", f"sip:agent@127.0.0.1:{port}",
                             "--from", "0905 123 456", "--tone", "440", "--duration", "120"],
                            stdout=(folder / "customer.out").open("w"), stderr=subprocess.STDOUT)


def keep_the_keyboard(window, qtbot) -> None:
    """What the desktop's window manager does and the tests' offscreen platform does not: the
    ringing notice (console/notifications.py, WA_ShowWithoutActivating) leaves the keyboard with
    the window, and a closed dialog gives it back to its window. Offscreen activates every window
    it shows and nothing when one closes; this puts the keyboard where a desktop would."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def labels(widget, name: str) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel, name)]


def test_ring_answer_note_disposition_callback_wrapup_ready_with_the_keyboard_only(console, qtbot, tmp_path):
    app, window = console, console.window
    keyboard = Keyboard(window)
    db = app.config.data_dir / "console.db"
    caller = customer_calls(app.port, tmp_path)
    try:
        # it rings: the card shows who it is, with the customer's own CRM note and e-mail
        qtbot.waitUntil(lambda: any(c.state == "ringing" for c in app.book.live()), timeout=WAIT_MS)
        [call] = app.book.live()
        card = window.cards.currentWidget()
        qtbot.waitUntil(lambda: card.card is not None and card.card.customer is not None, timeout=WAIT_MS)
        # (a fuller card may replace the first one: the old card's widgets go on the loop's next turn)
        qtbot.waitUntil(lambda: labels(card, "customerName") == ["Ján Kováč"], timeout=WAIT_MS)
        assert any("pred 10:00" in text for text in labels(card, "crmNotes"))
        assert any("jan.kovac@tatralogistics.sk" in text for text in labels(card, "emailLine"))

        keep_the_keyboard(window, qtbot)
        keyboard.press(Qt.Key.Key_A, CTRL_SHIFT)  # answer
        qtbot.waitUntil(lambda: app.book[call.call_id].state == "connected", timeout=WAIT_MS)

        keyboard.press(Qt.Key.Key_N, CTRL_SHIFT)  # into the notes
        assert QApplication.focusWidget() is window.notes.editor
        keyboard.type("Wants the business tariff; call back with the offer.")

        keyboard.press(Qt.Key.Key_E, CTRL_SHIFT)  # hang up: wrap-up, with its own clock and the limit
        qtbot.waitUntil(lambda: app.agent.state == "wrap_up", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.call_panel.caller.text() == "Wrap-up")
        assert re.fullmatch(r"\d\d:\d\d / 02:00", window.call_panel.timer_label.text())
        assert window.notes.wrapup_button.isEnabled()

        keyboard.press(Qt.Key.Key_C, CTRL_SHIFT)  # the disposition: search, Enter
        picker = window.sections["disposition"]
        assert QApplication.focusWidget() is picker.search and picker.tree.isVisible()
        keyboard.type("promised")
        keyboard.press(Qt.Key.Key_Return)
        assert app.book[call.call_id].disposition == "followup.callback"
        assert not picker.tree.isVisible()  # compact again once chosen

        # a call-back disposition asks for the time at once; Alt+2 = "in 1 h", Enter saves it
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None
                        and QApplication.activeModalWidget().objectName() == "taskDialog"
                        and QApplication.activeModalWidget().isActiveWindow(), timeout=5000)
        keyboard.press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        keyboard.press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: rows(db, "select count(*) from console_tasks") == [(1,)], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        keep_the_keyboard(window, qtbot)

        keyboard.press(Qt.Key.Key_P, CTRL_SHIFT)  # away once this call is done (a break after it)
        assert app.agent.fields().get("next") == "away"
        keyboard.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # wrap-up done
        qtbot.waitUntil(lambda: app.agent.state == "away", timeout=WAIT_MS)
        keyboard.press(Qt.Key.Key_R, CTRL_SHIFT)  # ready
        assert app.agent.state == "ready"
    finally:
        caller.kill()
        caller.wait(10)

    [(number, disposition, notes, customer)] = rows(
        db, "select number, disposition, notes, customer_name from console_call_log")
    assert (number, disposition, customer) == (DEMO_NUMBER, "followup.callback", "Ján Kováč")
    assert notes == "Wants the business tariff; call back with the offer."
    [(kind, task_number, due, call_id, task_customer)] = rows(
        db, "select kind, number, due, call_id, customer_name from console_tasks")
    due_at = datetime.fromisoformat(due).replace(tzinfo=timezone.utc) if "+" not in due else datetime.fromisoformat(due)
    assert (kind, task_number, call_id, task_customer) == ("callback", DEMO_NUMBER, call.call_id, "Ján Kováč")
    assert timedelta(minutes=50) < due_at - datetime.now(timezone.utc) < timedelta(minutes=65)
    status = app.status()["agent"]
    assert status["state"] == "ready" and "call_id" not in status
    qtbot.waitUntil(lambda: window.call_panel.caller.text() == "Ready for calls")
    # the standard flow: answer 1, notes 1, hang up 1, disposition 1 + Enter 1, due 1 + Enter 1,
    # wrap-up done 1 (+ away/ready: 2, only when the agent takes a break in between)
    assert keyboard.keys == 10
    print(f"\nkeystrokes: {keyboard.keys} keys (8 without the break) + {keyboard.typed} typed characters")
