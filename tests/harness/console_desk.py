"""A console process that tests drive by `ctl` (the command line, JSON out) and whose events
they read: started with its own config and folders, stopped (or found killed) at the end.
The team, ring-group and supervision tests build their desks on it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from harness.consoles import start_console_process, stop_console, wait_for_ctl
from harness.ctl_events import Events


def ctl(name: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """`agent-console ctl ARGS --json` against the console whose socket is ``name``."""
    return subprocess.run([sys.executable, "-m", "console", "ctl", *args, "--json"], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "AGENT_CONSOLE_CTL": name})


def result(name: str, *args: str) -> dict:
    out = ctl(name, *args)
    assert out.returncode == 0, out.stdout + out.stderr
    return json.loads(out.stdout)["result"]


class ConsoleDesk:
    """One console process started with ``toml`` (and ``env``); ready once its `ctl` says so."""

    def __init__(self, folder: Path, toml: str, env: dict[str, str] | None = None) -> None:
        folder.mkdir(parents=True)
        self.folder = folder
        self.proc, self.ctl, _ = start_console_process(folder, toml, env=env)
        self.events: Events | None = None
        wait_for_ctl(self.ctl, self.proc)
        self.events = Events(self.ctl)
        self.events.start()

    def result(self, *args: str) -> dict:
        return result(self.ctl, *args)

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return ctl(self.ctl, *args)

    def close(self) -> None:
        if self.events is not None:
            try:
                self.events.close()
            except OSError:  # the console was killed: its socket is gone already
                pass
            self.events = None
        if self.proc.poll() is None:
            stop_console(self.ctl, self.proc)
