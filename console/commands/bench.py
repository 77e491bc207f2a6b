"""`agent-console bench …`: speed and memory measurements, JSON out.

    bench startup [--runs N]          cold start to a visible, answering window; idle RSS
    bench answer [--calls N]          INVITE-to-200 OK against a console phone answering automatically
    bench screenpop --contacts N --calls M [--crm-latency-ms L]   INVITE-to-card-painted
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from console.config import Config


def register(subparsers) -> None:
    p = subparsers.add_parser("bench", help="benchmarks (JSON out)")
    sub = p.add_subparsers(dest="bench", metavar="WHAT", required=True)
    s = sub.add_parser("startup", help="cold start to a visible window, and idle memory")
    s.add_argument("--runs", type=int, default=5)
    s.add_argument("--json", action="store_true", help="(default) JSON out")
    s.set_defaults(func=run_startup)
    a = sub.add_parser("answer", help="INVITE-to-200 OK of a phone answering automatically")
    a.add_argument("--calls", type=int, default=100)
    a.add_argument("--target", default="", help="a SIP URI that answers automatically (default: start our own phone)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_answer)
    try:
        from console.commands import bench_screenpop
    except ImportError:
        return
    bench_screenpop.register(sub)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50": round(statistics.median(values), 2) if values else None,
        "p95": round(percentile(values, 95), 2),
        "p99": round(percentile(values, 99), 2),
        "max": round(max(values), 2) if values else None,
    }


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    try:
        import psutil  # type: ignore[import-not-found]

        return round(psutil.Process(pid).memory_info().rss / 2**20, 1)
    except Exception:
        return None


def start_console_process(workdir: Path, extra_toml: str = "", env: dict | None = None) -> tuple[subprocess.Popen, str, Path]:
    """A console process with its own config/data; returns (process, ctl socket name, config path)."""
    from console.commands.demo import free_udp_port

    ctl = f"agent-console-bench-{os.getpid()}-{time.monotonic_ns()}"
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
    from console.ctl_client import CtlClient, NoConsoleRunning

    start = time.monotonic()
    while time.monotonic() - start < timeout_s:
        if proc.poll() is not None:
            tail = proc.stderr_path.read_text(errors="replace")[-2000:]  # type: ignore[attr-defined]
            raise RuntimeError(f"console exited with {proc.returncode}: {tail}")
        client = CtlClient(ctl)
        try:
            client.connect()
            if client.request("status", []).get("ok"):
                return time.monotonic()
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


def run_startup(args, config: Config) -> int:
    shown_ms, ready_ms, idle = [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="agent-console-bench-") as tmp:
            t0, wall0 = time.monotonic(), time.time()
            proc, ctl, _ = start_console_process(Path(tmp))
            try:
                ready = wait_for_ctl(ctl, proc)
                ready_ms.append((ready - t0) * 1000)
                shown_at = console_status(ctl).get("window_shown_at")
                if shown_at:
                    shown_ms.append((shown_at - wall0) * 1000)
                time.sleep(3)  # let the CRM and phone settle, then measure at rest
                idle.append(rss_mb(proc.pid) or float("nan"))
            finally:
                stop_console(ctl, proc)
    print(json.dumps({"bench": "startup",
                      "cold_start_to_window_ms": summary(shown_ms),  # process start to the window painted
                      "cold_start_to_ready_ms": summary(ready_ms),  # ... to CRMs, phone and ctl all answering
                      "idle_rss_mb": summary(idle), "runs": args.runs}, indent=2))
    return 0


def run_answer(args, config: Config) -> int:
    from cti.answer_bench import measure_answer_times

    with tempfile.TemporaryDirectory(prefix="agent-console-bench-") as tmp:
        if args.target:
            result = measure_answer_times(args.target, args.calls)
        else:
            from console.commands.demo import free_udp_port

            port = free_udp_port()
            proc, ctl, _ = start_console_process(
                Path(tmp), f'[sip]\nlisten = "127.0.0.1:{port}"\nauto_answer_s = 0\n'
                'max_calls_per_source = 10000\nrate_window_s = 1\n'  # the bench is one caller calling fast
                '[wrapup]\nmax_s = 0.1\n')  # an agent who is ready again right after each call
            try:
                wait_for_ctl(ctl, proc)
                time.sleep(1.0)
                before = rss_mb(proc.pid)
                result = measure_answer_times(f"sip:agent@127.0.0.1:{port}", args.calls)
                result["console_rss_mb_before"] = before
                result["console_rss_mb_after"] = rss_mb(proc.pid)
            finally:
                stop_console(ctl, proc)
    print(json.dumps({"bench": "answer", **result}, indent=2, default=str))
    return 0
