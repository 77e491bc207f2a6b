"""`agent-console demo`: a self-contained demonstration on this machine.

Seeds a local CRM in a temporary folder, starts the console for direct calls on loopback, and
has a simulated customer (a separate SIP process) ring it. Without a display it runs offscreen,
writes a screenshot of the ringing call with the customer's card, and exits.

Whatever way it ends (done, Ctrl+C, SIGTERM, SIGHUP, an error), it stops its simulated customer
and removes its temporary folder (the customer's temporary files are made inside it too).
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from console.config import Config

DEMO_CALLER = "0905 123 456"  # Ján Kováč, VIP, in the demo data
DEMO_NAME = "Ján Kováč"


def register(subparsers) -> None:
    p = subparsers.add_parser("demo", help="seeded CRM, console on loopback, a simulated customer calls in")
    p.add_argument("--screenshot", type=Path, help="write a PNG of the window once the card is shown, then exit")
    p.add_argument("--caller", default=DEMO_CALLER, help="the number the simulated customer calls from")
    p.add_argument("--keep", action="store_true", help="keep running after the screenshot")
    p.set_defaults(func=run)


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def demo_config(base: Config, workdir: Path) -> Config:
    port = free_udp_port()
    sip = replace(base.sip, listen=f"127.0.0.1:{port}", registrar="", user="agent", auto_answer_s=None)
    audio = replace(base.audio, capture="null", playback="null")
    agent = replace(base.agent, id="jana", name="Jana Nováková")
    crm = replace(base.crm, adapters=("local",), tables={"local": {"url": ""}})
    return replace(base, sip=sip, audio=audio, agent=agent, crm=crm, data_dir=workdir / "data",
                   ctl_name=base.ctl_name or f"demo-{os.getpid()}")  # short: a socket path has a size limit


class _Stopped(SystemExit):
    """SIGTERM or SIGHUP before the console's own signal handling is in place."""


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise _Stopped(128 + signum)


def run(args, config: Config) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="agent-console-demo-"))
    caller: list[subprocess.Popen] = []
    stop_signals = [getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    previous = {sig: signal.signal(sig, _exit_on_signal) for sig in stop_signals}
    try:
        return _run(args, config, workdir, caller)
    finally:
        for sig in stop_signals:  # cleaning up is short and must not be cut off half-way
            signal.signal(sig, signal.SIG_IGN)
        _stop_customer(caller)
        shutil.rmtree(workdir, ignore_errors=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _stop_customer(caller: list[subprocess.Popen]) -> None:
    for proc in caller:
        if proc.poll() is None:
            proc.terminate()  # the customer hangs up and ends
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _run(args, config: Config, workdir: Path, caller: list[subprocess.Popen]) -> int:
    headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if args.screenshot is None:
            args.screenshot = Path("demo.png")
            print("No display: running offscreen; the screenshot goes to demo.png")
    cfg = demo_config(config, workdir)

    from crm_adapters.local.database import open_database
    from crm_adapters.local.demo_data import seed_demo

    try:
        db = open_database(cfg.crm_local_url, cfg.data_dir)
        print(f"Demo CRM: {seed_demo(db)} customers in {cfg.data_dir} (removed when the demo ends)")
        db.close()
    except Exception as exc:  # a broken install or a full disk: say so, no traceback
        print(f"error: the demo CRM cannot be created in {cfg.data_dir}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1

    from console.app import run_console

    def after_start(app) -> None:
        from PySide6.QtCore import QTimer

        def ring() -> None:
            if app.desk.phone is None:
                print(f"error: the console's phone did not start: {app.phone_problem}", file=sys.stderr)
                app.quit_soon()
                return
            caller.append(subprocess.Popen([
                sys.executable, "-m", "cti.simulated_customer", f"sip:agent@{cfg.sip.listen}",
                "--from", args.caller, "--name", DEMO_NAME, "--tone", "440", "--duration", "60",
            ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "TMPDIR": str(workdir)}))
            print(f"A customer is calling from {args.caller} …")

        def on_event(event: dict) -> None:
            if event["type"] == "card.shown":
                print(f"Card shown after {event['latency_ms']} ms from the INVITE: {event.get('customer') or 'unknown caller'}")
            if event["type"] in ("card.shown", "card.updated") and event.get("complete") and args.screenshot:
                QTimer.singleShot(300, shoot)

        def shoot() -> None:
            if args.screenshot and not getattr(app, "demo_shot", False):
                app.demo_shot = True
                app.window.grab().save(str(args.screenshot), "PNG")
                print(f"Screenshot: {args.screenshot}")
                if not args.keep:
                    app.quit_soon()

        app.hub.published.connect(on_event)
        QTimer.singleShot(300, ring)
        if args.screenshot and not args.keep:
            QTimer.singleShot(30000, lambda: (print("error: no card within 30 s", file=sys.stderr), app.qt.exit(1)))

    return run_console(cfg, after_start=after_start)
