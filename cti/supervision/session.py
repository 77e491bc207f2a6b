"""Supervision on the agent's console: who may join a live call, and what happens while they
are on it. SIP thread only (it runs inside the softphone's incoming-call policy and event
delivery).

- A new INVITE carrying `X-Agent-Console-Monitor` (or addressed to the monitor user,
  `sip:monitor@…`; a plain phone may carry the header in that URI) is checked (header.check_header): a valid one is answered at once as a
  monitoring leg on the call it names, in the mode it asks for; anything else gets 403 (486
  when there is no room) with the reason in the phrase and a Warning header, and no audio.
- Room: the wheel carries four calls (PJSUA2-NOTES.md). A supervisor is let in only while a
  slot stays free for the agent's consultation (a transfer), so one customer call takes two
  supervisors; a third is refused with a clear reason instead of pjsip's bare 486.
- Mode changes mid-call: an in-dialog MESSAGE carrying a fresh signed header for the same
  call and supervisor, or DTMF 1 listen / 2 whisper / 3 barge when the site allows plain
  phones (`MonitorPolicy.dtmf_switch`); the role limits apply to both (a trainee only listens).
- Barge tone: when a session enters barge (at its start or by a switch) and the site's policy
  says so (`MonitorPolicy.barge_tone`), the customer and the agent hear a short tone
  (cti.tones.BARGE_TONE): someone new is in the conversation. Nothing else changes: the tone
  does not go to any supervisor. A held customer hears nothing, so gets no tone.
- The sessions follow the customer's call: held, the supervisor hears nothing at all (not the
  customer, not the agent's microphone: media_plan); replaced by a transfer to this console,
  they follow the new call; ended or transferred away, the monitoring legs are hung up.
- Every start, mode change, end and refusal is reported as a MonitorStarted,
  MonitorModeChanged, MonitorEnded or MonitorRefused event.
"""
from __future__ import annotations

import logging
import re
import time
import weakref
from dataclasses import dataclass, replace
from typing import Any, Callable
from urllib.parse import unquote

import pjsua2 as pj

from ..caller_id import split_headers
from ..events import (
    CallAnswered,
    CallEnded,
    CallRinging,
    DtmfReceived,
    MessageReceived,
    MonitorEnded,
    MonitorModeChanged,
    MonitorRefused,
    MonitorStarted,
    PhoneEvent,
)
from ..incoming_policy import Action, Decision, Incoming, MonitorRequest
from ..legs import LegRole, MonitorMode
from ..media_wiring import call_audio
from ..sip_stack import MAX_CALLS
from ..tones import BARGE_TONE
from .grants import GRANT_PHRASES, RoleCheck
from .header import HEADER, MAX_AHEAD_S, REFUSAL_CODES, Verdict, check_header, mode_allowed

log = logging.getLogger(__name__)

DTMF_MODES = {"1": MonitorMode.LISTEN, "2": MonitorMode.WHISPER, "3": MonitorMode.BARGE}

# the reason phrase of a refused INVITE (English, for the supervisor's phone and the logs)
PHRASES = {
    "missing": "Supervision needs a signed request",
    "malformed": "The supervision request cannot be read",
    "bad_signature": "The supervision request is not signed with the team secret",
    "expired": "The supervision request has expired",
    "too_early": "The supervision request is valid for too long",
    "replayed": "The supervision request was already used",
    "unknown_call": "This console has no such call",
    "role_not_allowed": "This role may not supervise in this mode",
    "too_many_calls": "No room for another supervisor on this call",
    **GRANT_PHRASES,
}
_DIGITS = re.compile(r"\+?\d{6,}")  # phone numbers (as cti.sip_stack masks them in pjsip's log)
_REQUEST_USER = re.compile(r"^\S+\s+sips?:([^@;>\s]+)@", re.I)


