"""`agent-console ctl COMMAND …`: drive a running console through its control socket."""
from __future__ import annotations

import argparse

from console.config import Config


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "ctl", help="drive the running console (status, events, answer, dial, screenshot, quit, …)",
        description="Commands: status, events, answer, reject, hangup, hold, resume, mute, dtmf DIGITS, "
        "dial NUMBER|URI, transfer TARGET [--attended] (TARGET: a colleague's id or name, a number or a "
        "SIP address; your notes, the disposition so far and the customer go with the call), "
        "transfer --complete | --cancel (end an attended transfer: hand over, or back to the customer), "
        "note TEXT [--customer ID], disposition CODE, task TITLE --due ISO8601, tasks, outbox [retry], "
        "wrapup-done, state ready|away [--reason R], team [ask | join-answer yes|no], "
        "monitor AGENT_ID --mode listen|whisper|barge (listen in on a colleague's call: leads; trainees listen "
        "only), monitor --mode M (switch), monitor --stop, audit [--agent ID] [--limit N] (the supervision "
        "audit, leads), screenshot PNG, quit; "
        "help lists every command the running console answers, with its arguments. --json prints the raw answer. "
        "The console's socket is in your private runtime folder ($XDG_RUNTIME_DIR/agent-console/, or "
        "<temp folder>/agent-console-<uid>/ when that is not set); [ctl] name or AGENT_CONSOLE_CTL choose "
        "another name there; AGENT_CONSOLE_CTL may also be an absolute path in a folder only you can "
        "write to. A socket, folder or console that belongs to another user is refused and nothing is "
        "sent to it (exit status 2, as when no console runs).",
    )
    p.add_argument("command")
    p.add_argument("args", nargs=argparse.REMAINDER)
    p.set_defaults(func=run)


def run(args, config: Config) -> int:
    import os

    from console.ctl_client import run_ctl
    from console.ctl_socket import socket_name

    rest = [a for a in args.args if a != "--json"]
    as_json = len(rest) != len(args.args)
    if args.command == "screenshot" and rest:
        rest[0] = os.path.abspath(rest[0])  # the console may run in another directory
    return run_ctl(socket_name(config.ctl_name, config.path), args.command, rest, as_json)
