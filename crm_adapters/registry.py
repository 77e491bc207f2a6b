"""Find the installed CRM adapters and start the configured ones.

Why: a site adds its CRM by installing a package, not by patching the console. Every adapter,
built-in or third-party, is an entry point in the group ``agent_console.crm_adapters``
(the built-ins are declared in this project's pyproject.toml exactly like a third party's).

A ``[crm.NAME]`` table holding a secret (a token, password or key) is refused for every adapter:
secrets come from the keyring or the environment. A configured adapter that is not installed,
cannot be imported, or fails to start becomes an
:class:`AdapterProblem` with a sentence the agent or admin can act on; it never stops the
console, the other CRMs keep working.

Two instances of one adapter type get different names and say which type they are::

    [crm]          adapters = ["local", "eu_rest", "us_rest"]
    [crm.eu_rest]  type = "rest"   base_url = "https://eu.example.com"
    [crm.us_rest]  type = "rest"   base_url = "https://us.example.com"
"""
from __future__ import annotations

import importlib.metadata
import inspect
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Union

from crm_adapters.card_cache import CardCache
from crm_adapters.lookup_chain import LookupChain, describe_failure
from crm_adapters.problems import Problem
from crm_adapters.protocol import AdapterContext, AdapterFactory, CrmAdapter
from crm_adapters.secret_rule import secret_in_table

log = logging.getLogger(__name__)

GROUP = "agent_console.crm_adapters"
REQUIRED_METHODS = ("find_customers", "history", "open_tasks")

Factory = Union[importlib.metadata.EntryPoint, AdapterFactory]


@dataclass(frozen=True)
class AdapterProblem:
    """A configured CRM that is not working; ``reason`` is a whole sentence for people."""

    name: str
    reason: str  # English, for logs
    code: str = field(default="crm.adapter_unavailable", compare=False)  # for the console's sentence
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return self.reason


def available() -> dict[str, importlib.metadata.EntryPoint]:
    """Installed adapter types by name (sorted). If two packages claim one name, the first
    found wins and the clash is logged."""
    found: dict[str, importlib.metadata.EntryPoint] = {}
    for ep in importlib.metadata.entry_points(group=GROUP):
        if ep.name in found:
            if found[ep.name].value != ep.value:
                log.warning("two packages provide CRM adapter %r (%s and %s); using the first",
                            ep.name, found[ep.name].value, ep.value)
            continue
        found[ep.name] = ep
    return dict(sorted(found.items()))


def create_adapters(
    names: list[str],
    settings: Mapping[str, Mapping[str, Any]],
    context: AdapterContext,
    *,
    known: Mapping[str, Factory] | None = None,
) -> list[tuple[str, CrmAdapter | AdapterProblem]]:
    """Start each configured adapter, in ``names`` order (the priority order).

    ``settings[name]`` is that adapter's ``[crm.NAME]`` table; its optional ``type`` picks
    the installed adapter (default: the name itself) and is not passed on. The factory gets
    the rest of the table and a copy of ``context`` whose ``extra`` holds ``adapter_name``
    and ``adapter_type``. ``known`` replaces the installed adapters (embedding, tests).
    """
    known = available() if known is None else known
    started: list[tuple[str, CrmAdapter | AdapterProblem]] = []
    seen: set[str] = set()
    for name in names:
        if name in seen:
            started.append((name, AdapterProblem(name, f"CRM adapter '{name}' is listed twice in [crm] adapters",
                                                  code="crm.listed_twice", params={"adapter": name})))
            continue
        seen.add(name)
        started.append((name, _start(name, settings.get(name), context, known)))
    for name, outcome in started:
        if isinstance(outcome, AdapterProblem):
            log.warning("%s", outcome.reason)
    return started


