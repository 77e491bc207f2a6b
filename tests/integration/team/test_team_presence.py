"""Consoles in separate processes share one team store, on SQLite and on PostgreSQL: what one
publishes the others see (and their change feed wakes them); a killed console goes offline."""
from __future__ import annotations

import threading
import time

from crm_adapters.store.team import AgentEntry, TeamStore
from crm_adapters.store.team.model import OFFLINE_AFTER_S


def _agent(store, agent_id):
    return next((a for a in store.view().agents if a.id == agent_id), None)


def test_a_state_change_on_one_console_shows_on_another_and_wakes_its_watcher(store, members, eventually):
    changed = threading.Event()
    watcher = store.watch(changed.set)
    try:
        (jana,) = members("jana")
        eventually("jana shown ready", lambda: getattr(_agent(store, "jana"), "state", "") == "ready")
        changed.clear()
        jana.do("state", state="away", reason="lunch")
        assert changed.wait(5), "the change feed did not report jana's new state"
        seen = _agent(store, "jana")
        assert (seen.state, seen.reason, seen.name) == ("away", "lunch", "Jana")
    finally:
        watcher.stop()


def test_a_heartbeat_alone_keeps_the_time_in_state(store, members, eventually):
    (petr,) = members("petr")
    first = eventually("petr shown", lambda: _agent(store, "petr"))
    eventually("a later heartbeat", lambda: _agent(store, "petr").heartbeat > first.heartbeat)
    assert _agent(store, "petr").since == first.since  # still "ready for 2 s", not "for 0 s"


def test_a_killed_console_shows_offline_within_five_seconds(store, members, eventually):
    told: list[str] = []  # jana's state as the board reads it each time the change feed wakes it
    watcher = store.watch(lambda: told.append(getattr(_agent(store, "jana"), "state", "")))
    try:
        jana, petr = members("jana", "petr")
        eventually("both shown", lambda: {a.id for a in store.view().agents if a.state == "ready"} == {"jana", "petr"})
        jana.kill()
        killed = time.time()
        eventually("the board told that jana is offline", lambda: "offline" in told, timeout_s=5)
        gone = _agent(store, "jana")
        assert gone.state == "offline" and gone.heartbeat >= killed - 2 * OFFLINE_AFTER_S
        assert _agent(store, "petr").state == "ready"  # the one still running is not touched
    finally:
        watcher.stop()


def test_a_console_that_quits_shows_offline_at_once(store, members, eventually):
    store.heartbeat(AgentEntry("vera", "Vera", "agent", "ready"))
    store.go_offline("vera")
    assert _agent(store, "vera").state == "offline"


def test_the_directory_lists_colleagues_by_name_with_where_to_reach_them(store, team_db):
    other = TeamStore(*team_db)
    try:
        other.heartbeat(AgentEntry("petr", "Petr Svoboda", "agent", "away", reason="lunch", sip_uri="sip:petr@10.0.0.7"))
        store.heartbeat(AgentEntry("anna", "Anna Kováčová", "lead", "ready", sip_uri="sip:anna@10.0.0.5"))
        assert [(a.name, a.state, a.sip_uri) for a in store.directory()] == [
            ("Anna Kováčová", "ready", "sip:anna@10.0.0.5"), ("Petr Svoboda", "away", "sip:petr@10.0.0.7")]
    finally:
        other.close()


def test_a_lead_asks_away_agents_to_join_and_sees_who_accepted(store, team_db):
    agent = TeamStore(*team_db)
    try:
        request = store.ask_to_join("anna", ["petr", "vera"])
        (seen,) = agent.open_requests("petr")
        assert (seen.id, seen.from_agent, seen.accepted) == (request, "anna", None)
        assert agent.answer_request(request, "petr", accepted=True)
        assert not agent.answer_request(request, "petr", accepted=False)  # answered once
        assert agent.open_requests("petr") == ()
        assert {(r.to_agent, r.accepted) for r in store.request_answers(request)} == {("petr", True), ("vera", None)}
    finally:
        agent.close()
