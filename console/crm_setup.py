"""Builds the CRM side from the configuration: adapters, the lookup chain and its runtime.

Shared by the desktop console and the command-line tools (`lookup`, `bench`), so both ask the
CRMs the same way.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from crm_adapters.card_cache import CardCache, DiskCards
from crm_adapters.lookup_chain import LookupChain
from crm_adapters.outbox import SameTransactionCrm
from crm_adapters.protocol import AdapterContext, CrmAdapter
from crm_adapters.registry import AdapterProblem, build_lookup_chain
from crm_adapters.runtime import CrmRuntime
from crm_adapters.store.database import Database
from crm_adapters.store.workstation import open_workstation

from console.config import Config
from console.secrets import get_secret

log = logging.getLogger(__name__)


@dataclass
class CrmSide:
    runtime: CrmRuntime
    chain: LookupChain
    adapters: list[tuple[str, CrmAdapter]]
    problems: dict[str, str] = field(default_factory=dict)  # adapter name -> why it is missing
    database: Database | None = None  # this workstation's SQLite: outbox, drafts, call log (and the local CRM by default)
    same_transaction: SameTransactionCrm | None = None  # a CRM in that same file: written in the save itself

    def summary(self) -> str:
        names = [name for name, _ in self.adapters]
        text = ", ".join(names) if names else "none"
        if self.problems:
            text += " · unavailable: " + ", ".join(self.problems)
        return text

    def close(self) -> None:
        self.runtime.stop()
        if self.database is not None:
            self.database.close()


def adapter_context(config: Config, database: Database | None = None) -> AdapterContext:
    extra: dict = {"database": database} if database is not None else {}  # for a local CRM without a url
    if config.path is not None:
        extra["config_dir"] = config.path.parent  # relative template paths are read from there
    return AdapterContext(
        default_region=config.default_region,
        data_dir=config.data_dir,
        secret=get_secret,
        agent_id=config.agent.id,
        extra=extra,
    )


def build_crm(config: Config, *, cards_on_disk: bool = False) -> CrmSide:
    """``cards_on_disk``: the desktop console's card cache survives restarts (the workstation
    database); a one-off command (`lookup`, `doctor`) asks the CRMs as they are now."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    database = open_workstation(config.data_dir)
    runtime = CrmRuntime()
    runtime.start()
    settings = {name: dict(table) for name, table in config.crm.tables.items()}
    chain, problems = build_lookup_chain(
        list(config.crm.adapters), settings, adapter_context(config, database),
        timeout_ms=config.crm.timeout_ms, cache=card_cache(config, database) if cards_on_disk else CardCache(),
    )
    for problem in problems:
        log.warning("CRM adapter %s unavailable: %s", problem.name, problem.reason)
    runtime.own(chain)
    adapters = [(name, a) for name, a in chain.adapters if not isinstance(a, AdapterProblem)]
    return CrmSide(runtime=runtime, chain=chain, adapters=adapters,
                   problems={p.name: p.reason for p in problems}, database=database,
                   same_transaction=_in_same_file(adapters, database))


def card_cache(config: Config, database: Database) -> CardCache:
    """The card cache, kept on disk for ``[crm] cache_ttl_hours`` (0 = in memory only, and what
    an earlier run kept is purged). Reads the disk: call it off the GUI thread."""
    hours = config.crm.cache_ttl_hours
    cache = CardCache(ttl_s=hours * 3600.0) if hours else CardCache()
    try:
        if hours:
            cache.keep_on_disk(DiskCards(database))
        else:
            DiskCards(database).purge()
    except Exception as exc:  # noqa: BLE001 - without the disk the cache still works in memory
        log.warning("the card cache on disk is not available: %s", type(exc).__name__)
    return cache


def _in_same_file(adapters: list[tuple[str, CrmAdapter]], database: Database) -> SameTransactionCrm | None:
    """The first CRM whose tables are in the workstation file (the local CRM without a url)."""
    for _name, adapter in adapters:
        records_in = getattr(adapter, "records_in", None)
        writer = records_in(database) if callable(records_in) else None
        if writer is not None:
            return writer
    return None
