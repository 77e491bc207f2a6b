"""The ring-group source: customers ringing this console, one per SIP Call-ID.

A ring group (Kamailio, a PBX's hunt group) forks one INVITE to several desks; each console
reports the same Call-ID, and the team store keeps one waiting customer. The console's team
presence (:mod:`console.team_presence`) tells this source what its phone does: a customer
rings, this agent answers, the caller gives up.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cti.waiting.protocol import CustomerAnswered, CustomerGaveUp, CustomerWaiting, WaitingChange


class RingGroupSource:
    name = "ring_group"

    def __init__(self) -> None:
        self._report: Callable[[WaitingChange], None] | None = None

    def start(self, report: Callable[[WaitingChange], None]) -> None:
        self._report = report

    def stop(self) -> None:
        self._report = None

    def _tell(self, change: WaitingChange) -> None:
        if self._report is not None:
            self._report(change)

    # -- what the phone does ------------------------------------------------------------------
    def rings(self, key: str, number: str, name: str, agent_id: str) -> None:
        self._tell(CustomerWaiting(key=key, number=number, name=name, where=(agent_id,)))

    def answered(self, key: str, agent_id: str) -> None:
        self._tell(CustomerAnswered(key=key, agent=agent_id))

    def gave_up(self, key: str) -> None:
        self._tell(CustomerGaveUp(key=key))


def create(settings: dict[str, Any]) -> RingGroupSource:  # noqa: ARG001 - it has no settings
    return RingGroupSource()