def _start(name: str, table: Any, context: AdapterContext, known: Mapping[str, Factory]) -> CrmAdapter | AdapterProblem:
    if table is None:
        table = {}
    if not isinstance(table, Mapping):
        return AdapterProblem(name, f"settings of CRM adapter '{name}' must be a table ([crm.{name}]), "
                                    f"not {type(table).__name__}", code="crm.settings_not_table",
                              params={"adapter": name})
    table = dict(table)
    kind = table.pop("type", name)
    if not isinstance(kind, str) or not kind.strip():
        return AdapterProblem(name, f"CRM adapter '{name}' has an invalid type {kind!r} (use a name such as \"rest\")",
                              code="crm.bad_type", params={"adapter": name, "type": str(kind)[:40]})
    kind = kind.strip()
    refused = secret_in_table(name, table, kind)  # one rule for every adapter, built-in or not
    if refused:
        return AdapterProblem(name, refused, code="crm.secret_in_config", params={"adapter": name})
    factory = known.get(kind)
    if factory is None:
        choices = ", ".join(sorted(known)) or "none"
        what = f"CRM adapter '{name}'" if kind == name else f"CRM adapter '{name}' has type '{kind}', which"
        return AdapterProblem(name, f"{what} is not installed (known: {choices})", code="crm.not_installed",
                              params={"adapter": name, "type": kind, "known": choices})
    # an entry point — the standard library's, or the importlib_metadata backport's: once a package
    # such as keyring imports the backport, entry_points() hands out the backport's objects
    if not callable(factory) and callable(getattr(factory, "load", None)):
        try:
            factory = factory.load()
        except (Exception, SystemExit) as exc:  # noqa: BLE001 - a broken package must not stop the console
            return AdapterProblem(name, f"CRM adapter '{name}' could not be loaded: {describe_failure(exc)}",
                                  code="crm.not_loaded", params=_cause(name, exc))
    if not callable(factory):
        return AdapterProblem(name, f"CRM adapter '{name}' is installed wrongly: its entry point is not a function",
                              code="crm.installed_wrongly", params={"adapter": name})
    own_context = replace(context, extra={**context.extra, "adapter_name": name, "adapter_type": kind})
    try:
        adapter = factory(table, own_context)
    except (Exception, SystemExit) as exc:  # noqa: BLE001
        return AdapterProblem(name, f"CRM adapter '{name}' failed to start: {describe_failure(exc)}",
                              code="crm.failed_to_start", params=_cause(name, exc))
    if inspect.iscoroutine(adapter):
        adapter.close()
        return AdapterProblem(name, f"CRM adapter '{name}' is installed wrongly: its factory is async "
                                    "(it must return the adapter, not a coroutine)",
                              code="crm.installed_wrongly", params={"adapter": name})
    missing = [m for m in REQUIRED_METHODS if not callable(getattr(adapter, m, None))]
    if missing:
        return AdapterProblem(name, f"CRM adapter '{name}' is installed wrongly: its factory returned "
                                    f"{type(adapter).__name__}, which has no {', '.join(missing)}",
                              code="crm.installed_wrongly", params={"adapter": name})
    if getattr(adapter, "name", None) != name:
        try:
            adapter.name = name  # records and write-backs are addressed by the configured name
        except (AttributeError, TypeError):
            log.debug("CRM adapter %r keeps its own name %r", name, getattr(adapter, "name", None))
    return adapter


def _cause(name: str, exc: BaseException) -> dict[str, Any]:
    """The adapter, the failure in English, and its code when it has one (the console words it)."""
    params: dict[str, Any] = {"adapter": name, "detail": describe_failure(exc)}
    if isinstance(exc, Problem):
        params.update(cause_code=exc.code, cause_params=exc.params)
    return params


def working(started: list[tuple[str, CrmAdapter | AdapterProblem]]) -> list[tuple[str, CrmAdapter]]:
    """Only the adapters that started, in order: what :class:`LookupChain` takes."""
    return [(name, a) for name, a in started if not isinstance(a, AdapterProblem)]


def problems(started: list[tuple[str, CrmAdapter | AdapterProblem]]) -> list[AdapterProblem]:
    return [a for _, a in started if isinstance(a, AdapterProblem)]


def timeouts(names: list[str], settings: Mapping[str, Mapping[str, Any]]) -> dict[str, int]:
    """Per-adapter ``timeout_ms`` from ``[crm.NAME]`` tables (positive integers only)."""
    found: dict[str, int] = {}
    for name in names:
        table = settings.get(name)
        value = table.get("timeout_ms") if isinstance(table, Mapping) else None
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            found[name] = value
        elif value is not None:
            log.warning("ignoring [crm.%s] timeout_ms = %r: it must be a positive number of milliseconds", name, value)
    return found


def build_lookup_chain(
    names: list[str],
    settings: Mapping[str, Mapping[str, Any]],
    context: AdapterContext,
    *,
    timeout_ms: int = 1500,
    cache: CardCache | None = None,
    known: Mapping[str, Factory] | None = None,
) -> tuple[LookupChain, list[AdapterProblem]]:
    """``[crm]`` settings to a ready chain: what the console and ``agent-console lookup`` do.
    Adapters that could not start stay in the chain as permanently unavailable sources, so
    every card says what is missing; the problems are also returned for the status bar."""
    started = create_adapters(names, settings, context, known=known)
    first_of_each: dict[str, CrmAdapter | AdapterProblem] = {}
    for name, outcome in started:  # a name listed twice: its second entry is only a problem
        first_of_each.setdefault(name, outcome)
    chain = LookupChain(
        list(first_of_each.items()),  # type: ignore[arg-type] - problems are welcome, see LookupChain
        timeout_ms=timeout_ms,
        default_region=context.default_region,
        cache=cache,
        per_adapter_timeout_ms=timeouts(names, settings),
    )
    return chain, problems(started)
