"""A call-back the disk cannot take (a real full tmpfs, tests/harness/small_disk.py): the agent is
told why, and the dialog comes back with what was typed, so the promise is not lost."""
from __future__ import annotations

import gc
import time

import pytest

from PySide6.QtCore import Qt

from console.config import Config


@pytest.fixture
def app(qtbot, tmp_path, disk):
    from console.app import ConsoleApp

    config = Config(path=None, data_dir=disk.path, log_dir=tmp_path / "log",
                    ctl_name=f"agent-console-qt-{time.monotonic_ns()}")
    console = ConsoleApp(config, with_phone=False)
    console.published = []
    console.hub.published.connect(lambda e: console.published.append(dict(e)))
    console.start()
    qtbot.waitUntil(lambda: console.after_call.outbox is not None and console.after_call.restored, timeout=15000)
    yield console
    if disk.filler.exists():
        disk.free()
    console.shutdown()
    console.window.close()
    console.window.deleteLater()
    qtbot.wait(20)
    gc.collect()


def test_a_task_the_full_disk_refused_comes_back_filled_in_and_saves_once_there_is_room(app, disk, qtbot):
    maker = next(f for f in app.installed if type(f).__name__ == "MyTasks").maker
    dialog = maker.new_task(kind="callback", title="Call back about the offer")
    qtbot.waitUntil(dialog.isVisible)
    dialog.number.setText("0905 123 456")
    disk.fill()
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: maker.dialog is not dialog and maker.dialog.isVisible(), timeout=15000)
    again = maker.dialog
    assert again.problem.text().startswith('The task "Call back about the offer" could not be saved (')
    assert "what you typed is kept in the dialog" in again.problem.text()
    assert app.window.statusBar().currentMessage() == again.problem.text()
    assert (again.title.text(), again.number.text(), again.kind.currentData()) == (
        "Call back about the offer", "0905 123 456", "callback")
    assert not [e for e in app.published if e["type"] == "task.created"]
    disk.free()
    qtbot.keyClick(again.due, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(e["type"] == "task.created" for e in app.published), timeout=15000)
    created = next(e for e in app.published if e["type"] == "task.created")
    assert created["title"] == "Call back about the offer" and created["kind"] == "callback"
