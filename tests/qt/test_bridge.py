"""The one bridge into the GUI thread: events posted on another thread arrive on the GUI thread,
in order, only to handlers of their type, and a widget's subscription ends when the widget goes."""
from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel

from console.bridge import Bridge


@dataclass(frozen=True)
class Rang:
    n: int


@dataclass(frozen=True)
class Other:
    n: int


def test_events_from_a_background_thread_arrive_on_the_gui_thread_in_order(qtbot):
    bridge = Bridge()
    got: list[tuple[int, bool]] = []
    bridge.subscribe(Rang, lambda e: got.append((e.n, QThread.currentThread() is QApplication.instance().thread())))
    others: list[int] = []
    bridge.subscribe(Other, lambda e: others.append(e.n))

    def sip_thread() -> None:
        for n in range(50):
            bridge.post(Rang(n))
        bridge.post(Other(7))

    worker = threading.Thread(target=sip_thread)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(got) == 50 and others == [7])
    assert [n for n, _ in got] == list(range(50)) and all(on_gui for _, on_gui in got)


def test_a_subscription_ends_with_its_widget_and_a_failing_handler_does_not_stop_the_others(qtbot):
    bridge = Bridge()
    label = QLabel()
    shown: list[int] = []
    bridge.subscribe(Rang, lambda e: shown.append(e.n) or label.setText(str(e.n)), owner=label)
    bridge.subscribe(Rang, lambda e: 1 / 0)
    after: list[int] = []
    bridge.subscribe(Rang, lambda e: after.append(e.n))
    bridge.post(Rang(1))
    assert shown == [1] and after == [1] and label.text() == "1"

    gone: list[bool] = []
    label.destroyed.connect(lambda: gone.append(True))
    label.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))
    bridge.post(Rang(2))  # the label is gone: its handler must not run
    assert shown == [1] and after == [1, 2]
