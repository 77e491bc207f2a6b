"""`agent-console dial tel:…|sip:…|NUMBER`: hand a number to the running console (click-to-dial).

The console is found the way `ctl` finds it (the same --config, the same socket). With none
running, one is started in the background (detached, the same --config) and the number is
dialled once its `ctl status` says it is ready.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time

from console.config import Config

READY_WITHIN_S = 60.0  # a console that is not ready by then will not be
MAX_TARGET_CHARS = 256


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "dial", help="hand a number or SIP address to the running console (click-to-dial)",
        description="Dial NUMBER (as people write it: \"0905 123 456\", \"+421 905 123 456\"), a tel: link or a "
        "sip: address in the running console (found as `ctl` finds it). With no console running, one is "
        "started with the same --config and dials once it is ready. Prints the call's id; exit status 0 when "
        "the call started, 1 when the console could not dial it (the reason is printed), 2 when no console "
        "could be reached or started.",
    )
    p.add_argument("target", nargs="+", help="tel:…, sip:…, a number or a colleague's id")
    p.add_argument("--json", action="store_true", help="print the console's raw answer")
    p.add_argument("--no-start", action="store_true", help="do not start a console when none is running")
    p.set_defaults(func=run)


def run(args, config: Config) -> int:
    import json

    from console.ctl_client import NoConsoleRunning, NotYourConsole
    from console.ctl_socket import socket_name

    target = " ".join(args.target).strip()
    if not target or len(target) > MAX_TARGET_CHARS:
        print("error: give one number or SIP address to dial (at most 256 characters).", file=sys.stderr)
        return 2
    name = socket_name(config.ctl_name, config.path)
    try:
        reply = _ask(name, "dial", [target])
    except NotYourConsole as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except NoConsoleRunning:
        if args.no_start:
            print("error: no console is running. Start it with 'agent-console'.", file=sys.stderr)
            return 2
        problem = _start_and_wait(name, config)
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
        try:
            reply = _ask(name, "dial", [target])
        except (NoConsoleRunning, NotYourConsole) as exc:
            print(f"error: the console started but stopped answering: {exc}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(reply, ensure_ascii=False))
    elif reply.get("ok"):
        print((reply.get("result") or {}).get("call_id", ""))
    else:
        print(f"error: {reply.get('error')}", file=sys.stderr)
    return 0 if reply.get("ok") else 1


def _ask(name: str, cmd: str, args: list[str]) -> dict:
    from console.ctl_client import CtlClient

    client = CtlClient(name)
    try:
        client.connect()
        return client.request(cmd, args)
    finally:
        client.close()


def _start_and_wait(name: str, config: Config) -> str:
    """Start a console in the background; "" once it says it is ready, else why not."""
    from console.ctl_client import NoConsoleRunning, NotYourConsole

    command = [sys.executable, "-m", "console"] + (["--config", str(config.path)] if config.path else [])
    log_file = config.log_dir / "started-for-dial.log"
    try:
        config.log_dir.mkdir(parents=True, exist_ok=True)
        with open(log_file, "ab") as err:
            options: dict = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL, "stderr": err}
            if os.name == "posix":
                options["start_new_session"] = True  # detached: it outlives this command and its terminal
            else:
                options["creationflags"] = getattr(subprocess, "DETACHED_PROCESS", 0) | getattr(
                    subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
            proc = subprocess.Popen(command, **options)
    except OSError as exc:
        return f"no console was running and one could not be started: {exc.strerror or exc}."
    deadline = time.monotonic() + READY_WITHIN_S
    pause = 0.05
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return (f"no console was running and the one started for dialling stopped (exit status "
                    f"{proc.returncode}). Run 'agent-console' to see why; its messages are in {log_file}.")
        try:
            reply = _ask(name, "status", [])
            if reply.get("ok") and (reply.get("result") or {}).get("ready", True):
                return ""
        except NoConsoleRunning:
            pass
        except NotYourConsole as exc:
            return str(exc)
        time.sleep(pause)  # polling a process that is starting: nothing to wait on but its socket
        pause = min(pause * 2, 0.5)
    return (f"no console was running and the one started for dialling was not ready within "
            f"{READY_WITHIN_S:.0f} seconds. Run 'agent-console' to see why; its messages are in {log_file}.")
