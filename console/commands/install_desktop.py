"""`agent-console install-desktop [--uninstall]`: tel: and sip: links open in this console (Linux).

Windows and macOS register the links through the installer (docs/desktop-integration.md).
"""
from __future__ import annotations

import json
import sys

from console.config import Config


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "install-desktop", help="make tel: and sip: links open in this console (Linux desktops)",
        description="Writes agent-console.desktop to $XDG_DATA_HOME/applications (Exec: this program's "
        "'dial %%u', with the same --config) and makes it the default for tel: and sip: links (xdg-mime, or "
        "$XDG_CONFIG_HOME/mimeapps.list). Running it again changes nothing; --uninstall takes it back.",
    )
    p.add_argument("--uninstall", action="store_true", help="remove the entry and its tel:/sip: defaults")
    p.add_argument("--json", action="store_true", help="print what was done as JSON")
    p.set_defaults(func=run)


def run(args, config: Config) -> int:
    from console import desktop_entry
    from console.messages import say

    if not sys.platform.startswith("linux"):
        print(f"error: {say('desktop.not_linux')}", file=sys.stderr)
        return 2
    try:
        if args.uninstall:
            report = desktop_entry.uninstall()
        else:
            report = desktop_entry.install(desktop_entry.this_program(), config.path)
    except OSError as exc:
        where = exc.filename or desktop_entry.data_home()
        print(f"error: {say('desktop.cannot_write', path=where, reason=exc.strerror or exc)}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"changed": report.changed, "unchanged": report.unchanged}))
    else:
        for line in report.changed:
            print(line)
        if not report.changed:
            print("Nothing to change: " + ("; ".join(report.unchanged[-2:]) if report.unchanged else "all is in place"))
    return 0