@dataclass(frozen=True)
class MonitorPolicy:
    """The site's supervision settings (the console reads them from its configuration)."""

    dtmf_switch: bool = False  # plain SIP phones may switch modes by DTMF 1/2/3
    monitor_user: str = "monitor"  # an INVITE to sip:monitor@… is a request even without a header
    max_ahead_s: float = MAX_AHEAD_S
    max_calls: int = MAX_CALLS  # the wheel's limit
    keep_consult_slot: bool = True  # leave room for the agent's consultation call
    barge_tone: bool = True  # the customer (and the agent) hear a short tone when a supervisor barges in


@dataclass
class Session:
    leg_id: str
    supervisor: str
    role: str
    target: str
    mode: MonitorMode
    end_reason: str = "supervisor hung up"


class MonitorDesk:
    """The agent console's side of supervision. Give `request` to the Softphone
    (`Softphone(..., monitor_request=desk.request)`); it binds itself to the phone."""

    def __init__(self, secret: bytes, agent: str = "", policy: MonitorPolicy | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.secret = bytes(secret or b"")
        self.agent = agent
        self.policy = policy or MonitorPolicy()
        self.clock = clock
        self.request = MonitorRequest(self._check, bind=self._bind)
        self._core: Any = None  # cti.phone_core.PhoneCore, set by the Softphone
        self._seen: dict[str, float] = {}  # used nonces -> their expiry
        self._pending: dict[str, Verdict] = {}  # nonce -> accepted request, until its leg rings
        self.sessions: dict[str, Session] = {}  # monitoring leg id -> session (SIP thread)
        self.roles: RoleCheck | None = None  # set: roles must be proven by a grant (grants.py)
        self._tone: Any = None  # weakref to the barge tone's generator (owned by the audio ports)

    def _bind(self, core: Any) -> None:
        self._core = core
        core.events.subscribe(self._follow)

    # ------------------------------------------------------------ a new INVITE (policy chain)
    def _check(self, call: Incoming) -> tuple[MonitorMode, str] | Decision | None:
        text = _raw_header(call.message)
        if text is None and not _to_user(call.message, self.policy.monitor_user):
            return None  # an ordinary call
        live = {leg.id for leg in call.legs
                if leg.role != LegRole.MONITOR.value and leg.state in ("connected", "held")}
        verdict = check_header(text or "", self.secret, self.clock(), self._seen, live,
                               self.policy.max_ahead_s, self.roles)
        if not verdict.ok:
            return self._refuse_invite(verdict, 403)
        if self._no_room(call):
            return self._refuse_invite(replace(verdict, ok=False, reason="too_many_calls"), 486)
        self._pending[verdict.nonce] = verdict
        while len(self._pending) > 8:  # legs that never rang (pjsua refused them): forget
            self._pending.pop(next(iter(self._pending)))
        return verdict.mode, verdict.target

    def _no_room(self, call: Incoming) -> bool:
        legs = len(call.legs) + 1  # the calls up and this one
        if self.policy.keep_consult_slot and not any(x.role == LegRole.CONSULT.value for x in call.legs):
            legs += 1
        return legs > self.policy.max_calls

    def _refuse_invite(self, verdict: Verdict, status: int) -> Decision:
        self._report_refusal(verdict, "invite", status_code=status)
        return Decision(Action.REFUSE, status, PHRASES[verdict.reason],
                        (("Warning", f'399 agent-console "{verdict.code}"'),),
                        decided_by="supervision")

    def _report_refusal(self, verdict: Verdict, via: str, call_id: str = "",
                        status_code: int = 0) -> None:
        mode = verdict.mode.value if verdict.mode else ""
        log.info("supervision refused (%s, by %s): %s wanted %s on call %s", verdict.reason, via,
                 _for_log(verdict.supervisor) or "someone", mode or "?", _for_log(verdict.target) or "?")
        if self._core is not None:
            self._core.emit(MonitorRefused(verdict.supervisor, self.agent, verdict.target, mode,
                                           verdict.reason, via, call_id, status_code, verdict.code))

    # ------------------------------------------------------------ the calls (phone events)
    def _follow(self, event: PhoneEvent) -> None:
        if isinstance(event, CallRinging):
            if event.replaces:
                self._retarget(event.replaces, event.call_id)
            self._ringing(event)
            return
        cid = getattr(event, "call_id", "")
        session = self.sessions.get(cid)
        if isinstance(event, CallEnded):
            if session is not None:
                del self.sessions[cid]
                log.info("supervision of call %s by %s ended: %s", session.target,
                         _for_log(session.supervisor), session.end_reason)
                self._core.emit(MonitorEnded(cid, session.target, session.supervisor, self.agent,
                                             session.end_reason))
            for other in [s for s in self.sessions.values() if s.target == cid]:
                other.end_reason = "customer call ended"
                self._core.submit("end supervision", other.leg_id, self._hang_up, other.leg_id)
        elif session is None:
            return
        elif isinstance(event, CallAnswered):
            log.info("supervision of call %s by %s (%s) started: %s", session.target,
                     _for_log(session.supervisor), session.role, session.mode.value)
            self._core.emit(MonitorStarted(cid, session.target, session.supervisor, self.agent,
                                           session.role, session.mode.value))
            if session.mode is MonitorMode.BARGE:
                self._barge_tone(session)
        elif isinstance(event, DtmfReceived):
            for digit in event.digits:
                self._dtmf(session, digit)
        elif isinstance(event, MessageReceived):
            self._message(session, event.body)

    def _ringing(self, event: CallRinging) -> None:
        leg = self._core.legs.get(event.call_id)
        if leg is None or leg.role is not LegRole.MONITOR or event.direction != "in":
            return
        # the request accepted for this leg: the oldest one for its call and mode (the SIP
        # thread decides and announces calls in order)
        nonce = next((n for n, v in self._pending.items()
                      if v.target == leg.watched_call and v.mode is leg.monitor_mode), "")
        verdict = self._pending.pop(nonce, None)
        if verdict is None:  # cannot happen for a leg this desk accepted; be safe: no session
            log.warning("a monitoring leg %s without an accepted request: hanging up", event.call_id)
            self._core.submit("end supervision", event.call_id, self._hang_up, event.call_id)
            return
        session = Session(leg.id, verdict.supervisor, verdict.role, verdict.target, leg.monitor_mode)
        self.sessions[leg.id] = session
        if verdict.target not in self._core.legs:  # the customer hung up meanwhile
            session.end_reason = "customer call ended"
            self._core.submit("end supervision", leg.id, self._hang_up, leg.id)

    def _retarget(self, old: str, new: str) -> None:
        """The customer's call was replaced (a transfer to this console): follow it."""
        for session in self.sessions.values():
            if session.target == old:
                session.target = new
                leg = self._core.legs.get(session.leg_id)
                if leg is not None:
                    leg.watched_call = new
        self._core.rewire()

    def _hang_up(self, leg_id: str) -> None:
        leg = self._core.legs.get(leg_id)
        if leg is not None:
            leg.call.hangup(pj.CallOpParam(True))

    # ------------------------------------------------------------ mode changes
    def _dtmf(self, session: Session, digit: str) -> None:
        mode = DTMF_MODES.get(digit)
        if mode is None:
            return
        if not self.policy.dtmf_switch:
            self._refuse_change(session, mode, "dtmf_not_allowed", "dtmf")
        elif not mode_allowed(session.role, mode):
            self._refuse_change(session, mode, "role_not_allowed", "dtmf")
        else:
            self._set_mode(session, mode, "dtmf")

    def _message(self, session: Session, body: str) -> None:
        token = _token_in(body)
        verdict = check_header(token, self.secret, self.clock(), self._seen, {session.target},
                               self.policy.max_ahead_s, self.roles)
        if verdict.ok and (verdict.supervisor, verdict.role) != (session.supervisor, session.role):
            verdict = replace(verdict, ok=False, reason="wrong_session")
        if not verdict.ok:
            self._report_refusal(replace(verdict, supervisor=session.supervisor, target=session.target),
                                 "message", session.leg_id)
            return
        self._set_mode(session, verdict.mode, "message")

    def _refuse_change(self, session: Session, mode: MonitorMode, reason: str, via: str) -> None:
        self._report_refusal(Verdict(False, reason, mode, session.target, session.supervisor,
                                     session.role), via, session.leg_id)

    def _set_mode(self, session: Session, mode: MonitorMode, via: str) -> None:
        leg = self._core.legs.get(session.leg_id)
        if leg is None:
            return
        previous, session.mode = session.mode, mode
        leg.monitor_mode = mode
        self._core.rewire()
        log.info("supervision of call %s by %s: %s -> %s (%s)", session.target, _for_log(session.supervisor),
                 previous.value, mode.value, via)
        self._core.emit(MonitorModeChanged(session.leg_id, session.target, session.supervisor,
                                           self.agent, mode.value, previous.value, via))
        if mode is MonitorMode.BARGE and previous is not MonitorMode.BARGE:
            self._barge_tone(session)

    # ------------------------------------------------------------ the barge tone
    def _barge_tone(self, session: Session) -> None:
        """The customer and the agent hear a short tone: a supervisor joined the conversation."""
        audio = self._core.audio
        customer = self._core.legs.get(session.target)
        if not self.policy.barge_tone or audio is None or customer is None or customer.state != "connected":
            return
        port = call_audio(customer.call)
        if port is None:
            return
        try:
            tone = self._tone_port(audio)
            for sink in (port, audio.ear):
                if sink is not None:
                    tone.startTransmit(sink)  # (not the bridge plan's: these links stay silent after the tone)
            tone.stop()
            tone.play(_tone_desc(), False)
        except pj.Error as exc:
            log.warning("the barge tone could not play: %s", exc.reason)

    def _tone_port(self, audio: Any) -> Any:
        tone = self._tone() if self._tone is not None else None
        if tone is None:
            tone = pj.ToneGenerator()
            tone.createToneGenerator()
            # the audio ports own it: freed with them, before libDestroy() (PJSUA2-NOTES: lifetimes)
            audio._owned.append(tone)
            self._tone = weakref.ref(tone)
        return tone


def _tone_desc() -> Any:
    tones = pj.ToneDescVector()
    for hz, on_ms, off_ms in BARGE_TONE:
        desc = pj.ToneDesc()
        desc.freq1, desc.freq2, desc.on_msec, desc.off_msec, desc.volume = hz, 0, on_ms, off_ms, 0
        tones.append(desc)
    return tones


def _raw_header(message: str) -> str | None:
    """The header's value as received (None when absent); its length is checked later. A
    plain SIP phone that cannot add headers may dial the header as a URI header instead,
    `sip:monitor@agent?X-Agent-Console-Monitor=<escaped value>` (baresip sends it so)."""
    for name, value in split_headers(message[:65536]):
        if name == HEADER.lower():
            return value
    request = message[:4096].split("\n", 1)[0].split(" ")
    if len(request) == 3 and "?" in request[1]:
        for pair in request[1].split("?", 1)[1].split("&"):
            name, _, value = pair.partition("=")
            if name.lower() == HEADER.lower():
                return unquote(value)
    return None


def _for_log(text: str) -> str:
    """A claimed id as logs may show it: whoever asks may write a phone number there."""
    return _DIGITS.sub(lambda m: m.group(0)[:4] + "***", text)


def _to_user(message: str, user: str) -> bool:
    m = _REQUEST_USER.match(message[:1024])
    return bool(user) and m is not None and m.group(1).lower() == user.lower()


def _token_in(body: str) -> str:
    """The signed header a MESSAGE carries ("X-Agent-Console-Monitor: …" or the bare value)."""
    for line in (body or "").splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip().lower() == HEADER.lower():
            return value.strip()
        if "sig=" in line:
            return line.strip()
    return ""


assert set(PHRASES) <= set(REFUSAL_CODES)
