"""The `ctl` commands a running console understands, bound to the desk and the window."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from console.ctl_server import CtlError, CtlServer


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would exit the whole console
        raise CtlError(message)


def _parser(prog: str, *positional: str, **options: dict[str, Any]) -> _Parser:
    p = _Parser(prog=prog, add_help=False)
    for name in positional:
        p.add_argument(name)
    for name, kw in options.items():
        p.add_argument(f"--{name}", **kw)
    p.add_argument("--call", default="", help="call id; default: the current call")
    return p


def install(server: CtlServer, app) -> None:  # app: console.app.ConsoleApp (not imported: no cycle)
    desk, window, book = app.desk, app.window, app.book

    def current_call(explicit: str) -> str:
        call_id = explicit or book.current
        live = [c.call_id for c in book.live()]
        if not call_id:
            raise CtlError("there is no call")
        if call_id not in live:
            raise CtlError(f"no call {call_id!r} on the line (calls: {', '.join(live) or 'none'})")
        return call_id

    def phone():
        if desk.phone is None:
            raise CtlError(f"the phone is not running: {app.phone_problem or 'starting'}")
        return desk.phone

    def call_action(action: str, *extra: str):
        def handler(args: list[str]) -> dict[str, Any]:
            ns = _parser(action, *extra).parse_args(args)
            call_id = current_call(ns.call)
            values = [getattr(ns, e) for e in extra]
            if action == "mute":
                values = [not book[call_id].muted]
            getattr(phone(), action)(call_id, *values)
            return {"call_id": call_id, "action": action}
        return handler

    def status(args: list[str]) -> dict[str, Any]:
        return app.status()

    def dial(args: list[str]) -> dict[str, Any]:
        ns = _parser("dial", "target").parse_args(args)
        return {"call_id": phone().dial(ns.target)}

    def transfer(args: list[str]) -> dict[str, Any]:
        ns = _parser("transfer", "target", attended={"action": "store_true"}).parse_args(args)
        call_id = current_call(ns.call)
        if ns.attended:
            others = [c.call_id for c in book.live() if c.call_id != call_id]
            if not others:
                raise CtlError("an attended transfer needs a second call to the target: dial it first")
            phone().attended_transfer(call_id, others[-1])
        else:
            phone().transfer(call_id, ns.target)
        return {"call_id": call_id, "target": ns.target, "attended": ns.attended}

    def state(args: list[str]) -> dict[str, Any]:
        """`state` (what it is now), `state ready`, `state away [--reason R]`."""
        p = _Parser(prog="state", add_help=False)
        p.add_argument("choice", nargs="?", default="")
        p.add_argument("--reason", default="")
        ns = p.parse_args(args)
        if not ns.choice:
            return app.agent.fields()
        if ns.choice not in ("ready", "away"):
            raise CtlError(f"usage: state ready|away [--reason R] (got {ns.choice!r})")
        try:
            return app.agent.choose(ns.choice, ns.reason.strip())
        except ValueError as exc:
            raise CtlError(str(exc)) from None

    def screenshot(args: list[str]) -> dict[str, Any]:
        if len(args) != 1:
            raise CtlError("usage: screenshot FILE.png")
        path = Path(args[0])
        if not window.grab().save(str(path), "PNG"):
            raise CtlError(f"could not write {path}")
        return {"path": str(path), "width": window.width(), "height": window.height()}

    def quit_(args: list[str]) -> dict[str, Any]:
        app.quit_soon()
        return {"quitting": True}

    server.add_command("status", status)
    server.add_command("answer", call_action("answer"))
    server.add_command("reject", call_action("reject"))
    server.add_command("hangup", call_action("hangup"))
    server.add_command("hold", call_action("hold"))
    server.add_command("resume", call_action("resume"))
    server.add_command("mute", call_action("mute"))
    server.add_command("dtmf", call_action("dtmf", "digits"))
    server.add_command("dial", dial)
    server.add_command("transfer", transfer)
    server.add_command("state", state)
    server.add_command("screenshot", screenshot)
    server.add_command("quit", quit_)
