"""`ctl` commands of the after-call work.

    note TEXT… [--call ID] [--customer ID]
        With --customer: a note for that customer (its id in the CRMs; "adapter:ID" for one
        CRM only, repeatable), saved and queued for the CRMs at once.
        Without it: added to the notes of the call (--call, else the call in wrap-up, else the
        current call); they are saved with the call log when wrap-up ends. With no call at
        all the text goes into the free notes draft (kept, restored after a restart).
    disposition CODE [--call ID]           the call in wrap-up first, else the current call
    task TITLE… --due ISO8601 [--assignee ID] [--callback] [--number N] [--customer ID] [--call ID]
        a follow-up for the customer of the call (or --customer); --callback makes it a
        promised call-back to --number (default: the call's number)
    wrapup-done [--call ID]                save the call log, back to ready
    outbox [retry [ENTRY_ID]]              write-back counts and failed entries; retry them
    outbox link ENTRY_ID CUSTOMER_ID       an entry that "needs a customer": send it to that
                                           customer (their id in the entry's CRM), with the
                                           other entries of the same call waiting there
    tasks                                  my open tasks, overdue first
    tasks done RECORD_ID                   mark one done (and in the CRMs that got it)
"""
from __future__ import annotations

import argparse
from datetime import datetime, timezone
from typing import Any

from crm_adapters.after_call_store import my_tasks
from crm_adapters.numbers import normalise
from crm_adapters.outbox import ANY_CRM, StorageProblem
from crm_adapters.vocabulary import FollowUpTask

from console.background import Job
from console.ctl_server import CtlError
from console.features import CtlCommand, Owned
from console.model.events import NoteSaved, TaskCreated


def _raise(exc: BaseException):
    raise exc


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would exit the whole console
        raise CtlError(f"{self.prog}: {message}")


def _parser(prog: str) -> _Parser:
    p = _Parser(prog=prog, add_help=False)
    p.add_argument("--call", default="")
    return p


def customer_ids(values: list[str]) -> dict[str, str]:
    """`--customer 42` (same id everywhere) or `--customer hubspot:901` (one CRM)."""
    ids: dict[str, str] = {}
    for value in values:
        adapter, sep, cid = value.partition(":")
        if sep and adapter and cid:
            ids[adapter] = cid
        elif value.strip():
            ids[ANY_CRM] = value.strip()
    return ids


def parse_due(text: str) -> datetime:
    try:
        due = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise CtlError(f"--due {text!r} is not a date and time like 2024-05-31T14:00 or 2024-05-31T14:00+02:00") from None
    if due.tzinfo is None:  # the agent's own clock
        due = due.astimezone()
    return due.astimezone(timezone.utc)


