"""The call area: who is on the line, the call timer, and the buttons an agent needs.

It shows the call book (:mod:`console.model.calls`) and, with no call on the line, the agent's
state ("Wrap-up 00:12 / 01:00", "Away — lunch 00:05", "Ready for calls"); it keeps no call state
of its own.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.languages import follow_language
from console.model.agent_state import Shown, clock
from console.model.calls import CallBook
from console.plain_text import PlainLabel, shown

format_duration = clock


class CallPanel(QFrame):
    answer = Signal(str)
    reject = Signal(str)
    hangup = Signal(str)
    hold = Signal(str, bool)  # call_id, hold (False = resume)
    mute = Signal(str, bool)
    dtmf = Signal(str, str)
    transfer = Signal(str, str)  # call_id, target (a blind transfer without the context)
    # with console.transfers running (transfer_wired): call_id, target, attended (consult first)
    transfer_requested = Signal(str, str, bool)
    complete_transfer = Signal(str)  # the customer's call_id: hand over to the consulted colleague
    cancel_transfer = Signal(str)  # the customer's call_id: end the consultation, back to the customer
    conference = Signal()
    dial = Signal(str)

    def __init__(self, book: CallBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.book = book
        self.agent: Shown | None = None  # the agent's state, shown when no call is on the line
        self.transfer_wired = False  # console.transfers takes the transfer dialog's choice
        self.colleagues = lambda: ()  # the team's directory for the transfer dialog (AgentEntry values)
        self.consulting: tuple[str, str] = ("", "")  # (customer's call, consultation) during a consult
        self.dialler = None  # console.dialling: text -> the call's id, or None once the problem is shown
        self.keypad: Keypad | None = None
        title = self.title = QLabel()
        title.setObjectName("panelTitle")
        self.caller = PlainLabel("", "callerLine")  # the caller's name comes from outside
        self.state = PlainLabel("", "callState")
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("callTimer")
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        self.list.currentItemChanged.connect(self._on_select)

        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, key in enumerate(("answer", "hangup", "reject", "hold", "mute", "keypad", "transfer", "conference")):
            button = QPushButton()  # its words: retranslate()
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
        self.dial_box.returnPressed.connect(self._dial)
        dial_button = self.dial_button = QPushButton()
        dial_button.setObjectName("dial")
        dial_button.clicked.connect(self._dial)
        self.consult_row = QWidget()
        consult_layout = QHBoxLayout(self.consult_row)
        consult_layout.setContentsMargins(0, 0, 0, 0)
        for key, signal in (("completeTransfer", self.complete_transfer), ("cancelTransfer", self.cancel_transfer)):
            button = QPushButton()
            button.setObjectName(key)
            button.clicked.connect(lambda _=False, s=signal: self.consulting[0] and s.emit(self.consulting[0]))
            self.buttons[key] = button
            consult_layout.addWidget(button)
        self.consult_row.hide()
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
        layout.addWidget(self.consult_row)
        layout.addLayout(dial_row)
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self._refresh_due = False
        for signal in (book.added, book.changed, book.removed, book.current_changed):
            signal.connect(self.refresh)
        follow_language(self, self.retranslate)  # words now, and again on `ctl language`

    def retranslate(self) -> None:
        """Every word of the panel in the language now chosen; what depends on the call follows."""
        self.title.setText(self.tr("CALL"))
        self.list.setAccessibleName(self.tr("Calls on the line"))
        words = {"answer": self.tr("Answer"), "hangup": self.tr("Hang up"), "reject": self.tr("Reject"),
                 "hold": self.tr("Hold"), "mute": self.tr("Mute"), "keypad": self.tr("Keypad"),
                 "transfer": self.tr("Transfer"), "conference": self.tr("Conference"),
                 "completeTransfer": self.tr("Complete transfer"),
                 "cancelTransfer": self.tr("Cancel (back to the customer)")}
        for key, text in words.items():
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleName(text)
        self.dial_box.setPlaceholderText(self.tr("Number or SIP address to call"))
        self.dial_box.setAccessibleName(self.tr("Number to dial"))
        self.dial_button.setText(self.tr("Call"))
        self.dial_button.setAccessibleName(self.tr("Call this number"))
        self._refresh_now()

    # -- showing the book ------------------------------------------------------------
    def select(self, call_id: str) -> None:
        self.book.select(call_id)

    def show_agent(self, agent: Shown) -> None:
        """The agent's state in words; the header shows it while no call is on the line."""
        self.agent = agent
        if not self.book.live():
            self.refresh()

    def refresh(self, *_: object) -> None:
        """Coalesced: a ringing call changes the book several times in a row (added, selected,
        its card); the panel is redrawn once, after them, not in the middle of the ringing path."""
        if not self._refresh_due:
            self._refresh_due = True
            QTimer.singleShot(0, self, self._refresh_now)

    def _refresh_now(self) -> None:
        self._refresh_due = False
        live = self.book.live()
        self.list.blockSignals(True)
        self.list.clear()
        for call in live:
            joined = "  ⧉" if call.conference else ""  # joined in a conference
            item = QListWidgetItem(f"{'⬇' if call.direction == 'in' else '⬆'} {shown(call.caller, 80)} — {call.state}{joined}")
            item.setData(256, call.call_id)
            self.list.addItem(item)
            if call.call_id == self.book.current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(len(live) > 1)
        row = self.book.get(self.book.current)
        row = row if row is not None and row.live else None
        b = self.buttons
        if row is None:
            agent = self.agent or Shown("", "")
            ready = agent.title in ("", "Ready", QCoreApplication.translate("AgentState", "Ready"))
            self.caller.setText(self.tr("Ready for calls") if ready else agent.title)
            wrapping = self.book.in_wrap_up()
            self.state.setText(self.tr("after the call with %1").replace("%1", wrapping[0].caller)
                               if wrapping and wrapping[0].caller else "")
            self.timer_label.setText(agent.clock or "00:00")
        else:
            self.caller.setText(row.caller)
            words = {"ringing": self.tr("Incoming call — ringing") if row.direction == "in" else self.tr("Calling…"),
                     "connected": self.tr("On the call"), "held": self.tr("On hold"), "ended": self.tr("Call ended")}
            others = [c.caller for cid in row.conference if (c := self.book.get(cid)) is not None and c.live]
            self.state.setText(words.get(row.state, row.state) + ("  · " + self.tr("muted") if row.muted else "")
                               + ("  · ● " + self.tr("REC") if row.recording else "")
                               + ("  · " + self.tr("Conference with %1").replace("%1", ", ".join(shown(o, 60) for o in others))
                                  if others else ""))
            if row.connected_at is None:
                self.timer_label.setText("00:00")
        ringing_in = row is not None and row.state == "ringing" and row.direction == "in"
        talking = row is not None and row.state in ("connected", "held")
        b["answer"].setEnabled(ringing_in)
        b["reject"].setEnabled(ringing_in)
        b["hangup"].setEnabled(row is not None)
        for key in ("hold", "mute", "keypad", "transfer"):
            b[key].setEnabled(talking)
        if self.keypad is not None:
            self.keypad.setEnabled(talking)  # tones only go to a call in progress
        b["hold"].setText(self.tr("Resume") if row and row.state == "held" else self.tr("Hold"))
        b["mute"].setText(self.tr("Unmute") if row and row.muted else self.tr("Mute"))
        b["conference"].setEnabled(sum(1 for c in live if c.state in ("connected", "held")) >= 2)
        self._tick()

    def _tick(self) -> None:
        row = self.book.get(self.book.current)
        if row is not None and row.live and row.connected_at is not None:
            self.timer_label.setText(format_duration(time.monotonic() - row.connected_at))

    # -- user actions ------------------------------------------------------------
    def _on_select(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.select(item.data(256))

    def _emit_current(self, signal) -> None:
        if self.book.current:
            signal.emit(self.book.current)

    def _toggle_hold(self) -> None:
        row = self.book.get(self.book.current)
        if row:
            self.hold.emit(row.call_id, row.state != "held")

    def _toggle_mute(self) -> None:
        row = self.book.get(self.book.current)
        if row:
            self.mute.emit(row.call_id, not row.muted)

    def _ask_dtmf(self) -> None:
        """The keypad: a small window of buttons, each press sent at once as a tone."""
        if self.keypad is None:
            self.keypad = Keypad(self)
            self.keypad.pressed.connect(self._send_key)
            self.keypad.typed.connect(self._send_key)
        self.keypad.show()
        self.keypad.raise_()

    def _send_key(self, digits: str) -> None:
        if digits and self.book.current:
            self.dtmf.emit(self.book.current, digits)

    def show_consult(self, customer_call: str, consult_call: str) -> None:
        """An attended transfer is consulting ("" when it ended): its buttons show meanwhile."""
        self.consulting = (customer_call, consult_call) if consult_call else ("", "")
        self.consult_row.setVisible(bool(consult_call))

    def _ask_transfer(self) -> None:
        from console.transfer_dialog import TransferDialog

        call_id = self.book.current
        if self.consulting[1] and call_id == self.consulting[1]:
            call_id = self.consulting[0]  # the button on the consultation transfers the customer
        dialog = TransferDialog(self.colleagues(), self)
        if dialog.exec() != TransferDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        if choice is None or not call_id:
            return
        if self.transfer_wired:
            self.transfer_requested.emit(call_id, choice.target, choice.attended)
        else:
            self.transfer.emit(call_id, choice.target)

    def _dial(self) -> None:
        """Through console.dialling when it is wired (the box is cleared only once the call
        starts; a problem is said in the status bar); else the plain ``dial`` signal."""
        target = self.dial_box.text().strip()
        if self.dialler is not None:
            if self.dialler(target) is not None:
                self.dial_box.clear()
        elif target:
            self.dial.emit(target)
            self.dial_box.clear()


class Keypad(QDialog):
    """0-9, * and # as buttons (each press is one tone), and a line for typing several at once."""

    pressed = Signal(str)
    typed = Signal(str)
    KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keypad"))
        self.setObjectName("keypad")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, key in enumerate(self.KEYS):
            button = QPushButton(key)
            button.setObjectName(f"key_{key}")
            button.setAccessibleName({"*": self.tr("Star"), "#": self.tr("Hash")}.get(key, key))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self.pressed.emit(k))
            self.buttons[key] = button
            grid.addWidget(button, i // 3, i % 3)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Or type digits and press Enter"))
        self.line.setAccessibleName(self.tr("Digits to send"))
        self.line.returnPressed.connect(self._send_line)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.line)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        if text in self.KEYS and not self.line.hasFocus():
            self.buttons[text].animateClick()
            return
        super().keyPressEvent(event)

    def _send_line(self) -> None:
        digits = self.line.text().strip()
        if digits:
            self.typed.emit(digits)
            self.line.clear()
