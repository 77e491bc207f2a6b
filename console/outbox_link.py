""""Link to a customer…" in the Write-backs tab: a write-back the CRM could not file (it does not
know the caller) goes to the customer the agent finds.

The agent types the customer's phone number (looked up in that entry's CRM, in the background)
or their id in that CRM; with several matches they choose one. Then the entry, and the other
entries of the same call waiting in that CRM, are sent to that customer.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from crm_adapters.numbers import normalise

from console.messages import sentence_for
from console.plain_text import shown

log = logging.getLogger(__name__)
LOOKUP_TIMEOUT_S = 15.0


def customers_with(crm, adapter_name: str, number: str, region: str) -> list[tuple[str, str]]:
    """(id, "Name — Company") of the customers with ``number`` in that CRM; blocking (background)."""
    adapter = dict(crm.adapters).get(adapter_name)
    if adapter is None:
        raise RuntimeError(f"the CRM {adapter_name} is not running")
    found = crm.runtime.run(adapter.find_customers(normalise(number, region)), timeout_s=LOOKUP_TIMEOUT_S)
    return [(str(c.id), " — ".join(x for x in (c.name, c.company) if x) or str(c.id)) for c in found or [] if c.id]


class OutboxLink:
    """Asks, looks up, links; ``ac`` is console.after_call.AfterCall, ``refresh`` redraws the tab."""

    def __init__(self, ac, parent: QWidget) -> None:
        self.ac, self.parent = ac, parent

    def ask(self, entry: dict[str, Any]) -> None:
        crm = entry["adapter"]
        text, ok = QInputDialog.getText(
            self.parent, QCoreApplication.translate("OutboxLink", "Link to a customer"),
            QCoreApplication.translate("OutboxLink", "Which customer in %1 is this write-back for?\nType their phone "
                                                     "number, or their id in that CRM:").replace("%1", shown(crm, 60)))
        text = text.strip()
        if not ok or not text:
            return
        region = self.ac.app.config.default_region
        if normalise(text, region).known:
            self.ac.background.run(lambda: customers_with(self.ac.app.crm, crm, text, region),
                                   lambda found: self._choose(entry, text, found), self._failed,
                                   name="finding a customer")
        else:
            self.link(entry["entry_id"], text)

    def _choose(self, entry: dict[str, Any], number: str, found: list[tuple[str, str]]) -> None:
        if not found:
            self._tell(sentence_for("outbox.no_match", {"service": entry["adapter"], "number": number},
                                    f"{entry['adapter']} has no customer with the number {number}."))
            return
        if len(found) == 1:
            self.link(entry["entry_id"], found[0][0])
            return
        labels = [f"{shown(label, 120)} ({shown(cid, 40)})" for cid, label in found]
        choice, ok = QInputDialog.getItem(self.parent, "Link to a customer", "Several customers have this number:",
                                          labels, 0, False)
        if ok and choice in labels:
            self.link(entry["entry_id"], found[labels.index(choice)][0])

    def link(self, entry_id: int, customer_id: str) -> None:
        box = self.ac.outbox
        if box is None:
            return
        self.ac.background.run(lambda: box.link(entry_id, customer_id), self._linked, self._failed,
                               name="linking a write-back")

    def _linked(self, ids: list[int]) -> None:
        if self.ac.sender is not None and ids:
            self.ac.sender.wake(hurry=True)
        self.ac.views.refresh()

    def _failed(self, exc: BaseException) -> None:
        log.warning("linking a write-back failed: %s", type(exc).__name__)
        self._tell(sentence_for("outbox.not_linked", {"reason": str(exc)[:200]}, f"The write-back was not linked: {exc}"))

    def _tell(self, text: str) -> None:
        self.ac.window.statusBar().showMessage(shown(text, 400), 10000)
