"""`agent-console records purge`: delete the team's call records older than the retention.

The running consoles do the same on start and daily; this is for a cron job or an administrator
(a console need not run). Each deletion goes to the supervision audit, written by this agent.
"""
from __future__ import annotations

import json
import sys
import time

from console.config import Config


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "records", help="the team's call records: purge those older than [recording] retention_days",
        description="purge: delete the call records in the team store ([team] url) that began more than "
        "[recording] retention_days ago (or --days), each written to the supervision audit. Prints how many "
        "went; exit status 0, or 1 when the team store could not be reached.",
    )
    p.add_argument("action", choices=["purge"])
    p.add_argument("--days", type=float, default=None, help="instead of [recording] retention_days")
    p.add_argument("--json", action="store_true", help="print the deleted records' ids as JSON")
    p.set_defaults(func=run)


def run(args, config: Config) -> int:
    from crm_adapters.store.team import TeamStore
    from crm_adapters.store.team.call_records import CallRecords, purge

    days = config.recording.retention_days if args.days is None else args.days
    if not days or days <= 0:
        print("Nothing to purge: [recording] retention_days is 0 (records are kept).", file=sys.stderr)
        return 0
    try:
        store = TeamStore(config.team_url, config.data_dir)
    except Exception as exc:  # noqa: BLE001 - said in a sentence, never a traceback
        print(f"The team store could not be opened ({type(exc).__name__}); check [team] url.", file=sys.stderr)
        return 1
    try:
        gone = purge(CallRecords(store.engine), days, config.agent.id, time.time())
    except Exception as exc:  # noqa: BLE001
        print(f"The team store did not answer ({type(exc).__name__}); nothing more was deleted.", file=sys.stderr)
        return 1
    finally:
        store.close()
    if args.json:
        print(json.dumps({"deleted": [r.id for r in gone], "days": days}))
    else:
        print(f"{len(gone)} call records older than {days:g} days deleted.")
    return 0
