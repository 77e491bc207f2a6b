"""Delivers outbox entries to the CRM adapters, on the CRM event loop.

Why like this:
* one worker per adapter, one request in flight each: a CRM that is down only delays its
  own entries, never another CRM's;
* a temporary failure (no connection, timeout, 5xx, 429) pauses that adapter with
  exponential backoff and jitter, capped; a Retry-After from the CRM is honoured exactly;
* a permanent failure (4xx: the CRM will never accept this record as it is) marks the entry
  failed with the CRM's reason, visible to the agent with a retry button; nothing is dropped;
* an entry is marked delivered only after the CRM accepted it (separate transaction); a crash
  in between re-sends it with the same idempotency key, so the CRM stores it once;
* an entry queued while the customer was unknown (the CRM was down when the call rang) is
  resolved when it is sent: the caller's number is looked up in that CRM then; a customer the
  CRM does not know puts the entry in "needs a customer" for the agent to link — an empty id
  never reaches the CRM (:func:`resolve`).
"""
from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx

from crm_adapters.answer_checks import describe_failure
from crm_adapters.numbers import normalise
from crm_adapters.outbox import KINDS, RECORDS, Delivery, Outbox, call_log_from, lookup_number, task_from
from crm_adapters.privacy import scrub
from crm_adapters.protocol import AdapterError, CrmAdapter
from crm_adapters.store.after_call.tables import DELIVERED

log = logging.getLogger(__name__)

EventCallback = Callable[[str, dict[str, Any]], None]  # ("writeback.synced", fields), on the loop thread


@dataclass(frozen=True)
class RetryPolicy:
    first_s: float = 1.0  # wait after the first temporary failure
    factor: float = 2.0
    cap_s: float = 300.0  # never wait longer than this between tries (unless Retry-After says so)
    jitter: float = 0.2  # +-20 %, so many consoles do not hammer a recovering CRM together
    max_retry_after_s: float = 3600.0
    timeout_s: float = 30.0  # one delivery may take this long; then it counts as a timeout
    idle_poll_s: float = 30.0  # look for work this often even without a wake-up

    def delay(self, failures: int, retry_after_s: float | None) -> float:
        if retry_after_s is not None and retry_after_s >= 0:
            return min(float(retry_after_s), self.max_retry_after_s)
        base = min(self.cap_s, self.first_s * self.factor ** max(0, failures - 1))
        return max(0.0, base * (1 + random.uniform(-self.jitter, self.jitter)))


@dataclass(frozen=True)
class Outcome:
    ok: bool
    remote_id: str = ""
    retryable: bool = True
    reason: str = ""
    retry_after_s: float | None = None
    needs_customer: bool = False  # the CRM does not know the customer: the agent links one
    wait_s: float | None = None  # not this entry's turn yet (its task is not in the CRM): later, no pause


REASON_LIMIT = 300
NO_CUSTOMER = "the CRM does not know this customer: link the entry to a customer"
NO_NUMBER = "no customer and no number to find one by: link the entry to a customer"


def writes_taken(adapter: Any) -> frozenset[str]:
    """The records a CRM takes: what the adapter declares (``takes``), a REST template's write
    sections, else all of them. A CRM that takes no tasks gets no task entries."""
    declared = getattr(adapter, "takes", None)
    if declared is not None and not callable(declared):
        return frozenset(declared) & frozenset(KINDS)
    writes = getattr(getattr(adapter, "template", None), "writes", None)
    taken = frozenset(writes) & frozenset(KINDS) if isinstance(writes, Mapping) else frozenset(RECORDS)
    if callable(getattr(adapter, "complete_task", None)):  # marks a task it got done, by the CRM's id
        taken |= {"task_done"}
    return taken


