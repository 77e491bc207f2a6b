"""`agent-console bench …`: speed and memory measurements, JSON out.

    bench startup [--runs N]          cold start to a visible, answering window; idle RSS
    bench answer [--calls N]          INVITE-to-200 OK against a console phone answering automatically
    bench screenpop --contacts N --calls M [--crm-latency-ms L]   INVITE-to-card-painted
    bench team [--agents N] [--seconds S] [--url URL | --postgres]   change on one console to visible on a lead's board
    bench supervision [--seconds S]   the supervisor's extra audio delay, ctl monitor to first sound, agent CPU
    bench first-run [--runs N]        no config to the set-up assistant; the restart after it to the test call ringing

Only the command line lives here; the measuring code is in console/bench/, imported when a
bench runs (never when the console starts).
"""
from __future__ import annotations

import importlib

from console.config import Config


def register(subparsers) -> None:
    p = subparsers.add_parser("bench", help="benchmarks (JSON out)")
    sub = p.add_subparsers(dest="bench", metavar="WHAT", required=True)
    s = sub.add_parser("startup", help="cold start to a visible window, and idle memory")
    s.add_argument("--runs", type=int, default=5)
    s.add_argument("--json", action="store_true", help="(default) JSON out")
    s.set_defaults(func=_run("startup"))
    a = sub.add_parser("answer", help="INVITE-to-200 OK of a phone answering automatically")
    a.add_argument("--calls", type=int, default=100)
    a.add_argument("--target", default="", help="a SIP URI that answers automatically (default: start our own phone)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=_run("answer"))
    p = sub.add_parser("screenpop", help="INVITE-to-card-painted over real SIP calls into a console")
    p.add_argument("--contacts", type=int, default=10_000, help="customers in the local CRM")
    p.add_argument("--calls", type=int, default=100)
    p.add_argument("--crm-latency-ms", default="", help="add a REST CRM answering after this many ms, or 'never'")
    p.add_argument("--timeout-ms", type=int, default=1500, help="the CRM deadline ([crm] timeout_ms)")
    p.add_argument("--crm-down-after-restart", action="store_true",
                   help="the REST CRM only: ring each number while it answers, restart the console with the CRM "
                        "down, ring again: the first card from the disk cache")
    p.add_argument("--json", action="store_true", help="(default) JSON out")
    p.set_defaults(func=_run("screenpop"))
    t = sub.add_parser("team", help="change on one console to visible on a lead's board, many agents publishing")
    t.add_argument("--agents", type=int, default=200)
    t.add_argument("--seconds", type=float, default=20)
    t.add_argument("--change-every", type=float, default=5.0, help="each agent changes state this often (mean, s)")
    t.add_argument("--url", default="", help="the team database (default: a SQLite file of the bench's own)")
    t.add_argument("--postgres", action="store_true", help="start a throw-away PostgreSQL and use it")
    t.add_argument("--json", action="store_true", help="(default) JSON out")
    t.set_defaults(func=_run("team"))
    f = sub.add_parser("first-run", help="a console with no config to the set-up assistant; the restart after it "
                                         "to the test call ringing")
    f.add_argument("--runs", type=int, default=3)
    f.add_argument("--json", action="store_true", help="(default) JSON out")
    f.set_defaults(func=_run("first_run"))
    v = sub.add_parser("supervision", help="the delay the bridge adds for a supervisor, ctl monitor to first sound, "
                                           "the agent console's CPU with 0, 1 and 2 supervisors")
    v.add_argument("--seconds", type=float, default=5.0, help="length of each CPU sample (s)")
    v.add_argument("--json", action="store_true", help="(default) JSON out")
    v.set_defaults(func=_run("supervision"))


def _run(name: str):
    def run(args, config: Config) -> int:
        return importlib.import_module(f"console.bench.{name}").run(args, config)

    return run
