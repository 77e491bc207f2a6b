"""The lead's team board, the team list for everyone and the "join the line" bar (issue 11).

The board is given team views as the wiring gives them (plain values from the team store) and
is read the way a lead reads it: the cells' text, which rows stand out, the header's colour.
Its clocks run on a steady clock the test moves forward, so nothing here waits for real time.
"""
from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from crm_adapters.store.team.model import AgentEntry, AgentFigures, LiveCall, TeamView, WaitingCustomer, mask_number

from console.outside_text import MAX_LINE, shown
from console.team_board import AMBER, OK, RED, BoardSettings, TeamBoard, TeamList
from console.team_reserve import ReserveRequestBanner

T = 1_760_000_000.0  # when the store took the view (UNIX seconds)
NUMBER = "+421 905 123 456"


def team_view(**changes) -> TeamView:
    agents = (
        AgentEntry("jana", "Jana Nováková", "lead", "monitoring", since=T - 95),
        AgentEntry("petra", "Petra Kováčová", "agent", "on_call", since=T - 754, call_id="c1"),
        AgentEntry("ivan", "Ivan Petrov", "agent", "on_call", since=T - 132, call_id="c2"),
        AgentEntry("maria", "Maria Popescu", "agent", "ringing", since=T - 9, call_id="c3"),
        AgentEntry("tomas", "Tomáš Dvořák", "agent", "wrap_up", since=T - 41),
        AgentEntry("eva", "Eva Horváthová", "trainee", "on_call", since=T - 300, call_id="c4"),
        AgentEntry("lucia", "Lucia Bartošová", "agent", "away", reason="lunch", since=T - 1260),
        AgentEntry("andrei", "Andrei Ionescu", "agent", "offline", since=T - 5400),
    )
    calls = (
        LiveCall("c1", "petra", "inbound", "connected", T - 754, "Peter Horváth", NUMBER, supervised_by=("jana",)),
        LiveCall("c2", "ivan", "outbound", "held", T - 132, "Alena Kráľová", "+420 602 555 019"),
        LiveCall("c3", "maria", "inbound", "ringing", T - 9, "", "+40 721 334 880"),
        LiveCall("c4", "eva", "inbound", "connected", T - 300, "Martin Šťastný", "+421 2 5020 1100"),
    )
    waiting = (
        WaitingCustomer("w1", "+421 911 222 333", "Zuzana Vargová", T - 12, ("maria", "tomas", "ivan")),
        WaitingCustomer("w2", "+420 777 000 111", "", T - 8, ("tomas", "ivan")),
    )
    figures = (AgentFigures("petra", 23, 1, 252, 48, 31), AgentFigures("ivan", 19, 2, 301, 62, 44),
               AgentFigures("", 116, 5, 262, 54, 44))
    view = TeamView(agents, calls, waiting, figures, ((9, 17), (10, 21), (11, 4)), answered_within_target=0.85,
                    taken_at=T)
    return replace(view, **changes)


class SteadyClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def steady():
    return SteadyClock()


def make_board(qtbot, steady, role="lead", **settings) -> TeamBoard:
    board = TeamBoard(role, BoardSettings(**settings), monotonic=steady, wall=lambda: T)
    qtbot.addWidget(board)
    board.resize(1180, 900)
    return board


def column(table, col: int) -> list[str]:
    return [table.item(row, col).text() for row in range(table.rowCount())]


def text_of(table, key: str, col: int) -> str:
    return table.cell(key, col).text()


def test_the_board_shows_agents_calls_customers_waiting_figures_and_the_chart(qtbot, steady):
    board = make_board(qtbot, steady)
    board.show(team_view())
    board.show()
    qtbot.waitExposed(board)

    assert column(board.agents, 0)[:2] == ["Jana Nováková", "Petra Kováčová"]
    assert text_of(board.agents, "lucia", 1) == "Away — lunch"
    assert text_of(board.agents, "lucia", 2) == "21:00"  # time in state
    assert text_of(board.agents, "andrei", 1) == "Offline"
    assert text_of(board.agents, "petra", 3) == "Inbound · Peter Horváth"  # the current call
    assert text_of(board.agents, "tomas", 3) == ""

    assert text_of(board.calls, "c1", 0) == "Petra Kováčová"
    assert text_of(board.calls, "c2", 2) == "On hold"
    assert text_of(board.calls, "c1", 5) == "12:34"  # duration
    assert text_of(board.calls, "c1", 6) == "Jana Nováková"  # supervised by

    assert text_of(board.waiting, "w1", 0) == "Zuzana Vargová"
    assert text_of(board.waiting, "w1", 2) == "00:12"
    assert text_of(board.waiting, "w1", 3) == "3 agents"
    assert text_of(board.waiting, "w2", 0) == "Unknown caller"
    assert board.waiting_summary.text() == "2 customers waiting, longest 00:12"

    assert column(board.figures, 0) == ["Petra Kováčová", "Ivan Petrov", "Team"]
    assert [text_of(board.figures, "", c) for c in range(6)] == ["Team", "116", "5", "04:22", "00:54", "00:44"]
    assert (9, 17) in board.chart.bars() and (10, 21) in board.chart.bars() and (11, 4) in board.chart.bars()

    # the clocks tick without a new view
    steady.now += 65
    board.tick()
    assert text_of(board.agents, "lucia", 2) == "22:05"
    assert text_of(board.waiting, "w1", 2) == "01:17"


