"""What a lead (or a trainee) sees while listening in on a colleague's call (issue 12).

A dock that shows only while this console supervises:

- the mode, big and unmistakable: a coloured banner that says who hears the supervisor
  (LISTENING — nobody hears you · WHISPERING — only Jana hears you · BARGED IN — everyone
  hears you);
- whose call it is and how long it has run;
- one button per mode the role allows and one to stop, each with its key (the same Hotkeys the
  window has, console/supervision.py);
- the customer's card (the same CustomerCardView a ringing call gets, filled by the CRM chain);
- for leads, the private coaching notes about the agent (console/coaching_notes.py).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from crm_adapters.vocabulary import CustomerCard

from console.coaching_notes import CoachingNotes
from console.customer_card_view import CustomerCardView
from console.format import clock
from console.model.events import SupervisionEnded, SupervisionModeChanged, SupervisionStarted
from console.outside_text import shown
from console.team_tables import mask_name

BANNERS = {  # mode -> (what the banner says, its colour)
    "listen": (QT_TRANSLATE_NOOP("SupervisingView", "LISTENING — nobody hears you"), "#1b5e20"),
    "whisper": (QT_TRANSLATE_NOOP("SupervisingView", "WHISPERING — only {agent} hears you"), "#e65100"),
    "barge": (QT_TRANSLATE_NOOP("SupervisingView", "BARGED IN — everyone hears you"), "#b71c1c"),
}
BUTTONS = {"listen": QT_TRANSLATE_NOOP("SupervisingView", "Listen"), "whisper": QT_TRANSLATE_NOOP("SupervisingView", "Whisper"),
           "barge": QT_TRANSLATE_NOOP("SupervisingView", "Barge in")}


def banner_text(mode: str, agent_name: str) -> str:
    text = BANNERS.get(mode, ("", ""))[0]
    text = QCoreApplication.translate("SupervisingView", text) if text else ""
    return text.replace("{agent}", shown(agent_name, 60))


class SupervisingView(QWidget):
    mode_chosen = Signal(str)  # listen | whisper | barge
    stop_chosen = Signal()

    def __init__(self, modes: dict[str, str], stop_keys: str, coaching: QWidget | None = None,
                 wall: Callable[[], float] = time.time, parent: QWidget | None = None) -> None:
        """`modes`: the modes this role may use -> their keys ("" = no key)."""
        super().__init__(parent)
        self.setObjectName("supervisingView")
        self._wall = wall
        self.mode, self.agent_name, self.started, self.held = "", "", 0.0, False
        self.banner = QLabel()
        self.banner.setObjectName("supervisionBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.whose = QLabel()
        self.whose.setObjectName("supervisedCall")
        self.whose.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for mode, keys in modes.items():
            button = self._button(self.tr(BUTTONS[mode]), keys, f"supervise.{mode}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self.mode_chosen.emit(m))
            self.buttons[mode] = button
            row.addWidget(button)
        self.stop_button = self._button(self.tr("Stop"), stop_keys, "supervise.stop")
        self.stop_button.clicked.connect(lambda _=False: self.stop_chosen.emit())
        row.addWidget(self.stop_button)
        self.card = CustomerCardView()
        self.card.setObjectName("supervisedCard")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.whose)
        layout.addLayout(row)
        if coaching is not None:
            split = QSplitter(Qt.Orientation.Vertical)
            split.addWidget(self.card)
            split.addWidget(coaching)
            split.setStretchFactor(0, 3)  # the card gets the room; the notes a good box
            split.setStretchFactor(1, 2)
            layout.addWidget(split, 1)
        else:
            layout.addWidget(self.card, 1)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_whose)
        self.clear()

    @staticmethod
    def _button(text: str, keys: str, name: str) -> QPushButton:
        button = QPushButton(f"{text} ({keys})" if keys else text)
        button.setObjectName(name)
        button.setMinimumHeight(36)
        return button

    def show_session(self, agent_name: str, mode: str, started: float) -> None:
        self.agent_name, self.started = agent_name, started
        self.card.show_idle()
        self.set_mode(mode)
        self._show_whose()
        self._tick.start()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        colour = BANNERS.get(mode, ("", "#455a64"))[1]
        self.banner.setText(banner_text(mode, self.agent_name))
        self.banner.setStyleSheet(f"QLabel#supervisionBanner {{ background: {colour}; color: #ffffff; "
                                  "font-size: 26px; font-weight: 800; padding: 18px 12px; border-radius: 8px; }")
        for m, button in self.buttons.items():
            button.setChecked(m == mode)

    def show_card(self, card: CustomerCard) -> None:
        self.card.show_card(card)

    def set_held(self, held: bool) -> None:
        """The agent put the customer on hold: the supervisor hears nothing meanwhile (media_plan)."""
        self.held = held
        self._show_whose()

    def clear(self) -> None:
        self._tick.stop()
        self.mode, self.agent_name, self.started, self.held = "", "", 0.0, False
        self.banner.setText("")
        self.whose.setText("")
        self.card.show_idle()
        for button in self.buttons.values():
            button.setChecked(False)

    def whose_text(self) -> str:
        if not self.agent_name:
            return ""
        running = f" · {clock(self._wall() - self.started)}" if self.started else ""
        held = " · " + self.tr("the customer is on hold: you hear nothing until the call resumes") if self.held else ""
        return self.tr("%1's call").replace("%1", shown(self.agent_name, 60)) + running + held

    def _show_whose(self) -> None:
        self.whose.setText(self.whose_text())


@dataclass(frozen=True)
class _SupervisedCard:
    """The supervised call's customer card, from the CRM loop."""

    call_id: str
    card: CustomerCard


