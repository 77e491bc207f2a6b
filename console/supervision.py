"""Live-call supervision in the running console (issue 12).

Installed by ``console.app.FEATURES`` after the team feature (it finds colleagues through the
team's link). The Qt-free core is :mod:`cti.supervision`; this wires it into the console:

- the agent's side: the phone gets a MonitorDesk signed with the team secret
  (:mod:`console.supervision_phone`; ``AGENT_CONSOLE_SECRET_TEAM`` or the keyring entry
  ``agent-console``/``team``). Without a secret every request is refused, and ``ctl status``
  says so. When ``[supervision] agent_sees_monitoring`` is on, the window says who listens and
  in which mode; the team's live call names its supervisors (``supervised_by``).
- the supervisor's side: ``ctl monitor AGENT_ID --mode listen|whisper|barge`` calls the
  agent's console with a signed request for the agent's current call (answered when the
  session runs, or with the refusal's sentence), ``ctl monitor --mode M`` switches,
  ``ctl monitor --stop`` ends it, ``ctl monitor`` tells what runs. The agent state is
  ``monitoring`` meanwhile; the monitoring call is never one of the supervisor's own calls.
- the audit: every session, mode change, end and refusal into the team store (the agent's
  console what it saw, the supervisor's what it started); ``ctl audit`` and a dock for leads.
- the ``monitor.started``, ``monitor.mode``, ``monitor.ended``, ``monitor.refused`` events
  (``side`` "agent" from the phone's events in :mod:`console.public_events`, "supervisor" here).
"""
from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from crm_adapters.store.team.audit import AuditEntry
from crm_adapters.store.team.model import OFFLINE
from cti import events as ev
from cti.legs import MonitorMode
from cti.supervision.header import make_header, mode_allowed

from console.background import Job
from console.ctl_server import CtlError
from console.features import FeatureApi
from console.messages import sentence_for
from console.model.events import SupervisionEnded, SupervisionModeChanged, SupervisionRefused, SupervisionStarted
from console.outside_text import shown
from console.secrets import env_name, get_secret
from console.supervision_pbx import PbxStrategy
from console.supervision_phone import MonitorLegEvent, PhoneHost
from console.supervision_secret import (
    NO_SECRET_CODE,
    ROLES_NOT_PROVEN_CODE,
    SECRET_NAME,
    my_proof,
    proven_revocations,
    role_check,
)

log = logging.getLogger(__name__)

MODES = tuple(m.value for m in MonitorMode)
REQUEST_VALID_S = 60.0  # a signed request is good for this long
ANSWER_WITHIN_MS = 15_000  # the agent's console answers a request within this, or ctl says so
UNSAVED_MAX = 1000  # audit lines kept while the team store does not answer
NO_SECRET_SENTENCE = (f"This console has no team secret, so nobody can supervise its calls and it cannot supervise "
                      f"others. Put the team's secret in the keyring (service agent-console, name team) or in the "
                      f"environment variable {env_name(SECRET_NAME)}, then restart the console.")
MODE_WORDS = {"listen": "listening", "whisper": "whispering to you", "barge": "in the call (barge)"}  # (logs, ctl)


def refusal_sentence(code: str, fallback: str = "") -> str:
    if code == NO_SECRET_CODE:
        return NO_SECRET_SENTENCE
    return sentence_for(code, None, fallback or "Supervision was refused.")


@dataclass
class Watching:
    """This console's own monitoring call (we supervise)."""

    call_id: str
    agent: str
    agent_name: str
    target_call: str
    mode: str
    started: bool = False
    job: Job | None = None
    stopping: bool = False  # the supervisor asked to stop (ctl monitor --stop, the key, the button)


@dataclass
class Listener:
    """A supervisor on one of this console's calls (we are supervised)."""

    supervisor: str
    role: str
    mode: str
    target_call: str


@dataclass
class _Pending:
    lines: deque = field(default_factory=lambda: deque(maxlen=UNSAVED_MAX))


