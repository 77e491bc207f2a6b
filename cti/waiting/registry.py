"""Find waiting sources by name: the built-ins, then installed packages' entry points in the
group ``agent_console.waiting_sources`` (a third party ships a source as its own package, as
CRM adapters do). An entry point is a factory ``create(settings: dict) -> WaitingSource``.
"""
from __future__ import annotations

import importlib
import importlib.metadata
import logging
from collections.abc import Mapping
from typing import Any

from cti.waiting.protocol import WaitingSource

log = logging.getLogger(__name__)

GROUP = "agent_console.waiting_sources"
BUILT_IN = {"ring_group": "cti.waiting.ring_group:create", "ami": "cti.waiting.asterisk_ami:create"}


class SourceNotAvailable(Exception):
    """A configured waiting source that cannot start; the message is a sentence for people."""


def available() -> dict[str, Any]:
    """Source factories by name: entry points (the first of a name wins), the built-ins over them."""
    found: dict[str, Any] = {}
    for ep in importlib.metadata.entry_points(group=GROUP):
        found.setdefault(ep.name, ep)
    found.update(BUILT_IN)
    return dict(sorted(found.items()))


def create_source(name: str, settings: Mapping[str, Any] | None = None,
                  known: Mapping[str, Any] | None = None) -> WaitingSource:
    known = available() if known is None else known
    factory = known.get(name)
    if factory is None:
        raise SourceNotAvailable(f"The waiting source \"{name}\" in [team] waiting_sources is not installed "
                                 f"(known: {', '.join(sorted(known)) or 'none'}); correct the name or install "
                                 "the package that provides it.")
    try:
        if isinstance(factory, str):
            module, _, attr = factory.partition(":")
            factory = getattr(importlib.import_module(module), attr)
        elif not callable(factory):
            factory = factory.load()  # an entry point
        source = factory(dict(settings or {}))
    except SourceNotAvailable:
        raise
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - a broken package must not stop the console
        raise SourceNotAvailable(f"The waiting source \"{name}\" could not start ({type(exc).__name__}: "
                                 f"{str(exc)[:200]}).") from None
    if not isinstance(source, WaitingSource):
        raise SourceNotAvailable(f"The waiting source \"{name}\" is installed wrongly: it has no start() and "
                                 "stop().")
    return source
