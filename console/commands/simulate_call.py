"""`agent-console simulate-call`: a customer as a SIP peer (see cti/simulated_customer.py)."""
from __future__ import annotations

import argparse
from typing import Any

from cti import simulated_customer


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "simulate-call",
        help="call a phone as a simulated customer (tone or WAV in, recording out)",
        description=simulated_customer.__doc__.split("\n")[0],
    )
    simulated_customer.add_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace, config: Any = None) -> int:
    """Place the call in this process (the CLI has no other softphone running)."""
    return simulated_customer.run_args(args)
