"""Build the customer card for a ringing call by asking every configured CRM at once.

Why it looks like this: the card must be on screen while the phone still rings, whatever the
CRMs do. So every CRM is asked in parallel under its own deadline, each answer updates the
card as it lands (``on_update``), and a CRM that hangs, fails, or answers nonsense only gets
a grey "unavailable: timed out after 1500 ms" badge instead of holding up the others.

Merge rules (priority = the order of ``[crm] adapters``):
- name, company, language, segment and value come from the first CRM that knows the caller;
  the other CRMs' records of them are listed under ``also_known_as``;
- history and open tasks come from all CRMs, each item keeping its ``source``; history newest
  first, tasks overdue first and then by due date;
- whatever an adapter returns is checked and trimmed (at most 20 history items, texts cut to
  sane lengths), so one broken CRM cannot break or flood the card; an adapter that read only part
  of a huge answer says so in its source's reason ("sent 30000 records; only the first 200 ...").

Each CRM's deadline covers everything it does: connecting, downloading, parsing and mapping.
Adapters do heavy answer work off the shared loop (:func:`crm_adapters.runtime.off_loop`), so the
deadline fires on time and the other CRMs' answers are not held up.
"""
from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from crm_adapters.answer_checks import (
    HISTORY_LIMIT,
    BadAnswer,
    checked_customers,
    checked_history,
    checked_tasks,
    collect_notes,
    describe_failure,
    merge,
    scrub,
)
from crm_adapters.card_cache import CardCache, SourceAnswer
from crm_adapters.protocol import CrmAdapter
from crm_adapters.vocabulary import CustomerCard, NumberInfo, SourceState, SourceStatus

log = logging.getLogger(__name__)

CardCallback = Callable[[CustomerCard], None]
CLOSE_TIMEOUT_S = 2.0


class _TimedOut(Exception):
    pass


def _mask(number: str | None) -> str:
    try:
        from crm_adapters.privacy import mask_number
    except ImportError:  # pragma: no cover - privacy.py ships with the package
        return "<number>"
    return mask_number(number)


def _normalise(raw: str, default_region: str) -> NumberInfo:
    try:
        from crm_adapters.numbers import normalise
    except ImportError:  # pragma: no cover - numbers.py ships with the package
        return NumberInfo(raw=raw, e164=None)
    return normalise(raw, default_region)




class _Run:
    """What is known so far in one lookup: fresh answers, saved answers, each source's state."""

    def __init__(self, names: list[str], number: NumberInfo, saved: dict[str, SourceAnswer]):
        self.names = names
        self.number = number
        self.saved = saved
        self.fresh: dict[str, SourceAnswer] = {}
        self.cache_age_s: float | None = None  # how old the saved answers are
        self.status = {n: SourceStatus(n, SourceState.PENDING) for n in names}

    def card(self, complete: bool = False) -> CustomerCard:
        shown: list[tuple[str, SourceAnswer]] = []
        statuses: dict[str, SourceStatus] = {}
        from_cache = False
        for name in self.names:
            status, fresh, saved = self.status[name], self.fresh.get(name), self.saved.get(name)
            answer = fresh
            if saved is not None and status.state in (SourceState.PENDING, SourceState.UNAVAILABLE):
                from_cache = True
                if fresh is not None:  # customer found again, history still on its way
                    answer = replace(saved, customers=fresh.customers)
                else:
                    answer = saved
                if status.state == SourceState.UNAVAILABLE:
                    status = replace(status, reason=f"{status.reason}; showing what it said earlier")
            statuses[name] = replace(status)
            if answer is not None:
                shown.append((name, answer))
        card = merge(self.number, shown, statuses, complete, from_cache)
        if from_cache:
            card.cache_age_s = self.cache_age_s
        return card

    def to_save(self) -> tuple[dict[str, SourceAnswer], bool]:
        """Answers worth remembering, and whether the whole lookup was a clean 'not found'."""
        keep: dict[str, SourceAnswer] = {}
        for name in self.names:
            state = self.status[name].state
            if state in (SourceState.OK, SourceState.NOT_FOUND) and name in self.fresh:
                keep[name] = self.fresh[name]
            elif state == SourceState.UNAVAILABLE and name in self.saved:
                keep[name] = self.saved[name]
        everyone_said_no = all(s.state == SourceState.NOT_FOUND for s in self.status.values())
        return keep, bool(self.names) and everyone_said_no