def test_numbers_and_names_are_masked_for_an_agent_and_whole_for_a_lead(qtbot, steady):
    lead = make_board(qtbot, steady, role="lead")
    lead.show(team_view())
    assert text_of(lead.calls, "c1", 4) == NUMBER
    assert text_of(lead.calls, "c1", 3) == "Peter Horváth"
    assert text_of(lead.waiting, "w1", 1) == "+421 911 222 333"
    assert lead.ask_button.isVisibleTo(lead)

    agent = make_board(qtbot, steady, role="agent")
    agent.show(team_view())
    assert text_of(agent.calls, "c1", 4) == mask_number(NUMBER, "agent") == "+••• ••• ••• 456"
    assert text_of(agent.calls, "c1", 3) == "P. H."
    assert text_of(agent.waiting, "w1", 1).endswith("333") and "911" not in text_of(agent.waiting, "w1", 1)
    assert text_of(agent.waiting, "w1", 0) == "Z. V."
    assert text_of(agent.agents, "maria", 3) == "Inbound · +•• ••• ••• 880"  # a ringing call without a name
    everything = [agent.calls.item(r, c).text() for r in range(agent.calls.rowCount()) for c in (3, 4)]
    everything += [agent.agents.item(r, 3).text() for r in range(agent.agents.rowCount())]
    assert not any("905" in t or "Peter" in t or "Horváth" in t for t in everything)
    assert not agent.ask_button.isVisibleTo(agent)  # asking away agents to join is for leads


def test_a_long_call_stands_out_and_a_short_one_does_not(qtbot, steady):
    board = make_board(qtbot, steady, long_call_s=600)
    board.show(team_view())
    assert board.calls.stands_out("c1")  # 12:34 on the line
    long_cell = board.calls.cell("c1", 5)
    assert "Long call: over 10:00" in long_cell.toolTip()
    assert long_cell.background().color() != board.calls.cell("c2", 5).background().color()
    assert not board.calls.stands_out("c2") and board.calls.cell("c2", 5).toolTip() == ""
    assert not board.calls.stands_out("c4")

    steady.now += 301  # Eva's call reaches 10:01 while the lead watches; no new view needed
    board.tick()
    assert text_of(board.calls, "c4", 5) == "10:01"
    assert board.calls.stands_out("c4")
    # a new view with the same calls keeps the mark (and its tooltip)
    board.show(team_view(taken_at=T + 301))
    assert board.calls.stands_out("c4") and "Long call" in board.calls.cell("c4", 3).toolTip()


def test_the_service_level_header_goes_ok_amber_red_and_says_so(qtbot, steady):
    board = make_board(qtbot, steady, target_share=0.80, target_wait_s=20, far_below_points=15)
    levels: list[str] = []
    board.service_level_changed.connect(levels.append)

    board.show(team_view(answered_within_target=0.85))
    assert board.level == OK and board.header.property("level") == OK and levels == []
    assert board.header.text() == "Service level 85 % (target 80 % in 20 s)"

    board.show(team_view(answered_within_target=0.78))
    assert board.header.text() == "Service level 78 % (target 80 % in 20 s)"
    assert board.header.property("level") == AMBER and levels == [AMBER]

    board.show(team_view(answered_within_target=0.60))  # far below the target
    assert board.header.property("level") == RED and levels == [AMBER, RED]

    board.show(team_view(answered_within_target=0.90))
    assert levels == [AMBER, RED, OK]

    # a customer waiting past the target turns it red even when the day's share is fine
    steady.now += 9  # Zuzana has waited 21 s
    board.tick()
    assert board.header.property("level") == RED and levels == [AMBER, RED, OK, RED]
    assert board.waiting.stands_out("w1") and not board.waiting.stands_out("w2")
    assert "over the 20 s target" in board.waiting_summary.text()

    board.show(team_view(answered_within_target=0.90, waiting=(), taken_at=T + 9))  # answered
    assert levels[-1] == OK and board.waiting_summary.text() == "Nobody waiting"