def needs_customer_id(adapter: Any, kind: str) -> bool:
    """Whether a record of ``kind`` must name the customer in this CRM. Notes and tasks always
    do; a call log does unless the adapter files calls by number (``files_calls_by_number``),
    and always when a REST template's call-log request names ``{call.customer_id}``."""
    if kind == "task_done":
        return False  # the task is found by the CRM's own id for it
    if kind != "call_log":
        return True
    declared = getattr(adapter, "files_calls_by_number", None)
    if declared is not None:
        return not declared
    spec = (getattr(getattr(adapter, "template", None), "writes", None) or {}).get("call_log")
    if spec is not None:
        return "customer_id" in f"{getattr(spec, 'url', '')} {getattr(spec, 'body', '')} {getattr(spec, 'query', '')}"
    return False  # a third-party adapter that never said: it always got every call


async def resolve(adapter: CrmAdapter, d: Delivery, default_region: str, timeout_s: float) -> tuple[str, Outcome | None]:
    """The customer's id in this CRM for an entry: the one queued (or linked by the agent) wins,
    else the number looked up now. ("", None) = send without one (the CRM files it by number);
    an Outcome = do not send now (the CRM is down, or it does not know the customer)."""
    cid = str(d.payload.get("customer_id") or "").strip()
    if cid:
        return cid, None
    needed = needs_customer_id(adapter, d.kind)
    number = lookup_number(d.payload)
    info = normalise(number, default_region) if number else None
    if info is None or not info.known:
        return "", Outcome(False, retryable=False, reason=NO_NUMBER, needs_customer=True) if needed else None
    try:
        found = await asyncio.wait_for(adapter.find_customers(info), timeout_s)
    except asyncio.TimeoutError:
        return "", Outcome(False, retryable=True, reason=f"finding the customer: the CRM did not answer within {timeout_s:g} s")
    except Exception as exc:  # noqa: BLE001 - classified like a delivery's failure
        failed = _classified(exc, timeout_s)
        return "", Outcome(False, retryable=failed.retryable, reason=bounded(f"finding the customer: {failed.reason}"),
                           retry_after_s=failed.retry_after_s)
    ids = [str(getattr(c, "id", "") or "").strip() for c in (found or [])]
    ids = [i for i in ids if i]
    if ids:
        return ids[0], None
    return "", Outcome(False, retryable=False, reason=NO_CUSTOMER, needs_customer=True) if needed else None


def bounded(text: str) -> str:
    """A reason for the agent and the log: numbers and e-mail addresses masked, one line, short."""
    text = scrub(" ".join(str(text).split()))
    return text if len(text) <= REASON_LIMIT else text[: REASON_LIMIT - 1] + "…"


def _retry_after(response: httpx.Response | None) -> float | None:
    if response is None:
        return None
    from crm_adapters.http_support import retry_after_seconds

    return retry_after_seconds(response)


def _crm_says(response: httpx.Response) -> str:
    """The CRM's own reason from an error answer's body ("contact: must be a valid UUID")."""
    from crm_adapters.http_support import error_message

    return error_message(response)


async def deliver(adapter: CrmAdapter, d: Delivery, timeout_s: float) -> Outcome:
    """Hand one entry to its adapter and classify what happened."""
    p = d.payload
    if needs_customer_id(adapter, d.kind) and not str(p.get("customer_id") or "").strip():
        return Outcome(False, retryable=False, reason=NO_CUSTOMER, needs_customer=True)  # never an empty id in a URL
    try:
        if d.kind == "note":
            call = adapter.write_note(p["customer_id"], p["text"], p.get("call_id", ""), d.idempotency_key)
        elif d.kind == "call_log":
            call = adapter.write_call_log(call_log_from(p), d.idempotency_key)
        elif d.kind == "task":
            call = adapter.write_task(task_from(p), d.idempotency_key)
        elif d.kind == "task_done":
            call = adapter.complete_task(p["remote_id"], d.idempotency_key)
        else:
            return Outcome(False, retryable=False, reason=f"unknown record kind {d.kind!r}")
        remote_id = await asyncio.wait_for(call, timeout_s)
        return Outcome(True, remote_id=str(remote_id or ""))
    except Exception as exc:  # noqa: BLE001 - every failure is classified, none escapes
        return _classified(exc, timeout_s)


