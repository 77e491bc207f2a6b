"""Events the softphone reports: plain frozen dataclasses, never pjsua2 objects.

They are produced on the SIP thread and handed to whatever callback the owner registered;
the console turns them into Qt signals, tests collect them in a list.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CallRinging:
    """A call started ringing: incoming (INVITE received) or outgoing (we are calling)."""

    call_id: str
    direction: str  # "in" | "out"
    number: str  # best caller/callee number as received ("" when withheld or unusable)
    display_name: str  # sanitised, at most 128 chars
    remote_uri: str  # sanitised
    withheld: bool
    number_source: str  # "P-Asserted-Identity" | "Remote-Party-ID" | "From" | "To" | ""
    received_ns: int  # time.perf_counter_ns() when the INVITE reached cti/ (latency origin)
    headers: dict[str, str] = field(default_factory=dict)  # X-* headers of the INVITE
    # False: the INVITE came from a host that is not trusted (not the PBX, not in
    # `trusted_hosts`), so its number is only what the sender wrote in From.
    trusted: bool = True
    source_host: str = ""  # where an incoming INVITE came from ("" for our own calls)
    # an attended transfer ended here: this new call from the customer takes the place of our
    # call `replaces` (already answered by the phone: it never rings)
    replaces: str = ""
    # the INVITE's SIP Call-ID (sanitised, at most 200 chars): one ring-group INVITE forked to
    # several consoles is one customer ("" for our own calls and when unreadable)
    sip_call_id: str = ""


@dataclass(frozen=True)
class CallAnswered:
    call_id: str


@dataclass(frozen=True)
class CallHeld:
    call_id: str
    held: bool  # False = resumed


@dataclass(frozen=True)
class CallMuted:
    call_id: str
    muted: bool


@dataclass(frozen=True)
class CallTransferred:
    """A transfer of ``call_id`` ended: the colleague took the customer (``ok``), or not and
    why (``reason`` in English for logs; ``code`` and ``params`` for the console's sentence)."""

    call_id: str
    target: str
    attended: bool
    ok: bool
    reason: str = ""
    code: str = field(default="", compare=False)  # "" when ok; "sip.transfer_failed", ...
    params: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class ConsultChanged:
    """An attended transfer's consultation: ``consult_id`` (the call to the colleague) was
    started for the customer's ``call_id``, or it ``ended`` (completed or cancelled)."""

    call_id: str
    consult_id: str
    ended: bool = False


@dataclass(frozen=True)
class ConferenceChanged:
    """Calls joined in one conference (``group``): everyone in ``call_ids`` hears everyone else.
    Sent when calls are joined and when a member leaves; ``call_ids`` empty = the conference is
    over (one call left talks on its own)."""

    group: str
    call_ids: tuple[str, ...]


@dataclass(frozen=True)
class CallEnded:
    call_id: str
    reason: str  # SIP reason phrase or our own words
    status_code: int  # last SIP status (200 normal, 486 busy, 487 cancelled, ...)
    duration_s: float  # connected time; 0 when never answered
    # the caller's side cancelled because another phone of a ring group answered (the CANCEL
    # said `Reason: SIP;cause=200`, RFC 3326): not a missed call for this agent
    completed_elsewhere: bool = False


@dataclass(frozen=True)
class DtmfReceived:
    call_id: str
    digits: str


@dataclass(frozen=True)
class MessageReceived:
    """An in-dialog MESSAGE (used for supervision mode changes)."""

    call_id: str
    body: str
    content_type: str


@dataclass(frozen=True)
class RegistrationChanged:
    registered: bool
    status_code: int
    reason: str
    registrar: str


@dataclass(frozen=True)
class RecordingChanged:
    call_id: str
    recording: bool
    path: str = ""


@dataclass(frozen=True)
class CallsRefused:
    """New calls from one caller are being refused (too many in a short time); reported once
    per burst. The calls never ring: no card, no CRM look-up, no call log."""

    source: str  # masked: "203.0.113.*" or a masked number
    refused_total: int  # all calls refused since the phone started
    max_calls: int
    window_s: float


@dataclass(frozen=True)
class PhoneError:
    """A command could not be carried out (unknown call, bad target, SIP error)."""

    command: str
    reason: str  # English, for logs
    call_id: str = ""
    code: str = field(default="sip.command_failed", compare=False)  # for the console's sentence
    params: dict = field(default_factory=dict, compare=False, hash=False)


CallEvent = (
    CallRinging
    | CallAnswered
    | CallHeld
    | CallMuted
    | ConferenceChanged
    | CallTransferred
    | ConsultChanged
    | CallEnded
    | DtmfReceived
    | MessageReceived
    | RecordingChanged
)
PhoneEvent = CallEvent | RegistrationChanged | CallsRefused | PhoneError


# ---- live-call supervision (cti/supervision): the agent's console reports every session,
# mode change and refusal, so the console can show and audit them. `supervisor` is who asked,
# `agent` whom (the agent this console belongs to), `target_call` the customer's call.


@dataclass(frozen=True)
class MonitorStarted:
    call_id: str  # the supervisor's monitoring leg
    target_call: str
    supervisor: str
    agent: str
    role: str  # "trainee" | "lead"
    mode: str  # "listen" | "whisper" | "barge"


@dataclass(frozen=True)
class MonitorModeChanged:
    call_id: str
    target_call: str
    supervisor: str
    agent: str
    mode: str
    previous: str
    via: str  # "message" | "dtmf"


@dataclass(frozen=True)
class MonitorEnded:
    call_id: str
    target_call: str
    supervisor: str
    agent: str
    reason: str  # "supervisor hung up" | "customer call ended" | ...


@dataclass(frozen=True)
class MonitorRefused:
    """A request to supervise, or a mode change, was refused: nothing was heard or changed.
    `supervisor`, `target_call` and `mode` are what the request claimed ("" if unreadable)."""

    supervisor: str
    agent: str
    target_call: str
    mode: str
    reason: str  # "bad_signature", "expired", ... (cti.supervision.header.REFUSAL_CODES)
    via: str  # "invite" | "message" | "dtmf"
    call_id: str = ""  # the monitoring leg, for a refused mode change
    status_code: int = 0  # the SIP answer to a refused INVITE (403, 486)
    code: str = field(default="", compare=False)  # "monitor.bad_signature", ...


MonitorEvent = MonitorStarted | MonitorModeChanged | MonitorEnded | MonitorRefused
PhoneEvent = PhoneEvent | MonitorEvent
