"""The `ctl` commands a running console understands, bound to the desk and the window, and the
window's call hotkeys (answer, hang up, hold, mute) that do the same as their commands."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from console.ctl_server import CtlError
from console.features import CtlCommand, Features, Hotkey, Owned


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


def install(features: Features | Owned, app) -> None:  # app: console.app.ConsoleApp (not imported: no cycle)
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

    def language(args: list[str]) -> dict[str, Any]:
        from console.languages import CHOICES, UnknownLanguage

        if len(args) > 1:
            raise CtlError(f"name one language: {'|'.join(CHOICES)}")
        if args:
            try:
                app.use_language(args[0])
            except UnknownLanguage as exc:
                raise CtlError(str(exc)) from None
        return {"ui_language": app.languages.code}

    from console.dialling import CannotDial, Dialling

    dialling = Dialling.of(app)  # one path for the dial box, "Call back" and `ctl dial`
    window.call_panel.dialler = lambda target: dialling.try_dial(target, "dial box")

    def dial(args: list[str]) -> dict[str, Any]:
        p = _Parser(prog="dial", add_help=False)
        p.add_argument("target", nargs="+")  # "0905 123 456" may arrive as three words
        target = " ".join(p.parse_args(args).target)
        try:
            return {"call_id": dialling.dial(target, "ctl"), "target": dialling.address(target)}
        except CannotDial as exc:
            raise CtlError(str(exc)) from None

    def transfer(args: list[str]):
        """`transfer TARGET [--attended]` (TARGET: a colleague's id or name, a number, a SIP
        address); `transfer --complete` / `transfer --cancel` end an attended transfer."""
        p = _Parser(prog="transfer", add_help=False)
        p.add_argument("target", nargs="?", default="")
        for flag in ("attended", "complete", "cancel"):
            p.add_argument(f"--{flag}", action="store_true")
        p.add_argument("--call", default="")
        ns = p.parse_args(args)
        transfers = getattr(app, "transfers", None)
        if transfers is None:
            raise CtlError("transfers are not available in this console (console.transfers is not installed)")
        from console.transfers import TransferProblem

        try:
            if ns.complete or ns.cancel:
                if ns.target or ns.attended or (ns.complete and ns.cancel):
                    raise CtlError("usage: transfer TARGET [--attended] | transfer --complete | transfer --cancel")
                return (transfers.complete if ns.complete else transfers.cancel)(ns.call)
            if not ns.target:
                raise CtlError("usage: transfer TARGET [--attended] (a colleague's id or name, a number or a SIP "
                               "address) | transfer --complete | transfer --cancel")
            return transfers.start(current_call(ns.call), ns.target, ns.attended)
        except TransferProblem as exc:
            raise CtlError(str(exc)) from None

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
        if len(args) == 3 and args[1] == "--window":
            from PySide6.QtWidgets import QApplication

            shown = {w.objectName(): w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName()}
            if args[2] not in shown:
                raise CtlError(f"no open window {args[2]!r}; open: {', '.join(sorted(shown)) or 'none'}")
            target = shown[args[2]]
        elif len(args) == 1:
            target = window
        else:
            raise CtlError("usage: screenshot FILE.png [--window NAME]")
        path = Path(args[0])
        if not target.grab().save(str(path), "PNG"):
            raise CtlError(f"could not write {path}")
        return {"path": str(path), "width": target.width(), "height": target.height()}

    def help_(args: list[str]) -> dict[str, Any]:
        """What this console answers: every command its features registered, with its arguments."""
        return {c.name: " — ".join(part for part in (c.args, c.help) if part)
                for c in sorted(app.features.all(CtlCommand), key=lambda c: c.name)}

    def quit_(args: list[str]) -> dict[str, Any]:
        app.quit_soon()
        return {"quitting": True}

    call = "[--call ID]"
    for command in (
        CtlCommand("status", status, "the console's state: agent, phone, CRM, calls"),
        CtlCommand("language", language, "the window's language, or switch it (calls go on)",
                   "[auto|en|sk|cs|ro|ru]"),
        CtlCommand("answer", call_action("answer"), "answer the ringing call", call),
        CtlCommand("reject", call_action("reject"), "refuse the ringing call", call),
        CtlCommand("hangup", call_action("hangup"), "end the call", call),
        CtlCommand("hold", call_action("hold"), "put the call on hold", call),
        CtlCommand("resume", call_action("resume"), "take the call off hold", call),
        CtlCommand("mute", call_action("mute"), "mute or unmute the microphone on the call", call),
        CtlCommand("dtmf", call_action("dtmf", "digits"), "send key tones", f"DIGITS {call}"),
        CtlCommand("dial", dial, "call a number or SIP address", "NUMBER|URI"),
        CtlCommand("transfer", transfer, "hand the call over to a colleague (id or name), a number or a SIP "
                   "address, with your notes; --attended: talk to them first, then --complete or --cancel",
                   f"TARGET [--attended] | --complete | --cancel {call}"),
        CtlCommand("state", state, "the agent's state; choose ready or away", "[ready|away [--reason R]]"),
        CtlCommand("screenshot", screenshot, "a picture of the window (or of an open dialog)", "FILE.png [--window NAME]"),
        CtlCommand("quit", quit_, "close the console"),
        CtlCommand("help", help_, "the commands this console answers"),
    ):
        features.add(command)

    def hotkey(action: str):
        def press() -> None:
            try:
                if action == "hold":  # one key: hold, or take off hold
                    held = book.get(current_call(""))
                    call_action("resume" if held is not None and held.state == "held" else "hold")([])
                elif action == "answer":  # the ringing call, even with another one in front
                    ringing = [c.call_id for c in book.live() if c.state == "ringing"]
                    call_action("answer")(["--call", ringing[-1]] if ringing else [])
                else:
                    call_action(action)([])
            except CtlError as exc:
                window.statusBar().showMessage(f"{action.capitalize()}: {exc}.", 6000)
        return press

    for name, keys, what in (("answer", "Ctrl+Shift+A", QT_TRANSLATE_NOOP("Shortcuts", "Answer the ringing call")),
                             ("hangup", "Ctrl+Shift+E", QT_TRANSLATE_NOOP("Shortcuts", "End the call")),
                             ("hold", "Ctrl+Shift+H", QT_TRANSLATE_NOOP("Shortcuts", "Hold the call, or take it off hold")),
                             ("mute", "Ctrl+Shift+M", QT_TRANSLATE_NOOP("Shortcuts", "Mute or unmute the microphone"))):
        features.add(Hotkey(name, keys, hotkey(name), what))
