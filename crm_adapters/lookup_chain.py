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
  sane lengths), so one broken CRM cannot break or flood the card.
"""
from __future__ import annotations

import asyncio
import inspect
import logging
import json
import math
import re
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from crm_adapters.card_cache import CardCache, SourceAnswer
from crm_adapters.protocol import AdapterError, CrmAdapter
from crm_adapters.vocabulary import (
    Customer,
    CustomerCard,
    FollowUpTask,
    Interaction,
    NumberInfo,
    Segment,
    SourceState,
    SourceStatus,
)

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


HISTORY_LIMIT = 20  # history items on a card, from all CRMs together
TASK_LIMIT = 20
CUSTOMERS_PER_SOURCE = 5
SCAN_LIMIT = 200  # records looked at per answer; the rest of an enormous answer is ignored
REASON_LIMIT = 160
_SHORT, _TEXT, _LONG, _URL = 200, 1000, 4000, 2000


class BadAnswer(Exception):
    """An adapter answered something other than what the protocol promises."""


def _clip(value: Any, limit: int = _SHORT) -> str:
    if value is None or isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _when(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) <= 64:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _instant(value: datetime) -> float:
    """Seconds since the epoch, so CRMs with and without time zones sort together
    (a time without zone is taken as this workstation's local time)."""
    try:
        return value.timestamp()
    except (OverflowError, OSError, ValueError):
        return 0.0


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value) if isinstance(value, (int, float, str)) else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


def _segment(value: Any) -> Segment:
    try:
        return value if isinstance(value, Segment) else Segment(str(value).lower())
    except ValueError:
        return Segment.STANDARD


