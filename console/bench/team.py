"""`agent-console bench team`: how soon a lead's board sees a change made on another console.

Simulated agents (in a process of their own) keep their heartbeats going and change state at
a call centre's pace — ringing (a ring-group customer waiting and a live call), on a call,
wrap-up (the call goes to today's figures), ready, now and then away — while this process is
the lead: its change feed wakes it and it reads the whole board (``view()``) each time. Each
change carries its own time (``since``), so the lead measures change-to-visible per change.

Measured: change-to-visible p50/p99 (ms), the lead's ``view()`` time, the lead process's CPU
seconds per second, and the database's load (PostgreSQL: committed transactions per second;
SQLite: the simulated consoles' writes per second). JSON out.
"""
from __future__ import annotations

import glob
import heapq
import json
import multiprocessing
import os
import random
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crm_adapters.store.team import AgentEntry, LiveCall, TeamStore
from crm_adapters.store.team.model import HEARTBEAT_S

from console.bench.measures import summary
from console.config import Config

_NEXT = {"ready": "ringing", "ringing": "on_call", "on_call": "wrap_up", "wrap_up": "ready", "away": "ready"}


def run(args, config: Config) -> int:
    with tempfile.TemporaryDirectory(prefix="agent-console-bench-team-") as tmp, _database(args) as url:
        result = _measure(url, Path(tmp), args.agents, args.seconds, args.change_every)
    print(json.dumps({"bench": "team", **result}, indent=2))
    return 0


@contextmanager
def _database(args) -> Iterator[str]:
    if args.url:
        yield args.url
    elif args.postgres:
        with throwaway_postgres() as url:
            yield url
    else:
        yield ""  # a workstation file of the bench's own


def _measure(url: str, data_dir: Path, agents: int, seconds: float, change_every: float) -> dict:
    lead = TeamStore(url, data_dir)
    commits_before = _commits(lead)
    woken = threading.Event()
    watcher = lead.watch(woken.set)
    publisher = multiprocessing.get_context("spawn").Process(
        target=_publish, args=(url, str(data_dir), agents, seconds, change_every, data_dir / "writes.json"))
    seen: dict[str, float] = {}
    latencies, view_ms = [], []
    cpu0, t0 = time.process_time(), time.monotonic()
    publisher.start()
    started = time.time()
    while publisher.is_alive() or woken.is_set():
        if not woken.wait(0.5):
            continue
        woken.clear()
        before = time.perf_counter()
        view = lead.view()
        visible = time.time()
        view_ms.append((time.perf_counter() - before) * 1000)
        for agent in view.agents:
            if agent.since > started and seen.get(agent.id) != agent.since:
                seen[agent.id] = agent.since
                latencies.append((visible - agent.since) * 1000)
    elapsed, cpu = time.monotonic() - t0, time.process_time() - cpu0
    watcher.stop()
    publisher.join(30)
    commits = _commits(lead)
    lead.close()
    writes = json.loads((data_dir / "writes.json").read_text()) if (data_dir / "writes.json").exists() else {}
    db: dict = {"engine": "postgresql" if url else "sqlite", "writes_per_s": writes.get("writes_per_s")}
    if commits is not None and commits_before is not None:
        db["xact_commit_per_s"] = round((commits - commits_before) / elapsed, 1)
    return {"agents": agents, "seconds": seconds, "state_changes_per_agent_s": round(1 / change_every, 3),
            "change_to_visible_ms": summary(latencies), "lead_view_ms": summary(view_ms),
            "lead_views": len(view_ms), "lead_cpu_s_per_s": round(cpu / elapsed, 3), "database": db,
            "publisher_errors": writes.get("errors")}


def _commits(store: TeamStore) -> int | None:
    if store.is_sqlite:
        return None
    from sqlalchemy import text

    with store.engine.connect() as conn:
        conn.execute(text("SELECT pg_stat_clear_snapshot()"))
        return conn.execute(text("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")).scalar()


