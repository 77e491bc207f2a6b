"""`agent-console bench startup`: cold start to a visible, answering window; idle RSS."""
from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from console.bench.measures import rss_mb, summary
from console.config import Config
from console.process import console_status, start_console_process, stop_console, wait_for_ctl


def run(args, config: Config) -> int:
    shown_ms, ready_ms, idle = [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="agent-console-bench-") as tmp:
            t0, wall0 = time.monotonic(), time.time()
            proc, ctl, _ = start_console_process(Path(tmp))
            try:
                ready = wait_for_ctl(ctl, proc)
                ready_ms.append((ready - t0) * 1000)
                shown_at = console_status(ctl).get("window_shown_at")
                if shown_at:
                    shown_ms.append((shown_at - wall0) * 1000)
                time.sleep(3)  # let the CRM and phone settle, then measure at rest
                idle.append(rss_mb(proc.pid) or float("nan"))
            finally:
                stop_console(ctl, proc)
    print(json.dumps({"bench": "startup",
                      "cold_start_to_window_ms": summary(shown_ms),  # process start to the window painted
                      "cold_start_to_ready_ms": summary(ready_ms),  # ... to CRMs, phone and ctl all answering
                      "idle_rss_mb": summary(idle), "runs": args.runs}, indent=2))
    return 0
