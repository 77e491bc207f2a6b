"""`agent-console bench screenpop`: INVITE-to-card-painted over real SIP calls into a console.

A console process is started with a local CRM of N generated customers (built once and kept in
the user's cache folder), optionally a REST CRM on loopback that answers after L ms or never,
and nobody answering. Calls come from customers' numbers, one after another, through a plain
SIP caller that gives up (CANCEL) once the card is complete; the console's own `card.shown` / `card.updated` events give the latencies, measured
inside the console from the INVITE's arrival in cti/ to the card painted.
"""
from __future__ import annotations

import json
import random
import shutil
import tempfile
import threading
import time
from pathlib import Path

import platformdirs

from crm_adapters.local.bulk_bench import sk_e164, write_csv
from crm_adapters.local.database import open_database
from crm_adapters.local.importer import import_file
from cti.sip_probe import SipProbe

from console.bench.measures import rss_mb, summary
from console.bench.slow_crm import CrmProcess
from console.commands.demo import free_udp_port
from console.config import Config
from console.ctl_client import CtlClient
from console.process import start_console_process, stop_console, wait_for_ctl


def customer_database(contacts: int) -> Path:
    """A migrated SQLite file with `contacts` generated customers, made once per size."""
    folder = Path(platformdirs.user_cache_dir("agent-console")) / f"bench-{contacts}"
    ready = folder / "ready"
    if not ready.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        write_csv(folder / "customers.csv", contacts)
        db = open_database("", folder)
        import_file(db, folder / "customers.csv", "SK")
        db.close()
        (folder / "customers.csv").unlink()
        ready.touch()
    return folder / "console.db"


class EventCollector(threading.Thread):
    """Reads the console's `ctl events` stream into per-call records."""

    def __init__(self, ctl_name: str) -> None:
        super().__init__(daemon=True)
        self.client = CtlClient(ctl_name)
        self.client.connect()
        self.client.request("events", [])
        self.shown: dict[str, dict] = {}
        self.complete: dict[str, dict] = {}
        self.ringing: list[tuple[str, str]] = []  # (call_id, E.164) in the order calls rang
        self.by_call: dict[str, list[dict]] = {}
        self.cond = threading.Condition()

    def run(self) -> None:
        while True:
            event = self.client.read_message(timeout_ms=-1)
            if event is None:
                return
            with self.cond:
                kind, call_id = event.get("type"), event.get("call_id")
                self.by_call.setdefault(call_id, []).append(event)
                if kind == "call.ringing":
                    self.ringing.append((call_id, event.get("number", "")))
                elif kind == "card.shown":
                    self.shown[call_id] = event
                if kind in ("card.shown", "card.updated") and event.get("complete"):
                    self.complete.setdefault(call_id, event)
                self.cond.notify_all()

    def wait_complete(self, number: str, seen: set[str], timeout_s: float) -> str:
        """Wait until the call from `number` that is not in `seen` has a complete card.
        Returns "" when it did, else what went wrong."""
        deadline = time.monotonic() + timeout_s
        with self.cond:
            while True:
                call_id = next((c for c, n in self.ringing if n == number and c not in seen), None)
                if call_id is not None and call_id in self.complete:
                    seen.add(call_id)
                    return ""
                left = deadline - time.monotonic()
                if left <= 0:
                    if call_id is None:
                        return "the console never reported the call ringing"
                    seen.add(call_id)
                    return "no complete card" if call_id in self.shown else "no card at all"
                self.cond.wait(left)