def _classified(exc: BaseException, timeout_s: float) -> Outcome:
    """What a failure means for the entry: try again later, or the CRM refuses it as it is."""
    if isinstance(exc, AdapterError) and exc.code == "crm.not_taken":  # e.g. a template without [write.task]:
        return Outcome(True, reason=bounded(describe_failure(exc)))  # skipped there, never failed (issue 15)
    if isinstance(exc, AdapterError):
        return Outcome(False, retryable=exc.retryable, reason=bounded(describe_failure(exc)), retry_after_s=exc.retry_after_s)
    if isinstance(exc, asyncio.TimeoutError):
        return Outcome(False, retryable=True, reason=f"the CRM did not answer within {timeout_s:g} s")
    if isinstance(exc, httpx.HTTPStatusError):
        code = exc.response.status_code
        said = _crm_says(exc.response)
        return Outcome(False, retryable=code >= 500 or code in (408, 425, 429),
                       reason=bounded(f"HTTP {code}" + (f": {said}" if said else "")),
                       retry_after_s=_retry_after(exc.response))
    if isinstance(exc, (httpx.TransportError, OSError)):
        return Outcome(False, retryable=True, reason=bounded(describe_failure(exc)))
    if isinstance(exc, (KeyError, TypeError, ValueError)):  # the stored record does not fit this adapter
        return Outcome(False, retryable=False, reason=bounded(describe_failure(exc)))
    return Outcome(False, retryable=True, reason=bounded(describe_failure(exc)))  # an adapter bug: visible, retried


