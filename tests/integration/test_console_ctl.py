"""The running console, driven through its control socket as other programs drive it."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from harness.consoles import start_console_process, stop_console, wait_for_ctl
from harness.ctl_events import PrintedEvents


def ctl(name: str, *args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "console", "ctl", *args], capture_output=True, text=True,
                          timeout=timeout, env={**_env(), "AGENT_CONSOLE_CTL": name})


def _env():
    import os

    return dict(os.environ)


@pytest.fixture
def console_process(tmp_path):
    proc, name, _ = start_console_process(tmp_path)
    try:
        wait_for_ctl(name, proc)
        yield proc, name
    finally:
        stop_console(name, proc)


def test_ctl_without_a_console_says_so_clearly():
    out = ctl("agent-console-nobody-here", "status")
    assert out.returncode == 2
    assert "no console is running" in out.stderr and "Traceback" not in out.stderr


def test_status_screenshot_events_and_quit(console_process, tmp_path):
    proc, name = console_process
    status = json.loads(ctl(name, "status", "--json").stdout)
    assert status["ok"] and status["result"]["pid"] == proc.pid

    events = subprocess.Popen([sys.executable, "-m", "console", "ctl", "events"], stdout=subprocess.PIPE,
                              text=True, env={**_env(), "AGENT_CONSOLE_CTL": name})
    printed = PrintedEvents(events.stdout)
    printed.start()
    try:
        # the subscriber is connected once a note saved for a customer comes through its stream
        for _ in range(60):
            assert ctl(name, "note", "Called back about the invoice", "--customer", "1").returncode == 0
            if printed.wait("note.saved", timeout=1):
                break
        else:
            raise AssertionError("`ctl events` never printed the saved note")
        shot = tmp_path / "shot.png"
        out = ctl(name, "screenshot", str(shot))
        assert out.returncode == 0, out.stderr
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000  # a real window, not an empty image

        assert ctl(name, "note", "Customer", "asked", "for", "invoice").returncode == 0
        bad = ctl(name, "frobnicate")
        assert bad.returncode == 1 and "unknown command 'frobnicate'" in bad.stderr
        no_call = ctl(name, "answer")
        assert no_call.returncode == 1 and "there is no call" in no_call.stderr

        assert ctl(name, "quit").returncode == 0
        proc.wait(20)
        assert proc.returncode == 0
        assert events.wait(10) == 0  # the stream ends cleanly when the console goes away
        printed.join(10)
        assert printed.ended and all(e["type"] for e in printed.items)
        assert printed.items[0]["type"] == "note.saved" and printed.items[0]["chars"] == 29
    finally:
        events.kill()
