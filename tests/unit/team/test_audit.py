"""The supervision audit in the team store (issue 12): migration 0002 adds it to a team store
that already has 0001 (nothing there is lost), lines come back oldest first, by agent, bounded,
and what another console (or anyone refused) wrote is plain and short when read back."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import create_engine

from crm_adapters.store.team import AgentEntry, AuditEntry, TeamStore
from crm_adapters.store.team.tables import TEAM


def test_migration_0002_adds_the_audit_to_a_team_store_made_by_0001_and_keeps_its_rows(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    engine = create_engine(f"sqlite:///{data / 'team.db'}")
    TEAM.migrate(engine, "0001_team")  # a store made by the console before supervision
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO team_agents (id, name, role, state, since, heartbeat) "
                             "VALUES ('jana', 'Jana', 'agent', 'ready', 1, 1)"))
    assert "team_monitor_audit" not in sa.inspect(engine).get_table_names()
    engine.dispose()

    store = TeamStore(f"sqlite:///{data / 'team.db'}", data)
    try:
        assert "team_monitor_audit" in sa.inspect(store.engine).get_table_names()
        assert [a.id for a in store.directory(now=0.0)] == ["jana"]
        store.audit(AuditEntry("petr", "jana", "c1", "listen", "started", via="invite", written_by="jana", at=100))
        assert [e.outcome for e in store.audit_log()] == ["started"]
    finally:
        store.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def team_url(request) -> str:
    return "" if request.param == "sqlite" else request.getfixturevalue("postgres_url")


def test_the_audit_reads_oldest_first_by_agent_from_a_time_and_keeps_the_newest_within_the_limit(tmp_path, team_url):
    store = TeamStore(team_url, tmp_path)
    try:
        store.heartbeat(AgentEntry("jana", "Jana", "agent", "ready"))
        lines = [AuditEntry("petr", "jana", "c1", "listen", "started", at=100),
                 AuditEntry("petr", "jana", "c1", "whisper", "mode", via="message", at=110),
                 AuditEntry("tom", "eva", "c9", "whisper", "refused", "monitor.role_not_allowed", at=115),
                 AuditEntry("petr", "jana", "c1", "whisper", "ended", "supervisor hung up", at=120)]
        for line in reversed(lines):  # written in any order: read in time order
            store.audit(line)
        assert [(e.outcome, e.at) for e in store.audit_log()] == [
            ("started", 100), ("mode", 110), ("refused", 115), ("ended", 120)]
        assert [e.outcome for e in store.audit_log(agent="jana")] == ["started", "mode", "ended"]
        assert [e.outcome for e in store.audit_log(since=111)] == ["refused", "ended"]
        assert [e.outcome for e in store.audit_log(limit=2)] == ["refused", "ended"]
        refused = store.audit_log(agent="eva")[0]
        assert (refused.supervisor, refused.reason, refused.mode) == ("tom", "monitor.role_not_allowed", "whisper")
    finally:
        store.close()


def test_hostile_values_are_stored_plain_and_bounded_and_an_unknown_outcome_is_refused(tmp_path):
    store = TeamStore("", tmp_path)
    try:
        store.audit(AuditEntry("x\x1b[31m" + "a" * 5000, "jana\n", "c\u202e1", "spy", "refused", "r" * 500, at=5))
        (line,) = store.audit_log()
        assert "\x1b" not in line.supervisor and len(line.supervisor) <= 200
        assert (line.agent, line.customer_call, line.mode) == ("jana", "c1", "")
        assert len(line.reason) <= 64
        with pytest.raises(ValueError, match="unknown audit outcome"):
            store.audit(AuditEntry("petr", "jana", "c1", "listen", "listened"))
    finally:
        store.close()
