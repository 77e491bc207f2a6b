"""`agent-console bench supervision` measures running consoles and says what it measured:
the supervisor's extra delay (bursts compared between the agent's and the lead's ear), the time
from ctl monitor to the first sound, and the agent console's CPU with 0, 1 and 2 supervisors."""
from __future__ import annotations

import json
import subprocess
import sys


def test_bench_supervision_reports_delay_first_sound_and_cpu_per_supervisor_count():
    out = subprocess.run([sys.executable, "-m", "console", "bench", "supervision", "--seconds", "1"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout)
    assert result["bench"] == "supervision"
    assert result["bursts_compared"] >= 1 and result["bridge_delay_ms"]["n"] == result["bursts_compared"]
    assert isinstance(result["monitor_to_audio_ms"], float)
    assert set(result["agent_cpu_share_of_one_core"]) == {"0", "1", "2"}
    assert all(isinstance(v, float) for v in result["agent_cpu_share_of_one_core"].values())
    assert result["supervisors_per_call_cap"] == 2 and "too_many_calls" in result["why_not_3"]
