"""Programs read what the console's commands print: stdout carries the command's own lines and
nothing from pjlib (its start-up lines once landed there). The demo's stdout is checked in
test_demo_cleanup.py and test_real_desktop.py."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time

from console.commands.demo import free_udp_port

CUSTOMER_LINE = re.compile(r"^\d+\.\d{3} (calling|ringing|answered|held|resumed|ended)( .*)?$")


def test_the_console_and_simulate_call_print_only_their_own_lines(tmp_path):
    from console.process import console_status, stop_console, wait_for_ctl

    port = free_udp_port()
    ctl = f"stdout-{os.getpid()}"
    config = tmp_path / "config.toml"
    config.write_text(f'[paths]\ndata_dir = "{tmp_path / "data"}"\nlog_dir = "{tmp_path / "log"}"\n'
                      f'[ctl]\nname = "{ctl}"\n[sip]\nlisten = "127.0.0.1:{port}"\nauto_answer_s = 0\n'
                      '[audio]\ncapture = "null"\nplayback = "null"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "AGENT_CONSOLE_CTL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    with open(tmp_path / "console.out", "wb") as out, open(tmp_path / "console.stderr", "wb") as err:
        console = subprocess.Popen([sys.executable, "-m", "console", "--config", str(config)], env=env,
                                   stdout=out, stderr=err)
    console.stderr_path = tmp_path / "console.stderr"
    try:
        wait_for_ctl(ctl, console, 60)
        deadline = time.monotonic() + 60
        while not console_status(ctl).get("phone_running"):  # the phone starts after the window
            assert time.monotonic() < deadline and console.poll() is None, console.stderr_path.read_text()[-2000:]
            time.sleep(0.05)
        call = subprocess.run([sys.executable, "-m", "console", "simulate-call", f"sip:agent@127.0.0.1:{port}",
                               "--from", "0905 123 456", "--tone", "440", "--duration", "0.5"],
                              env=env, capture_output=True, text=True, timeout=120)
        stop_console(ctl, console)
    finally:
        if console.poll() is None:
            console.kill()
            console.wait()
    assert call.returncode == 0, call.stdout + call.stderr[-2000:]
    lines = call.stdout.splitlines()
    assert [line for line in lines if not CUSTOMER_LINE.match(line)] == [], lines
    assert [line.split()[1] for line in lines][:1] == ["calling"] and "answered" in call.stdout
    assert "pjlib" in call.stderr  # its lines still exist for whoever debugs, on stderr
    assert (tmp_path / "console.out").read_bytes() == b""  # the desktop console prints nothing
