"""The team feature in the real console (issue 11), fed by a real team link on a SQLite team
store in a temporary folder; a colleague's console is played by a second TeamStore writing to
the same file.

- an agent gets the team list dock and no board; a lead gets the board and no list; both show
  the team as the store has it;
- a colleague calling shows by name (before: "Withheld number");
- a lead's request to join reaches the away agent's banner; "Join now" makes them ready and
  the lead's answers show it.
"""
from __future__ import annotations

import gc
import time

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from crm_adapters.store.team import TeamStore
from crm_adapters.store.team.model import AgentEntry, LiveCall
from cti import events as ev

import console.app as console_app
from console.config import AgentSettings, Config
from console.customer_card_view import CustomerCardView
from console.new_contact import contact_book, create_contact


def config(tmp_path, role: str, agent_id: str, name: str) -> Config:
    return Config(path=None, data_dir=tmp_path / agent_id / "data", log_dir=tmp_path / agent_id / "log",
                  ctl_name=f"agent-console-qt-{time.monotonic_ns()}", agent=AgentSettings(agent_id, name, role),
                  team_url=f"sqlite:///{tmp_path / 'team.db'}")


@pytest.fixture
def start(qtbot, tmp_path):
    apps, stores = [], []

    def start_(role: str = "agent", agent_id: str = "jana", name: str = "Jana Nováková"):
        app = console_app.ConsoleApp(config(tmp_path, role, agent_id, name), with_phone=False)
        apps.append(app)
        app.start()
        return app

    def colleague() -> TeamStore:
        store = TeamStore(f"sqlite:///{tmp_path / 'team.db'}", tmp_path / "colleague")
        stores.append(store)
        return store

    start_.colleague = colleague
    yield start_
    for app in apps:
        app.shutdown()
        app.window.close()
        app.window.deleteLater()
    for store in stores:
        store.close()
    qtbot.wait(20)
    gc.collect()


def team_feature(app):
    return next(f for f in app.installed if hasattr(f, "team_status"))


def names_in(table) -> list[str]:
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_an_agent_gets_the_team_list_and_a_lead_the_board_both_fed_by_the_team_store(start, qtbot):
    agent = start("agent")
    assert "team.list" in agent.window.docks and "team.board" not in agent.window.docks
    team_list = agent.window.docks["team.list"].widget()
    qtbot.waitUntil(lambda: names_in(team_list.agents) == ["Jana Nováková"], timeout=10_000)
    assert agent.window.docks["team.list"].isHidden()  # alone at her desk: no list of one

    start.colleague().heartbeat(AgentEntry("petr", "Petr Lead", "lead", "away", reason="lunch",
                                           sip_uri="sip:petr@127.0.0.1:5999"))
    qtbot.waitUntil(lambda: sorted(names_in(team_list.agents)) == ["Jana Nováková", "Petr Lead"], timeout=10_000)
    qtbot.waitUntil(lambda: not agent.window.docks["team.list"].isHidden())  # a colleague: the list is there
    row = team_list.agents.row_of("petr")
    assert team_list.agents.item(row, 1).text() == "Away — lunch"

    lead = start("lead", "vera", "Vera Vedúca")
    assert "team.board" in lead.window.docks and "team.list" not in lead.window.docks
    board = lead.window.docks["team.board"].widget()
    qtbot.waitUntil(lambda: sorted(names_in(board.agents)) == ["Jana Nováková", "Petr Lead", "Vera Vedúca"],
                    timeout=10_000)
    assert lead.status()["team"] == {"url_kind": "sqlite", "agents_online": 3, "problem": ""}


def test_a_colleague_calling_shows_their_name_not_withheld_number(start, qtbot):
    app = start("agent")
    start.colleague().heartbeat(AgentEntry("petr", "Petr Lead", "lead", "ready", sip_uri="sip:petr@127.0.0.1:5999"))
    qtbot.waitUntil(lambda: any(a.id == "petr" for a in team_feature(app).link.view.agents), timeout=10_000)
    # what the phone reports when a desk calls directly: its address without a user, no number
    app.bridge.post(ev.CallRinging("c1", "in", "", "", "sip:127.0.0.1", True, "From", time.perf_counter_ns(),
                                   {}, False, "127.0.0.1"))
    qtbot.waitUntil(lambda: "c1" in app.book, timeout=5000)
    assert app.book["c1"].caller == "Petr Lead (colleague)"
    qtbot.waitUntil(lambda: app.window.call_panel.caller.text() == "Petr Lead (colleague)", timeout=5000)

    # the same From from a host that is not the colleague's is not believed
    app.bridge.post(ev.CallRinging("c2", "in", "", "", "sip:127.0.0.1", True, "From", time.perf_counter_ns(),
                                   {}, False, "10.9.9.9"))
    qtbot.waitUntil(lambda: "c2" in app.book, timeout=5000)
    assert app.book["c2"].caller == "Withheld number"


