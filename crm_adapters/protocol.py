"""The one protocol every CRM adapter implements, built-in or third-party.

An adapter package registers a factory in the entry-point group ``agent_console.crm_adapters``::

    [project.entry-points."agent_console.crm_adapters"]
    mycrm = "mycrm_adapter:create"

``create(settings, context)`` gets the adapter's own ``[crm.NAME]`` table (plain values) and
an :class:`AdapterContext`, and returns an object satisfying :class:`CrmAdapter`.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from crm_adapters.problems import Problem
from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, Interaction, NumberInfo


class AdapterError(Problem):
    """The CRM could not answer; ``reason`` (English) is for logs, ``code`` and ``params`` for the
    console's sentence on hover."""

    code = "crm.problem"

    def __init__(self, reason: str, *, retryable: bool = True, retry_after_s: float | None = None,
                 code: str = "", params: Mapping[str, Any] | None = None):
        super().__init__(reason, code=code, params=params)
        self.reason = reason
        self.retryable = retryable
        self.retry_after_s = retry_after_s


@dataclass
class AdapterContext:
    default_region: str = "SK"
    data_dir: Path | None = None
    # name -> secret; adapters ask for secrets by name, never read them from config text
    secret: Callable[[str], str | None] = lambda name: None
    agent_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class CrmAdapter(Protocol):
    name: str

    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        """Customers whose phone matches ``number`` (best first); [] when nobody does."""

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        """The latest interactions, newest first."""

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        """Open follow-ups and promised call-backs, oldest due first."""

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:
        """Store the call; returns the CRM's id for it. Same key twice = stored once."""

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        ...

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        ...

    async def close(self) -> None:
        ...


@runtime_checkable
class ListsAssignedTasks(Protocol):
    """Optional: an adapter that can list the tasks assigned to an agent (My tasks shows them).
    Adapters without it are skipped, and My tasks names the CRMs that cannot list tasks."""

    async def assigned_tasks(self, assignee: str, limit: int = 50) -> list[FollowUpTask]:
        """Open tasks and call-backs assigned to ``assignee`` (the agent's id), at most ``limit``,
        overdue and soonest first; ``number`` set where the CRM knows whom to call."""


def can_list_tasks(adapter: object) -> bool:
    return callable(getattr(adapter, "assigned_tasks", None))


AdapterFactory = Callable[[dict[str, Any], AdapterContext], CrmAdapter]