def _publish(url: str, data_dir: str, agents: int, seconds: float, change_every: float, out: Path) -> None:
    """The simulated consoles: one store (as many connections as threads), each agent its own
    heartbeat and its own random state changes."""
    store = TeamStore(url, Path(data_dir))
    threads = min(agents, 16)
    counts = {"writes": 0, "errors": 0}
    lock = threading.Lock()
    end = time.time() + seconds

    def agent_loop(ids: list[str]) -> None:
        rng = random.Random(hash(tuple(ids)))
        state = dict.fromkeys(ids, "ready")
        queue = [(time.time() + rng.random(), "beat", a) for a in ids]
        queue += [(time.time() + rng.expovariate(1 / change_every), "change", a) for a in ids]
        heapq.heapify(queue)
        while queue:
            due, what, agent = heapq.heappop(queue)
            if due > end:
                continue
            time.sleep(max(0.0, due - time.time()))
            if what == "change":
                state[agent] = "away" if state[agent] == "ready" and rng.random() < 0.1 else _NEXT[state[agent]]
            try:
                n = _act(store, agent, state[agent], changed=what == "change")
            except Exception:
                n = 0
                with lock:
                    counts["errors"] += 1
            with lock:
                counts["writes"] += n
            again = HEARTBEAT_S if what == "beat" else rng.expovariate(1 / change_every)
            heapq.heappush(queue, (time.time() + again, what, agent))

    ids = [f"agent{i:04d}" for i in range(agents)]
    workers = [threading.Thread(target=agent_loop, args=(ids[k::threads],)) for k in range(threads)]
    started = time.time()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    store.close()
    out.write_text(json.dumps({"writes_per_s": round(counts["writes"] / (time.time() - started), 1),
                               "errors": counts["errors"]}))


def _act(store: TeamStore, agent: str, state: str, changed: bool) -> int:
    """One console's write(s) for a heartbeat or a state change; returns how many."""
    now = time.time()
    entry = AgentEntry(agent, agent.title(), "agent", state, reason="break" if state == "away" else "",
                       since=now, call_id=f"{agent}-call" if state in ("ringing", "on_call") else "")
    store.heartbeat(entry)
    if not changed:
        return 1
    call = f"{agent}-call"
    if state == "ringing":
        store.ring_waiting(f"{call}@bench", "+421900000000", "Customer", agent)
        store.put_call(LiveCall(call, agent, "inbound", "ringing", now, "Customer", "+421900000000"))
        return 3
    if state == "on_call":
        store.resolve_waiting(f"{call}@bench", answered_by=agent)
        store.put_call(LiveCall(call, agent, "inbound", "connected", now, "Customer", "+421900000000"))
        return 3
    if state == "wrap_up":
        store.end_call(call, agent, "handled", now - 60, now - 50, now)
        return 2
    return 1


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """A PostgreSQL server of the bench's own (Debian's package), on loopback, removed after."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[-3]))
    if not found:
        raise SystemExit("PostgreSQL is not installed here (Debian package 'postgresql'); pass --url instead")
    tools, root = Path(found[-1]).parent, Path(tempfile.mkdtemp(prefix="agent-console-bench-pg-"))
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []  # it refuses root
    if as_postgres:
        shutil.chown(root, "postgres")

    def pg(tool: str, *args: str) -> None:
        subprocess.run([*as_postgres, str(tools / tool), *args], check=True, capture_output=True, timeout=120)

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    try:
        pg("initdb", "-D", f"{root}/db", "--auth=trust", "--username=postgres", "--no-sync")
        pg("pg_ctl", "start", "--wait", f"--pgdata={root}/db", f"--log={root}/log",
           f"--options=-p {port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=300")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        try:
            pg("pg_ctl", "stop", "--mode=immediate", f"--pgdata={root}/db")
        finally:
            shutil.rmtree(root, ignore_errors=True)
