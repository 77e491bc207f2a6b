"""Write-back benchmark, JSON out:  .venv/bin/python tests/integration/after_call/bench_outbox.py

1. faults: the real console process, a real HTTP CRM on 127.0.0.1 that fails on purpose
   (500, 503 + Retry-After, hang, mid-response close, refused connections) and 3 SIGKILLs of
   the console while it delivers; then the CRM recovers. Reports entries created vs. delivered
   (unique records at the CRM) and duplicates.
2. rate: the outbox sender alone against the same CRM, healthy: entries per second.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).resolve().parents[2])]  # here, tests/

from console_driver import Console  # noqa: E402
from flaky_crm import FlakyCrm  # noqa: E402
from flaky_crm_adapter import FlakyCrmAdapter  # noqa: E402

from crm_adapters.local.database import open_database  # noqa: E402
from crm_adapters.outbox import Outbox  # noqa: E402
from crm_adapters.outbox_sender import OutboxSender, RetryPolicy  # noqa: E402
from crm_adapters.runtime import CrmRuntime  # noqa: E402

FAST_RETRY = '[outbox]\ntimeout_s = 1\nfirst_retry_s = 0.05\nmax_retry_s = 0.3\n'


def faults_run(records_per_round: int = 40, kills: int = 3, min_faults: int = 100) -> dict:
    crm = FlakyCrm(hang_s=1.5).start()
    made: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="bench-outbox-") as tmp:
        console = Console(Path(tmp), crm.url)
        console.toml = console.toml.replace('[outbox]\ntimeout_s = 1\nfirst_retry_s = 0.1\nmax_retry_s = 1\n', FAST_RETRY)
        t0 = time.monotonic()
        try:
            crm.random_faults(0.6, ("500", "500", "close", "close", "503", "hang"))
            console.start()
            for round_ in range(kills + 1):
                for i in range(records_per_round):
                    if i % 2:
                        text = f"r{round_} note {i}"
                        console.result("note", text, "--customer", "c-1")
                    else:
                        text = f"r{round_} task {i}"
                        console.result("task", text, "--due", "2030-01-01T09:00", "--customer", "c-1")
                    made.add(text)
                if round_ == 1:
                    crm.refuse()
                    time.sleep(1.0)
                    crm.start()  # same port, faults still on
                if round_ < kills:
                    before = crm.requests
                    console.wait_for(lambda b=before: crm.requests >= b + 5, what="deliveries under way")
                    console.kill()
                    console.start()
            console.wait_for(lambda: crm.faults_injected() >= min_faults, timeout_s=300, what="enough faults")
            injected = dict(crm.injected)
            crm.random_faults(0.0)
            console.wait_for(lambda: console.result("outbox")["pending"] == 0, timeout_s=300, what="drained")
            outbox = console.result("outbox")
        finally:
            console.stop()
            crm.stop()
    arrived = crm.texts()
    return {"entries_created": len(made), "entries_delivered_unique": len(set(arrived) & made),
            "missing": len(made - set(arrived)), "duplicates_at_crm": crm.duplicates(),
            "resent_same_key_deduped": crm.replays, "faults_injected": sum(injected.values()),
            "faults_by_kind": injected, "console_kills": kills, "outbox_failed": outbox["failed"],
            "seconds": round(time.monotonic() - t0, 1)}


def rate_run(entries: int = 1000) -> dict:
    crm = FlakyCrm().start()
    with tempfile.TemporaryDirectory(prefix="bench-outbox-rate-") as tmp:
        db = open_database("", Path(tmp))
        outbox = Outbox(db, ["crm"])
        t_save = time.perf_counter()
        for i in range(entries):
            outbox.save_note(f"rate note {i}", {"*": "c-1"})
        save_s = time.perf_counter() - t_save
        with CrmRuntime() as runtime:
            adapter = FlakyCrmAdapter("crm", crm.url)
            runtime.own(adapter)
            sender = OutboxSender(outbox, {"crm": adapter}, policy=RetryPolicy(idle_poll_s=0.2))
            t0 = time.perf_counter()
            sender.start(runtime)
            while outbox.counts()["pending"]:
                time.sleep(0.02)
            took = time.perf_counter() - t0
        db.close()
    crm.stop()
    return {"entries": entries, "delivered": len(crm.texts()), "seconds": round(took, 2),
            "entries_per_second": round(entries / took, 1),
            "saves_per_second": round(entries / save_s, 1), "when": datetime.now(timezone.utc).isoformat()}


if __name__ == "__main__":
    print(json.dumps({"bench": "outbox", "rate_healthy_crm": rate_run(), "faults_and_kills": faults_run()}, indent=2))
