"""`agent-console lookup NUMBER [--json]`: ask the configured CRMs once and print the card.

What the CRMs sent is printed as plain text: escape sequences and control characters are
removed (in --json they are escaped), so a hostile CRM record cannot take over the terminal.
"""
from __future__ import annotations

import json
import re
import sys

from console.config import Config

EXIT_MATCH, EXIT_NO_MATCH, EXIT_BAD_NUMBER, EXIT_FAILED = 0, 1, 2, 3
_UNSAFE_IN_JSON = re.compile(r"[\x7f-\x9f\u2028\u2029]")  # json.dumps escapes C0 itself


def register(subparsers) -> None:
    p = subparsers.add_parser("lookup", help="run the configured CRM chain once and print the card")
    p.add_argument("number", help="a phone number as written, a tel: or sip: URI")
    p.add_argument("--json", action="store_true", help="print the card as JSON")
    p.set_defaults(func=run)


def _json_text(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def run(args, config: Config) -> int:
    from crm_adapters.answer_checks import terminal_text
    from crm_adapters.privacy import scrub_numbers

    from console.card_text import card_as_text
    from console.crm_setup import build_crm

    try:
        crm = build_crm(config)
    except Exception as exc:  # an unreadable database or a broken install: say so, no traceback
        print(f"error: the CRM side cannot start: {type(exc).__name__}: {scrub_numbers(terminal_text(str(exc)))}",
              file=sys.stderr)
        return EXIT_FAILED
    waited = config.crm.timeout_ms / 1000 + 10
    try:
        card = crm.runtime.run(crm.chain.lookup(args.number), timeout_s=waited)
    except TimeoutError:
        print(f"error: the CRMs gave no card within {waited:g} s; check [crm] timeout_ms and the CRMs' addresses",
              file=sys.stderr)
        return EXIT_FAILED
    finally:
        crm.close()
    if args.json:
        print(_json_text(card.to_json()))
    if card.number.withheld:
        if not args.json:
            print("error: that is a withheld/anonymous caller ID, not a number to look up", file=sys.stderr)
        return EXIT_BAD_NUMBER
    if not card.number.e164:
        if not args.json:
            print(f"error: {terminal_text(repr(args.number))} is not a phone number "
                  f"(default region {config.default_region})", file=sys.stderr)
        return EXIT_BAD_NUMBER
    if not args.json:
        print(terminal_text(card_as_text(card)))
    return EXIT_MATCH if card.customer else EXIT_NO_MATCH
