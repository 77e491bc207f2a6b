"""The agent's desk: turns phone events into the call book and the cards.

Phone events arrive on the SIP thread; the CRM lookup for a ringing call is started right there
(no hop through the GUI thread first), and everything else is handed to the GUI thread through
the one bridge (console/bridge.py).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from crm_adapters.numbers import normalise
from crm_adapters.privacy import mask_number
from crm_adapters.vocabulary import CustomerCard, SourceState
from cti import events as ev
from cti.sip_stack import SoftphoneError

from console.bridge import Bridge
from console.event_hub import EventHub
from console.main_window import MainWindow
from console.messages import sentence
from console.model.calls import CONNECTED, HELD, Call, CallBook

log = logging.getLogger(__name__)
PLACEHOLDER_AFTER_MS = 20


@dataclass(frozen=True)
class CardArrived:
    """A (partial or complete) card for a call, produced on the CRM thread."""

    call_id: str
    card: CustomerCard
    made_ns: int = 0  # perf_counter_ns when the CRM side finished this version of the card


class _AfterRinging:
    """The cards of a look-up that started before its ringing event was queued for the GUI:
    held until `release()` (called once the ringing event is queued), then passed on in order."""

    def __init__(self, post: Callable[[object], None]) -> None:
        self._post = post
        self._lock = threading.Lock()
        self._released = False
        self._held: list[object] = []

    def post(self, event: object) -> None:
        with self._lock:
            if not self._released:
                self._held.append(event)
                return
            self._post(event)

    def release(self) -> None:
        with self._lock:  # (a card arriving meanwhile waits: the order stays)
            self._released = True
            held, self._held = self._held, []
            for event in held:
                self._post(event)


class CallDesk(QObject):
    create_contact_requested = Signal(str, str)  # call_id, E.164 of an unknown caller

    def __init__(self, window: MainWindow, hub: EventHub, crm, default_region: str,
                 bridge: Bridge | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.book: CallBook = window.book
        self.hub = hub
        self.crm = crm  # console.crm_setup.CrmSide, or None while it starts
        self.default_region = default_region
        self.phone = None  # cti.softphone.Softphone once started
        # who is calling when it is not a customer (a feature sets it: the team feature names a
        # colleague); takes the ringing event, returns a name or ""
        self.caller_names: Callable[[ev.CallRinging], str] | None = None
        self.bridge = bridge if bridge is not None else Bridge(self)
        for kind, handler in {
            ev.CallRinging: self._ringing,
            CardArrived: self._card,
            ev.CallAnswered: self._answered,
            ev.CallHeld: self._held,
            ev.CallMuted: self._muted,
            ev.ConferenceChanged: self._conference,
            ev.CallEnded: self._ended,
            ev.RegistrationChanged: self._registration,
            ev.PhoneError: self._phone_error,
            ev.RecordingChanged: self._recording,
            ev.CallsRefused: self._refused,
        }.items():
            self.bridge.subscribe(kind, handler, owner=self)
        panel = window.call_panel
        panel.answer.connect(lambda cid: self._button("answer", cid))
        panel.reject.connect(lambda cid: self._button("reject", cid))
        panel.hangup.connect(lambda cid: self._button("hangup", cid))
        panel.hold.connect(lambda cid, on: self._button("hold" if on else "resume", cid))
        panel.mute.connect(lambda cid, on: self._button("mute", cid, on))
        panel.dtmf.connect(lambda cid, digits: self._button("dtmf", cid, digits))
        panel.transfer.connect(lambda cid, target: self._button("transfer", cid, target))
        panel.dial.connect(lambda target: self._button("dial", target))
        panel.conference.connect(lambda: self._button("conference", [c.call_id for c in self.book.live()]))
        self.book.removed.connect(window.drop_card)  # nobody needs the call any more: its card goes

    # -- called on the SIP thread ------------------------------------------------
    def on_phone_event(self, event: object) -> None:
        if not (isinstance(event, ev.CallRinging) and self.crm is not None):
            self.bridge.post(event)
            return
        # The look-up starts first (the CRM thread gets going while the GUI takes the ringing
        # call in), but its cards are held until the ringing event is queued for the GUI: Qt
        # delivers posted events in order, so a card (even one straight from the cache, or one
        # made inside submit()) never arrives before the GUI knows the call it belongs to.
        cards = _AfterRinging(self.bridge.post)
        try:
            self._start_lookup(event, cards.post)
        finally:
            self.bridge.post(event)
            cards.release()

    def _start_lookup(self, ringing: ev.CallRinging, post: Callable[[object], None] | None = None) -> None:
        raw = "" if ringing.withheld else ringing.number
        self._look_up(ringing.call_id, raw, post)

    def _look_up(self, call_id: str, raw: str, post: Callable[[object], None] | None = None) -> None:
        post = post or self.bridge.post

        def deliver(card: CustomerCard) -> None:
            post(CardArrived(call_id, card, time.perf_counter_ns()))

        self.crm.runtime.submit(self.crm.chain.lookup(raw or "anonymous", on_update=deliver))

    def look_up_again(self, call_id: str) -> None:
        """Ask the CRMs again for a call's caller (after the agent created the contact)."""
        call = self.book.get(call_id)
        if call is not None and self.crm is not None:
            call.card = None
            self._look_up(call_id, call.lookup_number)

    def _phone_do(self, action: str, *args):
        if self.phone is None:
            raise SoftphoneError("the phone is not running", code="sip.not_running")
        return getattr(self.phone, action)(*args)

    def _button(self, action: str, *args):
        """A call button: what the phone refuses is said in the window and as `phone.error`,
        never a traceback on stderr."""
        try:
            return self._phone_do(action, *args)
        except Exception as exc:  # noqa: BLE001 - a button must never take the console down
            call_id = args[0] if args and isinstance(args[0], str) else ""
            log.warning("%s refused: %s", action, type(exc).__name__)
            self.bridge.post(ev.PhoneError(command=action, reason=str(exc)[:300], call_id=call_id,
                                           code=getattr(exc, "code", "") or "sip.command_failed",
                                           params=dict(getattr(exc, "params", {}) or {})))
            return None

    # -- GUI thread -------------------------------------------------------------
    def _ringing(self, e: ev.CallRinging) -> None:
        number = normalise("" if e.withheld else e.number or "", self.default_region)
        caller = self._named(e) or (
            self.tr("Withheld number") if e.withheld
            else (number.international or e.number or e.display_name or self.tr("Unknown")))
        call = Call(e.call_id, e.direction, number.e164 or ("" if e.withheld else e.number or ""), e.display_name,
                    e.withheld, e.trusted, caller, received_ns=e.received_ns,
                    lookup_number="" if e.withheld else e.number or "",
                    placeholder=CustomerCard(number=number, sources={}))
        view = self.window.card_view(e.call_id)
        if not getattr(view, "desk_wired", False):
            view.painted.connect(self._painted)
            view.create_contact_requested.connect(
                lambda number, v=view: self.create_contact_requested.emit(v.call_id, number))
            view.desk_wired = True
        self.window.set_card_title(e.call_id, caller)
        self.book.add(call)
        if e.withheld or not number.e164:
            view.show_card(call.placeholder)  # nothing to look up: say so at once
        else:  # the local CRM or the cache usually answers first; if not, the number alone
            QTimer.singleShot(PLACEHOLDER_AFTER_MS, lambda: self._show_placeholder(e.call_id))
        log.info("call %s ringing (%s) from %s", e.call_id, e.direction, mask_number(number.e164 or ""))

    def _named(self, e: ev.CallRinging) -> str:
        if self.caller_names is None or e.direction != "in":
            return ""
        try:
            return self.caller_names(e) or ""
        except Exception:  # noqa: BLE001 - a feature's bug must not stop the phone ringing
            log.exception("naming the caller failed")
            return ""

    def _show_placeholder(self, call_id: str) -> None:
        call = self.book.get(call_id)
        if call is not None and call.card is None and call.placeholder is not None:
            self.window.card_view(call_id).show_card(call.placeholder)

    def _card(self, a: CardArrived) -> None:
        call = self.book.get(a.call_id)
        if call is None:
            return
        call.card = a.card
        call.card_made_ns, call.card_received_ns = a.made_ns, time.perf_counter_ns()
        card = a.card
        if card.customer is not None:  # the after-call facts: who this was, in each CRM
            call.customer_name = card.customer.name
            call.customer_ids = {c.source: c.id for c in [*card.also_known_as, card.customer]}
        call.previous = [f"{h.when:%d.%m.%Y %H:%M} · {h.kind} · {h.disposition or '-'} · {h.agent or '-'}\n{h.summary}"
                         for h in card.history if h.summary]
        if not call.card_due:  # several CRM answers in a burst: build the card once
            call.card_due = True
            QTimer.singleShot(0, lambda: self._render(a.call_id))

    def _render(self, call_id: str) -> None:
        call = self.book.get(call_id)
        if call is None or call.card is None:
            return
        call.card_due = False
        card = call.card
        self.window.card_view(call_id).show_card(card)
        if card.customer:
            self.window.set_card_title(call_id, card.customer.name + (" (ended)" if not call.live else ""))
            self.book.update(call_id, caller=card.customer.name
                             + (f" · {card.customer.company}" if card.customer.company else ""))
        else:
            self.book.update(call_id)

    def _painted(self, call_id: str, painted_ns: int) -> None:
        call = self.book.get(call_id)
        card = None if call is None else (call.card or call.placeholder)
        if call is None or card is None:
            return
        latency_ms = round((painted_ns - call.received_ns) / 1e6, 2)
        # where the time went: CRM lookup, hand-over to the GUI thread, building and painting
        crm_ms = handover_ms = paint_ms = None
        if call.card is not None:
            crm_ms = round((call.card_made_ns - call.received_ns) / 1e6, 2)
            handover_ms = round((call.card_received_ns - call.card_made_ns) / 1e6, 2)
            paint_ms = round((painted_ns - call.card_received_ns) / 1e6, 2)
        answered = [s.source for s in card.sources.values() if s.state in (SourceState.OK, SourceState.NOT_FOUND)]
        missing = {s.source: s.reason for s in card.sources.values() if s.state == SourceState.UNAVAILABLE}
        fields = dict(call_id=call_id, latency_ms=latency_ms, crm_ms=crm_ms, handover_ms=handover_ms, paint_ms=paint_ms,
                      known=card.customer is not None,
                      complete=card.complete, sources_answered=answered, sources_unavailable=missing,
                      sources_ms={s.source: s.elapsed_ms for s in card.sources.values() if s.elapsed_ms is not None},
                      customer=card.customer.name if card.customer else None,
                      cache_age_s=round(card.cache_age_s) if card.from_cache and card.cache_age_s is not None else None)
        from console.model.events import CardPainted  # (loaded after the window's first paint)

        self.bridge.post(CardPainted(call_id, not call.card_shown, fields))
        call.card_shown = True

    def _answered(self, e: ev.CallAnswered) -> None:
        self.book.mark_answered(e.call_id)
        self.window.show_call(e.call_id)

    def _held(self, e: ev.CallHeld) -> None:
        call = self.book.get(e.call_id)
        if call is not None and call.live:
            self.book.update(e.call_id, state=HELD if e.held else CONNECTED)

    def _muted(self, e: ev.CallMuted) -> None:
        self.book.update(e.call_id, muted=e.muted)

    def _conference(self, e: ev.ConferenceChanged) -> None:
        """Joined calls know each other (the panel names the others); a conference that is over
        (one call left) leaves none."""
        members = [cid for cid in e.call_ids if self.book.get(cid) is not None]
        for call in self.book.live():
            if call.call_id in members:
                self.book.update(call.call_id, conference=tuple(m for m in members if m != call.call_id))
            elif call.conference and set(call.conference) & set(e.call_ids or call.conference):
                self.book.update(call.call_id, conference=())

    def _recording(self, e: ev.RecordingChanged) -> None:
        changes: dict[str, object] = {"recording": e.recording}
        if e.path:
            changes["recording_file"] = e.path
        self.book.update(e.call_id, **changes)

    def _ended(self, e: ev.CallEnded) -> None:
        call = self.book.get(e.call_id)
        if call is not None and call.card is not None and call.card.customer is not None:
            self.window.set_card_title(e.call_id, self.tr("%1 (ended)").replace("%1", call.card.customer.name))
        # the book keeps the call as long as after-call work needs it; then its card goes
        self.book.end(e.call_id, e.duration_s)

    def _registration(self, e: ev.RegistrationChanged) -> None:
        if getattr(self, "_registered", None) is None:  # worded again in a new language
            from console.languages import follow_language

            follow_language(self.window.sip_status, lambda: self._registration(self._registered), now=False)
        self._registered = e
        text = self.tr("SIP: registered at %1").replace("%1", e.registrar) if e.registered else \
            self.tr("SIP: not registered — %1 (%2)").replace("%1", e.reason).replace("%2", str(e.status_code))
        self.window.sip_status.setText(text)

    def _refused(self, e: ev.CallsRefused) -> None:
        """A burst of calls from one caller is being refused (once per burst)."""
        self.window.statusBar().showMessage(
            self.tr("Refusing calls from %1: more than %2 in %3 s (%4 refused so far).").replace("%1", e.source)
            .replace("%2", str(e.max_calls)).replace("%3", f"{e.window_s:g}").replace("%4", str(e.refused_total)), 15000)

    def _phone_error(self, e: ev.PhoneError) -> None:
        self.window.statusBar().showMessage(sentence(e), 8000)  # the agent's words; the log keeps the English

