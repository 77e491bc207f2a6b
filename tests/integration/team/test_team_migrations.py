"""The team store's tables go into the workstation file beside the after-call tables, under
their own version table, and never touch the after-call records."""
from __future__ import annotations

import sqlalchemy as sa

from crm_adapters.store.after_call.tables import OutboxEntry
from crm_adapters.store.team import AgentEntry, TeamStore
from crm_adapters.store.team.tables import TEAM
from crm_adapters.store.workstation import TEAM_VERSION_TABLE, open_workstation

TEAM_TABLES = {"team_agents", "team_calls", "team_waiting", "team_handoffs", "team_call_history", "team_requests",
               "team_changes"}


def test_the_team_tables_join_the_workstation_file_and_leave_pending_write_backs_alone(tmp_path):
    data = tmp_path / "data"
    work = open_workstation(data)
    with work.session() as s:
        s.add(OutboxEntry(adapter="local", kind="note", record_id="r1", idempotency_key="r1:local", payload="{}"))
    after_call_rev = work.schema_revision("after_call_alembic_version")
    before = set(sa.inspect(work.engine).get_table_names())

    team = TeamStore("", data)
    team.heartbeat(AgentEntry("jana", "Jana", "agent", "ready"))
    team.close()
    team = TeamStore("", data)  # opening again is a no-op
    assert [a.id for a in team.view().agents] == ["jana"]
    team.close()

    tables = set(sa.inspect(work.engine).get_table_names())
    assert TEAM_TABLES <= tables and before <= tables
    assert work.schema_revision(TEAM_VERSION_TABLE) == TEAM.head()
    assert work.schema_revision("after_call_alembic_version") == after_call_rev
    with work.session() as s:
        (entry,) = s.scalars(sa.select(OutboxEntry)).all()
        assert (entry.record_id, entry.state) == ("r1", "pending")
    work.close()


def test_two_team_stores_opening_one_server_database_together_both_work(postgres_url, tmp_path):
    import threading

    stores, errors = [], []

    def open_one():
        try:
            stores.append(TeamStore(postgres_url, tmp_path))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    stores[0].heartbeat(AgentEntry("jana", "Jana", "agent", "ready"))
    assert [a.id for a in stores[-1].view().agents] == ["jana"]
    for s in stores:
        s.close()