def test_a_closed_board_still_tells_the_lead_when_a_customer_waits_too_long(qtbot, steady):
    board = make_board(qtbot, steady, target_wait_s=20)  # never shown: the lead closed the dock
    board.show(team_view(answered_within_target=0.90))
    assert board.level == OK and not board.isVisible()
    steady.now += 30  # Zuzana has now waited 42 s; no new view comes (nothing changed in the store)
    with qtbot.waitSignal(board.service_level_changed, timeout=5000) as changed:
        pass  # the board's own once-a-second clock notices
    assert changed.args == [RED]


def test_a_new_view_with_the_same_rows_updates_them_in_place(qtbot, steady):
    board = make_board(qtbot, steady)
    board.show(team_view())
    cells = {key: shiboken6.getCppPointer(board.agents.cell(key, 1))[0] for key in board.agents.keys()}
    call_cell = shiboken6.getCppPointer(board.calls.cell("c1", 5))[0]
    board.agents.selectRow(board.agents.row_of("ivan"))

    view = team_view()
    agents = tuple(replace(a, state="ready", since=T - 2, call_id="") if a.id == "tomas" else a for a in view.agents)
    board.show(replace(view, agents=agents))

    assert {key: shiboken6.getCppPointer(board.agents.cell(key, 1))[0] for key in board.agents.keys()} == cells
    assert shiboken6.getCppPointer(board.calls.cell("c1", 5))[0] == call_cell
    assert text_of(board.agents, "tomas", 1) == "Ready" and text_of(board.agents, "tomas", 2) == "00:02"
    assert board.agents.key_at(board.agents.currentRow()) == "ivan"  # the lead's selection stays

    # an agent who left loses their row; a new one gets one; the others keep theirs
    newcomer = AgentEntry("olga", "Olga Smirnova", "agent", "ready", since=T - 5)
    board.show(replace(view, agents=tuple(a for a in view.agents if a.id != "andrei") + (newcomer,)))
    assert "andrei" not in board.agents.keys() and text_of(board.agents, "olga", 0) == "Olga Smirnova"
    assert shiboken6.getCppPointer(board.agents.cell("petra", 1))[0] == cells["petra"]
    assert board.agents.rowCount() == 8

    crowd = tuple(AgentEntry(f"a{i}", f"Agent {i}", "agent", "ready", since=T) for i in range(5000))
    board.show(replace(view, agents=crowd))  # a broken store cannot make the table endless
    assert board.agents.rowCount() == 500