def install(features: Owned, ac) -> None:  # ac: console.after_call.AfterCall (not imported: no cycle)
    def call_for(explicit: str, prefer_wrapup: bool = True) -> str:
        if explicit:
            if explicit not in ac.book:
                raise CtlError(f"no call {explicit!r} (known: {', '.join(ac.book.ids()) or 'none'})")
            return explicit
        if prefer_wrapup and ac.wrapup.current():
            return ac.wrapup.current()
        if ac.book.current:
            return ac.book.current
        if ac.focus in ac.book:
            return ac.focus
        return ""

    def saving(fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StorageProblem as exc:
            ac.warn(exc.message)
            raise CtlError(exc.message) from None
        except (ValueError, RuntimeError) as exc:
            raise CtlError(str(exc)) from None

    def in_background(work, answer, name: str) -> Job:
        """Database work for a `ctl` command: done by the background helper; the command is
        answered (``answer(result)``) when it is, and a refusal becomes the command's error."""
        job = ac.background.run(work, failed=lambda _exc: None, name=name)  # (the answer says why)

        def reply():
            if job.error is None:
                return answer(job.result)
            return saving(_raise, job.error)
        return job.after(reply)

    def note(args: list[str]) -> dict[str, Any]:
        p = _parser("note")
        p.add_argument("text", nargs="+")
        p.add_argument("--customer", action="append", default=[])
        ns = p.parse_args(args)
        text = " ".join(ns.text).strip()
        if not text:
            raise CtlError("usage: note TEXT [--customer ID] [--call ID]")
        if ns.customer:
            box, ids = saving(ac.require_outbox), customer_ids(ns.customer)

            def noted(saved) -> dict[str, Any]:
                ac.post(NoteSaved(ns.call, saved.record_id, len(text)))
                ac.queued(saved)
                return {"record_id": saved.record_id, "saved": True, "queued_for": [a for _, a in saved.entries]}
            return in_background(lambda: box.save_note(text, ids, call_id=ns.call), noted, "saving a note")
        call_id = call_for(ns.call)
        key = call_id or "free"
        stored = ac.append_note(key, text)

        # The text is taken either way (on screen, retried until saved): answering with an error
        # would make a client that retries on errors type it twice.
        def answer() -> dict[str, Any]:
            return {"call_id": call_id, "saved": False, "draft": True, "chars": len(ac.texts.get(key, "")),
                    "draft_saved": not ac.problem, "problem": ac.problem or "",
                    "hint": "" if call_id else "not linked to a call: use --customer ID to save it for a customer"}
        return stored.after(answer) if stored is not None else answer()

    def disposition(args: list[str]) -> dict[str, Any]:
        p = _parser("disposition")
        p.add_argument("code")
        ns = p.parse_args(args)
        call_id = call_for(ns.call)
        if not call_id:
            raise CtlError("there is no call to give a disposition to")
        codes = ac.views.disposition_codes
        if codes and ns.code not in codes:
            close = [c for c in codes if ns.code.lower() in c.lower() or ns.code.lower() in codes[c].label.lower()]
            raise CtlError(f"unknown disposition {ns.code!r}" + (f" (did you mean: {', '.join(close[:5])})" if close else
                                                                 f" (codes: {', '.join(list(codes)[:12])} …)"))
        ac.set_disposition(call_id, ns.code)
        return {"call_id": call_id, "disposition": ns.code}

    def task(args: list[str]) -> dict[str, Any]:
        p = _parser("task")
        p.add_argument("title", nargs="+")
        p.add_argument("--due", required=True)
        p.add_argument("--assignee", default="")
        p.add_argument("--callback", action="store_true")
        p.add_argument("--number", default="")
        p.add_argument("--customer", action="append", default=[])
        ns = p.parse_args(args)
        due = parse_due(ns.due)
        call_id = call_for(ns.call)
        facts = ac.book.get(call_id)
        ids = customer_ids(ns.customer) or (dict(facts.customer_ids) if facts else {})
        number = ns.number or (facts.number if facts else "")
        if number:
            number = normalise(number, ac.app.config.default_region).e164 or number
        if not ids and not call_id:
            raise CtlError("a task needs a customer: give --customer ID, or create it during or after a call")
        if ns.callback and not number:
            raise CtlError("a call-back needs a number: give --number")
        item = FollowUpTask(id="", source="", customer_id=ids.get(ANY_CRM, ""), title=" ".join(ns.title), due=due,
                            assignee=ns.assignee or ac.agent_id, kind="callback" if ns.callback else "task",
                            call_id=call_id, number=number)
        box, name = saving(ac.require_outbox), facts.customer_name if facts else ""

        def created(saved) -> dict[str, Any]:
            ac.post(TaskCreated(saved.record_id, item.title, due.isoformat(), item.assignee, item.kind, call_id))
            ac.queued(saved)
            return {"record_id": saved.record_id, "due": due.isoformat(), "assignee": item.assignee, "kind": item.kind,
                    "queued_for": [a for _, a in saved.entries]}
        return in_background(lambda: box.save_task(item, ids, customer_name=name), created, "saving a task")

    def wrapup_done(args: list[str]) -> dict[str, Any]:
        ns = _parser("wrapup-done").parse_args(args)
        call_id = ns.call or ac.wrapup.current()
        if not call_id or call_id not in ac.wrapup.active():
            raise CtlError("not in wrap-up" + (f" for call {ns.call!r}" if ns.call else ""))
        try:
            job = ac.finish_wrapup(call_id, reason="agent")
        except ValueError as exc:
            raise CtlError(str(exc)) from None
        if job is None:
            raise CtlError(ac.problem or "the call log is already being saved")

        def answer() -> dict[str, Any]:
            if job.error is not None or job.result is None:
                raise CtlError(ac.problem or "the call log could not be saved")
            saved = job.result
            return {"call_id": call_id, "record_id": saved.record_id, "queued_for": [a for _, a in saved.entries],
                    "still_in_wrapup": ac.wrapup.active()}
        return job.after(answer)

    def outbox(args: list[str]) -> Job:
        box = saving(ac.require_outbox)
        if args[:1] == ["retry"]:
            entry = int(args[1]) if len(args) > 1 and args[1].isdigit() else None

            def requeued(n: int) -> dict[str, Any]:
                if ac.sender is not None:
                    ac.sender.wake(hurry=True)
                ac.views.refresh()
                return {"requeued": n}
            return in_background(lambda: box.retry(entry), requeued, "retrying write-backs")
        if args[:1] == ["link"]:
            if len(args) != 3 or not args[1].isdigit():
                raise CtlError("usage: outbox link ENTRY_ID CUSTOMER_ID")

            def linked(ids: list[int]) -> dict[str, Any]:
                if not ids:
                    raise CtlError(f"no write-back {args[1]} waiting to be sent (see: outbox)")
                if ac.sender is not None:
                    ac.sender.wake(hurry=True)
                ac.views.refresh()
                return {"linked": ids, "customer_id": args[2]}
            return in_background(lambda: box.link(int(args[1]), args[2]), linked, "linking a write-back")
        if args:
            raise CtlError("usage: outbox [retry [ENTRY_ID] | link ENTRY_ID CUSTOMER_ID]")
        return in_background(lambda: {"targets": box.targets, **box.counts(), "entries": box.entries()},
                             lambda found: found, "reading the outbox")

    def tasks(args: list[str]) -> Job:
        now = datetime.now(timezone.utc)
        box = saving(ac.require_outbox)
        db = box.db
        if args[:1] == ["done"]:
            if len(args) != 2:
                raise CtlError("usage: tasks [done RECORD_ID]")

            def marked(saved) -> dict[str, Any]:
                if saved is None:
                    raise CtlError(f"no task {args[1]!r} (see: tasks)")
                ac.views.task_marked_done(args[1], saved)
                return {"record_id": args[1], "done": True, "queued_for": [a for _, a in saved.entries]}
            return in_background(lambda: box.save_task_done(args[1]), marked, "marking a task done")
        if args:
            raise CtlError("usage: tasks [done RECORD_ID]")

        def listed(items) -> dict[str, Any]:
            return {"tasks": [{"record_id": t.record_id, "title": t.title, "due": t.due.isoformat() if t.due else None,
                               "overdue": t.overdue(now), "kind": t.kind, "customer": t.customer_name,
                               "assignee": t.assignee} for t in items]}
        return in_background(lambda: my_tasks(db, ac.agent_id, now), listed, "reading my tasks")

    call = "[--call ID]"
    for command in (
        CtlCommand("note", note, "a note for the call, or for a customer", f"TEXT… [--customer ID] {call}"),
        CtlCommand("disposition", disposition, "how the call ended, by its code", f"CODE {call}"),
        CtlCommand("task", task, "a follow-up task or call-back",
                   f"TITLE… --due ISO8601 [--assignee ID] [--callback] [--number N] [--customer ID] {call}"),
        CtlCommand("wrapup-done", wrapup_done, "save the call log; back to ready", call),
        CtlCommand("outbox", outbox, "write-backs to the CRMs; retry failed ones; link one to a customer",
                   "[retry [ENTRY_ID] | link ENTRY_ID CUSTOMER_ID]"),
        CtlCommand("tasks", tasks, "my open tasks, overdue first; mark one done", "[done RECORD_ID]"),
    ):
        features.add(command)
