"""`agent-console bench team` measures a lead's board while simulated consoles publish, on the
workstation file and on a PostgreSQL it starts itself, and reports it as JSON."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.mark.parametrize("where", [[], ["--postgres"]], ids=["sqlite", "postgresql"])
def test_the_team_bench_reports_change_to_visible_times(where):
    out = subprocess.run([sys.executable, "-m", "console", "bench", "team", "--agents", "10", "--seconds", "3",
                          "--change-every", "0.5", *where], capture_output=True, text=True, timeout=240)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout)
    assert result["bench"] == "team" and result["publisher_errors"] == 0
    assert result["change_to_visible_ms"]["n"] > 10 and result["change_to_visible_ms"]["p99"] >= 0
    assert result["database"]["engine"] == ("postgresql" if where else "sqlite")
    assert result["database"]["writes_per_s"] > 0 and result["lead_cpu_s_per_s"] >= 0
    if where:
        assert result["database"]["xact_commit_per_s"] > 0
