"""Features reach the window and the control socket only through the registry, in the real
console: the main window places a dock, a card section and a hotkey of a feature it has never
heard of; a `ctl` command added to the registry answers over the real socket; a second `note`
stops the console at start with a sentence naming both features (before issue 10 it silently
replaced the first)."""
from __future__ import annotations

import gc
import sys
import threading
import time
import types
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

import console.app as console_app
from console.config import Config
from console.ctl_client import CtlClient
from console.features import CtlCommand, FeatureApi

MAIN_WINDOW = Path(console_app.__file__).with_name("main_window.py")


def feature_module(monkeypatch, name: str, install_feature) -> None:
    """A feature the console has never heard of, installed like any other (console.app.FEATURES)."""
    module = types.ModuleType(name)
    module.install_feature = install_feature
    monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(console_app, "FEATURES", [*console_app.FEATURES, name])


def config(tmp_path, role: str = "agent") -> Config:
    from console.config import AgentSettings

    return Config(path=None, data_dir=tmp_path / "data", log_dir=tmp_path / "log",
                  ctl_name=f"agent-console-qt-{time.monotonic_ns()}", agent=AgentSettings(role=role))


@pytest.fixture
def start(qtbot, tmp_path):
    apps = []

    def start_(role: str = "agent"):
        app = console_app.ConsoleApp(config(tmp_path, role), with_phone=False)
        apps.append(app)
        app.start()
        return app

    yield start_
    for app in apps:
        app.shutdown()
        app.window.close()
        app.window.deleteLater()
    qtbot.wait(20)
    gc.collect()


def test_the_window_places_what_a_feature_it_does_not_know_adds(start, monkeypatch, qtbot):
    pressed = []

    def install_feature(api: FeatureApi) -> None:
        api.features.add_dock("queue_board", "Queue board", lambda window: QLabel("7 callers waiting"), area="right")
        api.features.add_dock("lead_board", "Lead board", lambda window: QLabel("for leads"), shown_for=("lead",))
        api.features.add_card_section("contract", lambda window: QLabel("Contract ends 31.12."))
        api.features.add_hotkey("queue", "Ctrl+Shift+Q", lambda: pressed.append("queue"), "Show the queue")

    feature_module(monkeypatch, "acme_queue_board", install_feature)
    app = start()
    window = app.window
    dock = window.docks["queue_board"]
    qtbot.waitUntil(dock.isVisible)
    assert dock.windowTitle() == "Queue board" and dock.widget().text() == "7 callers waiting"
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert "lead_board" not in window.docks  # an agent does not get a dock meant for leads
    section = window.sections["contract"]
    assert section.isVisible() and section.text() == "Contract ends 31.12."
    assert window.cards.isAncestorOf(section) is False and section.window() is window

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: pressed == ["queue"])

    source = MAIN_WINDOW.read_text(encoding="utf-8")  # it places them by kind, never by name
    assert not any(word in source for word in ("queue_board", "after_call", "disposition", "new_contact"))


def test_a_lead_gets_the_dock_meant_for_leads(start, monkeypatch, qtbot):
    feature_module(monkeypatch, "acme_lead_board", lambda api: api.features.add_dock(
        "lead_board", "Lead board", lambda window: QLabel("for leads"), shown_for=("lead",)))
    app = start(role="lead")
    qtbot.waitUntil(app.window.docks["lead_board"].isVisible)


def test_docks_in_one_place_become_tabs_with_the_front_one_shown(start, monkeypatch, qtbot):
    feature_module(monkeypatch, "acme_big_board", lambda api: api.features.add_dock(
        "big_board", "Big board", lambda window: QLabel("the whole team"), area="bottom", front=True))
    app = start()
    window = app.window
    board, after_call = window.docks["big_board"], window.docks["after_call"]
    qtbot.waitUntil(lambda: window.tabifiedDockWidgets(board) == [after_call])  # tabs, not two thin strips
    # the front one is on screen, the other behind its tab until the agent picks it
    qtbot.waitUntil(lambda: not board.visibleRegion().isEmpty() and after_call.visibleRegion().isEmpty())


def test_the_after_call_parts_are_where_the_agent_knows_them(start, qtbot):
    app = start()
    qtbot.waitUntil(lambda: app.after_call.outbox is not None, timeout=10000)
    window = app.window
    assert app.after_call.views.picker.parentWidget() is window.notes  # at the foot of the notes, as before
    dock = window.docks["after_call"]
    assert dock.windowTitle() == "After the call" and dock.widget() is app.after_call.views.tabs
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert app.features.get(CtlCommand, "note").owner == "console.after_call"


def ask(name: str, cmd: str, args: list[str], answers: list) -> threading.Thread:
    """A client on the real control socket, in its own thread while the GUI thread serves it."""
    def run():
        client = CtlClient(name)
        try:
            client.connect()
            answers.append(client.request(cmd, args))
        except Exception as exc:  # noqa: BLE001 - the test reads it
            answers.append({"client failed": repr(exc)})
        finally:
            client.close()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_a_command_added_to_the_registry_answers_over_the_real_socket(start, monkeypatch, qtbot):
    def install_feature(api: FeatureApi) -> None:
        api.features.add_ctl_command("queue", lambda args: {"waiting": 7, "args": args},
                                     help="callers waiting", args="[--skill S]")

    feature_module(monkeypatch, "acme_queue", install_feature)
    app = start()
    answers: list[dict] = []
    ask(app.ctl.name, "queue", ["--skill", "sk"], answers)
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=10000)
    assert answers == [{"ok": True, "result": {"waiting": 7, "args": ["--skill", "sk"]}}]

    ask(app.ctl.name, "queues", [], answers)
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10000)
    assert answers[1]["ok"] is False and "unknown command 'queues'" in answers[1]["error"]
    assert "queue," in answers[1]["error"] and "note" in answers[1]["error"]  # the list a user can pick from

    ask(app.ctl.name, "help", [], answers)  # what this console answers, from the registry, with arguments
    qtbot.waitUntil(lambda: len(answers) == 3, timeout=10000)
    listed = answers[2]["result"]
    assert listed["queue"] == "[--skill S] — callers waiting"
    assert {"note", "tasks", "outbox", "team", "state", "transfer", "help"} <= set(listed)


def test_a_second_note_command_stops_the_console_at_start_naming_both_features(monkeypatch, tmp_path, capsys, qtbot):
    feature_module(monkeypatch, "acme_notes", lambda api: api.features.add_ctl_command("note", lambda args: {}))
    code = console_app.run_console(config(tmp_path), with_phone=False,
                                   after_start=lambda app: pytest.fail("the console started"))
    try:
        assert code == 1
        message = capsys.readouterr().err
        assert 'Two features add a ctl command named "note": console.after_call and acme_notes.' in message
        assert message.startswith("error: ")
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        qtbot.wait(20)
        gc.collect()


def test_the_answer_hotkey_says_why_when_there_is_no_call(start, qtbot):
    app = start()
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Answer: there is no call.")
