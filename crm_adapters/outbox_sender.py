"""Delivers outbox entries to the CRM adapters, on the CRM event loop.

Why like this:
* one worker per adapter, one request in flight each: a CRM that is down only delays its
  own entries, never another CRM's;
* a temporary failure (no connection, timeout, 5xx, 429) pauses that adapter with
  exponential backoff and jitter, capped; a Retry-After from the CRM is honoured exactly;
* a permanent failure (4xx: the CRM will never accept this record as it is) marks the entry
  failed with the CRM's reason, visible to the agent with a retry button; nothing is dropped;
* an entry is marked delivered only after the CRM accepted it (separate transaction); a crash
  in between re-sends it with the same idempotency key, so the CRM stores it once.
"""
from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx

from crm_adapters.answer_checks import describe_failure
from crm_adapters.outbox import Delivery, Outbox, call_log_from, task_from
from crm_adapters.protocol import AdapterError, CrmAdapter

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


def _retry_after(response: httpx.Response | None) -> float | None:
    if response is None:
        return None
    from crm_adapters.http_support import retry_after_seconds

    return retry_after_seconds(response)


async def deliver(adapter: CrmAdapter, d: Delivery, timeout_s: float) -> Outcome:
    """Hand one entry to its adapter and classify what happened."""
    p = d.payload
    try:
        if d.kind == "note":
            call = adapter.write_note(p["customer_id"], p["text"], p.get("call_id", ""), d.idempotency_key)
        elif d.kind == "call_log":
            call = adapter.write_call_log(call_log_from(p), d.idempotency_key)
        elif d.kind == "task":
            call = adapter.write_task(task_from(p), d.idempotency_key)
        else:
            return Outcome(False, retryable=False, reason=f"unknown record kind {d.kind!r}")
        remote_id = await asyncio.wait_for(call, timeout_s)
        return Outcome(True, remote_id=str(remote_id or ""))
    except AdapterError as exc:
        return Outcome(False, retryable=exc.retryable, reason=describe_failure(exc), retry_after_s=exc.retry_after_s)
    except asyncio.TimeoutError:
        return Outcome(False, retryable=True, reason=f"the CRM did not answer within {timeout_s:g} s")
    except httpx.HTTPStatusError as exc:
        code = exc.response.status_code
        temporary = code >= 500 or code in (408, 425, 429)
        return Outcome(False, retryable=temporary, reason=describe_failure(exc), retry_after_s=_retry_after(exc.response))
    except (httpx.TransportError, OSError) as exc:
        return Outcome(False, retryable=True, reason=describe_failure(exc))
    except (KeyError, TypeError, ValueError) as exc:  # the stored record does not fit this adapter
        return Outcome(False, retryable=False, reason=describe_failure(exc))
    except Exception as exc:  # noqa: BLE001 - an adapter bug: keep it visible, keep retrying
        return Outcome(False, retryable=True, reason=describe_failure(exc))


class OutboxSender:
    """Start with :meth:`start` on a running :class:`CrmRuntime`; :meth:`wake` from any thread."""

    def __init__(self, outbox: Outbox, adapters: Mapping[str, CrmAdapter], *,
                 policy: RetryPolicy | None = None, on_event: EventCallback | None = None) -> None:
        self.outbox = outbox
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
        event = self._wakeups[name]
        event.clear()
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
                outcome = await deliver(adapter, d, self.policy.timeout_s)
                failures = await self._record(d, outcome, failures)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - e.g. the local disk: wait and try again
                log.error("outbox worker for %s: %s", name, describe_failure(exc))
                await self._sleep(name, 2.0)

    async def _record(self, d: Delivery, outcome: Outcome, failures: int) -> int:
        fields = dict(entry_id=d.entry_id, record_id=d.record_id, kind=d.kind, adapter=d.adapter,
                      attempts=d.attempts + 1)
        if outcome.ok:
            await asyncio.to_thread(self.outbox.mark_delivered, d.entry_id, outcome.remote_id)
            self.stats["delivered"] += 1
            self._emit("writeback.synced", **fields, remote_id=outcome.remote_id)
            return 0
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
