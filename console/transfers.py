"""Transfers that carry the context: blind, or attended (consult, then complete or cancel).

Sending: before the customer is handed over, the context — who transfers, the customer (name,
number, CRM ids), the notes typed so far and the disposition chosen so far — goes into the
team store as a hand-off addressed to the colleague (:meth:`TeamStore.put_handoff`). Its id
also rides along as a SIP header hint, but nothing depends on it: a PBX may drop it.

Receiving: when a call rings, the team store is asked (on the team lane, never the GUI thread)
for a hand-off to this agent from this caller's number. If there is one, the card shows
"Transferred by Jana: …" while it still rings, the notes box starts with the notes, and the
``transfer.context`` event goes out. In an attended transfer the context comes with the
colleague's consultation call; the customer's call that replaces it takes the context over.

Installed by ``console.app.FEATURES`` (after ``console.team``, whose link it uses); the
call panel's transfer dialog and ``ctl transfer`` both end up here.
"""
from __future__ import annotations

import logging
import time
import unicodedata
import uuid
from typing import Any

from PySide6.QtCore import QObject, QTimer

from crm_adapters.privacy import mask_number, scrub
from crm_adapters.store.team.model import Handoff
from cti import events as ev

from console.model.events import TransferContext
from console.outside_text import shown

log = logging.getLogger(__name__)
HANDOFF_MAX_AGE_S = 120  # a hand-off older than this is not matched to a ringing call


class TransferProblem(Exception):
    """A transfer cannot start; ``str()`` says what to do in English (logs, `ctl`), :meth:`said`
    in the agent's language (the sentence ``words`` of console/messages.py with ``params``)."""

    def __init__(self, text: str, words: str = "", **params: object) -> None:
        super().__init__(text)
        self.words, self.params = words, params

    def said(self) -> str:
        from console.messages import sentence_for

        return sentence_for(self.words, self.params, str(self)) if self.words else str(self)