def double_click(table, where) -> None:
    """What a double-click is to a widget: a click, then a second press that is a double-click."""
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def test_double_clicking_an_agent_asks_for_their_current_call(qtbot, steady):
    board = make_board(qtbot, steady)
    board.show(team_view())
    board.show()
    qtbot.waitExposed(board)
    table = board.agents
    where = table.visualItemRect(table.cell("eva", 1)).center()
    with qtbot.waitSignal(board.agent_activated, timeout=3000) as activated:
        double_click(table, where)
    assert activated.args == ["eva"]

    where = board.calls.visualItemRect(board.calls.cell("c2", 3)).center()  # a call: its agent
    with qtbot.waitSignal(board.agent_activated, timeout=3000) as activated:
        double_click(board.calls, where)
    assert activated.args == ["ivan"]

    activated_ids: list[str] = []
    board.agent_activated.connect(activated_ids.append)
    where = table.visualItemRect(table.cell("petra", 1)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    assert activated_ids == []  # one click only selects


def test_the_lead_asks_away_agents_to_join_and_sees_who_accepted(qtbot, steady):
    board = make_board(qtbot, steady)
    extra = AgentEntry("olga", "Olga Smirnova", "agent", "away", reason="break", since=T - 60)
    view = team_view()
    board.show(replace(view, agents=view.agents + (extra,)))
    with qtbot.waitSignal(board.ask_to_join_requested, timeout=3000) as asked:
        qtbot.mouseClick(board.ask_button, Qt.MouseButton.LeftButton)
    assert asked.args == [["lucia", "olga"]]  # away, not offline
    assert board.join_answers.text() == "2 not answered yet"
    board.show_join_answer("lucia", True)
    board.show_join_answer("olga", False)
    assert board.join_answers.text() == "Joining: Lucia Bartošová · Not now: Olga Smirnova"

    nobody_away = tuple(a for a in view.agents if a.state != "away")
    board.show(replace(view, agents=nobody_away))
    assert not board.ask_button.isEnabled()


def test_the_reserve_banner_joins_with_a_click_or_a_key_and_makes_a_sound(qtbot, monkeypatch):
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    window = QMainWindow()
    qtbot.addWidget(window)
    banner = ReserveRequestBanner()
    window.setCentralWidget(banner)
    window.show()
    qtbot.waitExposed(window)
    assert not banner.isVisible()

    banner.ask("Jana")
    assert banner.isVisible() and banner.text.text() == "Jana asks you to join the line" and beeps == [1]
    with qtbot.waitSignal(banner.accepted, timeout=3000):
        qtbot.mouseClick(banner.join, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()

    banner.ask("Jana")
    with qtbot.waitSignal(banner.declined, timeout=3000):
        qtbot.mouseClick(banner.not_now, Qt.MouseButton.LeftButton)

    banner.ask("Jana")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    with qtbot.waitSignal(banner.accepted, timeout=3000):
        QTest.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert not banner.isVisible()


HOSTILE = ["<b>Boss</b> & <img src=/dev/zero>", "W" * 10_000, "Invoice \u202egnp.exe", "اسم\u200fالعميل <i>x</i>"]


def test_hostile_names_show_literally_and_bounded(qtbot, steady):
    view = team_view()
    agents = tuple(replace(a, name=HOSTILE[i]) for i, a in enumerate(view.agents[:4])) + view.agents[4:]
    calls = tuple(replace(c, customer_name=HOSTILE[i]) for i, c in enumerate(view.calls))
    waiting = (replace(view.waiting[0], name=HOSTILE[1], number="<b>" + "9" * 5000 + "</b>"),)
    board = make_board(qtbot, steady)
    board.show(replace(view, agents=agents, calls=calls, waiting=waiting))
    board.show()
    qtbot.waitExposed(board)

    names = column(board.agents, 0)[:4]
    assert names[0] == "<b>Boss</b> & <img src=/dev/zero>"  # literally, not bold, no image read
    assert names[1] == "W" * (MAX_LINE - 1) + "…"
    assert names[2] == "Invoice gnp.exe"  # the invisible right-to-left override is dropped
    assert names[3] == shown(HOSTILE[3])
    assert all(len(t) <= MAX_LINE for t in column(board.agents, 3) + column(board.calls, 3) + column(board.waiting, 1))
    assert text_of(board.calls, "c1", 3) == "<b>Boss</b> & <img src=/dev/zero>"
    assert board.waiting.cell("w1", 1).text().startswith("<b>999")
    assert board.calls.cell("c1", 0).text() == "W" * (MAX_LINE - 1) + "…"  # the agent's name
    assert board.calls.cell("c1", 6).text() == "<b>Boss</b> & <img src=/dev/zero>"  # the supervisor's
    tip = board.agents.cell("jana", 0).toolTip()
    assert "&lt;b&gt;" in tip or tip == "<b>Boss</b> & <img src=/dev/zero>"  # shown literally as a tooltip
    assert board.minimumSizeHint().width() < 1400 and board.sizeHint().width() < 1400

    banner = ReserveRequestBanner()
    qtbot.addWidget(banner)
    banner.ask("<h1 style='color:red'>POLICE</h1>" + "x" * 10_000)
    assert banner.text.text().startswith("<h1 style='color:red'>POLICE</h1>")
    assert banner.text.textFormat() == Qt.TextFormat.PlainText and len(banner.text.text()) < 200


def test_the_team_list_shows_states_and_clocks_but_no_customers(qtbot, steady):
    team = TeamList(monotonic=steady, wall=lambda: T)
    qtbot.addWidget(team)
    team.show(team_view())
    assert team.agents.columnCount() == 3
    assert text_of(team.agents, "lucia", 1) == "Away — lunch" and text_of(team.agents, "lucia", 2) == "21:00"
    shown_text = [team.agents.item(r, c).text() for r in range(team.agents.rowCount()) for c in range(3)]
    assert not any("Peter" in t or "905" in t or "+4" in t for t in shown_text)
    steady.now += 1
    team.tick()
    assert text_of(team.agents, "lucia", 2) == "21:01"


def test_the_charting_library_loads_only_when_the_board_is_shown():
    code = ("import sys; import console.team_board, console.team_reserve; "
            "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["False", "False"]