class Supervision(QObject):
    def __init__(self, api: FeatureApi) -> None:
        super().__init__(api.parent)
        self.api = api
        cfg = api.config
        self.me, self.role, self.settings = cfg.agent.id, cfg.agent.role, cfg.supervision
        self.secret = get_secret(SECRET_NAME) or ""
        self.proof = my_proof(self.me, self.role)  # this person's grant and key: a proven role (or {})
        self.roles = role_check(self.settings.roles_key)  # None: roles claimed are believed
        self._revocations_asked = self._revocations_again = False
        self.host: PhoneHost | None = None
        self.pbx = PbxStrategy(self) if self.settings.strategy == "pbx" else None  # console/supervision_pbx.py
        self.watching: Watching | None = None
        self.listening: dict[str, Listener] = {}  # monitoring leg id -> who listens
        self.indicator: QLabel | None = None
        self.audit_view = None
        self._unsaved = _Pending()
        self._team: Any = None
        self._board_wired = False
        b = api.bridge
        b.subscribe(MonitorLegEvent, self._our_leg, owner=self)
        b.subscribe(ev.MonitorStarted, self._started_here, owner=self)
        b.subscribe(ev.MonitorModeChanged, self._mode_here, owner=self)
        b.subscribe(ev.MonitorEnded, self._ended_here, owner=self)
        b.subscribe(ev.MonitorRefused, self._refused_here, owner=self)
        f = api.features
        f.add_card_section("supervision.indicator", self._make_indicator)
        f.add_dock("supervision.audit", QT_TRANSLATE_NOOP("Docks", "Supervision audit"), self._make_audit_view, area="bottom",
                   shown_for=("lead",), size=300)
        f.add_ctl_command("monitor", self.ctl_monitor, help="listen in on a colleague's call (leads and trainees), "
                          "switch the mode, stop; without arguments: the supervision on this console",
                          args="[AGENT_ID] [--mode listen|whisper|barge] | --stop")
        f.add_ctl_command("audit", self.ctl_audit, help="the supervision audit: who listened to whom, when, in which "
                          "mode, and the refusals (leads only)", args="[--agent ID] [--limit N]")
        keys: dict[str, str] = {}  # mode or "stop" -> its key (the site's [keys] may change it): on the buttons
        if self.role in ("lead", "trainee"):  # one key per mode while supervising, one to stop
            for n, mode in enumerate(MODES, start=1):
                if mode_allowed(self.role, MonitorMode(mode)):
                    keys[mode] = f.add_hotkey(f"supervision.{mode}", f"Ctrl+Alt+{n}",
                                              lambda m=mode: self._key(self._switch, m),
                                              f"supervision: switch to {mode}").keys
            keys["stop"] = f.add_hotkey("supervision.stop", "Ctrl+Alt+0", lambda: self._key(self._stop),
                                        "supervision: stop").keys
        from console.supervising_view import Supervising

        self.supervising = Supervising(self, keys)  # the supervising view and the coaching notes
        QTimer.singleShot(0, self._team_feature)  # (the team feature is installed next: its board, its link)
        if not self.secret:
            log.warning("no team secret (%s or the keyring): supervision is refused on this console",
                        env_name(SECRET_NAME))

    # -- the phone (console.app._start_phone) -------------------------------------------------
    def phone_host(self, desk_events) -> PhoneHost:  # noqa: ANN001
        host_class = self.pbx.host_class if self.pbx is not None else PhoneHost
        self.host = host_class(self.secret, self.me, self.settings.dtmf_switch, desk_events, self.api.bridge.post)
        desk = self.host.monitor_desk  # ([supervision] barge_tone: the customer hears a tone when a lead barges in)
        desk.policy = replace(desk.policy, barge_tone=self.settings.barge_tone)
        desk.roles = self.roles  # ([supervision] roles_key: only roles proven by the admin's grants)
        return self.host

    # -- the team -------------------------------------------------------------------------------
    def _team_feature(self) -> Any:
        if self._team is None:
            from console.team import Team

            self._team = self.api.parent.findChild(Team)
            if self._team is not None:
                self._team.link.view_changed.connect(self._view_changed)
        return self._team

    def _view_changed(self, _view: object) -> None:
        self._flush_audit()
        self._read_revocations()
        team = self._team
        if not self._board_wired and team is not None and team.board is not None \
                and hasattr(team.board, "monitor_requested"):
            self._board_wired = True
            team.board.monitor_requested.connect(self._board_asks)
            if self.roles is None and self.role == "lead":  # the lead's board says what anyone could do
                warning = QLabel(refusal_sentence(ROLES_NOT_PROVEN_CODE))
                warning.setObjectName("rolesNotProven")
                warning.setWordWrap(True)
                team.board.layout().insertWidget(0, warning)
                warning.show()  # (the board may be on screen already: a child added later is not shown by itself)

    def _read_revocations(self) -> None:
        """Revoked grants from the team store (on its lane; read again with each change of the
        team): the SIP thread's check reads the set handed over here."""
        roles, team = self.roles, self._team
        if roles is None or team is None:
            return
        if self._revocations_asked:
            self._revocations_again = True  # (a change while reading: read once more after)
            return
        from crm_adapters.store.team.revocations import revocations

        def done(revoked: dict[str, int]) -> None:
            self._revocations_asked = False
            roles.revoked = revoked
            if self._revocations_again:
                self._revocations_again = False
                self._read_revocations()

        def failed(exc: BaseException) -> None:
            self._revocations_asked = False
            log.warning("revoked supervision grants not read (%s): the last ones read still apply", type(exc).__name__)

        key = self.settings.roles_key
        self._revocations_asked = team.link.run(lambda store: proven_revocations(key, revocations(store)), done,
                                                failed, name="reading revoked supervision grants") is not None

    def _board_asks(self, agent_id: str, mode: str) -> None:
        try:
            job = self._start(agent_id, mode)
        except CtlError as exc:
            self.api.tell(str(exc), 10000)
            return
        job.then(lambda r: self.api.tell(self._now_in(r["mode"], r["agent_name"]), 8000),
                 lambda exc: self.api.tell(str(exc), 10000))

    def _name_of(self, agent_id: str) -> str:
        team = self._team_feature()
        view = team.link.view if team is not None else None
        for agent in (view.agents if view is not None else ()):
            if agent.id == agent_id:
                return agent.name or agent.id
        return agent_id

    # -- ctl monitor --------------------------------------------------------------------------
    def ctl_monitor(self, args: list[str]):
        if not args:
            return self.status()
        if args == ["--stop"]:
            return self._stop()
        agent_id, mode = "", ""
        rest = list(args)
        while rest:
            word = rest.pop(0)
            if word == "--mode" and rest:
                mode = rest.pop(0)
            elif not word.startswith("-") and not agent_id:
                agent_id = word
            else:
                raise CtlError("usage: monitor AGENT_ID --mode listen|whisper|barge | monitor --mode M | monitor --stop")
        if mode not in MODES:
            raise CtlError(f"Choose the mode with --mode listen, whisper or barge (got {shown(mode, 20) or 'none'}).")
        if agent_id:
            return self._start(agent_id, mode)
        return self._switch(mode)

    def _refuse_locally(self, agent_id: str, target: str, mode: str, code: str, text: str) -> CtlError:
        self._audit(AuditEntry(self.me, agent_id, target, mode, "refused", code, "ctl", self.me))
        self.api.bridge.post(SupervisionRefused("supervisor", self.me, agent_id, target, mode, "ctl", code, text))
        return CtlError(text)

    def _start(self, agent_id: str, mode: str) -> Job:
        team = self._team_feature()
        view = team.link.view if team is not None else None
        agent = next((a for a in (view.agents if view is not None else ()) if a.id == agent_id), None)
        target = agent.call_id if agent is not None else ""  # (for the audit of a refusal)
        if self.role not in ("lead", "trainee"):
            raise self._refuse_locally(agent_id, target, mode, "monitor.role_not_allowed",
                                       "Only a team lead or a trainee can listen in on a colleague's call "
                                       "([agent] role in the configuration).")
        if not mode_allowed(self.role, MonitorMode(mode)):
            raise self._refuse_locally(agent_id, target, mode, "monitor.role_not_allowed",
                                       refusal_sentence("monitor.role_not_allowed"))
        if not self.secret and self.pbx is None:  # (the PBX's codes are not signed)
            raise self._refuse_locally(agent_id, target, mode, NO_SECRET_CODE, NO_SECRET_SENTENCE)
        if self.watching is not None:
            raise CtlError(f"You are already listening to {shown(self.watching.agent_name, 60)}'s call: stop first "
                           "(ctl monitor --stop) or switch the mode (ctl monitor --mode M).")
        if self.host is None or self.host.phone is None or self.api.desk.phone is None:
            raise CtlError("The phone is not running, so you cannot listen in. Check [sip] in the configuration.")
        if self.api.book.live():
            raise CtlError("Finish your own call before listening in on a colleague's.")
        if agent is None or agent.id == self.me:
            raise CtlError(f"Nobody called {shown(agent_id, 60)} is on the team (see ctl team).")
        name = agent.name or agent.id
        if agent.state == OFFLINE:
            raise CtlError(f"{shown(name, 60)} is offline.")
        if not agent.call_id:
            raise CtlError(f"{shown(name, 60)} has no call now.")
        if not agent.sip_uri:
            raise CtlError(f"{shown(name, 60)}'s console has not said where to reach it; ask them to restart it.")
        try:
            if self.pbx is not None:  # strategy "pbx": dial the PBX's feature code (console/supervision_pbx.py)
                call_id = self.pbx.dial(agent, mode)
            else:
                header = make_header(self.secret.encode("utf-8"), mode, agent.call_id, self.me, self.role,
                                     time.time() + REQUEST_VALID_S, **self.proof)
                call_id = self.host.dial(agent.sip_uri, header)
        except ValueError as exc:
            raise CtlError(f"The request to listen in could not be made: {exc}.") from None
        job = Job(lambda: None, "monitor")
        self.watching = Watching(call_id, agent.id, name, agent.call_id, mode, job=job)
        self.api.agent.set_monitoring(True)
        log.info("asking to supervise %s's call %s (%s)", agent.id, agent.call_id, mode)
        QTimer.singleShot(ANSWER_WITHIN_MS, lambda: self._no_answer(call_id))
        return job

    def _switch(self, mode: str) -> dict:
        w = self.watching
        if w is None or not w.started:
            raise CtlError("You are not listening to anyone's call now (start with ctl monitor AGENT_ID --mode M).")
        if not mode_allowed(self.role, MonitorMode(mode)):
            raise self._refuse_locally(w.agent, w.target_call, mode, "monitor.role_not_allowed",
                                       refusal_sentence("monitor.role_not_allowed"))
        if self.pbx is not None:  # strategy "pbx": the PBX's keys
            return self.pbx.switch(w, mode)
        from cti.supervision.supervisor import change_mode

        header = make_header(self.secret.encode("utf-8"), mode, w.target_call, self.me, self.role,
                             time.time() + REQUEST_VALID_S, **self.proof)
        change_mode(self.host.phone, w.call_id, header)
        previous, w.mode = w.mode, mode
        self.api.bridge.post(SupervisionModeChanged("supervisor", w.call_id, w.target_call, self.me, w.agent, mode,
                                                    previous, "message"))
        return {"call_id": w.call_id, "agent": w.agent, "mode": mode, "previous": previous}

    def _stop(self) -> dict:
        w = self.watching
        if w is None:
            raise CtlError("You are not listening to anyone's call now.")
        self.host.phone.hangup(w.call_id)
        w.stopping = True
        return {"call_id": w.call_id, "agent": w.agent, "stopping": True}

    def _key(self, action, *args) -> None:  # noqa: ANN001
        try:
            action(*args)
        except CtlError as exc:
            self.api.tell(str(exc), 8000)

    def _no_answer(self, call_id: str) -> None:
        w = self.watching
        if w is not None and w.call_id == call_id and not w.started:
            self.host.phone.hangup(call_id)  # its end settles the ctl answer ("did not answer")

    # -- our monitoring call's phone events -------------------------------------------------------
    def _our_leg(self, leg: MonitorLegEvent) -> None:
        if self.pbx is not None:  # strategy "pbx": a call to the PBX's feature code
            return self.pbx.leg_event(leg)
        w, e = self.watching, leg.event
        if not leg.ours or w is None or getattr(e, "call_id", "") != w.call_id:
            return
        if isinstance(e, ev.CallAnswered) and not w.started:
            w.started = True
            self.api.bridge.post(SupervisionStarted("supervisor", w.call_id, w.target_call, self.me, w.agent,
                                                    self.role, w.mode))
            self._audit(AuditEntry(self.me, w.agent, w.target_call, w.mode, "started", "", "ctl", self.me))
            self._settle(w, {"call_id": w.call_id, "agent": w.agent, "agent_name": w.agent_name,
                             "target_call": w.target_call, "mode": w.mode})
        elif isinstance(e, ev.CallEnded):
            self._leg_over(w, e.reason, e.status_code)
        elif isinstance(e, ev.PhoneError):
            self._leg_over(w, e.reason, 0)

    def _leg_over(self, w: Watching, reason: str, status: int) -> None:
        if self.pbx is not None:
            return self.pbx.leg_over(w, reason, status)
        self.watching = None
        self.api.agent.set_monitoring(False)
        if w.started:
            self.api.bridge.post(SupervisionEnded("supervisor", w.call_id, w.target_call, self.me, w.agent, reason))
            self._audit(AuditEntry(self.me, w.agent, w.target_call, w.mode, "ended", reason[:64], "ctl", self.me))
            return
        from cti.supervision.session import PHRASES  # (the phone is loaded by now)

        code = next((f"monitor.{key}" for key, phrase in PHRASES.items() if phrase == reason), "")
        if code:
            text = refusal_sentence(code)
        elif status in (0, 408, 480) or not status:
            code, text = "monitor.no_answer", f"{shown(w.agent_name, 60)}'s console did not answer the request."
        else:
            code = f"monitor.sip_{status}"
            text = f"{shown(w.agent_name, 60)}'s console refused: {shown(reason, 120)} ({status})."
        self.api.bridge.post(SupervisionRefused("supervisor", self.me, w.agent, w.target_call, w.mode, "invite",
                                                code, text))
        self._audit(AuditEntry(self.me, w.agent, w.target_call, w.mode, "refused", code, "invite", self.me))
        self._settle(w, None, CtlError(text))

    @staticmethod
    def _settle(w: Watching, result: Any, error: BaseException | None = None) -> None:
        job, w.job = w.job, None
        if job is None:
            return
        job.result, job.error = result, error
        job.finished = job.delivered = True
        for handler in (job.failed if error is not None else job.done):
            handler(error if error is not None else result)

    # -- supervisors on this console's calls (cti.events.Monitor*) ---------------------------------
    def _started_here(self, e: ev.MonitorStarted) -> None:
        self.listening[e.call_id] = Listener(e.supervisor, e.role, e.mode, e.target_call)
        self._audit(AuditEntry(e.supervisor, self.me, e.target_call, e.mode, "started", "", "invite", self.me))
        self._listeners_changed(e.target_call)

    def _mode_here(self, e: ev.MonitorModeChanged) -> None:
        listener = self.listening.get(e.call_id)
        if listener is not None:
            listener.mode = e.mode
        self._audit(AuditEntry(e.supervisor, self.me, e.target_call, e.mode, "mode", e.previous, e.via, self.me))
        self._listeners_changed(e.target_call)

    def _ended_here(self, e: ev.MonitorEnded) -> None:
        listener = self.listening.pop(e.call_id, None)
        self._audit(AuditEntry(e.supervisor, self.me, e.target_call, listener.mode if listener else "", "ended",
                               e.reason[:64], "", self.me))
        self._listeners_changed(e.target_call)
        if listener is not None:
            self._listeners_changed(listener.target_call)

    def _refused_here(self, e: ev.MonitorRefused) -> None:
        self._audit(AuditEntry(e.supervisor, self.me, e.target_call, e.mode, "refused", e.code or e.reason, e.via,
                               self.me))

    def _listeners_changed(self, target_call: str) -> None:
        team = self._team_feature()
        if team is not None and hasattr(team.presence, "supervised"):
            ids = tuple(dict.fromkeys(x.supervisor for x in self.listening.values() if x.target_call == target_call))
            team.presence.supervised(target_call, ids)
        self._show_indicator()

    def indicator_text(self) -> str:
        if not self.settings.agent_sees_monitoring or not self.listening:
            return ""
        said = {"listen": self.tr("%1 is listening"), "whisper": self.tr("%1 is whispering to you"),
                "barge": self.tr("%1 is in the call (barge)")}
        parts = [said.get(x.mode, "%1 " + x.mode).replace("%1", shown(self._name_of(x.supervisor), 60))
                 for x in self.listening.values()]
        return self.tr("Supervised: %1.").replace("%1", "; ".join(parts))

    def _now_in(self, mode: str, agent_name: str) -> str:
        said = {"listen": self.tr("You are listening to %1's call."), "whisper": self.tr("You are whispering to %1."),
                "barge": self.tr("You are in %1's call (barge).")}
        return said.get(mode, "%1").replace("%1", shown(agent_name, 60))

    def _show_indicator(self) -> None:
        if self.indicator is None:
            return
        text = self.indicator_text()
        self.indicator.setText(text)
        self.indicator.setVisible(bool(text))

    def _make_indicator(self, _window) -> QWidget:  # noqa: ANN001
        self.indicator = QLabel()
        self.indicator.setObjectName("supervisionIndicator")
        self.indicator.setWordWrap(True)
        self.indicator.setStyleSheet("QLabel#supervisionIndicator { background: #7b1fa2; color: #ffffff; "
                                     "font-size: 15px; font-weight: 700; padding: 8px 12px; border-radius: 6px; }")
        self._show_indicator()
        return self.indicator

    # -- the audit ----------------------------------------------------------------------------------
    def _audit(self, entry: AuditEntry) -> None:
        if not entry.at:
            entry = replace(entry, at=time.time())
        self._unsaved.lines.append(entry)
        self._flush_audit()

    def _flush_audit(self) -> None:
        team = self._team_feature()
        if team is None or not self._unsaved.lines:
            return
        lines = list(self._unsaved.lines)
        self._unsaved.lines.clear()

        def write(store) -> int:  # noqa: ANN001
            for n, line in enumerate(lines):
                try:
                    store.audit(line)
                except Exception:
                    del lines[:n]
                    raise
            return len(lines)

        def failed(exc: BaseException) -> None:
            log.warning("the supervision audit is not written yet (%s): kept to write later", type(exc).__name__)
            self._unsaved.lines.extendleft(reversed(lines))

        if team.link.run(write, lambda _n: self._audit_written(), failed, name="the supervision audit") is None:
            self._unsaved.lines.extendleft(reversed(lines))  # the store opens later: written with the next view

    def _audit_written(self) -> None:
        if self.audit_view is not None and self.audit_view.isVisible():
            self._reload_audit_view()

    def ctl_audit(self, args: list[str]):
        if self.role != "lead":
            raise CtlError("Only a team lead can read the supervision audit ([agent] role = \"lead\").")
        agent, limit, rest = None, 200, list(args)
        while rest:
            word = rest.pop(0)
            if word == "--agent" and rest:
                agent = rest.pop(0)
            elif word == "--limit" and rest and rest[0].isdigit():
                limit = max(1, min(1000, int(rest.pop(0))))
            else:
                raise CtlError("usage: audit [--agent ID] [--limit N]")
        team = self._team_feature()
        if team is None:
            raise CtlError("The team store is not configured on this console.")
        self._flush_audit()
        job = team.link.run(lambda store: {"entries": [e.fields() for e in store.audit_log(0.0, agent, limit)]},
                            name="reading the supervision audit")
        if job is None:
            raise CtlError(team.link.problem or "The team store is not open yet; try again in a moment.")
        return job

    def _make_audit_view(self, _window) -> QWidget:  # noqa: ANN001
        from console.supervision_audit_view import AuditView

        self.audit_view = AuditView(self._name_of)
        self.audit_view.shown.connect(self._reload_audit_view)
        return self.audit_view

    def _reload_audit_view(self) -> None:
        team = self._team_feature()
        if team is not None and self.audit_view is not None:
            team.link.run(lambda store: store.audit_log(time.time() - 7 * 86400, None, 500),
                          self.audit_view.show_entries, lambda _exc: None, name="reading the supervision audit")

    # -- status -------------------------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        w = self.watching
        return {
            "strategy": self.settings.strategy,  # "pbx": codes, domain, and that the PBX checks no roles
            "pbx": self.pbx.status() if self.pbx is not None else None,
            "team_secret": bool(self.secret),
            "problem": NO_SECRET_SENTENCE if not self.secret else
            refusal_sentence(ROLES_NOT_PROVEN_CODE) if self.roles is None else "",
            "roles_proven": self.roles is not None,
            "revoked": sorted(self.roles.revoked) if self.roles is not None else [],
            "policy": {"dtmf_switch": self.settings.dtmf_switch,
                       "agent_sees_monitoring": self.settings.agent_sees_monitoring,
                       "barge_tone": self.settings.barge_tone},
            "supervised_by": [{"supervisor": x.supervisor, "name": self._name_of(x.supervisor), "role": x.role,
                               "mode": x.mode, "call_id": x.target_call} for x in self.listening.values()],
            "indicator": self.indicator_text(),
            "watching": None if w is None else {"call_id": w.call_id, "agent": w.agent, "target_call": w.target_call,
                                                "mode": w.mode, "started": w.started, **self.supervising.fields()},
        }

    supervision_status = status

    def stop(self) -> None:
        """The console quits (the phone has stopped: the ends of its calls never reach the window).
        Sessions still running here are audited as ended, and quitting waits (bounded) until the
        team store has every line."""
        w = self.watching
        if w is not None and w.started:
            self._leg_over(w, "supervisor hung up" if w.stopping else "supervisor's console closed", 0)
        for leg_id, x in list(self.listening.items()):
            self.listening.pop(leg_id, None)
            self._audit(AuditEntry(x.supervisor, self.me, x.target_call, x.mode, "ended", "agent's console closed",
                                   "", self.me))
        self.supervising.coaching.save()  # (typed in the last moments: on the team lane, drained below)
        self._flush_audit()
        team = self._team
        if team is not None:
            team.link.lane.drain(5.0)


def install_feature(api: FeatureApi) -> Supervision:
    return Supervision(api)
