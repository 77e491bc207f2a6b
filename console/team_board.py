"""The team board (a dock for team leads) and the reduced team list (for everyone).

The board shows one team view (:class:`crm_adapters.store.team.model.TeamView`): a header with
the service level, the agents with their state and time in state, the calls on the line, the
customers waiting, today's figures and a chart of calls per hour. The wiring hands it a new view
whenever the team store changes; between views its clocks tick once a second.

Customers' names and numbers are masked for everyone but leads (``mask_number``/``mask_name``).
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from crm_adapters.store.team.model import AgentEntry, LiveCall, TeamView, mask_number

from console import theme
from console.model.agent_state import clock
from console.outside_text import shown
from console.team_chart import CallsPerHourChart
from console.team_tables import (
    FAINT,
    MUTED,
    Cell,
    KeyedTable,
    ViewClock,
    call_state_words,
    direction_words,
    fit_columns,
    mask_name,
    state_words,
)

OK, AMBER, RED = "ok", "amber", "red"
MONITOR_MODES = {"lead": ("listen", "whisper", "barge"), "trainee": ("listen",)}
MONITOR_TITLES = {"listen": "Listen", "whisper": "Whisper", "barge": "Barge in"}
TEAM_ROW = ""  # the figures' team row has agent_id ""

STYLE = """
TeamBoard, TeamList { background: #f4f6f9; }
QLabel#serviceLevel { border-radius: 8px; padding: 8px 14px; font-size: 15px; font-weight: 700; }
QLabel#serviceLevel[level="ok"] { background: #e3f4e8; color: #1d6b37; }
QLabel#serviceLevel[level="amber"] { background: #fdf3e1; color: #8a5a12; }
QLabel#serviceLevel[level="red"] { background: #c53030; color: #ffffff; }
QLabel#waitingSummary { color: #3c4757; font-size: 13px; padding: 0 8px; }
QLabel#waitingSummary[late="true"] { color: #9b1c1c; font-weight: 600; }
QLabel#boardSection { color: #5b6778; font-size: 11px; font-weight: 700; letter-spacing: 1px; margin-top: 6px; }
QFrame#callsPerHour { background: #ffffff; border: 1px solid #dde2ea; border-radius: 6px; }
QLabel#joinAnswers { color: #5b6778; }
QTableWidget#teamTable { outline: 0; background: #ffffff; alternate-background-color: #f8fafc; border: 1px solid #dde2ea;
    border-radius: 6px; gridline-color: #eef2f7; selection-background-color: #dbe7f7; selection-color: #17212f; }
QTableWidget#teamTable QHeaderView::section { background: #ffffff; color: #5b6778; border: none;
    border-bottom: 1px solid #dde2ea; padding: 4px 6px; font-weight: 600; }
"""


@dataclass(frozen=True)
class BoardSettings:
    """The site's service level (``target_share`` answered within ``target_wait_s``) and when a
    call counts as long."""

    target_share: float = 0.80
    target_wait_s: int = 20
    far_below_points: float = 15.0  # this many points under the target turns the header red
    long_call_s: int = 600


def service_level(view: TeamView, settings: BoardSettings, longest_wait_s: float) -> str:
    """ok, amber (below target) or red (far below, or a customer has waited past the target)."""
    if longest_wait_s > settings.target_wait_s:
        return RED
    share = view.answered_within_target
    if share is None:
        return OK
    points, target = share * 100, settings.target_share * 100
    if points < target - settings.far_below_points:
        return RED
    return AMBER if points < target else OK


def _section(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setObjectName("boardSection")
    return label


class _Clocked(QWidget):
    """What the board and the list share: a view clock and a once-a-second tick while shown."""

    def __init__(self, parent: QWidget | None, monotonic, wall) -> None:
        super().__init__(parent)
        theme.own_sheet(self, STYLE)  # follows light and dark (console/theme.py)
        self.view = TeamView()
        self.clock = ViewClock(monotonic, wall)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.timer.start()
        self.tick()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    def tick(self) -> None:
        raise NotImplementedError


class TeamBoard(_Clocked):
    """The lead's board. ``show_view(view)`` shows a team view; rows are updated in place."""

    service_level_changed = Signal(str)  # ok | amber | red
    agent_activated = Signal(str)  # an agent id: show their current call's card
    ask_to_join_requested = Signal(list)  # the ids of the agents who are away
    monitor_requested = Signal(str, str)  # an agent id, listen | whisper | barge (console/supervision.py)

    def __init__(self, role: str = "lead", settings: BoardSettings | None = None, parent: QWidget | None = None,
                 monotonic=time.monotonic, wall=time.time) -> None:
        super().__init__(parent, monotonic, wall)
        self.setObjectName("teamBoard")
        self.role = role
        self.settings = settings or BoardSettings()
        self.level = OK
        self._names: dict[str, str] = {}
        self._call_agent: dict[str, str] = {}

        self.header = QLabel()
        self.header.setObjectName("serviceLevel")
        self.header.setWordWrap(True)  # wraps rather than widening the board beyond a 1280 px screen
        self.waiting_summary = QLabel()
        self.waiting_summary.setObjectName("waitingSummary")
        self.ask_button = QPushButton(self.tr("Ask away agents to join"))
        self.ask_button.setVisible(role == "lead")
        self.ask_button.clicked.connect(self._ask_to_join)
        self.join_answers = QLabel()
        self.join_answers.setObjectName("joinAnswers")
        self._answers: dict[str, bool | None] = {}

        self.agents = KeyedTable([self.tr("Agent"), self.tr("State"), self.tr("In state"), self.tr("Current call")])
        self.calls = KeyedTable([self.tr("Agent"), self.tr("Direction"), self.tr("State"), self.tr("Customer"),
                                 self.tr("Number"), self.tr("Duration"), self.tr("Supervised by")])
        self.waiting = KeyedTable([self.tr("Customer"), self.tr("Number"), self.tr("Waited"), self.tr("Ringing at")])
        self.figures = KeyedTable([self.tr("Agent"), self.tr("Handled"), self.tr("Missed"), self.tr("Avg handle"),
                                   self.tr("Avg wrap-up"), self.tr("Longest wait")])
        self.chart = CallsPerHourChart()
        for table in (self.agents, self.calls, self.waiting, self.figures):
            table.elapsed = self.clock.elapsed
        fit_columns(self.agents, [170, 130, 70], right=(2,))
        fit_columns(self.calls, [170, 90, 90, 190, 170, 80], right=(5,))
        fit_columns(self.waiting, [130, 130, 65], right=(2,))
        fit_columns(self.figures, [150, 75, 65, 95, 105, 105], right=(1, 2, 3, 4, 5), stretch=0)
        self.agents.itemDoubleClicked.connect(lambda item: self._activate(self.agents.key_at(item.row())))
        self.calls.itemDoubleClicked.connect(
            lambda item: self._activate(self._call_agent.get(self.calls.key_at(item.row()), "")))
        for table, agent_of in ((self.agents, lambda key: key), (self.calls, lambda key: self._call_agent.get(key, ""))):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(
                lambda pos, t=table, f=agent_of: self._monitor_menu_at(t, f, pos))

        top = QVBoxLayout()  # two short lines: the board fits beside the card in a narrow dock
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.header, 1)
        first.addWidget(self.ask_button)
        second.addWidget(self.waiting_summary, 1)
        second.addWidget(self.join_answers)
        top.addLayout(first)
        top.addLayout(second)
        for label in (self.waiting_summary, self.join_answers):
            label.setMinimumWidth(0)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())

        def block(title: str, widget: QWidget) -> QWidget:
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(4)
            lay.addWidget(_section(title))
            lay.addWidget(widget, 1)
            return box

        # one column, tall: who is doing what, the calls, who is waiting, how today went
        today = QWidget()
        today_row = QHBoxLayout(today)
        today_row.setContentsMargins(0, 0, 0, 0)
        today_row.addWidget(block(self.tr("Today"), self.figures), 3)
        today_row.addWidget(block(self.tr("Calls per hour"), self.chart), 2)

        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.setChildrenCollapsible(False)
        for stretch, widget in ((3, block(self.tr("Agents"), self.agents)),
                                (2, block(self.tr("On the line"), self.calls)),
                                (1, block(self.tr("Customers waiting"), self.waiting)),
                                (2, today)):
            split.addWidget(widget)
            split.setStretchFactor(split.count() - 1, stretch)
        self._split, self._sized = split, False

        body = QVBoxLayout(self)
        body.setContentsMargins(12, 12, 12, 12)
        body.setSpacing(8)
        body.addLayout(top)
        body.addWidget(split, 1)
        self._update_header()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Shown the first time: the agents get the most room, today's figures the least."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = max(self._split.height(), 400)
            self._split.setSizes([int(total * share) for share in (0.34, 0.24, 0.14, 0.28)])

    # -- the view ----------------------------------------------------------------------------
    def show_view(self, view: TeamView) -> None:
        """Show ``view``: rows kept by id, only changed cells set, the chart redrawn if needed."""
        self.view = view
        if not self.timer.isActive():
            self.timer.start()  # ticks even while the dock is closed: a customer waiting too long still tells the lead
        self.clock.seen(view.taken_at)
        self._names = {a.id: a.name for a in view.agents}
        self._call_agent = {c.call_id: c.agent_id for c in view.calls}
        calls = {c.call_id: c for c in view.calls}
        self.agents.sync([(a.id, self._agent_cells(a, calls.get(a.call_id))) for a in view.agents])
        self.calls.sync([(c.call_id, self._call_cells(c)) for c in view.calls])
        self.waiting.sync([(w.sip_call_id, [
            Cell(mask_name(w.name, self.role) or self.tr("Unknown caller"), tip=mask_name(w.name, self.role)),
            Cell(mask_number(w.number, self.role)),
            Cell(since=w.since, align_right=True),
            Cell(self.tr("%n agents", "", len(w.ringing_at)), tip=", ".join(self._name(a) for a in w.ringing_at)),
        ]) for w in view.waiting])
        self.figures.sync([(f.agent_id, [
            Cell(self._name(f.agent_id) if f.agent_id != TEAM_ROW else self.tr("Team"), bold=f.agent_id == TEAM_ROW),
            Cell(str(f.handled), align_right=True, bold=f.agent_id == TEAM_ROW),
            Cell(str(f.missed), align_right=True, bold=f.agent_id == TEAM_ROW),
            Cell(clock(f.average_handle_s), align_right=True, bold=f.agent_id == TEAM_ROW),
            Cell(clock(f.average_wrap_up_s), align_right=True, bold=f.agent_id == TEAM_ROW),
            Cell(clock(f.longest_wait_s), align_right=True, bold=f.agent_id == TEAM_ROW),
        ]) for f in sorted(view.figures, key=lambda f: f.agent_id == TEAM_ROW)])
        self.chart.set_data(view.calls_per_hour)
        self.ask_button.setEnabled(any(a.state == "away" for a in view.agents))
        self._mark_long_calls()
        self._update_header()

    # Qt's QWidget.show() takes no view: show(view) shows the view, show() shows the widget
    def show(self, view: TeamView | None = None) -> None:  # type: ignore[override]
        if view is None:
            super().show()
        else:
            self.show_view(view)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        QWidget.hideEvent(self, event)  # the clock keeps running (see show_view)

    def tick(self) -> None:
        for table in (self.agents, self.calls, self.waiting):
            table.tick()
        self._mark_long_calls()
        self._update_header()

    def _name(self, agent_id: str) -> str:
        return self._names.get(agent_id) or agent_id

    def _agent_cells(self, agent: AgentEntry, call: LiveCall | None) -> list[Cell]:
        offline = agent.state == "offline"
        ink = FAINT if offline else ""
        current = ""
        if call is not None:
            who = mask_name(call.customer_name, self.role) or mask_number(call.number, self.role)
            current = f"{direction_words(call.direction)} · {shown(who, 80)}"
        return [
            Cell(agent.name or agent.id, tip=agent.name, icon=agent.state, ink=ink),
            Cell(state_words(agent.state, agent.reason), ink=ink),
            Cell(since=agent.since, align_right=True, ink=ink),
            Cell(current, tip=current, ink=MUTED if current else ""),
        ]

    def _call_cells(self, call: LiveCall) -> list[Cell]:
        supervisors = ", ".join(self._name(s) for s in call.supervised_by)
        name = mask_name(call.customer_name, self.role)
        return [
            Cell(self._name(call.agent_id), tip=self._name(call.agent_id)),
            Cell(direction_words(call.direction)),
            Cell(call_state_words(call.state)),
            Cell(name, tip=name),
            Cell(mask_number(call.number, self.role)),
            Cell(since=call.started, align_right=True),
            Cell(supervisors, tip=supervisors),
        ]

    def _mark_long_calls(self) -> None:
        limit = self.settings.long_call_s
        for call in self.view.calls:
            long = call.state != "ringing" and self.clock.elapsed(call.started) > limit
            self.calls.stand_out(call.call_id, self.tr("Long call: over %1").replace("%1", clock(limit)) if long else "")
        target = self.settings.target_wait_s
        for waiter in self.view.waiting:
            late = self.clock.elapsed(waiter.since) > target
            self.waiting.stand_out(waiter.sip_call_id,
                                   self.tr("Waiting longer than the target of %1 s").replace("%1", str(target)) if late else "",
                                   alert=True)

    # -- the header --------------------------------------------------------------------------
    def longest_wait(self) -> float:
        return max((self.clock.elapsed(w.since) for w in self.view.waiting), default=0.0)

    def _update_header(self) -> None:
        s = self.settings
        longest = self.longest_wait()
        share = self.view.answered_within_target
        shown_share = "—" if share is None else f"{round(share * 100)} %"
        text = (self.tr("Service level %1 (target %2 % in %3 s)")
                .replace("%1", shown_share).replace("%2", str(round(s.target_share * 100))).replace("%3", str(s.target_wait_s)))
        if self.header.text() != text:
            self.header.setText(text)
        waiting = len(self.view.waiting)
        summary = (self.tr("%n customers waiting, longest %1", "", waiting).replace("%1", clock(longest))
                   if waiting else self.tr("Nobody waiting"))  # "1 customer waiting": the English .ts
        late = longest > s.target_wait_s
        if late:
            summary += " — " + self.tr("over the %1 s target").replace("%1", str(s.target_wait_s))
        if self.waiting_summary.text() != summary:
            self.waiting_summary.setText(summary)
        if bool(self.waiting_summary.property("late")) != late:
            self.waiting_summary.setProperty("late", late)
            self.waiting_summary.style().unpolish(self.waiting_summary)
            self.waiting_summary.style().polish(self.waiting_summary)
        level = service_level(self.view, s, longest)
        if self.header.property("level") != level:
            self.header.setProperty("level", level)
            self.header.style().unpolish(self.header)
            self.header.style().polish(self.header)
        if level != self.level:
            self.level = level
            self.service_level_changed.emit(level)

    # -- actions -----------------------------------------------------------------------------
    def _activate(self, agent_id: str) -> None:
        if agent_id:
            self.agent_activated.emit(agent_id)

    # -- supervision: Listen / Whisper / Barge on a colleague's live call (as the role allows) ----
    def monitor_modes(self) -> tuple[str, ...]:
        return MONITOR_MODES.get(self.role, ())

    def monitor_menu(self, agent_id: str) -> QMenu | None:
        """The choice for an agent's live call; None when they have none or the role allows nothing."""
        if not agent_id or agent_id not in self._call_agent.values() or not self.monitor_modes():
            return None
        menu = QMenu(self)
        for mode in self.monitor_modes():
            action = menu.addAction(MONITOR_TITLES[mode])
            action.triggered.connect(lambda _=False, m=mode: self.monitor_requested.emit(agent_id, m))
        return menu

    def _monitor_menu_at(self, table: KeyedTable, agent_of, pos) -> None:  # noqa: ANN001
        item = table.itemAt(pos)
        menu = self.monitor_menu(agent_of(table.key_at(item.row()))) if item is not None else None
        if menu is not None:
            menu.exec(table.viewport().mapToGlobal(pos))

    def _ask_to_join(self) -> None:
        away = [a.id for a in self.view.agents if a.state == "away"]
        if not away:
            return
        self._answers = {a: None for a in away}
        self._show_answers()
        self.ask_to_join_requested.emit(away)

    def show_join_answer(self, agent_id: str, accepted: bool) -> None:
        """An asked agent said yes ("Join now") or no ("Not now"): the lead sees who."""
        self._answers[agent_id] = accepted
        self._show_answers()

    def _show_answers(self) -> None:
        joining = [self._name(a) for a, yes in self._answers.items() if yes]
        declined = [self._name(a) for a, yes in self._answers.items() if yes is False]
        pending = sum(1 for yes in self._answers.values() if yes is None)
        parts = []
        if joining:
            parts.append(self.tr("Joining: %1").replace("%1", ", ".join(shown(n, 40) for n in joining)))
        if declined:
            parts.append(self.tr("Not now: %1").replace("%1", ", ".join(shown(n, 40) for n in declined)))
        if pending:
            parts.append(self.tr("%n not answered yet", "", pending))  # (1 or more: the same words)
        self.join_answers.setText(shown(" · ".join(parts), 300))


