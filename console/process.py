"""A console in a process of its own: started with its own folders and control socket, waited
for until its socket answers, asked over `ctl`, and stopped with `ctl quit`.

Used by `agent-console bench` and by the tests; the desktop console itself never imports it.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def start_console_process(workdir: Path, extra_toml: str = "", env: dict | None = None) -> tuple[subprocess.Popen, str, Path]:
    """A console process with its own config/data; returns (process, ctl socket name, config path)."""
    from console.commands.demo import free_udp_port

    ctl = f"agent-console-child-{os.getpid()}-{time.monotonic_ns()}"
    cfg = workdir / "config.toml"
    if "[sip]" not in extra_toml:
        extra_toml = f'[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\n' + extra_toml
    if "[audio]" not in extra_toml:
        extra_toml += '\n[audio]\ncapture = "null"\nplayback = "null"\n'
    cfg.write_text(f'[paths]\ndata_dir = "{workdir / "data"}"\nlog_dir = "{workdir / "log"}"\n'
                   f'[ctl]\nname = "{ctl}"\n' + extra_toml, encoding="utf-8")
    proc_env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), **(env or {})}
    for name in ("AGENT_CONSOLE_CTL", "AGENT_CONSOLE_DATA_DIR", "AGENT_CONSOLE_LOG_DIR"):
        proc_env.pop(name, None)  # this console's folders and socket are the ones in its config
    # stderr to a file: a pipe nobody reads fills up and stalls the console mid-benchmark
    with open(workdir / "console.stderr", "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "console", "--config", str(cfg)], env=proc_env,
                                stdout=subprocess.DEVNULL, stderr=err)
    proc.stderr_path = workdir / "console.stderr"  # type: ignore[attr-defined]
    return proc, ctl, cfg


def wait_for_ctl(ctl: str, proc: subprocess.Popen, timeout_s: float = 30.0) -> float:
    """Wait until the console answers and is ready: its CRMs and phone started (`status` ready);
    the moment it was."""
    from console.ctl_client import CtlClient, NoConsoleRunning

    start = time.monotonic()
    while time.monotonic() - start < timeout_s:
        if proc.poll() is not None:
            tail = proc.stderr_path.read_text(errors="replace")[-2000:]  # type: ignore[attr-defined]
            raise RuntimeError(f"console exited with {proc.returncode}: {tail}")
        client = CtlClient(ctl)
        try:
            client.connect()
            reply = client.request("status", [])
            if reply.get("ok") and reply.get("result", {}).get("ready", True):
                return time.monotonic()
            time.sleep(0.01)
        except NoConsoleRunning:
            time.sleep(0.01)
        finally:
            client.close()
    raise TimeoutError("console did not answer in time")


def console_status(ctl: str) -> dict:
    from console.ctl_client import CtlClient

    client = CtlClient(ctl)
    try:
        client.connect()
        return client.request("status", []).get("result", {})
    finally:
        client.close()


def stop_console(ctl: str, proc: subprocess.Popen) -> None:
    from console.ctl_client import CtlClient, NoConsoleRunning

    client = CtlClient(ctl)
    try:
        client.connect()
        client.request("quit", [])
    except NoConsoleRunning:
        pass
    finally:
        client.close()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
