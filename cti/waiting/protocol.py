"""What a waiting source is, and the changes it reports.

A source is started once with ``report`` (a callable taking one change) and stopped once.
``report`` may be called from any thread (the console hands it on to its GUI thread); a
source never blocks in ``start`` or ``stop`` for long, and never raises out of them for
trouble outside the console (an unreachable PBX is a :class:`SourceProblem`, reported).

The changes are plain values. ``key`` names one waiting customer across every console of the
team: the ring group's SIP Call-ID, the PBX's channel id (Asterisk's ``Uniqueid``) and so on.
Built in:

- ``ring_group`` (:mod:`cti.waiting.ring_group`): the customers ringing this console (a ring
  group forks one INVITE to several desks; one customer per Call-ID);
- ``ami`` (:mod:`cti.waiting.asterisk_ami`): an Asterisk queue, over the Asterisk Manager
  Interface (``QueueStatus`` on connect, then ``QueueCallerJoin`` / ``QueueCallerLeave`` /
  ``QueueCallerAbandon`` / ``AgentConnect``).

The next one to build: FreeSWITCH ``mod_callcenter`` over the event socket (subscribe to the
``CUSTOM callcenter::info`` events; ``CC-Action`` ``member-queue-start`` is a customer waiting,
``bridge-agent-start`` answered, ``member-queue-end`` with ``CC-Cause: Cancel`` gave up;
``callcenter_config queue list members`` gives who is already waiting on connect).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, Union, runtime_checkable


@dataclass(frozen=True)
class CustomerWaiting:
    """A customer started waiting (or a source learnt of one already waiting)."""

    key: str
    number: str = ""
    name: str = ""
    since: float | None = None  # UNIX seconds; None = now
    where: tuple[str, ...] = ()  # the agents whose phones ring, or the queue ("queue:support")


@dataclass(frozen=True)
class CustomerAnswered:
    key: str
    agent: str = ""  # who answered (agent id, or the PBX's member name)


@dataclass(frozen=True)
class CustomerGaveUp:
    """The caller hung up before anyone answered: counts as abandoned."""

    key: str


@dataclass(frozen=True)
class CustomerLeft:
    """The customer is not waiting any more, and the source does not know why (it was not
    connected when it happened): leaves the list, counts neither way."""

    key: str


@dataclass(frozen=True)
class SourceProblem:
    """The source cannot see its customers (``sentence`` says why and what to fix), or, with
    an empty sentence, sees them again."""

    source: str
    sentence: str = ""


WaitingChange = Union[CustomerWaiting, CustomerAnswered, CustomerGaveUp, CustomerLeft, SourceProblem]
CHANGES = (CustomerWaiting, CustomerAnswered, CustomerGaveUp, CustomerLeft, SourceProblem)


@runtime_checkable
class WaitingSource(Protocol):
    def start(self, report: Callable[[WaitingChange], None]) -> None: ...

    def stop(self) -> None: ...
