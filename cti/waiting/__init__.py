"""Customers waiting, from wherever they wait: the console's own ring group or the PBX's queue.

A *waiting source* (:class:`cti.waiting.protocol.WaitingSource`) reports plain
:mod:`cti.waiting.protocol` changes; the console's team feature writes them to the team store,
so every board shows the same list whichever source saw the customer. Sources are found by
name (:mod:`cti.waiting.registry`): ``ring_group``, ``ami`` and any installed package's entry
point in the group ``agent_console.waiting_sources``.
"""
from cti.waiting.protocol import (
                                  CustomerAnswered,
                                  CustomerGaveUp,
                                  CustomerLeft,
                                  CustomerWaiting,
                                  SourceProblem,
                                  WaitingChange,
                                  WaitingSource,
)

__all__ = ["CustomerAnswered", "CustomerGaveUp", "CustomerLeft", "CustomerWaiting", "SourceProblem",
           "WaitingChange", "WaitingSource"]
