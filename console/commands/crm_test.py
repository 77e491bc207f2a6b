"""`agent-console crm test NAME NUMBER`: try one configured CRM adapter and show every request.

Why: an administrator writing a REST template (or setting up HubSpot, Salesforce, Zendesk,
Odoo) needs to see what was sent and what came back: method, URL, status, time, and the
customer card that resulted, with secrets masked (Authorization headers, API keys, tokens in
URLs). Nothing is written to the CRM.

Exit status: 0 customer found, 1 no match, 2 bad input (unknown adapter, not a number),
3 the adapter could not start or a request failed.
"""
from __future__ import annotations

import asyncio
import sys
import time
from typing import Any

EXIT_MATCH, EXIT_NO_MATCH, EXIT_BAD_INPUT, EXIT_FAILED = 0, 1, 2, 3


def add_subcommand(crm_subparsers) -> None:
    p = crm_subparsers.add_parser("test", help="run one CRM adapter's lookup and show each request and the card")
    p.add_argument("name", help="the adapter's name in [crm] adapters / [crm.NAME]")
    p.add_argument("number", help="a phone number to look up")
    p.add_argument("--bodies", action="store_true", help="also show request and answer bodies (secrets masked)")
    p.set_defaults(func=run)


def _print_trace(trace: Any, bodies: bool) -> None:
    print(f"  {trace.line()}")
    if bodies:
        for name, value in trace.request_headers.items():
            print(f"      > {name}: {value}")
        if trace.request_body:
            print(f"      > {trace.request_body}")
        if trace.answer_preview:
            print(f"      < {trace.answer_preview}")


async def _exercise(adapter: Any, number: Any, bodies: bool) -> tuple[Any, list[str]]:
    from crm_adapters.protocol import AdapterError
    from crm_adapters.vocabulary import CustomerCard, SourceState, SourceStatus

    http = getattr(adapter, "http", None)
    if http is not None and hasattr(http, "add_listener"):
        http.add_listener(lambda trace: _print_trace(trace, bodies))
    else:
        print("  (this adapter does not report its requests)")
    card = CustomerCard(number=number)
    failures: list[str] = []
    name = getattr(adapter, "name", "crm")
    started = time.perf_counter()
    try:
        print("Lookup:")
        customers = await adapter.find_customers(number)
        if customers:
            card.customer, card.also_known_as = customers[0], customers[1:]
            print("Enrichment (history and open tasks, in parallel):")
            history, tasks = await asyncio.gather(adapter.history(customers[0]), adapter.open_tasks(customers[0]),
                                                  return_exceptions=True)
            for what, result in (("history", history), ("open tasks", tasks)):
                if isinstance(result, BaseException):
                    failures.append(f"{what}: {getattr(result, 'reason', None) or result}")
                elif what == "history":
                    card.history = list(result)
                else:
                    card.open_tasks = list(result)
    except AdapterError as exc:
        failures.append(f"lookup: {exc.reason}")
    except Exception as exc:  # noqa: BLE001 - a third-party adapter may raise anything; show it
        failures.append(f"lookup: {type(exc).__name__}: {exc}")
    finally:
        await adapter.close()
    elapsed = (time.perf_counter() - started) * 1000
    state = SourceState.UNAVAILABLE if failures else SourceState.OK if card.customer else SourceState.NOT_FOUND
    card.sources[name] = SourceStatus(name, state, "; ".join(failures), elapsed)
    card.complete = True
    print(f"Total: {elapsed:.0f} ms")
    return card, failures


def run(args, config) -> int:
    from console.card_text import card_as_text
    from console.crm_setup import adapter_context
    from crm_adapters.numbers import normalise
    from crm_adapters.registry import AdapterProblem, create_adapters

    name = args.name
    configured = sorted(set(config.crm.tables) | set(config.crm.adapters))
    if name not in configured:
        print(f"error: no CRM adapter '{name}' is configured (configured: {', '.join(configured) or 'none'}); "
              f"add [crm.{name}] to the config file", file=sys.stderr)
        return EXIT_BAD_INPUT
    number = normalise(args.number, config.default_region)
    if not number.e164:
        what = "a withheld caller ID" if number.withheld else "not a phone number"
        print(f"error: {args.number!r} is {what} (default region {config.default_region})", file=sys.stderr)
        return EXIT_BAD_INPUT
    table = dict(config.crm.tables.get(name, {}))
    [(_, adapter)] = create_adapters([name], {name: table}, adapter_context(config))
    if isinstance(adapter, AdapterProblem):
        print(f"error: {adapter.reason}", file=sys.stderr)
        return EXIT_FAILED
    print(f"CRM adapter '{name}' (type {table.get('type', name)}), number {number.e164}")
    card, failures = asyncio.run(_exercise(adapter, number, args.bodies))
    print()
    print(card_as_text(card))
    for problem in failures:
        print(f"error: {problem}", file=sys.stderr)
    if failures:
        return EXIT_FAILED
    return EXIT_MATCH if card.customer else EXIT_NO_MATCH
