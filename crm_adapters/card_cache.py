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

On disk too (:class:`DiskCards`, the workstation database): a console restarted while a CRM is
down still shows the caller's card from what that CRM said before, with its age. The disk is
read once when the CRMs start (:meth:`CardCache.load_saved`, off the GUI thread) and written by
the cache's own writer thread, so neither a ring nor the CRM event loop waits for it. Answers
older than ``ttl_s`` are neither shown nor kept; ``purge`` empties it (privacy).
"""
from __future__ import annotations

import copy
import json
import logging
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

from crm_adapters.vocabulary import Customer, FollowUpTask, Interaction, Segment

log = logging.getLogger(__name__)


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
        self._disk: DiskCards | None = None
        self._writes: queue.Queue[tuple[str, Any] | None] = queue.Queue()
        self._writer: threading.Thread | None = None

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
            # how old what is shown is: its oldest answer (one kept from before an outage may be hours old)
            oldest = min((a.fetched_at for a in answers.values()), default=entry.stored_at)
            return CachedLookup(e164, answers, entry.negative, max(0.0, now - min(oldest, entry.stored_at)))

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
        if self._disk is not None:  # "nobody knows it" is short-lived: not worth a restart
            self._write(("forget", e164) if negative else ("save", (e164, self._on_disk(saved))))

    def forget(self, e164: str) -> None:
        """Drop one number, e.g. after the agent edited that customer."""
        with self._lock:
            self._entries.pop(e164, None)
        if self._disk is not None:
            self._write(("forget", e164))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
        if self._disk is not None:
            self._write(("purge", None))

    def age_s(self, e164: str) -> float | None:
        """How old the oldest saved answer for the number is (seconds), None when none is saved:
        what the card says while a CRM is down ("from cache, 2 h old")."""
        now = self.clock()
        with self._lock:
            entry = self._entries.get(e164)
            if entry is None or not entry.answers:
                return None
            return max(0.0, now - min(a.fetched_at for a in entry.answers.values()))

    # ---- on disk ------------------------------------------------------------------------
    def keep_on_disk(self, disk: DiskCards) -> int:
        """Keep every answer in ``disk`` from now on, and take back what it kept before (young
        enough): blocking, so call it where the CRMs start, off the GUI thread. Returns how many
        numbers came back."""
        self._disk = disk
        return self.load_saved()

    def load_saved(self) -> int:
        if self._disk is None:
            return 0
        now_wall, now = time.time(), self.clock()
        loaded = 0
        for e164, answers in self._disk.load(now_wall - self.ttl_s):
            shown = {name: _answer_from(raw, now - max(0.0, now_wall - float(raw.get("fetched_at", 0))))
                     for name, raw in answers.items() if isinstance(raw, dict)}
            shown = {n: a for n, a in shown.items() if a is not None}
            if not shown:
                continue
            with self._lock:
                if e164 in self._entries:  # a fresher answer came meanwhile
                    continue
                self._entries[e164] = _Entry(shown, False, min(a.fetched_at for a in shown.values()))
                self._entries.move_to_end(e164)
                loaded += 1
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        return loaded

    def flush(self, timeout_s: float = 10.0) -> None:
        """Wait until every answer given so far is on disk (tests, benchmarks, a clean stop)."""
        if self._writer is None:
            return
        done = threading.Event()
        self._writes.put(("done", done))
        done.wait(timeout_s)

    def _on_disk(self, answers: dict[str, SourceAnswer]) -> dict[str, Any]:
        now_wall, now = time.time(), self.clock()
        return {name: {**asdict(a), "fetched_at": now_wall - max(0.0, now - a.fetched_at)} for name, a in answers.items()}

    def _write(self, job: tuple[str, Any]) -> None:
        if self._writer is None:
            self._writer = threading.Thread(target=self._write_all, name="card-cache-writer", daemon=True)
            self._writer.start()
        self._writes.put(job)

    def _write_all(self) -> None:
        disk = self._disk
        while (job := self._writes.get()) is not None:
            what, arg = job
            try:
                if what == "save":
                    disk.save(*arg)
                elif what == "forget":
                    disk.forget(arg)
                elif what == "purge":
                    disk.purge()
                elif what == "done":
                    arg.set()
            except Exception as exc:  # noqa: BLE001 - a full disk costs the cache, never a card
                log.warning("the card cache could not be written to disk: %s", type(exc).__name__)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __contains__(self, e164: object) -> bool:
        with self._lock:
            return e164 in self._entries


def _answer_from(raw: dict[str, Any], fetched_at: float) -> SourceAnswer | None:
    """A saved answer back from its JSON; None when it does not fit (written by another version)."""
    try:
        customers = [Customer(**{**c, "segment": Segment(c.get("segment", "standard"))}) for c in raw.get("customers", [])]
        history = [Interaction(**{**h, "when": _when(h["when"])}) for h in raw.get("history", [])]
        tasks = [FollowUpTask(**{**t, "due": _when(t.get("due"))}) for t in raw.get("open_tasks", [])]
    except (TypeError, ValueError, KeyError):
        return None
    return SourceAnswer(customers, history, tasks, fetched_at)


def _when(value: Any) -> datetime | None:
    if not value:
        return None
    when = datetime.fromisoformat(str(value))
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Segment):
        return value.value
    return str(value)


class DiskCards:
    """The card cache's rows in the workstation database (table ``console_card_cache``, owned by
    the after-call records' migrations). Every call blocks: the cache calls it from its writer
    thread, and :meth:`CardCache.keep_on_disk` where the CRMs start."""

    def __init__(self, db: Any) -> None:  # crm_adapters.store.database.Database
        self.db = db

    def load(self, not_before_wall: float) -> list[tuple[str, dict[str, Any]]]:
        """The numbers saved since ``not_before_wall`` (epoch seconds), oldest first; older rows
        are deleted on the way."""
        from sqlalchemy import delete, select

        from crm_adapters.store.after_call.tables import CardCacheRow

        cutoff = datetime.fromtimestamp(not_before_wall, timezone.utc)
        with self.db.session() as s:
            s.execute(delete(CardCacheRow).where(CardCacheRow.stored_at < cutoff))
            rows = s.execute(select(CardCacheRow.e164, CardCacheRow.answers).order_by(CardCacheRow.stored_at)).all()
        found = []
        for e164, text in rows:
            try:
                answers = json.loads(text)
            except ValueError:
                continue
            if isinstance(answers, dict):
                found.append((e164, answers))
        return found

    def save(self, e164: str, answers: dict[str, Any]) -> None:
        from crm_adapters.store.after_call.tables import CardCacheRow

        oldest = min((float(a.get("fetched_at", 0)) for a in answers.values()), default=time.time())
        with self.db.session() as s:
            s.merge(CardCacheRow(e164=e164[:32], answers=json.dumps(answers, ensure_ascii=False, default=_json),
                                 negative=False, stored_at=datetime.fromtimestamp(oldest, timezone.utc)))

    def forget(self, e164: str) -> None:
        from sqlalchemy import delete

        from crm_adapters.store.after_call.tables import CardCacheRow

        with self.db.session() as s:
            s.execute(delete(CardCacheRow).where(CardCacheRow.e164 == e164))

    def purge(self) -> int:
        """Every saved card gone; returns how many numbers were kept."""
        from sqlalchemy import delete

        from crm_adapters.store.after_call.tables import CardCacheRow

        with self.db.session() as s:
            return int(s.execute(delete(CardCacheRow)).rowcount or 0)
