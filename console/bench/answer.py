"""`agent-console bench answer`: INVITE-to-200 OK of a phone answering automatically.

Without `--target` it starts a console of its own that answers every call at once; the caller
is cti's plain SIP probe (`cti.answer_bench`), so the time is the answering phone's.
"""
from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from cti.answer_bench import measure_answer_times

from console.bench.measures import rss_mb
from console.commands.demo import free_udp_port
from console.config import Config
from console.process import start_console_process, stop_console, wait_for_ctl


def run(args, config: Config) -> int:
    with tempfile.TemporaryDirectory(prefix="agent-console-bench-") as tmp:
        if args.target:
            result = measure_answer_times(args.target, args.calls)
        else:
            port = free_udp_port()
            proc, ctl, _ = start_console_process(
                Path(tmp), f'[sip]\nlisten = "127.0.0.1:{port}"\nauto_answer_s = 0\n'
                'max_calls_per_source = 10000\nrate_window_s = 1\n'  # the bench is one caller calling fast
                '[wrapup]\nmax_s = 0.1\n')  # an agent who is ready again right after each call
            try:
                wait_for_ctl(ctl, proc)
                time.sleep(1.0)
                before = rss_mb(proc.pid)
                result = measure_answer_times(f"sip:agent@127.0.0.1:{port}", args.calls)
                result["console_rss_mb_before"] = before
                result["console_rss_mb_after"] = rss_mb(proc.pid)
            finally:
                stop_console(ctl, proc)
    print(json.dumps({"bench": "answer", **result}, indent=2, default=str))
    return 0
