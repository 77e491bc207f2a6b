"""The transfer dialog: to whom (a colleague by name, typed ahead, with their state; or any
number or SIP address) and how (hand over now, or talk to the colleague first)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from console.outside_text import shown

STATE_WORDS = {"ready": "ready", "ringing": "ringing", "on_call": "on a call", "wrap_up": "in wrap-up",
               "away": "away", "monitoring": "supervising", "offline": "offline"}


@dataclass(frozen=True)
class TransferChoice:
    target: str  # a colleague's agent id, or the number / SIP address typed
    attended: bool  # True: consult first, then complete or cancel
    colleague: bool  # target is a colleague's agent id


def entry_text(name: str, state: str, reason: str = "") -> str:
    """How a colleague shows in the list: "Petr Novák · ready" (names come from other consoles)."""
    words = STATE_WORDS.get(state, state)
    if state == "away" and reason:
        words += f" ({shown(reason, 40)})"
    return f"{shown(name, 80)} · {words}"


class TransferDialog(QDialog):
    def __init__(self, colleagues: Iterable = (), parent: QWidget | None = None) -> None:
        """`colleagues`: AgentEntry-like values (id, name, state, reason) from the team store."""
        super().__init__(parent)
        self.setWindowTitle("Transfer the call")
        self._by_text: dict[str, str] = {}  # list entry (and the bare name) -> agent id
        entries = []
        for c in colleagues:
            text = entry_text(c.name or c.id, c.state, getattr(c, "reason", ""))
            entries.append(text)
            self._by_text[text] = c.id
            self._by_text.setdefault(shown(c.name or c.id, 80).casefold(), c.id)
        self.target = QLineEdit()
        self.target.setObjectName("transferTarget")
        self.target.setPlaceholderText("Colleague's name, a number or a SIP address")
        self.completer = QCompleter(QStringListModel(entries, self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.target.setCompleter(self.completer)
        self.blind = QRadioButton("Hand over now (blind transfer)")
        self.blind.setObjectName("transferBlind")
        self.consult = QRadioButton("Talk to them first, then complete or cancel (consult)")
        self.consult.setObjectName("transferConsult")
        self.blind.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Transfer")
        self.ok.setEnabled(False)
        self.target.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        hint = QLabel("Your notes, the disposition so far and the customer go with the call."
                      if entries else "No colleagues are online in the team list: type a number or SIP address.")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Transfer to:"))
        layout.addWidget(self.target)
        layout.addWidget(self.blind)
        layout.addWidget(self.consult)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def choice(self) -> TransferChoice | None:
        text = self.target.text().strip()
        if not text:
            return None
        agent_id = self._by_text.get(text) or self._by_text.get(text.casefold())
        if agent_id:
            return TransferChoice(agent_id, self.consult.isChecked(), True)
        return TransferChoice(text, self.consult.isChecked(), False)
