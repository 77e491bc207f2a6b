"""What the console's own parts report: plain frozen dataclasses, posted on the bridge.

The phone's events are in :mod:`cti.events`; these are the console's (a card painted, a note
saved, a wrap-up ended …). Parts post them with ``bridge.post(NoteSaved(...))``; whoever cares
subscribes by type. :mod:`console.public_events` is the one place that turns them (and the
phone's) into the public ``ctl events`` stream; each class here names its contract event in
``PUBLIC`` (a class attribute, not a field), ``""`` for events that stay inside.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True)
class ConsoleStarted:
    PUBLIC: ClassVar[str] = "console.window_shown"
    ms_since_start: float


@dataclass(frozen=True)
class BackendsReady:
    PUBLIC: ClassVar[str] = "console.ready"
    ms_since_start: float


@dataclass(frozen=True)
class AgentStateChanged:
    PUBLIC: ClassVar[str] = "agent.state"
    state: str
    reason: str
    since: str
    call_id: str | None = None
    next: str | None = None  # what follows once the calls and wrap-up are done


@dataclass(frozen=True)
class CardPainted:
    """A call's card is on screen: the first time ``card.shown``, then ``card.updated``."""

    PUBLIC: ClassVar[str] = "card.shown"
    call_id: str
    first: bool
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OutboxReady:
    PUBLIC: ClassVar[str] = "outbox.ready"
    targets: list[str]
    counts: dict[str, int]


@dataclass(frozen=True)
class NotesRestored:
    PUBLIC: ClassVar[str] = "note.restored"
    drafts: int
    calls: list[str]


@dataclass(frozen=True)
class WrapUpStarted:
    PUBLIC: ClassVar[str] = "wrapup.started"
    call_id: str
    max_s: float


@dataclass(frozen=True)
class WrapUpEnded:
    PUBLIC: ClassVar[str] = "wrapup.ended"
    call_id: str
    reason: str
    seconds: float
    disposition: str
    disposition_missing: bool


@dataclass(frozen=True)
class CallNotLogged:
    PUBLIC: ClassVar[str] = "call.not_logged"
    call_id: str
    reason: str


@dataclass(frozen=True)
class DispositionSet:
    PUBLIC: ClassVar[str] = "disposition.set"
    call_id: str
    disposition: str


@dataclass(frozen=True)
class NoteSaved:
    PUBLIC: ClassVar[str] = "note.saved"
    call_id: str
    record_id: str
    chars: int


@dataclass(frozen=True)
class CallLogged:
    PUBLIC: ClassVar[str] = "call.logged"
    call_id: str
    record_id: str
    disposition: str
    duration_s: int


@dataclass(frozen=True)
class WritebackQueued:
    PUBLIC: ClassVar[str] = "writeback.queued"
    entry_id: int
    record_id: str
    kind: str
    adapter: str


@dataclass(frozen=True)
class WritebackReport:
    """What the write-back sender reports (writeback.synced / failed / …): its own type name."""

    PUBLIC: ClassVar[str] = "writeback.*"
    type: str
    fields: dict[str, Any]


@dataclass(frozen=True)
class TaskCreated:
    PUBLIC: ClassVar[str] = "task.created"
    record_id: str
    title: str
    due: str
    assignee: str
    kind: str
    call_id: str


@dataclass(frozen=True)
class TaskDue:
    PUBLIC: ClassVar[str] = "task.due"
    record_id: str
    title: str
    kind: str
    due: str | None
    overdue_s: int


@dataclass(frozen=True)
class TaskDone:
    PUBLIC: ClassVar[str] = "task.done"
    record_id: str


@dataclass(frozen=True)
class TaskDialled:
    PUBLIC: ClassVar[str] = "task.dialled"
    record_id: str
    call_id: str


@dataclass(frozen=True)
class StorageTrouble:
    """The local database refused a save (``message``), or works again (``message`` "")."""

    PUBLIC: ClassVar[str] = "storage.problem"
    message: str


@dataclass(frozen=True)
class DraftUnsaved:
    PUBLIC: ClassVar[str] = "draft.unsaved"
    key: str
    message: str


@dataclass(frozen=True)
class DraftSaved:
    PUBLIC: ClassVar[str] = "draft.saved"
    key: str
    chars: int


@dataclass(frozen=True)
class DraftsRescued:
    PUBLIC: ClassVar[str] = "draft.rescued"
    keys: list[str]
    path: str


@dataclass(frozen=True)
class TeamAgentChanged:
    """An agent's entry on the team changed (or was seen for the first time): ``ctl team``'s agent."""

    PUBLIC: ClassVar[str] = "team.agent"
    id: str
    name: str
    state: str  # ready | ringing | on_call | wrap_up | away | monitoring | offline
    reason: str
    since: str  # ISO 8601
    call: dict[str, Any] | None = None


@dataclass(frozen=True)
class TeamCallChanged:
    """A live call on the team appeared or changed (``state`` ringing | connected | held |
    wrap_up), or left the line (``state`` "ended")."""

    PUBLIC: ClassVar[str] = "team.call"
    call_id: str
    agent_id: str
    direction: str
    state: str
    started: str
    customer_name: str
    number: str  # masked unless this console's agent is a lead
    supervised_by: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class TeamWaitingChanged:
    """The customers waiting (a ring group) changed: the whole list as it is now."""

    PUBLIC: ClassVar[str] = "team.waiting"
    waiting: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class TransferContext:
    """A transferred call's context arrived (from the team store) on the receiving console: who
    sent it, the customer, the notes so far and the disposition path; posted while it rings."""

    PUBLIC: ClassVar[str] = "transfer.context"
    call_id: str
    from_agent: str
    from_name: str
    customer: dict[str, Any]
    notes: str
    disposition: str = ""


