"""`agent-console bench first-run`: how long a new agent waits on the console, not on their own
typing: (1) from starting a console that has no config file to the set-up assistant on screen,
(2) from the restart after the assistant's Finish to the test call ringing."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from console.bench.measures import summary
from console.config import Config
from console.first_run import MARKER
from console.process import console_status, start_console_process, stop_console, wait_for_ctl


def _assistant_shown(tmp: Path) -> float:
    """Seconds from process start to the assistant's window being there (asked with ctl screenshot)."""
    from console.ctl_client import CtlClient, NoConsoleRunning

    name = f"agent-console-bench-first-{os.getpid()}-{time.monotonic_ns()}"
    env = {**os.environ, "HOME": str(tmp), "XDG_CONFIG_HOME": str(tmp / ".config"),
           "AGENT_CONSOLE_DATA_DIR": str(tmp / "data"), "AGENT_CONSOLE_LOG_DIR": str(tmp / "log"),
           "AGENT_CONSOLE_CTL": name, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "console"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        while time.monotonic() - t0 < 60:
            if proc.poll() is not None:
                raise RuntimeError(f"the console exited with {proc.returncode}")
            client = CtlClient(name)
            try:
                client.connect()
                reply = client.request("screenshot", [str(tmp / "assistant.png"), "--window", "firstRunAssistant"])
                if reply.get("ok"):
                    return time.monotonic() - t0
            except NoConsoleRunning:
                pass
            finally:
                client.close()
            time.sleep(0.02)
        raise TimeoutError("the assistant did not show within 60 s")
    finally:
        stop_console(name, proc)


def _test_call_rings(tmp: Path) -> float:
    """Seconds from the restarted console's process start to the test call ringing in it."""
    (tmp / "data").mkdir(parents=True)
    (tmp / "data" / MARKER).write_text(json.dumps({"test_call": True}))
    t0 = time.monotonic()
    proc, ctl, _ = start_console_process(tmp)
    try:
        wait_for_ctl(ctl, proc)
        while time.monotonic() - t0 < 60:
            if any(c.get("state") == "ringing" for c in console_status(ctl).get("calls", [])):
                return time.monotonic() - t0
            time.sleep(0.02)
        raise TimeoutError("the test call did not ring within 60 s")
    finally:
        stop_console(ctl, proc)


def run(args, config: Config) -> int:
    shown, rings = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="agent-console-bench-") as tmp:
            shown.append(_assistant_shown(Path(tmp)) * 1000)
        with tempfile.TemporaryDirectory(prefix="agent-console-bench-") as tmp:
            rings.append(_test_call_rings(Path(tmp)) * 1000)
    print(json.dumps({"bench": "first-run",
                      "start_to_assistant_ms": summary(shown),  # no config file: process start to the assistant
                      "restart_to_test_call_ringing_ms": summary(rings),  # after Finish: process start to the ring
                      "runs": args.runs}, indent=2))
    return 0
