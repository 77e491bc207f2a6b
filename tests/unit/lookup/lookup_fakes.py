"""In-memory CRM adapters for the lookup tests: well-behaved, slow, broken and hostile ones."""
from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta, timezone
from typing import Any

from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, Interaction, NumberInfo

NUMBER = NumberInfo(raw="0905 123 456", e164="+421905123456", national="0905 123 456",
                    international="+421 905 123 456", region="SK", line_type="mobile")
WITHHELD = NumberInfo(raw="anonymous", e164=None, withheld=True)
GARBAGE = NumberInfo(raw="hello?", e164=None)
NOW = datetime.now(timezone.utc)


def customer(name: str, id: str = "c1", **kw: Any) -> Customer:
    return Customer(id=id, source=kw.pop("source", "someone"), name=name, **kw)


def call(summary: str, days_ago: float, id: str | None = None) -> Interaction:
    return Interaction(id=id or summary, source="someone", customer_id="c1", kind="call",
                       when=NOW - timedelta(days=days_ago), summary=summary)


def task(title: str, due_in_days: float | None, done: bool = False) -> FollowUpTask:
    due = None if due_in_days is None else NOW + timedelta(days=due_in_days)
    return FollowUpTask(id=title, source="someone", customer_id="c1", title=title, due=due, done=done)


class FakeCrm:
    """Answers from lists given up front; ``delay_s`` before each answer; records every call
    with its start and end time so tests can check what ran in parallel."""

    def __init__(self, name: str = "fake", customers: list[Any] | None = None, history: Any = None,
                 tasks: Any = None, delay_s: float = 0.0, fail: BaseException | None = None) -> None:
        self.name = name
        self.customers = customers or []
        self.history_items = history if history is not None else []
        self.task_items = tasks if tasks is not None else []
        self.delay_s = delay_s
        self.fail = fail
        self.calls: list[tuple[str, float, float]] = []
        self.closed = False

    async def _answer(self, what: str, value: Any) -> Any:
        started = time.perf_counter()
        try:
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
            if self.fail is not None:
                raise self.fail
            return value
        finally:
            self.calls.append((what, started, time.perf_counter()))

    def asked(self, what: str = "find") -> int:
        return sum(1 for c in self.calls if c[0] == what)

    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        value = self.customers
        return await self._answer("find", list(value) if isinstance(value, list) else value)

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        value = self.history_items
        return await self._answer("history", list(value)[:limit] if isinstance(value, list) else value)

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        return await self._answer("tasks", self.task_items)

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:
        return idempotency_key

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        return idempotency_key

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        return idempotency_key

    async def close(self) -> None:
        self.closed = True


class StubbornCrm(FakeCrm):
    """Hangs, and swallows the first cancellation (as badly written libraries do)."""

    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        self.calls.append(("find", time.perf_counter(), 0.0))
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            await asyncio.sleep(0.5)  # ignores being cancelled for a while
        return []


def run(coro: Any) -> Any:
    return asyncio.run(coro)