class LookupChain:
    """Ask all configured CRMs about a number and merge their answers into one card.

    ``adapters``: (configured name, adapter) in priority order; an ``AdapterProblem`` from the
    registry may stand in for an adapter and shows on every card as unavailable with its
    reason. ``timeout_ms``: each CRM's deadline unless ``per_adapter_timeout_ms`` names
    another. ``cache``: optional :class:`CardCache` for instant cards on repeat calls.
    """

    def __init__(
        self,
        adapters: list[tuple[str, CrmAdapter]],
        timeout_ms: int = 1500,
        default_region: str = "SK",
        cache: CardCache | None = None,
        per_adapter_timeout_ms: dict[str, int] | None = None,
        *,
        history_limit: int = HISTORY_LIMIT,
        normaliser: Callable[[str, str], NumberInfo] | None = None,
    ) -> None:
        names = [name for name, _ in adapters]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"CRM adapter name(s) listed twice: {', '.join(twice)}")
        if timeout_ms <= 0:
            raise ValueError(f"CRM timeout must be positive, got timeout_ms={timeout_ms}")
        self.adapters = list(adapters)
        self.names = names
        self.timeout_ms = int(timeout_ms)
        self.default_region = default_region
        self.cache = cache
        self.per_adapter_timeout_ms = dict(per_adapter_timeout_ms or {})
        self.history_limit = max(1, min(int(history_limit), HISTORY_LIMIT))
        self._normaliser = normaliser or _normalise
        self._abandoned: set[asyncio.Future[Any]] = set()

    def timeout_for(self, name: str) -> int:
        return int(self.per_adapter_timeout_ms.get(name, self.timeout_ms))

    async def warm_up(self) -> None:
        """Let adapters that can prepare themselves (``warm_up()``) do so, all at once; a failure
        here only means the first lookup is slower."""
        jobs = [a.warm_up() for _, a in self.adapters if callable(getattr(a, "warm_up", None))]
        for outcome in await asyncio.gather(*jobs, return_exceptions=True):
            if isinstance(outcome, Exception):
                log.info("CRM warm-up failed: %s", describe_failure(outcome))

    async def lookup(self, raw_number: str | NumberInfo, on_update: CardCallback | None = None) -> CustomerCard:
        """The merged card for ``raw_number``; ``on_update`` sees every improvement of it, the
        last one with ``complete=True`` (the same card this returns). Never raises for a
        CRM's sake; only cancellation of the lookup itself propagates."""
        number = raw_number if isinstance(raw_number, NumberInfo) else self._normaliser(raw_number, self.default_region)
        if not number.known:  # withheld or not a phone number: nobody to ask
            card = CustomerCard(number=number, complete=True)
            _notify(on_update, card)
            return card
        key = number.e164 or ""
        cached = self.cache.get(key) if self.cache is not None else None
        if cached is not None and cached.negative:
            statuses = {n: SourceStatus(n, SourceState.NOT_FOUND, "remembered: not found", 0.0) for n in self.names}
            card = CustomerCard(number=number, sources=statuses, complete=True, from_cache=True)
            _notify(on_update, card)
            return card
        run = _Run(self.names, number, cached.answers if cached is not None else {})
        run.cache_age_s = cached.age_s if cached is not None else None
        if cached is not None:
            _notify(on_update, run.card())
        log.debug("looking up %s in %d CRM(s)", _mask(key), len(self.adapters))
        await asyncio.gather(*(self._ask(name, adapter, run, on_update) for name, adapter in self.adapters))
        card = run.card(complete=True)
        if self.cache is not None:
            answers, negative = run.to_save()
            self.cache.put(key, answers, negative=negative)
        _notify(on_update, card)
        return card

    async def _ask(self, name: str, adapter: CrmAdapter, run: _Run, on_update: CardCallback | None) -> None:
        """One CRM: find the caller, then their history and open tasks, all before its deadline."""
        timeout_ms = self.timeout_for(name)
        started = time.perf_counter()
        deadline = started + timeout_ms / 1000.0
        notes = collect_notes()  # what the adapter left unread; this task's own list

        def finish(state: SourceState, reason: str = "") -> None:
            elapsed = round((time.perf_counter() - started) * 1000.0, 1)
            run.status[name] = SourceStatus(name, state, scrub(reason), elapsed)
            if state == SourceState.UNAVAILABLE:
                log.warning("CRM %r unavailable for %s: %s", name, _mask(run.number.e164), scrub(reason))

        if not callable(getattr(adapter, "find_customers", None)):  # an AdapterProblem from the registry
            reason = str(getattr(adapter, "reason", "")) or f"not a CRM adapter ({type(adapter).__name__})"
            return self._answered(run, on_update, finish, SourceState.UNAVAILABLE, reason)
        try:
            raw = await self._within(lambda: adapter.find_customers(run.number), deadline)
            found = checked_customers(raw, name)
        except _TimedOut:
            return self._answered(run, on_update, finish, SourceState.UNAVAILABLE, f"timed out after {timeout_ms} ms")
        except asyncio.CancelledError:
            raise
        except BaseException as exc:  # noqa: BLE001 - an adapter must never break the card
            return self._answered(run, on_update, finish, SourceState.UNAVAILABLE, describe_failure(exc))
        if not found:
            run.fresh[name] = SourceAnswer(fetched_at=self._now())
            return self._answered(run, on_update, finish, SourceState.NOT_FOUND)
        best_raw, _ = found[0]
        shown = [clean for _, clean in found]
        run.fresh[name] = SourceAnswer(customers=shown, fetched_at=self._now())
        _notify(on_update, run.card())  # the name is on screen before the history arrives

        details = getattr(adapter, "customer_details", None)  # optional: more card fields (company …)
        history_result, tasks_result, details_result = await asyncio.gather(
            self._within(lambda: adapter.history(best_raw, limit=self.history_limit), deadline),
            self._within(lambda: adapter.open_tasks(best_raw), deadline),
            self._within(lambda: details(best_raw) if callable(details) else None, deadline),
            return_exceptions=True,
        )
        problems: list[str] = []
        history = self._part("history", history_result, lambda v: checked_history(v, name), problems, timeout_ms)
        tasks = self._part("open tasks", tasks_result, lambda v: checked_tasks(v, name), problems, timeout_ms)
        if details_result is not None:
            better = self._part("card fields", details_result, lambda v: checked_customers([v], name), problems,
                                timeout_ms)
            shown = [better[0][1], *shown[1:]] if better else shown
        run.fresh[name] = SourceAnswer(customers=shown, history=history, open_tasks=tasks, fetched_at=self._now())
        self._answered(run, on_update, finish, SourceState.OK, "; ".join(problems + notes))

    def _answered(self, run: _Run, on_update: CardCallback | None, finish: Callable[..., None],
                  state: SourceState, reason: str = "") -> None:
        finish(state, reason)
        _notify(on_update, run.card())

    @staticmethod
    def _part(what: str, result: Any, clean: Callable[[Any], list[Any]], problems: list[str], timeout_ms: int) -> list[Any]:
        if isinstance(result, asyncio.CancelledError):
            raise result
        if isinstance(result, _TimedOut):
            problems.append(f"{what}: timed out after {timeout_ms} ms")
            return []
        if isinstance(result, BaseException):
            problems.append(f"{what}: {describe_failure(result)}")
            return []
        try:
            return clean(result)
        except BadAnswer as exc:
            problems.append(f"{what}: {exc}")
            return []

    def _now(self) -> float:
        return self.cache.now() if self.cache is not None else time.monotonic()

    async def _within(self, call: Callable[[], Any], deadline: float) -> Any:
        """Run one adapter call, giving up at ``deadline`` even if the adapter ignores
        cancellation (its task is cancelled and left behind, never awaited)."""
        result = call()
        if not inspect.isawaitable(result):
            return result  # a plain function returning a value: accepted, then checked
        task = asyncio.ensure_future(result)
        try:
            done, _ = await asyncio.wait({task}, timeout=max(deadline - time.perf_counter(), 0.0))
        except asyncio.CancelledError:
            self._abandon(task)
            raise
        if not done:
            self._abandon(task)
            raise _TimedOut()
        return task.result()

    def _abandon(self, task: asyncio.Future[Any]) -> None:
        task.cancel()
        self._abandoned.add(task)
        task.add_done_callback(_forget_quietly(self._abandoned))

    async def close(self) -> None:
        """Close every adapter (each gets ``CLOSE_TIMEOUT_S``); failures are logged, not raised."""
        for name, adapter in self.adapters:
            if not callable(getattr(adapter, "close", None)):
                continue
            try:
                closing = adapter.close()
                if inspect.isawaitable(closing):
                    await asyncio.wait_for(closing, CLOSE_TIMEOUT_S)
            except asyncio.CancelledError:
                raise
            except BaseException as exc:  # noqa: BLE001
                log.warning("CRM %r did not close cleanly: %s", name, describe_failure(exc))


def _forget_quietly(pending: set[asyncio.Future[Any]]) -> Callable[[asyncio.Future[Any]], None]:
    def done(task: asyncio.Future[Any]) -> None:
        pending.discard(task)
        if not task.cancelled():
            task.exception()  # retrieved, so asyncio does not log "never retrieved"
    return done


def _notify(on_update: CardCallback | None, card: CustomerCard) -> None:
    if on_update is None:
        return
    try:
        on_update(card)
    except Exception:  # noqa: BLE001 - a broken screen must not stop the lookup
        log.exception("showing the customer card failed")