def test_a_lead_asks_the_away_agent_to_join_and_join_now_makes_them_ready(start, qtbot):
    app = start("agent")
    feature = team_feature(app)
    app.agent.choose("away", "lunch")
    lead = start.colleague()
    lead.heartbeat(AgentEntry("petr", "Petr Lead", "lead", "ready"))
    qtbot.waitUntil(lambda: any(a.id == "jana" and a.state == "away" for a in feature.link.view.agents),
                    timeout=10_000)
    request_id = lead.ask_to_join("petr", ["jana"])

    banner = app.window.sections["team.join-request"]
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert banner.text.text() == "Petr Lead asks you to join the line"
    qtbot.mouseClick(banner.join, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.agent.state == "ready", timeout=5000)
    qtbot.waitUntil(lambda: [(r.to_agent, r.accepted) for r in lead.request_answers(request_id)] == [("jana", True)],
                    timeout=10_000)
    assert not banner.isVisible()


def test_the_lead_board_shows_who_accepted(start, qtbot):
    lead_app = start("lead", "petr", "Petr Lead")
    board = lead_app.window.docks["team.board"].widget()
    jana = start.colleague()
    jana.heartbeat(AgentEntry("jana", "Jana Nováková", "agent", "away", reason="break"))
    qtbot.waitUntil(lambda: any(a.id == "jana" and a.state == "away" for a in board.view.agents), timeout=10_000)
    assert board.ask_button.isEnabled()
    board.ask_button.click()  # "Ask away agents to join"
    requests = []
    qtbot.waitUntil(lambda: bool(requests.extend(jana.open_requests("jana")) or requests), timeout=10_000)
    assert requests[0].from_agent == "petr"
    assert jana.answer_request(requests[0].id, "jana", True)
    qtbot.waitUntil(lambda: "Joining: Jana Nováková" in board.join_answers.text(), timeout=10_000)


def test_double_clicking_an_agent_shows_their_customers_card_from_the_crm(start, qtbot):

    lead_app = start("lead", "petr", "Petr Lead")
    board = lead_app.window.docks["team.board"].widget()
    qtbot.waitUntil(lambda: lead_app.crm is not None, timeout=20_000)
    assert create_contact(contact_book(lead_app.crm), "+421905123456", "Peter Horváth", "Horváth s.r.o.", "SK") == ""
    jana = start.colleague()
    jana.heartbeat(AgentEntry("jana", "Jana Nováková", "agent", "on_call", call_id="c9"))
    jana.put_call(LiveCall("c9", "jana", "inbound", "connected", time.time(), number="+421905123456"))
    qtbot.waitUntil(lambda: board.agents.row_of("jana") >= 0 and any(c.call_id == "c9" for c in board.view.calls),
                    timeout=10_000)

    board.agent_activated.emit("jana")  # what a double-click on her row does
    dialog = lead_app.window.findChild(QDialog, "agentCallCard")
    assert dialog is not None and dialog.windowTitle() == "Jana Nováková: current call"
    view = dialog.findChild(CustomerCardView)
    qtbot.waitUntil(lambda: view.card is not None and view.card.customer is not None, timeout=10_000)
    assert view.card.customer.name == "Peter Horváth"
    dialog.close()

    board.agent_activated.emit("petr")  # no call: a sentence, no window
    assert lead_app.window.statusBar().currentMessage() == "Petr Lead has no call now."


def test_a_team_server_that_was_down_at_start_is_tried_again_until_it_answers(qtbot, tmp_path, monkeypatch,
                                                                                 postgres_server):
    import console.team_link as team_link
    from console.bridge import Bridge

    monkeypatch.setattr(team_link, "OPEN_AGAIN_MS", 200)
    name = f"t_later_{time.monotonic_ns()}"
    link = team_link.TeamLink(Bridge(), postgres_server.url(name), tmp_path, AgentEntry("jana", "Jana", "agent", "ready"))
    problems: list[str] = []
    link.problem_changed.connect(problems.append)
    try:
        link.start()
        qtbot.waitUntil(lambda: bool(problems) and "not answering" in problems[0], timeout=20_000)
        postgres_server.create_database(name)  # the server's database is there now
        qtbot.waitUntil(lambda: [a.id for a in link.view.agents] == ["jana"], timeout=20_000)
        assert link.problem == ""
    finally:
        link.close()


def test_customers_waiting_go_out_as_team_waiting_events_masked_for_an_agent(start, qtbot):
    from console.model.events import TeamWaitingChanged

    app = start("agent")
    seen: list[TeamWaitingChanged] = []
    app.bridge.subscribe(TeamWaitingChanged, seen.append, owner=app.window)
    published: list[dict] = []
    app.hub.published.connect(published.append)
    store = start.colleague()
    store.ring_waiting("ring-1", "+421 902 555 010", "Mária Kováčová", "petr")
    qtbot.waitUntil(lambda: any(e.waiting for e in seen), timeout=10_000)
    (waiting,) = next(e for e in seen if e.waiting).waiting
    assert (waiting["sip_call_id"], waiting["name"], waiting["ringing_at"]) == ("ring-1", "M. K.", ["petr"])
    assert waiting["number"].endswith("010") and "902" not in waiting["number"]  # not a lead: masked
    store.resolve_waiting("ring-1", answered_by="petr")
    qtbot.waitUntil(lambda: seen[-1].waiting == [], timeout=10_000)
    assert [e["waiting"] for e in published if e["type"] == "team.waiting"][-1] == []  # the public `ctl events`
