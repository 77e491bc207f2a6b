"""Keyboard first (issue 13): the keys in the "Call" menu and the tooltips, [keys] in the config
file, Tab that leaves the notes and the tables, a focus ring one can see, and a name for every
control a screen reader lands on. Before issue 13 the notes box swallowed Tab, the tables
trapped it, and only four keys existed, shown nowhere."""
from __future__ import annotations

import time

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cti import events as ev

from console.config import ConfigError, KeySettings, load_config
from console.shortcuts import ACTIONS

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def make_app(console_apps, qtbot):
    """A console in this process whose window has the keyboard (tests/harness/console_apps.py)."""
    def make(**config):
        app = console_apps(**config)
        app.window.activateWindow()
        qtbot.waitUntil(app.window.isActiveWindow)
        return app
    return make


def ring(app, call_id="k1", number="0905 123 456"):
    app.desk.on_phone_event(ev.CallRinging(call_id=call_id, direction="in", number=number, display_name="",
                                           remote_uri=f"sip:{number}@x", withheld=False, number_source="From",
                                           received_ns=time.perf_counter_ns()))


def press(key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


def config_file(tmp_path, text: str):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


# -- the Call menu and the tooltips --------------------------------------------------------------
def test_the_call_menu_lists_every_action_with_its_key_and_the_buttons_say_their_keys(make_app):
    app = make_app()
    menu = app.window.call_menu
    shown = {a.text(): a.shortcut().toString() for a in menu.actions() if not a.isSeparator()}
    for action in ACTIONS:
        if not action.name.startswith("supervision."):  # an agent has no supervision keys
            assert shown[action.text] == action.keys, action.name
    assert app.window.call_panel.buttons["answer"].toolTip() == "Answer the ringing call (Ctrl+Shift+A)"
    assert app.window.notes.wrapup_button.toolTip().endswith("(Ctrl+Return)")
    assert "(Ctrl+Shift+D)" in app.window.call_panel.dial_box.toolTip()


def test_without_the_tasks_feature_the_task_key_is_shown_disabled(make_app, monkeypatch):
    from console import app as console_app

    monkeypatch.setattr(console_app, "FEATURES", [f for f in console_app.FEATURES if f != "console.tasks_view"])
    window = make_app().window
    [task] = [a for a in window.call_menu.actions() if a.text() == "New follow-up task…"]
    assert task.shortcut().toString() == "Ctrl+Shift+F" and not task.isEnabled()


def test_a_key_from_the_config_file_replaces_the_default_in_the_menu_and_works(make_app, tmp_path):
    keys = load_config(config_file(tmp_path, '[keys]\nnote = "F4"\ndial = "ctrl+alt+d"\n')).keys
    assert keys == KeySettings({"note": "F4", "dial": "Ctrl+Alt+D"})
    app = make_app(keys=keys)
    window = app.window
    assert window.hotkeys["note"].shortcut().toString() == "F4"
    window.call_panel.dial_box.setFocus()
    press(Qt.Key.Key_N, CTRL_SHIFT)  # the old key does nothing now
    assert QApplication.focusWidget() is window.call_panel.dial_box
    press(Qt.Key.Key_F4)
    assert QApplication.focusWidget() is window.notes.editor
    press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.call_panel.dial_box


@pytest.mark.parametrize(("text", "words"), [
    ('[keys]\nnote = "Ctrl+Shift+A"\n', 'line 2: [keys] note = "Ctrl+Shift+A" is also the key for answer'),
    ('[keys]\nanswer = "F2"\nhangup = "F2"\n', 'line 3: [keys] hangup = "F2" is also the key for answer'),
    ('[keys]\nnote = "Ctrl+Shift+Banana"\n', "is not a key combination Qt knows"),
    ('[keys]\nnote = "n"\n', "would fire while the agent types"),
    ('[keys]\nnote = "Ctrl+A, Ctrl+B"\n', "one key combination"),
    ('[keys]\nnote = "Ctrl+J"\n', "join the line"),
    ('[keys]\nnotes = "F4"\n', "notes is not an action with a key (actions: answer, hangup"),
    ('[keys]\nnote = 4\n', "must be a key combination in quotes"),
    ('[keys]\ntab_in_notes = "yes"\n', "tab_in_notes must be true or false"),
])
def test_a_bad_or_doubled_key_in_the_config_is_refused_with_the_line_and_what_to_fix(tmp_path, text, words):
    with pytest.raises(ConfigError) as refused:
        load_config(config_file(tmp_path, text))
    assert words in str(refused.value)


# -- Tab -------------------------------------------------------------------------------------------
def test_tab_leaves_the_notes_and_ctrl_tab_types_a_tab(make_app, qtbot):
    app = make_app()
    editor = app.window.notes.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Invoice")
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "Invoice\t" and QApplication.focusWidget() is editor
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor and editor.toPlainText() == "Invoice\t"


def test_with_tab_in_notes_tab_types_a_tab(make_app, qtbot, tmp_path):
    app = make_app(keys=load_config(config_file(tmp_path, "[keys]\ntab_in_notes = true\n")).keys)
    editor = app.window.notes.editor
    editor.setFocus()
    press(Qt.Key.Key_Tab)
    assert editor.toPlainText() == "\t" and QApplication.focusWidget() is editor


def test_tab_moves_on_out_of_every_table(make_app, qtbot):
    from PySide6.QtWidgets import QAbstractItemView

    app = make_app()
    views = app.after_call.views
    app.window.docks["after_call"].raise_()
    views.tabs.setCurrentWidget(views.calls)
    views.calls.setRowCount(3)
    views.calls.setFocus()
    views.calls.setCurrentCell(0, 0)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not views.calls
    assert [t for t in app.window.findChildren(QAbstractItemView) if t.tabKeyNavigation()] == []


# -- seeing and naming -------------------------------------------------------------------------------
def test_the_focused_control_has_a_strong_ring(make_app, qtbot):
    app = make_app()
    box = app.window.call_panel.dial_box
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    focused = box.grab().toImage()
    app.window.notes.editor.setFocus()
    qtbot.waitUntil(lambda: not box.hasFocus())
    unfocused = box.grab().toImage()
    ring = QColor("#1d4ed8")

    def ring_pixels(image) -> int:
        y = image.height() // 2
        return sum(1 for x in (0, 1, image.width() - 1, image.width() - 2) if image.pixelColor(x, y) == ring)
    assert ring_pixels(focused) >= 2 and ring_pixels(unfocused) == 0


def unnamed_controls(window) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is window and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.accessibleName():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return found


def test_every_control_an_agent_can_tab_to_has_a_name(make_app, qtbot):
    app = make_app()
    assert unnamed_controls(app.window) == []
    ring(app)
    app.desk.on_phone_event(ev.CallAnswered("k1"))
    qtbot.waitUntil(lambda: app.book["k1"].card is not None, timeout=10000)
    app.desk.on_phone_event(ev.CallEnded("k1", "Normal", 200, 30.0))
    qtbot.waitUntil(lambda: app.agent.state == "wrap_up")
    assert unnamed_controls(app.window) == []
