"""The transfer dialog: to whom (a colleague by name, typed ahead, with their state; or any
number or SIP address) and how (hand over now, or talk to the colleague first)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from console.listed_words import away_reason
from console.outside_text import shown

STATE_WORDS = {"ready": QT_TRANSLATE_NOOP("TransferDialog", "ready"),
               "ringing": QT_TRANSLATE_NOOP("TransferDialog", "ringing"),
               "on_call": QT_TRANSLATE_NOOP("TransferDialog", "on a call"),
               "wrap_up": QT_TRANSLATE_NOOP("TransferDialog", "in wrap-up"),
               "away": QT_TRANSLATE_NOOP("TransferDialog", "away"),
               "monitoring": QT_TRANSLATE_NOOP("TransferDialog", "supervising"),
               "offline": QT_TRANSLATE_NOOP("TransferDialog", "offline")}


@dataclass(frozen=True)
class TransferChoice:
    target: str  # a colleague's agent id, or the number / SIP address typed
    attended: bool  # True: consult first, then complete or cancel
    colleague: bool  # target is a colleague's agent id


def entry_text(name: str, state: str, reason: str = "") -> str:
    """How a colleague shows in the list: "Petr Novák · ready" (names come from other consoles)."""
    words = QCoreApplication.translate("TransferDialog", STATE_WORDS[state]) if state in STATE_WORDS else state
    if state == "away" and reason:
        words += f" ({shown(away_reason(reason), 40)})"
    return f"{shown(name, 80)} · {words}"


class TransferDialog(QDialog):
    def __init__(self, colleagues: Iterable = (), parent: QWidget | None = None) -> None:
        """`colleagues`: AgentEntry-like values (id, name, state, reason) from the team store."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer the call"))
        self._by_text: dict[str, str] = {}  # list entry (and the bare name) -> agent id
        entries = []
        for c in colleagues:
            text = entry_text(c.name or c.id, c.state, getattr(c, "reason", ""))
            entries.append(text)
            self._by_text[text] = c.id
            self._by_text.setdefault(shown(c.name or c.id, 80).casefold(), c.id)
        self.target = QLineEdit()
        self.target.setObjectName("transferTarget")
        self.target.setPlaceholderText(self.tr("Colleague's name, a number or a SIP address"))
        self.completer = QCompleter(QStringListModel(entries, self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.target.setCompleter(self.completer)
        self.blind = QRadioButton(self.tr("Hand over now (blind transfer)"))
        self.blind.setObjectName("transferBlind")
        self.consult = QRadioButton(self.tr("Talk to them first, then complete or cancel (consult)"))
        self.consult.setObjectName("transferConsult")
        self.blind.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Transfer"))
        self.ok.setEnabled(False)
        self.target.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        hint = QLabel(self.tr("Your notes, the disposition so far and the customer go with the call.")
                      if entries else self.tr("No colleagues are online in the team list: type a number or SIP "
                                              "address."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Transfer to:")))
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
