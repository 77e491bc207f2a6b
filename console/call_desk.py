"""The agent's desk: turns phone events into cards, call rows and `ctl events`.

Phone events arrive on the SIP thread; the CRM lookup for a ringing call is started right there
(no hop through the GUI thread first), and everything else is handed to the GUI thread through
the one EventHub.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from console.call_panel import CallRow
from console.event_hub import EventHub
from console.main_window import MainWindow
from crm_adapters.numbers import normalise
from crm_adapters.privacy import mask_number
from crm_adapters.vocabulary import CustomerCard, SourceState
from cti import events as ev

log = logging.getLogger(__name__)
PLACEHOLDER_AFTER_MS = 20


@dataclass(frozen=True)
class CardArrived:
    """A (partial or complete) card for a call, produced on the CRM thread."""

    call_id: str
    card: CustomerCard
    made_ns: int = 0  # perf_counter_ns when the CRM side finished this version of the card


@dataclass
class CallInfo:
    ringing: ev.CallRinging
    card: CustomerCard | None = None
    placeholder: CustomerCard | None = None  # the number alone, shown if the CRMs are slow
    card_made_ns: int = 0
    card_received_ns: int = 0
    render_due: bool = False
    shown: bool = False
    answered_at: float | None = None


class CallDesk(QObject):
    create_contact_requested = Signal(str, str)  # call_id, E.164 of an unknown caller

    def __init__(self, window: MainWindow, hub: EventHub, crm, default_region: str) -> None:
        super().__init__(window)
        self.window = window
        self.hub = hub
        self.crm = crm  # console.crm_setup.CrmSide, or None while it starts
        self.default_region = default_region
        self.calls: dict[str, CallInfo] = {}
        self.phone = None  # cti.softphone.Softphone once started
        hub.event.connect(self._on_event)
        hub.published.connect(self._on_published)
        panel = window.call_panel
        panel.answer.connect(lambda cid: self._phone_do("answer", cid))
        panel.reject.connect(lambda cid: self._phone_do("reject", cid))
        panel.hangup.connect(lambda cid: self._phone_do("hangup", cid))
        panel.hold.connect(lambda cid, on: self._phone_do("hold" if on else "resume", cid))
        panel.mute.connect(lambda cid, on: self._phone_do("mute", cid, on))
        panel.dtmf.connect(lambda cid, digits: self._phone_do("dtmf", cid, digits))
        panel.transfer.connect(lambda cid, target: self._phone_do("transfer", cid, target))
        panel.dial.connect(lambda target: self._phone_do("dial", target))
        panel.conference.connect(lambda: self._phone_do("conference", [c for c in self.calls]))

    # -- called on the SIP thread ------------------------------------------------
    def on_phone_event(self, event: object) -> None:
        # The ringing event is queued for the GUI before the lookup starts: Qt delivers posted
        # events in order, so a card (even one straight from the cache) never arrives before
        # the GUI knows the call it belongs to.
        self.hub.post(event)
        if isinstance(event, ev.CallRinging) and self.crm is not None:
            self._start_lookup(event)

    def _start_lookup(self, ringing: ev.CallRinging) -> None:
        call_id = ringing.call_id

        def deliver(card: CustomerCard) -> None:
            self.hub.post(CardArrived(call_id, card, time.perf_counter_ns()))

        raw = "" if ringing.withheld else ringing.number
        self.crm.runtime.submit(self.crm.chain.lookup(raw or "anonymous", on_update=deliver))

    def look_up_again(self, call_id: str) -> None:
        """Ask the CRMs again for a call's caller (after the agent created the contact)."""
        info = self.calls.get(call_id)
        if info is not None and self.crm is not None:
            info.card = None
            self._start_lookup(info.ringing)

    def _phone_do(self, action: str, *args):
        if self.phone is None:
            raise RuntimeError("the phone is not running")
        return getattr(self.phone, action)(*args)

    # -- GUI thread -------------------------------------------------------------
    def _on_event(self, event: object) -> None:
        handler = {
            ev.CallRinging: self._ringing,
            CardArrived: self._card,
            ev.CallAnswered: self._answered,
            ev.CallHeld: self._held,
            ev.CallMuted: self._muted,
            ev.CallEnded: self._ended,
            ev.RegistrationChanged: self._registration,
            ev.PhoneError: self._phone_error,
            ev.CallTransferred: self._transferred,
            ev.RecordingChanged: self._recording,
            ev.CallsRefused: self._refused,
        }.get(type(event))
        if handler is not None:
            try:
                handler(event)
            except Exception:  # one bad event must not stop the desk
                log.exception("handling %s failed", type(event).__name__)

    def _on_published(self, event: dict) -> None:
        if event.get("type") == "wrapup.ended":  # after-call work is done: the card can go
            call_id = event.get("call_id", "")
            if call_id not in self.window.call_panel.calls:
                self.window.drop_card(call_id)
                self.calls.pop(call_id, None)

    def _ringing(self, e: ev.CallRinging) -> None:
        for call_id, info in list(self.calls.items()):
            if info.answered_at is None and call_id not in self.window.call_panel.calls:
                self.window.drop_card(call_id)
                del self.calls[call_id]
        number = normalise("" if e.withheld else e.number or "", self.default_region)
        info = CallInfo(ringing=e)
        self.calls[e.call_id] = info
        caller = "Withheld number" if e.withheld else (number.international or e.number or e.display_name or "Unknown")
        self.window.call_panel.upsert(CallRow(e.call_id, e.direction, caller, "ringing"))
        view = self.window.card_view(e.call_id)
        if not getattr(view, "desk_wired", False):
            view.painted.connect(self._painted)
            view.create_contact_requested.connect(
                lambda number, v=view: self.create_contact_requested.emit(v.call_id, number))
            view.desk_wired = True
        self.window.set_card_title(e.call_id, caller)
        info.placeholder = CustomerCard(number=number, sources={})
        if e.withheld or not number.e164:
            view.show_card(info.placeholder)  # nothing to look up: say so at once
        else:  # the local CRM or the cache usually answers first; if not, the number alone
            QTimer.singleShot(PLACEHOLDER_AFTER_MS, lambda: self._show_placeholder(e.call_id))
        self.hub.publish("call.ringing", call_id=e.call_id, direction=e.direction,
                         number=number.e164 or "", withheld=e.withheld, display_name=e.display_name,
                         trusted=e.trusted)
        log.info("call %s ringing (%s) from %s", e.call_id, e.direction, mask_number(number.e164 or ""))

    def _show_placeholder(self, call_id: str) -> None:
        info = self.calls.get(call_id)
        if info is not None and info.card is None and info.placeholder is not None:
            self.window.card_view(call_id).show_card(info.placeholder)

    def _card(self, a: CardArrived) -> None:
        info = self.calls.get(a.call_id)
        if info is None:
            return
        info.card = a.card
        info.card_made_ns, info.card_received_ns = a.made_ns, time.perf_counter_ns()
        if not info.render_due:  # several CRM answers in a burst: build the card once
            info.render_due = True
            QTimer.singleShot(0, lambda: self._render(a.call_id))

    def _render(self, call_id: str) -> None:
        info = self.calls.get(call_id)
        if info is None or info.card is None:
            return
        info.render_due = False
        card = info.card
        self.window.card_view(call_id).show_card(card)
        if card.customer:
            self.window.set_card_title(call_id, card.customer.name)
            row = self.window.call_panel.calls.get(call_id)
            if row:
                row.caller = card.customer.name + (f" · {card.customer.company}" if card.customer.company else "")
                self.window.call_panel.refresh()

    def _painted(self, call_id: str, painted_ns: int) -> None:
        info = self.calls.get(call_id)
        card = None if info is None else (info.card or info.placeholder)
        if info is None or card is None:
            return
        latency_ms = round((painted_ns - info.ringing.received_ns) / 1e6, 2)
        # where the time went: CRM lookup, hand-over to the GUI thread, building and painting
        crm_ms = handover_ms = paint_ms = None
        if info.card is not None:
            crm_ms = round((info.card_made_ns - info.ringing.received_ns) / 1e6, 2)
            handover_ms = round((info.card_received_ns - info.card_made_ns) / 1e6, 2)
            paint_ms = round((painted_ns - info.card_received_ns) / 1e6, 2)
        answered = [s.source for s in card.sources.values() if s.state in (SourceState.OK, SourceState.NOT_FOUND)]
        missing = {s.source: s.reason for s in card.sources.values() if s.state == SourceState.UNAVAILABLE}
        fields = dict(call_id=call_id, latency_ms=latency_ms, crm_ms=crm_ms, handover_ms=handover_ms, paint_ms=paint_ms,
                      known=card.customer is not None,
                      complete=card.complete, sources_answered=answered, sources_unavailable=missing,
                      sources_ms={s.source: s.elapsed_ms for s in card.sources.values() if s.elapsed_ms is not None},
                      customer=card.customer.name if card.customer else None)
        if not info.shown:
            info.shown = True
            self.hub.publish("card.shown", **fields)
        else:
            self.hub.publish("card.updated", **fields)

    def _answered(self, e: ev.CallAnswered) -> None:
        info = self.calls.get(e.call_id)
        self._update_row(e.call_id, state="connected", connected_at=time.monotonic())
        if info:
            info.answered_at = time.time()
        self.window.show_call(e.call_id)
        self.hub.publish("call.answered", call_id=e.call_id)

    def _update_row(self, call_id: str, **changes: object) -> None:
        row = self.window.call_panel.calls.get(call_id)
        if row:
            for name, value in changes.items():
                setattr(row, name, value)
            self.window.call_panel.refresh()

    def _held(self, e: ev.CallHeld) -> None:
        self._update_row(e.call_id, state="held" if e.held else "connected")
        self.hub.publish("call.held" if e.held else "call.resumed", call_id=e.call_id)

    def _muted(self, e: ev.CallMuted) -> None:
        self._update_row(e.call_id, muted=e.muted)
        self.hub.publish("call.muted", call_id=e.call_id, muted=e.muted)

    def _recording(self, e: ev.RecordingChanged) -> None:
        self._update_row(e.call_id, recording=e.recording)
        self.hub.publish("call.recording", call_id=e.call_id, recording=e.recording)

    def _transferred(self, e: ev.CallTransferred) -> None:
        self.hub.publish("call.transferred", call_id=e.call_id, target=e.target, attended=e.attended, ok=e.ok, reason=e.reason)

    def _ended(self, e: ev.CallEnded) -> None:
        self.window.call_panel.remove(e.call_id)
        info = self.calls.get(e.call_id)
        if info is not None and info.card is not None and info.card.customer is not None:
            self.window.set_card_title(e.call_id, f"{info.card.customer.name} (ended)")
        if info is not None and info.answered_at is None:
            self.window.drop_card(e.call_id)
            self.calls.pop(e.call_id, None)
        self.hub.publish("call.ended", call_id=e.call_id, reason=e.reason, status_code=e.status_code,
                         duration_s=round(e.duration_s, 1))

    def _registration(self, e: ev.RegistrationChanged) -> None:
        text = f"SIP: registered at {e.registrar}" if e.registered else f"SIP: not registered — {e.reason} ({e.status_code})"
        self.window.sip_status.setText(text)
        self.hub.publish("sip.registration", registered=e.registered, status_code=e.status_code, reason=e.reason)

    def _refused(self, e: ev.CallsRefused) -> None:
        """A burst of calls from one caller is being refused (once per burst)."""
        self.window.statusBar().showMessage(
            f"Refusing calls from {e.source}: more than {e.max_calls} in {e.window_s:g} s "
            f"({e.refused_total} refused so far).", 15000)
        self.hub.publish("calls.refused", source=e.source, refused_total=e.refused_total,
                         max_calls=e.max_calls, window_s=e.window_s)

    def _phone_error(self, e: ev.PhoneError) -> None:
        self.window.statusBar().showMessage(f"{e.command}: {e.reason}", 8000)
        self.hub.publish("phone.error", command=e.command, reason=e.reason, call_id=e.call_id)

