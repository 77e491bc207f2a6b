"""`agent-console bench first-run` measures what a new agent waits for (JSON out): a console with
no config file shows the set-up assistant, and after its restart the test call rings."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.integration


def test_bench_first_run_reports_both_waits():
    done = subprocess.run([sys.executable, "-m", "console", "bench", "first-run", "--runs", "1"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["bench"] == "first-run"
    for key in ("start_to_assistant_ms", "restart_to_test_call_ringing_ms"):
        assert report[key]["n"] == 1 and report[key]["p50"] > 0, report
