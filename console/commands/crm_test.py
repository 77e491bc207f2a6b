"""`agent-console crm test NAME NUMBER`: try one configured CRM adapter and show every request.

Why: an administrator writing a REST template (or setting up HubSpot, Salesforce, Zendesk,
Odoo) needs to see what was sent and what came back: method, URL, status, time, and the
customer card that resulted, with secrets masked (Authorization headers, API keys, tokens in
URLs). Nothing is written to the CRM.

Everything the CRM sent is printed as plain text (escape sequences and control characters
removed, so a hostile answer cannot recolour the terminal or set its title), numbers in error
texts are masked, and the whole test ends at ``--timeout`` seconds (default: a few times the
adapter's timeout_ms) however slowly the CRM answers.

Exit status: 0 customer found, 1 no match, 2 bad input (unknown adapter, not a number),
3 the adapter could not start, a request failed or the test ran out of time.
"""
from __future__ import annotations

import math
import sys
import time
from typing import Any

EXIT_MATCH, EXIT_NO_MATCH, EXIT_BAD_INPUT, EXIT_FAILED = 0, 1, 2, 3
DEADLINE_TIMES_TIMEOUT = 4  # the whole test may take this many times the adapter's timeout_ms


def add_subcommand(crm_subparsers) -> None:
    p = crm_subparsers.add_parser("test", help="run one CRM adapter's lookup and show each request and the card")
    p.add_argument("name", help="the adapter's name in [crm] adapters / [crm.NAME]")
    p.add_argument("number", help="a phone number to look up")
    p.add_argument("--bodies", action="store_true", help="also show request and answer bodies (secrets masked)")
    p.add_argument("--timeout", type=float, metavar="SECONDS",
                   help=f"stop the whole test after this many seconds (default: {DEADLINE_TIMES_TIMEOUT} times "
                        f"the adapter's timeout_ms)")
    p.set_defaults(func=run)


def _say(text: str, *, error: bool = False) -> None:
    """Print CRM-derived text: control characters out; in error texts, numbers masked too."""
    from crm_adapters.answer_checks import terminal_text
    from crm_adapters.privacy import scrub_numbers

    text = terminal_text(text)
    print(scrub_numbers(text) if error else text, file=sys.stderr if error else sys.stdout, flush=True)


def _print_trace(trace: Any, bodies: bool) -> None:
    _say(f"  {trace.line()}")
    if bodies:
        for name, value in trace.request_headers.items():
            _say(f"      > {name}: {value}")
        if trace.request_body:
            _say(f"      > {trace.request_body}")
        if trace.answer_preview:
            _say(f"      < {trace.answer_preview}")


async def _exercise(adapter: Any, number: Any, bodies: bool) -> tuple[Any, list[str], list[str]]:
    import asyncio  # here, not at the top: every `agent-console` command imports this module

    from crm_adapters.answer_checks import collect_notes
    from crm_adapters.privacy import scrub_numbers
    from crm_adapters.protocol import AdapterError
    from crm_adapters.vocabulary import CustomerCard, SourceState, SourceStatus

    notes = collect_notes()
    http = getattr(adapter, "http", None)
    requests: list[Any] = []
    if http is not None and hasattr(http, "add_listener"):
        http.add_listener(lambda trace: (requests.append(trace), _print_trace(trace, bodies)))
    else:
        print("  (this adapter does not report its requests)")
    ran: dict[str, list[str]] = {}
    if isinstance(getattr(adapter, "section_listeners", None), list):  # a REST template says what each section did
        adapter.section_listeners.append(lambda where, what: ran.setdefault(where, []).append(what))
    card = CustomerCard(number=number)
    failures: list[str] = []
    name = getattr(adapter, "name", "crm")
    started = time.perf_counter()
    try:
        print("Lookup:", flush=True)
        customers = await adapter.find_customers(number)
        if customers:
            card.customer, card.also_known_as = customers[0], customers[1:]
            print("Enrichment (card fields, history and open tasks, in parallel):", flush=True)
            details = getattr(adapter, "customer_details", None)

            async def more_fields() -> Any:
                return await details(customers[0]) if callable(details) else customers[0]

            history, tasks, customer = await asyncio.gather(
                adapter.history(customers[0]), adapter.open_tasks(customers[0]), more_fields(), return_exceptions=True)
            for what, result in (("history", history), ("open tasks", tasks), ("card fields", customer)):
                if isinstance(result, BaseException):
                    failures.append(f"{what}: {getattr(result, 'reason', None) or result}")
                elif what == "history":
                    card.history = list(result)
                elif what == "open tasks":
                    card.open_tasks = list(result)
                else:
                    card.customer = result
    except AdapterError as exc:
        failures.append(f"lookup: {exc.reason}")
    except Exception as exc:  # noqa: BLE001 - a third-party adapter may raise anything; show it
        failures.append(f"lookup: {type(exc).__name__}: {exc}")
    finally:
        try:
            await asyncio.wait_for(adapter.close(), 2.0)
        except Exception:  # noqa: BLE001 - closing must not hide the result
            pass
    elapsed = (time.perf_counter() - started) * 1000
    state = SourceState.UNAVAILABLE if failures else SourceState.OK if card.customer else SourceState.NOT_FOUND
    card.sources[name] = SourceStatus(name, state, scrub_numbers("; ".join(failures)), elapsed)
    card.complete = True
    print(f"Total: {elapsed:.0f} ms, {len(requests)} request(s)")
    if callable(getattr(adapter, "sections", None)):
        _print_sections(adapter.sections(), ran, found=card.customer is not None)
    return card, failures, notes


