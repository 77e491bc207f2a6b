"""The call area: who is on the line, the call timer, and the buttons an agent needs."""
from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from console.plain_text import PlainLabel, shown


@dataclass
class CallRow:
    call_id: str
    direction: str
    caller: str  # name if known, else the number
    state: str  # ringing | connected | held | ended
    muted: bool = False
    recording: bool = False
    connected_at: float | None = None  # time.monotonic()


def format_duration(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class CallPanel(QFrame):
    answer = Signal(str)
    reject = Signal(str)
    hangup = Signal(str)
    hold = Signal(str, bool)  # call_id, hold (False = resume)
    mute = Signal(str, bool)
    dtmf = Signal(str, str)
    transfer = Signal(str, str)  # call_id, target
    conference = Signal()
    dial = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.calls: dict[str, CallRow] = {}
        self.current: str | None = None
        title = QLabel("CALL")
        title.setObjectName("panelTitle")
        self.caller = PlainLabel("Ready for calls", "callerLine")  # the caller's name comes from outside
        self.state = PlainLabel("", "callState")
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("callTimer")
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        self.list.currentItemChanged.connect(self._on_select)

        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        spec = [("answer", "Answer"), ("hangup", "Hang up"), ("reject", "Reject"), ("hold", "Hold"),
                ("mute", "Mute"), ("keypad", "Keypad"), ("transfer", "Transfer"), ("conference", "Conference")]
        for i, (key, text) in enumerate(spec):
            button = QPushButton(text)
            button.setObjectName(key)
            self.buttons[key] = button
            grid.addWidget(button, i // 4, i % 4)
        b = self.buttons
        b["answer"].clicked.connect(lambda: self._emit_current(self.answer))
        b["hangup"].clicked.connect(lambda: self._emit_current(self.hangup))
        b["reject"].clicked.connect(lambda: self._emit_current(self.reject))
        b["hold"].clicked.connect(self._toggle_hold)
        b["mute"].clicked.connect(self._toggle_mute)
        b["keypad"].clicked.connect(self._ask_dtmf)
        b["transfer"].clicked.connect(self._ask_transfer)
        b["conference"].clicked.connect(self.conference.emit)

        self.dial_box = QLineEdit()
        self.dial_box.setPlaceholderText("Number or SIP address to call")
        self.dial_box.returnPressed.connect(self._dial)
        dial_button = QPushButton("Call")
        dial_button.setObjectName("dial")
        dial_button.clicked.connect(self._dial)
        dial_row = QHBoxLayout()
        dial_row.addWidget(self.dial_box, 1)
        dial_row.addWidget(dial_button)

        top = QHBoxLayout()
        who = QVBoxLayout()
        who.addWidget(self.caller)
        who.addWidget(self.state)
        top.addLayout(who, 1)
        top.addWidget(self.timer_label)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addLayout(grid)
        layout.addLayout(dial_row)
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self.refresh()

    # -- model updates ---------------------------------------------------------
    def upsert(self, row: CallRow) -> None:
        self.calls[row.call_id] = row
        if self.current is None or self.calls.get(self.current, row).state == "ended" or row.state == "ringing" and self.current not in self.calls:
            self.current = row.call_id
        self.refresh()

    def remove(self, call_id: str) -> None:
        self.calls.pop(call_id, None)
        if self.current == call_id:
            self.current = next(iter(self.calls), None)
        self.refresh()

    def select(self, call_id: str) -> None:
        if call_id in self.calls:
            self.current = call_id
            self.refresh()

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.calls.values():
            item = QListWidgetItem(f"{'⬇' if row.direction == 'in' else '⬆'} {shown(row.caller, 80)} — {row.state}")
            item.setData(256, row.call_id)
            self.list.addItem(item)
            if row.call_id == self.current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(len(self.calls) > 1)
        row = self.calls.get(self.current or "")
        b = self.buttons
        if row is None:
            self.caller.setText("Ready for calls")
            self.state.setText("")
            self.timer_label.setText("00:00")
        else:
            self.caller.setText(row.caller)
            words = {"ringing": "Incoming call — ringing" if row.direction == "in" else "Calling…",
                     "connected": "On the call", "held": "On hold", "ended": "Call ended"}
            self.state.setText(words.get(row.state, row.state) + ("  · muted" if row.muted else "")
                               + ("  · ● REC" if row.recording else ""))
        ringing_in = row is not None and row.state == "ringing" and row.direction == "in"
        live = row is not None and row.state in ("connected", "held")
        b["answer"].setEnabled(ringing_in)
        b["reject"].setEnabled(ringing_in)
        b["hangup"].setEnabled(row is not None and row.state != "ended")
        for key in ("hold", "mute", "keypad", "transfer"):
            b[key].setEnabled(live)
        b["hold"].setText("Resume" if row and row.state == "held" else "Hold")
        b["mute"].setText("Unmute" if row and row.muted else "Mute")
        b["conference"].setEnabled(sum(1 for r in self.calls.values() if r.state in ("connected", "held")) >= 2)
        self._tick()

    def _tick(self) -> None:
        row = self.calls.get(self.current or "")
        if row and row.connected_at is not None:
            self.timer_label.setText(format_duration(time.monotonic() - row.connected_at))

    # -- user actions ------------------------------------------------------------
    def _on_select(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.select(item.data(256))

    def _emit_current(self, signal) -> None:
        if self.current:
            signal.emit(self.current)

    def _toggle_hold(self) -> None:
        row = self.calls.get(self.current or "")
        if row:
            self.hold.emit(row.call_id, row.state != "held")

    def _toggle_mute(self) -> None:
        row = self.calls.get(self.current or "")
        if row:
            self.mute.emit(row.call_id, not row.muted)

    def _ask_dtmf(self) -> None:
        digits, ok = QInputDialog.getText(self, "Keypad", "Digits to send (0-9, *, #):")
        if ok and digits and self.current:
            self.dtmf.emit(self.current, digits)

    def _ask_transfer(self) -> None:
        target, ok = QInputDialog.getText(self, "Transfer", "Transfer this call to (number or SIP address):")
        if ok and target.strip() and self.current:
            self.transfer.emit(self.current, target.strip())

    def _dial(self) -> None:
        target = self.dial_box.text().strip()
        if target:
            self.dial.emit(target)
            self.dial_box.clear()
