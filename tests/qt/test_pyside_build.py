"""The installed PySide6 must not leak references on emit() (6.12.0 does; a long day of calls aborts)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    poked = Signal(object)


def test_emitting_signals_keeps_true_alive():
    probe = _Probe()
    probe.poked.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(500):
        probe.poked.emit(1)
    assert sys.getrefcount(True) >= before - 5, "this PySide6 build leaks a reference on every emit()"