class Supervising(QObject):
    """Feeds the view from this console's supervision events (side "supervisor", whichever way the
    session runs: signed SIP or the PBX), looks the customer up, and keeps the coaching notes."""

    def __init__(self, supervision, keys: dict[str, str]) -> None:  # noqa: ANN001 - console.supervision.Supervision
        super().__init__(supervision)
        self.sup = supervision
        api = supervision.api
        self.api = api
        self.keys = keys
        self.view: SupervisingView | None = None
        self.call_id = ""  # the monitoring call shown
        self.target_call = ""  # the customer's call on the agent's console
        self._follows_team = False
        self.customer = ""  # the customer's name as the card (or the team's view) has it
        self.coaching = CoachingNotes(supervision.me, supervision.role, self._team_run, self)
        b = api.bridge
        b.subscribe(SupervisionStarted, self._started, owner=self)
        b.subscribe(SupervisionModeChanged, self._mode, owner=self)
        b.subscribe(SupervisionEnded, self._ended, owner=self)
        b.subscribe(_SupervisedCard, self._card, owner=self)
        f = api.features
        f.add_dock("supervision.watching", QT_TRANSLATE_NOOP("Docks", "Supervising"), self._make_view, area="left",
                   shown_for=("lead", "trainee"), size=460)
        f.add_ctl_command("coaching", self._ctl_coaching, help="your private coaching notes about an agent (leads "
                          "only; never sent to the CRM); --text replaces them", args="[AGENT] [--text TEXT…]")

    def _team_run(self):  # noqa: ANN202
        team = self.sup._team_feature()
        return team.link.run if team is not None else None

    def _make_view(self, _window) -> QWidget:  # noqa: ANN001
        modes = {m: self.keys.get(m, "") for m in BUTTONS if m in self.keys}
        self.view = SupervisingView(modes, self.keys.get("stop", ""), self.coaching.make_box())
        self.view.mode_chosen.connect(lambda m: self.sup._key(self.sup._switch, m))
        self.view.stop_chosen.connect(lambda: self.sup._key(self.sup._stop))
        QTimer.singleShot(0, self._show_dock)
        return self.view

    def _show_dock(self) -> None:
        dock = self.view.parentWidget() if self.view is not None else None
        if dock is not None:
            dock.setVisible(bool(self.call_id))  # only while supervising
            if self.call_id:
                dock.raise_()

    # -- the session ------------------------------------------------------------------------------
    def _started(self, e: SupervisionStarted) -> None:
        if e.side != "supervisor":
            return
        self.call_id, self.customer, self.target_call = e.call_id, "", e.target_call
        name = self.sup._name_of(e.agent)
        live = self._live_call(e.target_call)
        team = self.sup._team_feature()
        if team is not None and not self._follows_team:
            self._follows_team = True
            team.link.view_changed.connect(self._team_view)
        if self.view is not None:
            self.view.show_session(name, e.mode, live.started if live is not None else 0.0)
        self.coaching.open(e.agent, name)
        self._show_dock()
        if live is not None:
            self.customer = live.customer_name
            self._look_up(e.call_id, live.number)
            if self.view is not None:
                self.view.set_held(live.state == "held")

    def _team_view(self, _view: object) -> None:
        live = self._live_call(self.target_call) if self.call_id else None
        if live is not None and self.view is not None and self.view.held != (live.state == "held"):
            self.view.set_held(live.state == "held")

    def _mode(self, e: SupervisionModeChanged) -> None:
        if e.side == "supervisor" and e.call_id == self.call_id and self.view is not None:
            self.view.set_mode(e.mode)

    def _ended(self, e: SupervisionEnded) -> None:
        if e.side != "supervisor" or e.call_id != self.call_id:
            return
        self.call_id = self.customer = ""
        self.coaching.close()  # saved now; kept for the next session
        if self.view is not None:
            self.view.clear()
        self._show_dock()

    def _live_call(self, target_call: str):  # noqa: ANN202 - crm_adapters.store.team.model.LiveCall | None
        team = self.sup._team_feature()
        view = team.link.view if team is not None else None
        return next((c for c in (view.calls if view is not None else ()) if c.call_id == target_call), None)

    def _look_up(self, call_id: str, number: str) -> None:
        """The customer's card through the console's CRM chain, off the GUI thread (as for a ringing
        call). Only a lead's: the team shows others the customer's number and name masked, so a
        trainee's view shows the name as the board does."""
        crm = self.api.crm
        if self.sup.role != "lead" or crm is None or not number:
            self.customer = mask_name(self.customer, self.sup.role)
            if self.view is not None and self.customer:
                self.view.card.show_transfer(self.tr("Customer: %1").replace("%1", shown(self.customer, 80)))
            return
        post = self.api.bridge.post
        crm.runtime.submit(crm.chain.lookup(number, on_update=lambda card: post(_SupervisedCard(call_id, card))))

    def _card(self, arrived: _SupervisedCard) -> None:
        if arrived.call_id != self.call_id:
            return  # a session that ended meanwhile
        card = arrived.card
        customer = getattr(card, "customer", None)
        if customer is not None and getattr(customer, "name", ""):
            self.customer = customer.name
        if self.view is not None:
            self.view.show_card(card)

    # -- ctl and status ---------------------------------------------------------------------------
    def _ctl_coaching(self, args: list[str]):  # noqa: ANN201
        w = self.sup.watching
        return self.coaching.ctl(args, w.agent if w is not None and w.started else "")

    def fields(self) -> dict:
        """What the view shows (``ctl status``'s ``supervision.watching``)."""
        view = self.view
        return {"banner": view.banner.text() if view is not None else "",
                "whose": view.whose_text() if view is not None else "",
                "customer": shown(self.customer, 200),
                "coaching": self.coaching.for_leads}