def run(args, config: Config) -> int:
    if getattr(args, "crm_down_after_restart", False):
        return run_after_restart(args)
    t0 = time.monotonic()
    source_db = customer_database(args.contacts)
    prepare_s = time.monotonic() - t0
    rest_server = None
    with tempfile.TemporaryDirectory(prefix="agent-console-screenpop-") as tmp:
        work = Path(tmp)
        (work / "data").mkdir()
        shutil.copy(source_db, work / "data" / "console.db")
        port = free_udp_port()
        adapters = ["local"]
        extra = ""
        env = {}
        if args.crm_latency_ms:
            never = args.crm_latency_ms == "never"
            rest_server = CrmProcess(latency_ms=None if never else float(args.crm_latency_ms))
            rest_server.start()
            adapters.append("acme")
            # the example template limits Acme to 10 requests/s; this CRM on loopback has no such limit
            # the complete card in one round: the search answer carries the history too (issue 15)
            extra = (f'[crm.acme]\ntype = "rest"\ntemplate = "example_one_round"\nbase_url = "{rest_server.base_url}"\n'
                     'requests_per_second = 1000\n'
                     f'timeout_ms = {args.timeout_ms}\n')
            env["AGENT_CONSOLE_SECRET_ACME_TOKEN"] = rest_server.token
        toml = (f'[sip]\nlisten = "127.0.0.1:{port}"\n'
                'max_calls_per_source = 10000\nrate_window_s = 1\n'  # one probe host calls a hundred customers
                "[wrapup]\nmax_s = 0.1\n"  # after each call the agent is ready again at once
                f'[crm]\nadapters = {json.dumps(adapters)}\ntimeout_ms = {args.timeout_ms}\n' + extra)
        proc, ctl, _ = start_console_process(work, toml, env=env)
        rng = random.Random(7)
        failures: dict[str, int] = {}
        try:
            wait_for_ctl(ctl, proc, timeout_s=120)
            time.sleep(1.0)
            collector = EventCollector(ctl)
            collector.start()
            rss_before = rss_mb(proc.pid)
            seen: set[str] = set()
            with SipProbe("127.0.0.1") as probe:
                for n in range(1, args.calls + 1):
                    number = sk_e164(rng.randrange(args.contacts))
                    call = probe.invite(f"sip:agent@127.0.0.1:{port}", f"<sip:{number}@127.0.0.1>")
                    # the card must be complete while the phone still rings; then the caller gives up
                    problem = collector.wait_complete(number, seen, args.timeout_ms / 1000 + 5)
                    if problem:
                        failures[problem] = failures.get(problem, 0) + 1
                    probe.cancel(call)
                    try:
                        probe.wait_final(call, 10)
                    except TimeoutError:
                        failures["no final answer to CANCEL"] = failures.get("no final answer to CANCEL", 0) + 1
                    time.sleep(0.3)  # let the last call wind down: the next ring meets a console at rest
            rss_after = rss_mb(proc.pid)
        finally:
            stop_console(ctl, proc)
            if rest_server is not None:
                rest_server.stop()
    shown = [e["latency_ms"] for e in collector.shown.values()]
    complete = [e["latency_ms"] for e in collector.complete.values()]
    known = sum(1 for e in collector.complete.values() if e.get("known"))
    all_sources = sum(1 for e in collector.complete.values() if not e.get("sources_unavailable"))
    print(json.dumps({
        "bench": "screenpop",
        "contacts": args.contacts,
        "calls": args.calls,
        "crm_latency_ms": args.crm_latency_ms or None,
        "crm_timeout_ms": args.timeout_ms,
        "invite_to_first_card_ms": summary(shown),
        "invite_to_complete_card_ms": summary(complete),
        "first_card_breakdown_p50_ms": {k: summary([e[k] for e in collector.shown.values() if e.get(k) is not None])["p50"]
                                         for k in ("crm_ms", "handover_ms", "paint_ms")},
        "complete_card_sources_p50_ms": {
            name: summary([e["sources_ms"][name] for e in collector.complete.values() if name in e.get("sources_ms", {})])["p50"]
            for name in adapters},
        "cards_complete": len(complete),
        "cards_known_customer": known,
        "cards_with_every_source": all_sources,
        "failures": failures,
        "console_rss_mb": {"before": rss_before, "after": rss_after},
        "prepare_db_s": round(prepare_s, 1),
    }, indent=2))
    return 0


