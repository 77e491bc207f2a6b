"""Run the real console process with the flaky test CRM installed, and drive it over `ctl`.

The adapter is "installed" the way pip would: a ``*.dist-info`` folder with an entry point in
a directory on the console's ``PYTHONPATH``; the console finds it through the registry like any
third-party adapter.
"""
from __future__ import annotations

import os
import signal
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from console.ctl_client import CtlClient, NoConsoleRunning

from harness.consoles import start_console_process, wait_for_ctl

HERE = Path(__file__).parent


def install_flaky_adapter(site: Path) -> Path:
    info = site / "flaky_test_crm-1.0.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: flaky-test-crm\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[agent_console.crm_adapters]\nflaky_test_crm = flaky_crm_adapter:create\n", encoding="utf-8")
    return site


def console_toml(crm_url: str, extra: str = "") -> str:
    return (f'[agent]\nid = "jana"\nname = "Jana Nováková"\n'
            f'[crm]\nadapters = ["local", "flaky"]\ntimeout_ms = 1500\n'
            f'[crm.flaky]\ntype = "flaky_test_crm"\nurl = "{crm_url}"\ntimeout_s = 5\n'
            f'[outbox]\ntimeout_s = 1\nfirst_retry_s = 0.1\nmax_retry_s = 1\n' + extra)


class Console:
    """One console process; ``start()`` again after ``kill()`` reuses the same data folder."""

    def __init__(self, workdir: Path, crm_url: str, extra_toml: str = "") -> None:
        self.workdir = workdir
        self.toml = console_toml(crm_url, extra_toml)
        self.site = install_flaky_adapter(workdir / "site")
        self.proc: subprocess.Popen | None = None
        self.ctl_name = ""
        self._client: CtlClient | None = None

    @property
    def db_path(self) -> Path:
        return self.workdir / "data" / "console.db"

    def start(self) -> Console:
        env = {"PYTHONPATH": os.pathsep.join([str(self.site), str(HERE), os.environ.get("PYTHONPATH", "")]),
               "AGENT_CONSOLE_DATA_DIR": str(self.workdir / "data"), "AGENT_CONSOLE_LOG_DIR": str(self.workdir / "log")}
        self.proc, self.ctl_name, _ = start_console_process(self.workdir, self.toml, env)
        wait_for_ctl(self.ctl_name, self.proc, timeout_s=60)
        self.wait_for(lambda: self.ctl("outbox", check=False).get("ok"), what="outbox ready")
        return self

    def ctl(self, cmd: str, *args: str, check: bool = True) -> dict[str, Any]:
        if self._client is None:
            self._client = CtlClient(self.ctl_name)
            self._client.connect()
        reply = self._client.request(cmd, list(args))
        if check and not reply.get("ok"):
            raise AssertionError(f"ctl {cmd} {args}: {reply.get('error')}")
        return reply

    def result(self, cmd: str, *args: str) -> dict[str, Any]:
        return self.ctl(cmd, *args)["result"]

    def wait_for(self, check, timeout_s: float = 60.0, what: str = "condition"):
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                value = check()
            except NoConsoleRunning:
                value = None
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}")

    def kill(self) -> None:
        """SIGKILL: no clean-up code of the console runs."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def terminate(self) -> int:
        """SIGTERM, as a logout or a service manager sends it; returns the exit status."""
        if self._client is not None:
            self._client.close()
            self._client = None
        os.kill(self.proc.pid, signal.SIGTERM)
        return self.proc.wait(30)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            self.ctl("quit", check=False)
        except NoConsoleRunning:
            pass
        if self._client is not None:
            self._client.close()
            self._client = None
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.kill()


@contextmanager
def desk_console(workdir: Path, crm_url: str, sip_extra: str = ""):
    """A console on its own SIP port with null audio and an event reader:
    yields (console, events, the console's SIP URI); checks it quit cleanly."""
    from harness.consoles import free_udp_port
    from harness.ctl_events import Events

    port = free_udp_port()
    console = Console(workdir, crm_url, f'[sip]\nlisten = "127.0.0.1:{port}"\n{sip_extra}'
                                        '[audio]\ncapture = "null"\nplayback = "null"\n').start()
    events = Events(console.ctl_name)
    events.start()
    try:
        yield console, events, f"sip:agent@127.0.0.1:{port}"
    finally:
        events.close()
        console.stop()
    assert console.proc.returncode == 0, (workdir / "console.stderr").read_text(errors="replace")[-3000:]