class TeamList(_Clocked):
    """The team for everyone: each agent with their state and time in state; no figures, no
    customers, no numbers."""

    def __init__(self, parent: QWidget | None = None, monotonic=time.monotonic, wall=time.time) -> None:
        super().__init__(parent, monotonic, wall)
        self.setObjectName("teamList")
        self.agents = KeyedTable([self.tr("Colleague"), self.tr("State"), self.tr("In state")])
        self.agents.elapsed = self.clock.elapsed
        fit_columns(self.agents, [170, 130], right=(2,))
        self.agents.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        body = QVBoxLayout(self)
        body.setContentsMargins(8, 8, 8, 8)
        body.addWidget(self.agents)

    def show_view(self, view: TeamView) -> None:
        self.view = view
        self.clock.seen(view.taken_at)
        self.agents.sync([(a.id, [
            Cell(a.name or a.id, tip=a.name, icon=a.state, ink=FAINT if a.state == "offline" else ""),
            Cell(state_words(a.state, a.reason), ink=FAINT if a.state == "offline" else ""),
            Cell(since=a.since, align_right=True, ink=FAINT if a.state == "offline" else ""),
        ]) for a in view.agents])

    def show(self, view: TeamView | None = None) -> None:  # type: ignore[override]
        if view is None:
            super().show()
        else:
            self.show_view(view)

    def tick(self) -> None:
        self.agents.tick()