class OutboxSender:
    """Start with :meth:`start` on a running :class:`CrmRuntime`; :meth:`wake` from any thread."""

    def __init__(self, outbox: Outbox, adapters: Mapping[str, CrmAdapter], *,
                 policy: RetryPolicy | None = None, on_event: EventCallback | None = None) -> None:
        self.outbox = outbox
        self.default_region = outbox.default_region
        self.adapters = dict(adapters)
        self.policy = policy or RetryPolicy()
        self.on_event = on_event
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wakeups: dict[str, asyncio.Event] = {}
        self._tasks: list[asyncio.Task] = []
        self._paused_until: dict[str, datetime] = {}
        self.stats = {"delivered": 0, "temporary_failures": 0, "failed": 0}

    def start(self, runtime: Any) -> None:
        """Run the workers on ``runtime`` (a CrmRuntime); they stop when it stops."""
        runtime.submit(self._start()).result(10)
        runtime.own(self)

    async def _start(self) -> None:
        self._loop = asyncio.get_running_loop()
        for name in self.outbox.targets:
            if name in self.adapters:
                self._wakeups[name] = asyncio.Event()
                self._tasks.append(asyncio.create_task(self._worker(name), name=f"outbox-{name}"))
            else:
                log.warning("write-backs for %s wait: that CRM adapter is not running", name)

    def wake(self, hurry: bool = False) -> None:
        """New entries were queued (or a retry was asked for: ``hurry`` ends any pause)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return

        def poke() -> None:
            if hurry:
                self._paused_until.clear()
            for event in self._wakeups.values():
                event.set()

        try:
            loop.call_soon_threadsafe(poke)
        except RuntimeError:  # loop already closed
            pass

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()

    async def _sleep(self, name: str, seconds: float) -> None:
        """Until ``seconds`` pass or a wake-up came since this round began (the event is cleared
        before the round looks for work, so a wake-up during the look is not lost)."""
        event = self._wakeups[name]
        try:
            await asyncio.wait_for(event.wait(), max(0.0, seconds))
        except asyncio.TimeoutError:
            pass

    def _emit(self, type_: str, **fields: Any) -> None:
        if self.on_event is not None:
            try:
                self.on_event(type_, fields)
            except Exception:  # noqa: BLE001 - a listener must not stop deliveries
                log.exception("outbox event listener failed")

    async def _worker(self, name: str) -> None:
        adapter, failures = self.adapters[name], 0
        while True:
            self._wakeups[name].clear()
            try:
                now = datetime.now(timezone.utc)
                paused = self._paused_until.get(name)
                if paused is not None and paused > now:
                    await self._sleep(name, (paused - now).total_seconds())
                    continue
                d = await asyncio.to_thread(self.outbox.next_pending, name)
                if d is None:
                    await self._sleep(name, self.policy.idle_poll_s)
                    continue
                wait_s = (d.next_attempt_at - datetime.now(timezone.utc)).total_seconds()
                if wait_s > 0:
                    await self._sleep(name, min(wait_s, self.policy.idle_poll_s))
                    continue
                if d.kind == "task_done":
                    d, held = await self._task_in_crm(d)
                    cid = ""
                else:
                    cid, held = await resolve(adapter, d, self.default_region, self.policy.timeout_s)
                if held is None and cid != str(d.payload.get("customer_id") or ""):
                    await asyncio.to_thread(self.outbox.set_customer, d.entry_id, cid)
                    d = replace(d, payload={**d.payload, "customer_id": cid})
                outcome = held or await deliver(adapter, d, self.policy.timeout_s)
                failures = await self._record(d, outcome, failures)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - e.g. the local disk: wait and try again
                log.error("outbox worker for %s: %s", name, describe_failure(exc))
                await self._sleep(name, 2.0)

    async def _task_in_crm(self, d: Delivery) -> tuple[Delivery, Outcome | None]:
        """A task marked done goes by the CRM's id for it, known once the task itself was delivered."""
        if d.payload.get("remote_id"):
            return d, None
        state, remote_id = await asyncio.to_thread(self.outbox.task_in_crm, str(d.payload.get("task_record_id")), d.adapter)
        if state == DELIVERED and remote_id:
            return replace(d, payload={**d.payload, "remote_id": remote_id}), None
        if state == DELIVERED or not state:
            return d, Outcome(False, retryable=False, reason="the CRM gave no id for this task, so it cannot be marked done there")
        return d, Outcome(False, retryable=True, reason="the task itself is not in the CRM yet: marked done after it",
                          wait_s=min(self.policy.idle_poll_s, self.policy.cap_s))

    async def _record(self, d: Delivery, outcome: Outcome, failures: int) -> int:
        fields = dict(entry_id=d.entry_id, record_id=d.record_id, kind=d.kind, adapter=d.adapter,
                      attempts=d.attempts + 1)
        if outcome.ok:
            await asyncio.to_thread(self.outbox.mark_delivered, d.entry_id, outcome.remote_id)
            self.stats["delivered"] += 1
            self._emit("writeback.synced", **fields, remote_id=outcome.remote_id)
            return 0
        if outcome.wait_s is not None:  # the CRM is fine; this entry waits for another one
            await asyncio.to_thread(self.outbox.mark_retry, d.entry_id, outcome.reason,
                                    datetime.now(timezone.utc) + timedelta(seconds=outcome.wait_s))
            return failures
        if outcome.needs_customer:
            await asyncio.to_thread(self.outbox.mark_needs_customer, d.entry_id, outcome.reason)
            log.warning("write-back %s to %s needs a customer: %s", d.entry_id, d.adapter, outcome.reason)
            self._emit("writeback.needs_customer", **fields, reason=outcome.reason)
            return 0  # the CRM answered: nothing to back off from
        if not outcome.retryable:
            await asyncio.to_thread(self.outbox.mark_failed, d.entry_id, outcome.reason)
            self.stats["failed"] += 1
            log.warning("write-back %s to %s failed for good: %s", d.entry_id, d.adapter, outcome.reason)
            self._emit("writeback.failed", **fields, reason=outcome.reason)
            return failures
        failures += 1
        delay = self.policy.delay(failures, outcome.retry_after_s)
        next_at = datetime.now(timezone.utc) + timedelta(seconds=delay)
        self._paused_until[d.adapter] = next_at
        await asyncio.to_thread(self.outbox.mark_retry, d.entry_id, outcome.reason, next_at)
        self.stats["temporary_failures"] += 1
        log.info("write-back %s to %s will be retried in %.1f s: %s", d.entry_id, d.adapter, delay, outcome.reason)
        self._emit("writeback.retrying", **fields, reason=outcome.reason, retry_in_s=round(delay, 2))
        return failures