def _folded(text: str) -> str:
    """For matching names as people type them: no case, no accents ("petr" finds "Petr Novák")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(c)).casefold()


class Transfers(QObject):
    def __init__(self, app) -> None:  # noqa: ANN001 - console.app.ConsoleApp (not imported: no cycle)
        super().__init__(app.window)
        self.app = app
        self.book = app.book
        self.window = app.window
        self.panel = app.window.call_panel
        self.me = app.config.agent
        self.contexts: dict[str, Handoff] = {}  # call id -> the context that came with it
        self.consults: dict[str, str] = {}  # the customer's call id -> the consultation's call id
        self.consult_calls: set[str] = set()  # consultations (theirs, or ours replaced by the customer)
        bridge = app.bridge
        bridge.subscribe(ev.CallRinging, self._ringing, owner=self)
        bridge.subscribe(ev.ConsultChanged, self._consult_changed, owner=self)
        bridge.subscribe(ev.CallTransferred, self._transferred, owner=self)
        bridge.subscribe(ev.CallEnded, self._ended, owner=self)
        self.panel.transfer_wired = True
        self.panel.colleagues = self.directory
        self.panel.transfer_requested.connect(self._from_panel)
        self.panel.complete_transfer.connect(lambda cid: self._from_panel_do(self.complete, cid))
        self.panel.cancel_transfer.connect(lambda cid: self._from_panel_do(self.cancel, cid))

    # -- the team ----------------------------------------------------------------------------
    def team(self):  # noqa: ANN201 - console.team_link.TeamLink or None
        """The team feature's link to the team store (None when it does not run)."""
        team = getattr(self.app, "team", None)
        if team is not None:
            return getattr(team, "link", team)
        for feature in getattr(self.app, "installed", ()):
            link = getattr(feature, "link", None)
            if link is not None and hasattr(link, "directory"):
                return link
        return None

    def directory(self) -> tuple:
        team = self.team()
        return team.directory() if team is not None else ()

    def resolve(self, target: str) -> tuple[str, Any]:
        """A colleague's id or name, or a number / SIP address -> (what to dial, the colleague or None)."""
        target = (target or "").strip()
        if not target:
            raise TransferProblem("Say whom to transfer to: a colleague's name, a number or a SIP address.",
                                  "transfer.no_target")
        colleagues = self.directory()
        wanted = _folded(target)
        found = [c for c in colleagues if c.id == target] or [c for c in colleagues if _folded(c.name) == wanted] \
            or [c for c in colleagues if wanted and _folded(c.name).startswith(wanted)]
        if len(found) > 1:
            names = ", ".join(shown(c.name or c.id, 40) for c in found[:5])
            raise TransferProblem(f"More than one colleague matches \"{shown(target, 40)}\" ({names}): "
                                  "type more of the name, or use their id.", "transfer.ambiguous",
                                  target=shown(target, 40), names=names)
        if found:
            colleague = found[0]
            if not colleague.sip_uri:
                raise TransferProblem(f"{shown(colleague.name, 60)}'s console has not said where to reach it: "
                                      "transfer to their number instead.", "transfer.no_address",
                                      name=shown(colleague.name, 60))
            if colleague.state == "offline":
                raise TransferProblem(f"{shown(colleague.name, 60)} is offline: choose another colleague.",
                                      "transfer.offline", name=shown(colleague.name, 60))
            return colleague.sip_uri, colleague
        team = self.team()
        by_uri = team.colleague(sip_uri=target) if team is not None and target.startswith("sip") else None
        return target, by_uri

    # -- sending -----------------------------------------------------------------------------
    def _phone(self):  # noqa: ANN202
        phone = self.app.desk.phone
        if phone is None:
            raise TransferProblem(f"The phone is not running: {self.app.phone_problem or 'it is starting'}.")
        return phone

    def _customer_call(self, call_id: str) -> str:
        """The customer's call: `call_id`, or the customer behind a consultation."""
        for customer, consult in self.consults.items():
            if call_id == consult:
                return customer
        return call_id

    def handoff(self, call_id: str, to_agent: str, number: str) -> Handoff:
        """The context of ``call_id`` as it is now, for ``to_agent``; ``number`` is the caller's
        number as the colleague's phone will see it."""
        call = self.book[call_id]
        after_call = getattr(self.app, "after_call", None)
        notes = ""
        if after_call is not None:
            if after_call.focus == call_id:
                after_call.texts[call_id] = after_call.notes.text()
            notes = after_call.texts.get(call_id, "")
        customer: dict[str, Any] = {"number": call.number, "name": call.customer_name}
        for crm, customer_id in list(call.customer_ids.items())[:8]:
            customer.setdefault("id", customer_id)
            customer.setdefault("crm", crm)
            customer[f"id:{crm}"] = customer_id
        return Handoff(id=uuid.uuid4().hex, from_agent=self.me.id, from_name=self.me.name or self.me.id,
                       to_agent=to_agent, number=number, customer=customer, notes=notes,
                       disposition=call.disposition, created=time.time())

    def start(self, call_id: str, target: str, attended: bool):  # noqa: ANN201 - a Job, or the answer
        """Blind: hand the customer over now. Attended: call the colleague (the customer waits on
        hold); complete() or cancel() follows. The context is stored first; if the team store is
        down the transfer still happens, and the agent is told the notes did not go with it."""
        call_id = self._customer_call(call_id)
        call = self.book.get(call_id)
        if call is None or call.state not in ("connected", "held"):
            raise TransferProblem("Only a call in progress can be transferred.", "sip.cannot_transfer")
        if attended and call_id in self.consults:
            raise TransferProblem("You are already consulting for this call: complete or cancel that first.",
                                  "transfer.consulting")
        phone = self._phone()
        uri, colleague = self.resolve(target)
        answer = {"call_id": call_id, "target": target, "uri": uri, "attended": attended,
                  "colleague": colleague.id if colleague is not None else ""}
        # what the colleague's phone will see as the caller: the customer (blind), or us (consult)
        number = (self.app.config.sip.user or "") if attended else call.number
        handoff = self.handoff(call_id, colleague.id, number) if colleague is not None else None

        def go(handoff_id: str = "") -> None:
            log.info("call %s: %s transfer to %s", call_id, "attended" if attended else "blind",
                     colleague.id if colleague is not None else "an outside number")
            try:
                if attended:
                    headers = {"X-Agent-Console-Handoff": handoff_id} if handoff_id else None
                    answer["consult_id"] = phone.consult(call_id, uri, headers)
                else:
                    phone.transfer(call_id, uri, hint=handoff_id)
            except Exception as exc:  # noqa: BLE001 - a bad target: the agent reads why
                log.warning("transfer of call %s not started: %s", call_id, scrub(str(exc)))
                answer["problem"] = str(exc)
                self.app.window.statusBar().showMessage(self.tr("Transfer: %1").replace("%1", str(exc)), 8000)

        def not_stored(exc: BaseException) -> None:
            log.warning("transfer context not stored: %s", type(exc).__name__)
            answer["context"] = "not sent"
            self.app.window.statusBar().showMessage(
                self.tr("The team store is not answering: the call is transferred, but your notes did not go with it."),
                10000)
            go()

        team = self.team()
        job = team.run(lambda store: store.put_handoff(handoff), lambda hid: (answer.update(context="sent"), go(hid)),
                       not_stored, name="sending a transfer's context") if handoff is not None and team else None
        if job is None:
            answer["context"] = "none" if colleague is None else "not sent"
            go()
            if "problem" in answer:
                raise TransferProblem(answer["problem"])
            return answer
        log.info("transferring call %s to %s (%s), context %s", call_id, colleague.id,
                 "attended" if attended else "blind", handoff.id)
        return job.after(lambda: answer)

    def complete(self, call_id: str = "") -> dict[str, Any]:
        customer = self._consulting(call_id)
        self._phone().complete_transfer(customer)
        return {"call_id": customer, "consult_id": self.consults[customer], "completed": True}

    def cancel(self, call_id: str = "") -> dict[str, Any]:
        customer = self._consulting(call_id)
        self._phone().cancel_transfer(customer)
        return {"call_id": customer, "consult_id": self.consults[customer], "cancelled": True}

    def _consulting(self, call_id: str) -> str:
        customer = self._customer_call(call_id) if call_id else ""
        if customer and customer in self.consults:
            return customer
        if not call_id and len(self.consults) == 1:
            return next(iter(self.consults))
        raise TransferProblem("There is no consultation to complete or cancel: start one with "
                              "transfer TARGET --attended." if not self.consults else
                              "Say which call: --call ID (of the customer or the consultation).")

    def _from_panel(self, call_id: str, target: str, attended: bool) -> None:
        self._from_panel_do(self.start, call_id, target, attended)

    def _from_panel_do(self, action, *args) -> None:  # noqa: ANN001
        try:
            action(*args)
        except TransferProblem as exc:
            self.window.statusBar().showMessage(exc.said(), 8000)

    # -- what the phone says -----------------------------------------------------------------
    def _consult_changed(self, e: ev.ConsultChanged) -> None:
        if e.ended:
            if self.consults.get(e.call_id) == e.consult_id:
                del self.consults[e.call_id]
        else:
            self.consults[e.call_id] = e.consult_id
            self.consult_calls.add(e.consult_id)
        customer, consult = next(iter(self.consults.items()), ("", ""))
        self.panel.show_consult(customer, consult)

    def _transferred(self, e: ev.CallTransferred) -> None:
        if e.ok:
            self.window.statusBar().showMessage(self.tr("The call is transferred."), 6000)
        else:
            reason = shown(e.reason, 80) or self.tr("the other side refused it")
            self.window.statusBar().showMessage(
                self.tr("The transfer did not go through (%1); the customer is still on your line.").replace(
                    "%1", reason), 10000)

    def _ended(self, e: ev.CallEnded) -> None:
        self.contexts.pop(e.call_id, None)
        if e.call_id in self.consult_calls:  # a consultation is no call of its own to write up
            self.consult_calls.discard(e.call_id)
            QTimer.singleShot(0, lambda: self._close_consultation(e.call_id))

    def _close_consultation(self, call_id: str) -> None:
        after_call = getattr(self.app, "after_call", None)
        if after_call is None or call_id not in after_call.wrapup.active():
            return
        try:
            after_call.finish_wrapup(call_id, reason="transferred")
        except ValueError:  # the site wants a disposition for every call: the agent picks one
            pass

    # -- receiving ---------------------------------------------------------------------------
    def _ringing(self, e: ev.CallRinging) -> None:
        if e.direction != "in":
            return
        if e.replaces:  # the customer took the place of our consultation: the context moves over
            self.consult_calls.add(e.replaces)
            handoff = self.contexts.get(e.replaces)
            if handoff is not None:
                after_call = getattr(self.app, "after_call", None)
                if after_call is not None:
                    after_call.texts[e.call_id] = after_call.texts.get(e.replaces) or handoff.notes
                self._show(e.call_id, handoff, announce=False)
            return
        team = self.team()
        if team is None:
            return
        me, number, call_id = self.me.id, "" if e.withheld else e.number, e.call_id
        team.run(lambda store: store.take_handoff(me, number, call_id, HANDOFF_MAX_AGE_S),
                 lambda handoff: self._arrived(call_id, handoff), lambda exc: log.warning(
                     "transfer context not read: %s", type(exc).__name__), name="reading a transfer's context")

    def _arrived(self, call_id: str, handoff: Handoff | None) -> None:
        if handoff is None:
            return
        call = self.book.get(call_id)
        log.info("call %s came with the context of a transfer from %s (customer %s)", call_id, handoff.from_agent,
                 mask_number(handoff.customer.get("number", "") or handoff.number))
        after_call = getattr(self.app, "after_call", None)
        if after_call is not None and call is not None:
            typed = after_call.texts.get(call_id, "")
            text = handoff.notes if not typed.strip() else f"{handoff.notes}\n{typed}" if handoff.notes else typed
            after_call.texts[call_id] = text
            if after_call.focus == call_id:
                after_call.notes.set_text(text)
            if handoff.disposition and not call.disposition:
                self.book.update(call_id, disposition=handoff.disposition)
        self._show(call_id, handoff, announce=True)

    def _show(self, call_id: str, handoff: Handoff, announce: bool) -> None:
        self.contexts[call_id] = handoff
        customer = handoff.customer
        who = customer.get("name") or customer.get("number") or handoff.number
        by = handoff.from_name or handoff.from_agent
        lines = [self.tr("Transferred by %1: %2").replace("%1", by).replace("%2", who) if who
                 else self.tr("Transferred by %1").replace("%1", by)]
        if handoff.disposition:
            lines.append(self.tr("Disposition so far: %1").replace("%1", handoff.disposition))
        if handoff.notes:
            lines.append(handoff.notes)
        if call_id in self.book:
            self.window.card_view(call_id).show_transfer(shown("\n".join(lines), 2000, keep_lines=True))
        if announce:
            self.app.bridge.post(TransferContext(call_id, handoff.from_agent, handoff.from_name, dict(customer),
                                                 handoff.notes, handoff.disposition))


def install(app) -> Transfers:  # noqa: ANN001 - console.app.ConsoleApp
    """Uses the after-call notes and the team feature's link, so it gets the whole console."""
    transfers = Transfers(app)
    app.transfers = transfers
    return transfers