def _print_sections(sections: list[tuple[str, str]], ran: dict[str, list[str]], found: bool) -> None:
    """Which sections of the template ran, which were skipped and why, which are not there."""
    print("Sections:")
    for where, purpose in sections:
        if where in ran:
            what = "; ".join(dict.fromkeys(ran[where]))
        elif where.startswith("[write."):
            what = "not run: crm test never writes" if purpose == "write-back" else "skipped: not taken here"
        elif where == "[read.assigned_tasks]":
            what = "not run here (My tasks asks it)" if purpose == "My tasks" else "skipped"
        else:
            what = "skipped: no customer found" if not found else "skipped: nothing read it"
        _say(f"  {where:28} {purpose:38} {what}")


def deadline_s(args, config, table: dict) -> float:
    """--timeout, or a few times the adapter's own timeout_ms (its [crm.NAME] value, else [crm])."""
    if args.timeout is not None:
        return args.timeout
    own = table.get("timeout_ms")
    timeout_ms = own if isinstance(own, int) and not isinstance(own, bool) and own > 0 else config.crm.timeout_ms
    return DEADLINE_TIMES_TIMEOUT * timeout_ms / 1000.0


async def _within(work, seconds: float):
    import asyncio  # here, not at the top: every `agent-console` command imports this module

    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if not done:
        task.cancel()
        await asyncio.wait({task}, timeout=3.0)  # let it close its connections
        return None
    return task.result()


def run(args, config) -> int:
    import asyncio  # here, not at the top: every `agent-console` command imports this module

    from crm_adapters.numbers import normalise
    from crm_adapters.registry import AdapterProblem, create_adapters

    from console.card_text import card_as_text
    from console.crm_setup import adapter_context

    name = args.name
    configured = sorted(set(config.crm.tables) | set(config.crm.adapters))
    if name not in configured:
        _say(f"error: no CRM adapter '{name}' is configured (configured: {', '.join(configured) or 'none'}); "
             f"add [crm.{name}] to the config file", error=True)
        return EXIT_BAD_INPUT
    if args.timeout is not None and not (math.isfinite(args.timeout) and args.timeout > 0):
        _say("error: --timeout must be a positive number of seconds", error=True)
        return EXIT_BAD_INPUT
    number = normalise(args.number, config.default_region)
    if not number.e164:
        what = "a withheld caller ID" if number.withheld else "not a phone number"
        _say(f"error: {args.number!r} is {what} (default region {config.default_region})", error=True)
        return EXIT_BAD_INPUT
    table = dict(config.crm.tables.get(name, {}))
    [(_, adapter)] = create_adapters([name], {name: table}, adapter_context(config))
    if isinstance(adapter, AdapterProblem):
        _say(f"error: {adapter.reason}", error=True)
        return EXIT_FAILED
    seconds = deadline_s(args, config, table)
    print(f"CRM adapter '{name}' (type {table.get('type', name)}), number {number.e164}")
    outcome = asyncio.run(_within(_exercise(adapter, number, args.bodies), seconds))
    if outcome is None:
        _say(f"error: the test of '{name}' was stopped after {seconds:g} s: the CRM had not finished answering. "
             f"Check that the CRM is reachable and fast enough, or allow more time with --timeout SECONDS.",
             error=True)
        return EXIT_FAILED
    card, failures, notes = outcome
    print()
    _say(card_as_text(card))
    for text in notes:
        _say(f"note: {text}")
    for problem in failures:
        _say(f"error: {problem}", error=True)
    if failures:
        return EXIT_FAILED
    return EXIT_MATCH if card.customer else EXIT_NO_MATCH