def run_after_restart(args) -> int:
    """`--crm-down-after-restart`: the REST CRM is the only CRM. A console rings each of the numbers
    once while the CRM answers (the cards go into the disk cache), quits; the CRM goes down
    (connection refused); a freshly started console is rung by the same numbers. Reported: the
    INVITE to the first card that names the customer (from the disk cache), p50/p99."""
    numbers = [sk_e164(i) for i in range(min(args.calls, 1000))]
    latency = 50.0 if args.crm_latency_ms in ("", "never") else float(args.crm_latency_ms)
    with tempfile.TemporaryDirectory(prefix="agent-console-screenpop-restart-") as tmp:
        work = Path(tmp)
        crm = CrmProcess(latency_ms=latency)
        crm.start()
        port = free_udp_port()
        toml = (f'[sip]\nlisten = "127.0.0.1:{port}"\nmax_calls_per_source = 10000\nrate_window_s = 1\n'
                "[wrapup]\nmax_s = 0.1\n"
                f'[crm]\nadapters = ["acme"]\ntimeout_ms = {args.timeout_ms}\n'
                f'[crm.acme]\ntype = "rest"\ntemplate = "example"\nbase_url = "{crm.base_url}"\n'
                "requests_per_second = 1000\n")
        env = {"AGENT_CONSOLE_SECRET_ACME_TOKEN": crm.token}
        try:
            warm = _ring_each(work, toml, env, port, numbers, args.timeout_ms)
        finally:
            crm.stop()  # down: its port refuses connections
        after = _ring_each(work, toml, env, port, numbers, args.timeout_ms)
    first_known = [e["latency_ms"] for e in after["first_known"].values()]
    print(json.dumps({
        "bench": "screenpop",
        "case": "crm down, console just restarted: cards from the disk cache",
        "calls": len(numbers),
        "crm_latency_ms_before_the_restart": latency,
        "crm_timeout_ms": args.timeout_ms,
        "invite_to_first_card_with_customer_ms": summary(first_known),
        "invite_to_first_card_ms": summary([e["latency_ms"] for e in after["shown"].values()]),
        "cards_with_customer": len(first_known),
        "cards_with_customer_while_crm_up": len(warm["first_known"]),
        "console_start_to_ready_s": after["ready_s"],
        "failures": after["failures"],
    }, indent=2))
    return 0


def _ring_each(work: Path, toml: str, env: dict, port: int, numbers: list[str], timeout_ms: int) -> dict:
    """A console started in ``work`` (its data kept between runs) rung once by each number; each
    call is cancelled once its card is complete. The console quits cleanly at the end."""
    started = time.monotonic()
    proc, ctl, _ = start_console_process(work, toml, env=env)
    first_known: dict[str, dict] = {}
    failures: dict[str, int] = {}
    try:
        wait_for_ctl(ctl, proc, timeout_s=120)
        ready_s = round(time.monotonic() - started, 2)
        collector = EventCollector(ctl)
        collector.start()
        seen: set[str] = set()
        with SipProbe("127.0.0.1") as probe:
            for number in numbers:
                call = probe.invite(f"sip:agent@127.0.0.1:{port}", f"<sip:{number}@127.0.0.1>")
                problem = collector.wait_complete(number, seen, timeout_ms / 1000 + 5)
                if problem:
                    failures[problem] = failures.get(problem, 0) + 1
                probe.cancel(call)
                try:
                    probe.wait_final(call, 10)
                except TimeoutError:
                    failures["no final answer to CANCEL"] = failures.get("no final answer to CANCEL", 0) + 1
                time.sleep(0.3)
        time.sleep(1.0)  # the cache's writer thread puts the last cards on disk
        with collector.cond:
            for call_id, events in collector.by_call.items():
                known = next((e for e in events if e.get("type") in ("card.shown", "card.updated") and e.get("known")), None)
                if known is not None:
                    first_known[call_id] = known
            shown = dict(collector.shown)
    finally:
        stop_console(ctl, proc)
    return {"first_known": first_known, "shown": shown, "failures": failures, "ready_s": ready_s}