def _records(value: Any, kind: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise BadAnswer(f"returned {type(value).__name__} instead of a list of {kind}")
    return list(value[:SCAN_LIMIT])


def checked_customers(value: Any, source: str) -> list[tuple[Customer, Customer]]:
    """(adapter's own record, trimmed copy stamped with ``source``) for each usable match."""
    records = _records(value, "customers")
    found = []
    for c in records:
        if isinstance(c, Customer) and (_clip(c.id) or _clip(c.name)):
            phones = c.phones if isinstance(c.phones, (list, tuple)) else []
            clean = Customer(
                id=_clip(c.id), source=source, name=_clip(c.name), company=_clip(c.company),
                language=_clip(c.language, 16), segment=_segment(c.segment), value=_number(c.value),
                currency=_clip(c.currency, 8), email=_clip(c.email, 320),
                phones=[p for p in (_clip(x, 64) for x in phones[:20]) if p],
                notes=_clip(c.notes, _LONG), url=_clip(c.url, _URL),
            )
            found.append((c, clean))
            if len(found) == CUSTOMERS_PER_SOURCE:
                break
    if records and not found:
        raise BadAnswer(f"returned no usable customer record (got {type(records[0]).__name__})")
    return found


def checked_history(value: Any, source: str) -> list[Interaction]:
    records = _records(value, "interactions")
    items = []
    for i in records:
        when = _when(i.when) if isinstance(i, Interaction) else None
        if when is not None:
            items.append(Interaction(
                id=_clip(i.id), source=source, customer_id=_clip(i.customer_id),
                kind=_clip(i.kind, 32) or "note", when=when, summary=_clip(i.summary, _TEXT),
                direction=_clip(i.direction, 8), agent=_clip(i.agent), disposition=_clip(i.disposition, 64),
                duration_s=None if _number(i.duration_s) is None else int(_number(i.duration_s) or 0),
                url=_clip(i.url, _URL),
            ))
    if records and not items:
        raise BadAnswer(f"no usable records (got {type(records[0]).__name__})")
    items.sort(key=lambda i: _instant(i.when), reverse=True)
    return items[:HISTORY_LIMIT]


def checked_tasks(value: Any, source: str) -> list[FollowUpTask]:
    records = _records(value, "tasks")
    items = []
    for t in records:
        if isinstance(t, FollowUpTask) and (_clip(t.id) or _clip(t.title)) and t.done is not True:
            items.append(FollowUpTask(
                id=_clip(t.id), source=source, customer_id=_clip(t.customer_id), title=_clip(t.title, _TEXT),
                due=_when(t.due), assignee=_clip(t.assignee), kind=_clip(t.kind, 32) or "task",
                call_id=_clip(t.call_id), url=_clip(t.url, _URL),
            ))
    if records and not items and not all(isinstance(t, FollowUpTask) for t in records):
        raise BadAnswer(f"no usable records (got {type(records[0]).__name__})")
    items.sort(key=_task_order(time.time()))
    return items[:TASK_LIMIT]


def _task_order(now: float) -> Callable[[FollowUpTask], tuple[int, float]]:
    """Overdue first (oldest first), then upcoming by due date, then those without a date."""
    def key(task: FollowUpTask) -> tuple[int, float]:
        if task.due is None:
            return (2, 0.0)
        due = _instant(task.due)
        return (0 if due < now else 1, due)
    return key


def merge(number: NumberInfo, shown: list[tuple[str, SourceAnswer]], statuses: dict[str, SourceStatus],
          complete: bool, from_cache: bool) -> CustomerCard:
    """One card from the answers in priority order (see the module doc for the rules)."""
    primary: Customer | None = None
    also: list[Customer] = []
    history: list[Interaction] = []
    tasks: list[FollowUpTask] = []
    for _, answer in shown:
        if answer.customers:
            if primary is None:
                primary = answer.customers[0]
            else:
                also.append(answer.customers[0])
        history.extend(answer.history)
        tasks.extend(answer.open_tasks)
    history.sort(key=lambda i: _instant(i.when), reverse=True)
    tasks.sort(key=_task_order(time.time()))
    return CustomerCard(number=number, customer=primary, also_known_as=also, history=history[:HISTORY_LIMIT],
                        open_tasks=tasks[:TASK_LIMIT], sources=statuses, complete=complete, from_cache=from_cache)


_DIGIT_RUN = re.compile(r"\+?\d[\d\s().\-/]{4,}\d")


def scrub(text: str) -> str:
    """Mask anything that looks like a phone number (7+ digits), e.g. in a URL inside an error."""
    def mask(m: re.Match[str]) -> str:
        return _mask(m.group()) if sum(ch.isdigit() for ch in m.group()) >= 7 else m.group()
    return _DIGIT_RUN.sub(mask, text)


def describe_failure(exc: BaseException) -> str:
    """A short reason for the agent's hover text: "HTTP 500", "invalid JSON", "ValueError: …"."""
    status = getattr(getattr(exc, "response", None), "status_code", None)
    if isinstance(exc, AdapterError):
        text = exc.reason or type(exc).__name__
    elif isinstance(exc, BadAnswer):
        text = str(exc)
    elif isinstance(exc, json.JSONDecodeError):
        text = "invalid JSON"
    elif isinstance(status, int):
        text = f"HTTP {status}"
    else:
        message = str(exc).strip()
        text = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    text = scrub(" ".join(text.split()))
    return text if len(text) <= REASON_LIMIT else text[: REASON_LIMIT - 1] + "…"


class _Run:
    """What is known so far in one lookup: fresh answers, saved answers, each source's state."""

    def __init__(self, names: list[str], number: NumberInfo, saved: dict[str, SourceAnswer]):
        self.names = names
        self.number = number
        self.saved = saved
        self.fresh: dict[str, SourceAnswer] = {}
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
        return merge(self.number, shown, statuses, complete, from_cache)

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

        history_result, tasks_result = await asyncio.gather(
            self._within(lambda: adapter.history(best_raw, limit=self.history_limit), deadline),
            self._within(lambda: adapter.open_tasks(best_raw), deadline),
            return_exceptions=True,
        )
        problems: list[str] = []
        history = self._part("history", history_result, lambda v: checked_history(v, name), problems, timeout_ms)
        tasks = self._part("open tasks", tasks_result, lambda v: checked_tasks(v, name), problems, timeout_ms)
        run.fresh[name] = SourceAnswer(customers=shown, history=history, open_tasks=tasks, fetched_at=self._now())
        self._answered(run, on_update, finish, SourceState.OK, "; ".join(problems))

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