# ---- live-call supervision (console/supervision.py). ``side``: "agent" on the console whose
# call is supervised (from cti's Monitor* events, console/public_events.py), "supervisor" on the
# console that listens in. ``call_id`` is the monitoring leg, ``target_call`` the customer's call
# on the agent's console.


@dataclass(frozen=True)
class SupervisionStarted:
    PUBLIC: ClassVar[str] = "monitor.started"
    side: str
    call_id: str
    target_call: str
    supervisor: str
    agent: str
    role: str
    mode: str
    via: str = "console"  # console (this console's bridge) | pbx (the PBX's feature code)


@dataclass(frozen=True)
class SupervisionModeChanged:
    PUBLIC: ClassVar[str] = "monitor.mode"
    side: str
    call_id: str
    target_call: str
    supervisor: str
    agent: str
    mode: str
    previous: str
    via: str  # message | dtmf


@dataclass(frozen=True)
class SupervisionEnded:
    PUBLIC: ClassVar[str] = "monitor.ended"
    side: str
    call_id: str
    target_call: str
    supervisor: str
    agent: str
    reason: str
    via: str = "console"  # console | pbx


@dataclass(frozen=True)
class SupervisionRefused:
    """A request to supervise (or to change mode) was refused; ``code`` is the reason's code
    (``monitor.bad_signature`` …), ``message`` the sentence for people."""

    PUBLIC: ClassVar[str] = "monitor.refused"
    side: str
    supervisor: str
    agent: str
    target_call: str
    mode: str
    via: str  # invite | message | dtmf | ctl
    code: str
    message: str


# ---- dialling (console/dialling.py)


@dataclass(frozen=True)
class CallFailed:
    """A number or address could not be dialled (the dial box, "Call back", `ctl dial`);
    ``reason`` is the sentence the agent saw, ``code`` its stable name (``dial.no_route`` …)."""

    PUBLIC: ClassVar[str] = "call.failed"
    call_id: str  # "" when no call was started
    target: str  # what was typed, shortened
    source: str  # dial box | call back | ctl
    code: str
    reason: str


# ---- call-backs and the desktop (console/tasks_view.py, console/notifications.py, console/tray.py)


@dataclass(frozen=True)
class TaskSnoozed:
    """A due task was moved ("Snooze"): its new due time is on disk."""

    PUBLIC: ClassVar[str] = "task.snoozed"
    record_id: str
    due: str  # ISO time, UTC
    minutes: int


@dataclass(frozen=True)
class DesktopNotice:
    """The agent was told on the desktop: a call rings, a task is due. ``shown_in`` says where
    (``window``: the console's own notice window; ``tray``: the tray icon's message; ``dbus``:
    the desktop's notification server); ``raised``/``active``: the console's window came forward."""

    PUBLIC: ClassVar[str] = "desktop.notice"
    notice: str  # ringing | task_due
    key: str  # the call id or the task's record id
    title: str
    text: str
    buttons: list[str]
    shown_in: list[str]
    raised: bool = False
    active: bool = False


@dataclass(frozen=True)
class TasksListed:
    """My tasks was read again from the CRMs that can list tasks."""

    PUBLIC: ClassVar[str] = "tasks.listed"
    count: int
    from_crms: dict[str, int]
    cannot_list: list[str]
    problems: dict[str, str]


# ---- recording and call records (console/recording.py, console/call_records.py)


@dataclass(frozen=True)
class RecordingStarted:
    PUBLIC: ClassVar[str] = "recording.started"
    call_id: str
    reason: str  # policy (recorded from the start) | agent (the call panel) | ctl


@dataclass(frozen=True)
class RecordingStopped:
    PUBLIC: ClassVar[str] = "recording.stopped"
    call_id: str
    reason: str  # agent | ctl | call_ended | max_minutes


@dataclass(frozen=True)
class CallRecordStored:
    """A recording reached the team store as a call record (its local file is gone)."""

    PUBLIC: ClassVar[str] = "record.stored"
    call_id: str
    record_id: int
    duration_s: float
    size_bytes: int
    leftover: bool  # from an earlier run of the console (repaired after a crash)


@dataclass(frozen=True)
class CallRecordNotStored:
    """A recording could not be stored yet; it stays on this workstation and is tried again."""

    PUBLIC: ClassVar[str] = "record.not_stored"
    call_id: str
    reason: str


@dataclass(frozen=True)
class RecordPlayback:
    PUBLIC: ClassVar[str] = "record.playback"
    record_id: int
    state: str  # playing | finished | stopped
    position_s: float
    length_s: float


@dataclass(frozen=True)
class CallRecordDeleted:
    PUBLIC: ClassVar[str] = "record.deleted"
    record_id: int
    reason: str  # lead | retention


@dataclass(frozen=True)
class TestCallFinished:
    """A test call to this console (first-run assistant, `ctl test-call`) is over."""
    PUBLIC: ClassVar[str] = "test_call.finished"
    ok: bool
    rang: bool
    answered: bool
    heard_agent: bool | None
    agent_level_db: float
    problem: str
