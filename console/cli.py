"""`agent-console`: the desktop console and its command-line tools (see DESIGN.md, "Command line")."""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

COMMAND_MODULES = ["demo", "lookup", "simulate_call", "ctl", "dial", "crm", "bench", "doctor", "supervision_keys", "records",
                   "install_desktop"]


def _version() -> str:
    try:
        return version("agent-console")
    except PackageNotFoundError:
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agent-console",
        description="Desktop console for phone agents. Without a command, starts the console.",
    )
    parser.add_argument("--config", type=Path, help="config file (default: the platform's config directory)")
    parser.add_argument("--version", action="version", version=f"agent-console {_version()}")
    parser.add_argument("-v", "--verbose", action="store_true", help="also log to the terminal")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"console.commands.{name}")
        except ImportError as exc:  # a half-installed optional part must not break the rest
            logging.getLogger(__name__).debug("command %s unavailable: %s", name, exc)
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from console.private_files import make_private, private_umask

    private_umask()  # first: the database, logs and recordings hold customers' data
    from console.config import ConfigError, load_config
    from console.logs import setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    make_private(config.data_dir, config.log_dir, config.sip.record_dir)
    setup_logging(config.log_dir, to_stderr=args.verbose)
    func = getattr(args, "func", None)
    try:
        if func is None:
            _prefer_offscreen_without_display()
            from console.app import run_console
            from console.first_run import offer_on_first_start, restart_now, restart_requested

            first_start = args.config is None and config.path is None  # no config file anywhere yet
            code = run_console(config, after_start=offer_on_first_start if first_start else None)
            if code == 0 and restart_requested():  # the set-up assistant saved new settings
                restart_now()
            return code
        return int(func(args, config) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `agent-console lookup … | head`
        sys.stderr.close()
        return 0


def _prefer_offscreen_without_display() -> None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


if __name__ == "__main__":
    raise SystemExit(main())
