"""`agent-console bench` is still a command that measures a real console, and its code stays
out of the desktop console (it lives in console/bench/, imported only when a bench runs)."""
from __future__ import annotations

import json
import subprocess
import sys
import time

from harness.consoles import console_status, start_console_process, stop_console, wait_for_ctl


def bench(*args: str, timeout: float = 240) -> dict:
    out = subprocess.run([sys.executable, "-m", "console", "bench", *args], capture_output=True, text=True,
                         timeout=timeout)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout)


def test_a_running_console_never_loads_benchmark_code(tmp_path):
    # sitecustomize writes the modules the console process holds when it quits
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "import atexit, os, sys\n"
        "def _dump():\n"
        "    with open(os.environ['MODULES_AT_EXIT'], 'w') as f:\n"
        "        f.write('\\n'.join(sorted(sys.modules)))\n"
        "atexit.register(_dump)\n")
    listing = tmp_path / "modules.txt"
    proc, ctl, _ = start_console_process(tmp_path, env={"PYTHONPATH": str(site), "MODULES_AT_EXIT": str(listing)})
    try:
        wait_for_ctl(ctl, proc, timeout_s=60)
        deadline = time.monotonic() + 60
        while "starting" in console_status(ctl).get("crm", "starting") and time.monotonic() < deadline:
            time.sleep(0.1)  # (polling the console's own answer: the CRMs, httpx and the migrations are loaded)
    finally:
        stop_console(ctl, proc)
    assert proc.returncode == 0 and listing.exists(), "the console did not quit cleanly"
    modules = listing.read_text().split()
    assert "console.app" in modules and "console.commands.bench" in modules  # the window and the CLI parser
    assert "httpx" in modules and "alembic" in modules  # the CRMs started
    loaded = [m for m in modules if "bench" in m and m != "console.commands.bench"]
    assert not loaded, f"the console imported benchmark code at start: {loaded}"
    # test tools installed beside it (import-linter brings click and rich) must not ride along
    extras = sorted({m.split(".")[0] for m in modules} & {"click", "rich", "pygments"})
    assert not extras, f"the console loaded tools it never uses: {extras}"


def test_bench_answer_measures_a_console_answering_every_call():
    result = bench("answer", "--calls", "3")
    assert result["bench"] == "answer" and result["answered"] == 3 and result["failures"] == {}
    assert result["median_ms"] > 0 and result["console_rss_mb_after"] > 0


def test_bench_screenpop_measures_cards_with_a_slow_crm_beside_the_local_one():
    result = bench("screenpop", "--contacts", "50", "--calls", "2", "--crm-latency-ms", "20")
    assert result["bench"] == "screenpop" and result["failures"] == {}
    assert result["cards_complete"] == 2 and result["cards_known_customer"] == 2
    assert result["cards_with_every_source"] == 2  # the slow CRM answered too
    assert set(result["complete_card_sources_p50_ms"]) == {"local", "acme"}
