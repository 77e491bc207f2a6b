"""The PostgreSQL change feed survives the server going away and coming back; old rows are
tidied away without touching today's board."""
from __future__ import annotations

import threading
import time

import pytest

from crm_adapters.store.team import AgentEntry, TeamStore

from harness.pg_server import PostgresServer, find_pg_bin


def test_the_change_feed_comes_back_after_the_team_server_restarts(tmp_path, eventually):
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.fail("PostgreSQL server binaries are not installed (scripts/setup.sh installs 'postgresql')")
    server = PostgresServer(bin_dir)  # a server of this test's own: it is stopped and started again
    server.start()
    try:
        url = server.create_database()
        lead, other = TeamStore(url, tmp_path), TeamStore(url, tmp_path)
        woke = threading.Event()
        watcher = lead.watch(woke.set)
        opts = f"-p {server.port} -k {server.socket_dir} -c listen_addresses=127.0.0.1"
        assert server._run("pg_ctl", "-D", str(server.data), "-m", "fast", "-w", "stop").returncode == 0
        assert server._run("pg_ctl", "-D", str(server.data), "-o", opts, "-l", str(server.log_file), "-w",
                           "start").returncode == 0
        eventually("the feed reports that it is back", woke.is_set, timeout_s=15)
        woke.clear()
        other.heartbeat(AgentEntry("jana", "Jana", "agent", "ready"))  # the writer's pool reconnects too
        assert woke.wait(5), "a change after the restart did not reach the lead"
        assert [a.id for a in lead.view().agents] == ["jana"]
        watcher.stop()
        lead.close()
        other.close()
    finally:
        server.stop()


def test_tidying_forgets_old_rows_but_not_todays_figures(store):
    now = time.time()
    store.end_call("old", "jana", "handled", now - 40 * 86_400, now - 40 * 86_400 + 5, now - 40 * 86_400 + 60)
    store.end_call("new", "jana", "handled", now - 100, now - 95, now - 40)
    store.tidy(now=now)
    team = store.view(now=now).figures[-1]
    assert team.handled == 1
    store.tidy(now=now + 32 * 86_400)
    assert store.view(now=now).figures[-1].handled == 0
