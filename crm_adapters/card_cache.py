"""Remember what each CRM said about a number, so a repeat caller's card pops instantly.

Why: a customer who calls back ten minutes later should see their card before the CRM has
even been asked, and an agent should still see it when the CRM is down. The lookup chain
shows the saved answers at once (stale-while-revalidate), asks every CRM again, and replaces
each saved answer as the fresh one arrives. A CRM that cannot answer keeps its saved answer
on the card, labelled as such.

"Nobody knows this number" is remembered only briefly (``negative_ttl_s``): long enough that
a dialler hammering the line does not hammer the CRMs, short enough that a customer created
a minute ago is found on their next call.

In memory, least-recently-used eviction, thread-safe (the UI thread may read while the CRM
event loop writes). Entries are deep-copied in and out, so nobody can change a saved answer
by editing a card on screen.
"""
from __future__ import annotations

import copy
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from crm_adapters.vocabulary import Customer, FollowUpTask, Interaction


@dataclass
class SourceAnswer:
    """What one CRM said about the caller: matching customers (best first), the best match's
    history and open tasks. ``fetched_at`` is on the cache's clock (monotonic seconds)."""

    customers: list[Customer] = field(default_factory=list)
    history: list[Interaction] = field(default_factory=list)
    open_tasks: list[FollowUpTask] = field(default_factory=list)
    fetched_at: float = 0.0

    @property
    def found(self) -> bool:
        return bool(self.customers)


@dataclass
class CachedLookup:
    """A cache hit: the saved answers per source, and whether it is a remembered 'not found'."""

    e164: str
    answers: dict[str, SourceAnswer]
    negative: bool
    age_s: float


@dataclass
class _Entry:
    answers: dict[str, SourceAnswer]
    negative: bool
    stored_at: float


class CardCache:
    """LRU of per-source answers keyed by E.164.

    ``ttl_s``: how old a saved answer may be and still be shown (default 8 hours: a shift).
    ``negative_ttl_s``: how long "no CRM knows this number" is trusted without asking again.
    ``max_entries``: numbers kept; the least recently used go first.
    """

    def __init__(
        self,
        ttl_s: float = 8 * 3600.0,
        max_entries: int = 2000,
        negative_ttl_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_entries < 1:
            raise ValueError(f"card cache needs room for at least 1 number, got max_entries={max_entries}")
        if ttl_s < 0 or negative_ttl_s < 0:
            raise ValueError("card cache lifetimes (ttl_s, negative_ttl_s) cannot be negative")
        self.ttl_s = float(ttl_s)
        self.negative_ttl_s = float(negative_ttl_s)
        self.max_entries = int(max_entries)
        self.clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def now(self) -> float:
        return self.clock()

    def get(self, e164: str) -> CachedLookup | None:
        """Saved answers for the number that are still young enough, or None."""
        now = self.clock()
        with self._lock:
            entry = self._entries.get(e164)
            if entry is None:
                self.misses += 1
                return None
            if entry.negative:
                if now - entry.stored_at > self.negative_ttl_s:
                    del self._entries[e164]
                    self.misses += 1
                    return None
                answers: dict[str, SourceAnswer] = {}
            else:
                answers = {n: a for n, a in entry.answers.items() if now - a.fetched_at <= self.ttl_s}
                if not answers:
                    del self._entries[e164]
                    self.misses += 1
                    return None
            self._entries.move_to_end(e164)
            self.hits += 1
            answers = copy.deepcopy(answers)
            return CachedLookup(e164, answers, entry.negative, now - entry.stored_at)

    def put(self, e164: str, answers: dict[str, SourceAnswer], negative: bool = False) -> None:
        """Save the answers of one lookup. Only answers that really came from a CRM belong
        here (an unavailable source has none); an empty, non-negative put changes nothing."""
        if not e164 or (not answers and not negative):
            return
        saved = {} if negative else copy.deepcopy(answers)
        with self._lock:
            self._entries[e164] = _Entry(saved, negative, self.clock())
            self._entries.move_to_end(e164)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def forget(self, e164: str) -> None:
        """Drop one number, e.g. after the agent edited that customer."""
        with self._lock:
            self._entries.pop(e164, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __contains__(self, e164: object) -> bool:
        with self._lock:
            return e164 in self._entries
