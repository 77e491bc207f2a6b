"""After the call: notes, dispositions, wrap-up and follow-ups that always reach the CRM.

Wiring only: follows the calls in the call book (:mod:`console.model.calls`, which also holds
each call's after-call facts), keeps each call's notes as an autosaved draft, runs the wrap-up clock, and saves call logs, notes and tasks through the durable
outbox (:mod:`crm_adapters.outbox`), whose sender delivers them to every remote CRM.
Installed by ``console.app.FEATURES``; the ``ctl`` commands are in
:mod:`console.after_call_ctl`.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from crm_adapters.numbers import normalise
from crm_adapters.outbox import ANY_CRM, Outbox, Saved, StorageProblem
from crm_adapters.vocabulary import CallLog

from console.background import Job
from console.languages import follow_language
from console.messages import say
from console.model.calls import Call, call_from_draft
from console.model.events import (
    CallLogged,
    CallNotLogged,
    DispositionSet,
    NoteSaved,
    NotesRestored,
    OutboxReady,
    StorageTrouble,
    WrapUpEnded,
    WrapUpStarted,
    WritebackQueued,
    WritebackReport,
)
from console.unsaved_drafts import UnsavedDrafts
from console.wrap_up import WrapUp

if TYPE_CHECKING:
    from console.app import ConsoleApp

log = logging.getLogger(__name__)
FREE_NOTES = "free"  # draft key of notes typed while no call is in front of the agent


KEEPER = "after_call"  # holds each call in the call book until its call log is saved


@dataclass(frozen=True)
class OutboxReport:
    """What the write-back sender reports (on the CRM loop thread): writeback.synced/failed …"""

    type: str
    fields: dict


class AfterCall(QObject):
    def __init__(self, app: ConsoleApp) -> None:
        super().__init__(app.window)
        self.app, self.window, self.hub = app, app.window, app.hub
        self.background = app.background  # every database write and read goes through it
        self.post = app.bridge.post  # what happened (console.model.events); ctl events are made from it
        self.saving_calls: set[str] = set()  # call logs on their way to the disk
        settings = app.config.after_call
        self.settings = settings
        self.agent_id = app.config.agent.id
        self.notes = app.window.notes
        self.book = app.book
        self.texts: dict[str, str] = {}  # draft key -> text (what the editor shows for it)
        self.focus = FREE_NOTES
        self.outbox: Outbox | None = None
        self.sender = None
        self.wrapup = WrapUp(app.book, settings.wrapup_max_s, self)
        app.bridge.subscribe(OutboxReport, self._outbox_event, owner=self)
        self.wrapup.changed.connect(self._show_state)
        self.book.added.connect(self._added)
        self.book.answered.connect(self._answered)
        self.book.changed.connect(self._changed)
        self.book.ended.connect(self._guarded(self._ended))
        self.wrapup.expired.connect(lambda cid: self.finish_wrapup(cid, reason="timeout"))
        self.notes.draft_due.connect(self._store_draft)
        self.notes.changed.connect(lambda text: self.texts.__setitem__(self.focus, text))
        self.notes.save_requested.connect(self._save_button)
        self.hub.backends_ready.connect(self._backends_ready)
        self.window.cards.currentChanged.connect(self._tab_changed)
        self.problem = ""
        self.restored = False  # the drafts of the last run are back (and their saves queued)
        self.unsaved = UnsavedDrafts(self)  # notes the disk could not take yet: retried, kept on quit
        self._extras_ready()
        follow_language(self.notes, self._show_focus, now=False)  # "· in wrap-up" in the new language

    def _extras_ready(self) -> None:
        from console import after_call_ctl, after_call_views

        features = self.app.features.by(__name__)  # the window places the views, the socket answers the commands
        self.views = after_call_views.install(self, features)
        after_call_ctl.install(features, self)

    # -- start-up ------------------------------------------------------------------------
    def _backends_ready(self) -> None:
        crm = self.app.crm
        if crm is None or crm.database is None:
            self.warn(say("notes.no_database"))
            return
        from crm_adapters.outbox_sender import OutboxSender, RetryPolicy, writes_taken

        self.outbox = Outbox(crm.database, remote_targets(self.app), default_region=self.app.config.default_region,
                             same_transaction=crm.same_transaction,
                             takes={name: writes_taken(adapter) for name, adapter in crm.adapters})
        try:
            s = self.settings
            policy = RetryPolicy(first_s=s.outbox_first_retry_s, cap_s=s.outbox_max_retry_s, timeout_s=s.outbox_timeout_s)
            self.sender = OutboxSender(self.outbox, dict(crm.adapters), policy=policy,
                                       on_event=lambda t, f: self.app.bridge.post(OutboxReport(t, dict(f))))
            self.sender.start(crm.runtime)
        except Exception as exc:  # the entries stay queued; they go out after the next start
            log.exception("write-back sender did not start")
            self.warn(say("notes.writebacks_stopped", reason=exc))
        outbox = self.outbox
        self.background.run(lambda: (outbox.drafts(), outbox.counts()), self._restore_drafts,
                            self._drafts_unreadable, name="reading saved drafts")

    def _drafts_unreadable(self, exc: BaseException) -> None:
        self.warn(say("notes.drafts_unreadable", reason=exc))
        self._restore_drafts(([], {}))

    def _restore_drafts(self, found: tuple[list, dict]) -> None:
        drafts, counts = found
        copy, rescued = self.unsaved.take_rescued()  # a quit on a full disk left them outside it
        newer = {d.key: d for d in rescued}
        drafts = [d for d in drafts if d[0] not in newer] + [(d.key, d.text, d.context) for d in rescued]
        for key, text, context in drafts:
            self.texts[key] = text
            call = call_from_draft(context) if key != FREE_NOTES else None
            if call is not None:  # the console stopped during or after this call: it is over
                call.keepers.add(KEEPER)
                self.book.add(call)
                if call.answered:
                    self.wrapup.begin(key)
        if copy is not None:  # the copy goes once all of it is in the database (after these saves answered)
            stores = [job for job in (self._store_draft_for(key) for key in newer) if job is not None]
            if stores:
                stores[-1].after(self.unsaved.copy_restored)
            else:
                self.unsaved.copy_restored()
        restored = [k for k, _, _ in drafts]
        if restored:
            self._set_focus(self.wrapup.current() or restored[-1])
            self.notes.show_info(say("notes.restored", count=len(restored)))
            self.post(NotesRestored(len(restored), [k for k in restored if k != FREE_NOTES]))
        self.restored = True
        self.views.refresh()
        self.post(OutboxReady(list(self.outbox.targets), dict(counts)))

    # -- calls (as the call book reports them) ----------------------------------------------
    @staticmethod
    def _guarded(handler):
        def run(call_id: str) -> None:
            try:
                handler(call_id)
            except Exception:  # noqa: BLE001 - one bad call must not stop after-call work
                log.exception("after-call handling of a call failed")
        return run

    def _added(self, call_id: str) -> None:
        call = self.book[call_id]
        call.keepers.add(KEEPER)
        if not call.live:  # restored from a draft
            return
        self.views.make_way_for_a_ringing_call()
        if self.focus == FREE_NOTES and not self.wrapup.active():
            self._set_focus(call_id)

    def _answered(self, call_id: str) -> None:
        self._set_focus(call_id)

    def _changed(self, call_id: str) -> None:
        if call_id == self.focus:  # the card came: the customer's name, what was said last time
            self._show_focus()

    def _ended(self, call_id: str) -> None:
        call = self.book.get(call_id)
        if call is None:
            return
        if call.answered:
            self._store_draft_for(call_id)  # the call facts are now complete on disk
            self.wrapup.begin(call_id)
            self.post(WrapUpStarted(call_id, self.settings.wrapup_max_s))
        elif not self._log_missed(call):  # anybody can ring us: no CRM record for that alone
            self.texts.pop(call_id, None)
            if self.outbox is not None:  # an emptied draft must not come back
                self.background.run(lambda outbox=self.outbox: outbox.drop_draft(call_id), failed=lambda _exc: None,
                                    name="dropping a draft")
            self.post(CallNotLogged(call_id, "missed call from an untrusted host"))
            self.book.release(call_id, KEEPER)
            self._leave(call_id)
        else:  # missed / not answered: still a record, no wrap-up
            if not call.disposition:
                call.disposition = "missed" if call.direction == "in" else "no-answer"
            self._save_call(call, then=lambda _saved: self._logged_without_wrapup(call_id))

    def _logged_without_wrapup(self, call_id: str) -> None:
        self.book.release(call_id, KEEPER)
        self._leave(call_id)

    def _log_missed(self, call: Call) -> bool:
        """A missed call from an untrusted host reaches the CRM only if the site wants that
        (`[sip] untrusted_missed_to_crm`) or the agent already wrote notes for it."""
        return (call.trusted or call.direction != "in" or bool(self.texts.get(call.call_id, "").strip())
                or getattr(self.app.config.sip, "untrusted_missed_to_crm", False))

    # -- notes and drafts ------------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        call_id = getattr(self.window.cards.currentWidget(), "call_id", "")
        if call_id and call_id in self.book and call_id != self.focus:
            self._set_focus(call_id)

    def _set_focus(self, key: str) -> None:
        self.notes.flush()
        self.focus = key
        self.notes.set_text(self.texts.get(key, ""))
        self._show_focus()

    def _leave(self, key: str) -> None:
        """The notes of ``key`` were saved: show the next call in wrap-up, a live call, or none."""
        if self.focus != key:
            return
        self.notes.cancel_autosave()  # its draft is gone; do not write it back
        live = self.book.live()
        self.focus = ""
        self._set_focus(self.wrapup.current() or (live[-1].call_id if live else FREE_NOTES))

    def _show_focus(self) -> None:
        facts = self.book.get(self.focus)
        if facts is None:
            self.notes.set_context(self.tr("Notes not linked to a call"), can_save=False)
            self.notes.set_previous([])
            self.views.picker.show_choice("")
            return
        shown_number = normalise(facts.number, self.app.config.default_region).international if facts.number else ""
        who = facts.customer_name or shown_number or facts.number or self.tr("unknown caller")
        state = self.tr("in wrap-up") if self.focus in self.wrapup.active() \
            else (self.tr("call") if facts.live else self.tr("ended"))
        self.notes.set_context(f"{who} · {state}", can_save=self.focus in self.wrapup.active())
        self.notes.set_previous(facts.previous)
        self.views.picker.show_choice(facts.disposition)

    def _store_draft(self, text: str) -> None:
        self.texts[self.focus] = text
        self._store_draft_for(self.focus)

    def _store_draft_for(self, key: str) -> Job | None:
        """Write ``key``'s draft in the background; when the disk refuses, it stays on screen,
        marked and retried. What is written is the text as it is now (later keystrokes follow)."""
        if self.outbox is None or key in self.saving_calls:  # (its call log is being written with the text)
            return None
        call = self.book.get(key)
        outbox, text, context = self.outbox, self.texts.get(key, ""), (call.draft_context() if call else None)
        return self.background.run(lambda: outbox.save_draft(key, text, context), lambda _r: self.unsaved.saved(key),
                                   lambda exc: self._not_stored(key, exc), name="saving a draft")

    def _not_stored(self, key: str, exc: BaseException, retry=None) -> None:
        if isinstance(exc, StorageProblem):
            self.unsaved.failed(key, exc, retry)
        else:
            log.error("saving notes failed: %s", type(exc).__name__, exc_info=exc)
            self.warn(say("notes.not_saved", reason=type(exc).__name__))

    def append_note(self, key: str, text: str) -> Job | None:
        """`ctl note` during/after a call: add a line to that call's notes, stored at once (the
        job is done once the draft is on disk, or known not to be)."""
        current = self.texts.get(key, "")
        self.texts[key] = (current + "\n" + text) if current else text
        if key == self.focus:
            self.notes.set_text(self.texts[key])
        return self._store_draft_for(key)

    def set_disposition(self, call_id: str, code: str) -> None:
        self.book.update(call_id, disposition=code)
        self._store_draft_for(call_id)  # a crash keeps the chosen code too
        if call_id == self.focus:
            self.views.picker.show_choice(code)
        self.post(DispositionSet(call_id, code))

    def _save_button(self) -> None:
        if self.focus in self.wrapup.active():
            try:
                self.finish_wrapup(self.focus, reason="agent")
            except ValueError as exc:
                self.window.statusBar().showMessage(str(exc), 8000)

    # -- saving ----------------------------------------------------------------------------
    def require_outbox(self) -> Outbox:
        if self.outbox is None or not self.restored:  # (`ctl` work waits for the restored drafts' saves)
            raise RuntimeError("the local database is still starting (or not available)")
        return self.outbox

    def finish_wrapup(self, call_id: str, reason: str = "agent") -> Job | None:
        """End wrap-up for ``call_id``: the call log (with notes and disposition) is saved and
        queued in the background; once it is on disk the agent is ready again. Raises ValueError
        if a disposition is required. The job's result is the Saved record (None if kept for later)."""
        facts = self.book.get(call_id)
        if facts is None:
            self.wrapup.end(call_id)
            return None
        if reason != "timeout" and self.settings.require_disposition and not facts.disposition:
            raise ValueError("choose a disposition first (this site requires one before wrap-up ends)")
        if call_id == self.focus:
            self.texts[call_id] = self.notes.text()
        return self._save_call(facts, retry=lambda: self._finish_again(call_id, reason),
                               then=lambda saved: self._wrapup_saved(call_id, reason, facts))

    def _wrapup_saved(self, call_id: str, reason: str, facts: Call) -> None:
        took = self.wrapup.end(call_id)
        self.post(WrapUpEnded(call_id, reason, round(took, 1), facts.disposition, not facts.disposition))
        self.book.release(call_id, KEEPER)  # its card goes; the agent's state follows
        self._leave(call_id)

    def _save_call(self, facts: Call, retry=None, then=None) -> Job | None:
        """Save and queue the call log in the background; ``then(saved)`` follows once it is on
        disk. The call stays in the book (``then`` releases it). When the disk refuses, nothing
        is cleared: the agent's input stays and is saved again later. One save per call at a time."""
        call_id = facts.call_id
        if call_id in self.saving_calls:
            return None
        outbox = self.outbox  # (saved after the last run's drafts are read: the same background lane)
        if outbox is None:
            self.warn("the local database is still starting (or not available)")
            return None
        text = self.texts.get(call_id, "").strip()
        entry = CallLog(call_id=call_id, direction=facts.direction, number=facts.number,
                        started=datetime.fromisoformat(facts.started), duration_s=int(round(facts.duration_s)),
                        customer_id=facts.customer_ids.get(ANY_CRM, ""), disposition=facts.disposition,
                        notes=text, recording=facts.recording, agent=self.agent_id,
                        disposition_label=disposition_label(self.views, facts.disposition))
        ids, name = dict(facts.customer_ids), facts.customer_name

        def saved_now(saved: Saved) -> Saved:
            self.saving_calls.discard(call_id)
            self.unsaved.saved(call_id, draft=False)
            self.texts.pop(call_id, None)
            if text:
                self.post(NoteSaved(call_id, saved.record_id, len(text)))
            self.post(CallLogged(call_id, saved.record_id, facts.disposition, int(round(facts.duration_s))))
            self.queued(saved)
            if then is not None:
                then(saved)

        def refused(exc: BaseException) -> None:
            self.saving_calls.discard(call_id)
            self._not_stored(call_id, exc, retry or (lambda: self._log_call_again(facts)))

        self.saving_calls.add(call_id)
        return self.background.run(lambda: outbox.save_call_log(entry, ids, customer_name=name, draft_key=call_id),
                                   saved_now, refused, name="saving a call log")

    def _finish_again(self, call_id: str, reason: str) -> None:
        """A wrap-up whose save the disk refused: finished once it has room."""
        if call_id not in self.book:  # finished (or dropped) some other way meanwhile
            self.unsaved.saved(call_id, draft=False)
            return
        self.finish_wrapup(call_id, reason)

    def _log_call_again(self, facts: Call) -> None:
        """A call log without wrap-up (a missed call) that the disk refused: saved once it has room."""
        self._save_call(facts, then=lambda _saved: self._logged_without_wrapup(facts.call_id))

    def queued(self, saved: Saved) -> None:
        for entry_id, adapter in saved.entries:
            self.post(WritebackQueued(entry_id, saved.record_id, saved.kind, adapter))
        if self.sender is not None and saved.entries:
            self.sender.wake()
        self.views.refresh()

    # -- what the agent sees ---------------------------------------------------------------
    def _show_state(self) -> None:
        """A wrap-up began or ended: the notes say so (the window shows the agent's state)."""
        if self.focus in self.book:
            self._show_focus()

    def _outbox_event(self, report: OutboxReport) -> None:
        self.post(WritebackReport(report.type, dict(report.fields)))
        self.views.refresh()

    def warn(self, message: str) -> None:
        """Loud: a red banner over the notes, the status bar, and a `storage.problem` event."""
        if message != self.problem:
            log.error("after-call storage problem: %s", message)
            self.post(StorageTrouble(message))
        self.problem = message
        self.notes.show_problem(message)
        self.window.statusBar().showMessage(message, 30000)

    def clear_warning(self) -> None:
        if self.problem:
            self.problem = ""
            self.notes.clear_problem()
            self.post(StorageTrouble(""))


def disposition_label(views, code: str) -> str:
    """The words of the chosen code ("Call-back promised"), as the CRM should show it; "" if unknown."""
    found = getattr(views, "disposition_codes", {}).get(code) if code else None
    return found.label if found is not None else ""


def remote_targets(app: ConsoleApp) -> list[str]:
    """The configured CRMs that get outbox entries: all but a local CRM in this same database
    (that one is written in the save's own transaction)."""
    config = app.config
    targets = []
    for name in config.crm.adapters:
        kind = str(config.crm.tables.get(name, {}).get("type", name))
        if kind == "local" and not config.crm.tables.get(name, {}).get("url"):
            continue
        targets.append(name)
    return targets


def install(app: ConsoleApp) -> AfterCall:
    after_call = AfterCall(app)
    app.after_call = after_call
    app.qt.aboutToQuit.connect(after_call.unsaved.on_quit)  # save, or keep a copy elsewhere
    return after_call
