"""`agent-console demo` leaves nothing behind: no simulated customer still running and no
temporary folder, whether it ends by itself or by SIGTERM."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

from desktop_helpers import Lines, children_of, running

DEMO_LINES = ("Demo CRM: ", "A customer is calling from ", "Card shown after ", "Screenshot: ")


def start_demo(tmp_path, *args: str) -> tuple[subprocess.Popen, Lines]:
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "AGENT_CONSOLE_CTL")}
    env["TMPDIR"] = str(temp)  # every temporary file of the demo and its customer lands here
    demo = subprocess.Popen([sys.executable, "-m", "console", "demo", *args], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=open(tmp_path / "demo.err", "wb"), text=True)
    return demo, Lines(demo.stdout)


def left_in_temp(tmp_path) -> list[str]:
    """What the demo left in the temp folder (the control socket's private folder may stay)."""
    return sorted(p.name for p in (tmp_path / "tmp").iterdir() if not p.name.startswith("agent-console-0")
                  and not p.name.startswith(f"agent-console-{os.getuid()}"))


def test_sigterm_stops_the_simulated_customer_and_removes_the_temp_folder(tmp_path):
    demo, out = start_demo(tmp_path, "--keep", "--screenshot", str(tmp_path / "demo.png"))
    try:
        out.wait_for(lambda line: line.startswith("Screenshot: "), timeout_s=90)
        customers = children_of(demo.pid)
        assert customers, "the demo's simulated customer should be calling"
        assert left_in_temp(tmp_path)  # the demo's CRM is there while it runs
        demo.send_signal(signal.SIGTERM)
        demo.wait(60)
        lines = out.rest()
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
    assert [pid for pid in customers if running(pid)] == []
    assert left_in_temp(tmp_path) == []
    assert all(line.startswith(DEMO_LINES) for line in lines), lines  # nothing from pjlib on stdout


def test_sigterm_while_the_crm_is_being_made_removes_the_temp_folder(tmp_path):
    demo, out = start_demo(tmp_path, "--screenshot", str(tmp_path / "demo.png"))
    try:
        out.wait_for(lambda line: line.startswith("Demo CRM: "), timeout_s=90)
        demo.send_signal(signal.SIGTERM)
        demo.wait(60)
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
    assert left_in_temp(tmp_path) == []
    assert "Traceback" not in (tmp_path / "demo.err").read_text(errors="replace")


def test_a_finished_demo_leaves_nothing(tmp_path):
    demo, out = start_demo(tmp_path, "--screenshot", str(tmp_path / "demo.png"))
    try:
        out.wait_for(lambda line: line.startswith("A customer is calling"), timeout_s=90)
        customers = children_of(demo.pid)  # started just before that line
        assert demo.wait(90) == 0, (tmp_path / "demo.err").read_text(errors="replace")[-2000:]
        lines = out.rest()
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
    assert any(line.startswith("Screenshot: ") for line in lines), lines
    assert all(line.startswith(DEMO_LINES) for line in lines), lines
    assert [pid for pid in customers if running(pid)] == []
    assert left_in_temp(tmp_path) == []
