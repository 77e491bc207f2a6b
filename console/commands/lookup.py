"""`agent-console lookup NUMBER [--json]`: ask the configured CRMs once and print the card."""
from __future__ import annotations

import json
import sys

from console.config import Config

EXIT_MATCH, EXIT_NO_MATCH, EXIT_BAD_NUMBER = 0, 1, 2


def register(subparsers) -> None:
    p = subparsers.add_parser("lookup", help="run the configured CRM chain once and print the card")
    p.add_argument("number", help="a phone number as written, a tel: or sip: URI")
    p.add_argument("--json", action="store_true", help="print the card as JSON")
    p.set_defaults(func=run)


def run(args, config: Config) -> int:
    from console.card_text import card_as_text
    from console.crm_setup import build_crm

    try:
        crm = build_crm(config)
    except Exception as exc:  # an unreadable database or a broken install: say so, no traceback
        print(f"error: the CRM side cannot start: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3
    try:
        card = crm.runtime.submit(crm.chain.lookup(args.number)).result(timeout=config.crm.timeout_ms / 1000 + 10)
    finally:
        crm.close()
    if args.json:
        print(json.dumps(card.to_json(), ensure_ascii=False, indent=2))
    if card.number.withheld:
        if not args.json:
            print("error: that is a withheld/anonymous caller ID, not a number to look up", file=sys.stderr)
        return EXIT_BAD_NUMBER
    if not card.number.e164:
        if not args.json:
            print(f"error: {args.number!r} is not a phone number (default region {config.default_region})", file=sys.stderr)
        return EXIT_BAD_NUMBER
    if not args.json:
        print(card_as_text(card))
    return EXIT_MATCH if card.customer else EXIT_NO_MATCH
