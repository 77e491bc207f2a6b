"""The team in the running console (issue 11): presence, live calls, the board, reserve staff.

Installed by ``console.app.FEATURES``. It links this console to the team store
(:class:`console.team_link.TeamLink`), publishes the agent's state and calls
(:mod:`console.team_presence`), and adds:

- a dock: the team board for leads, the team list for everyone else;
- a card section: the lead's request to join the line, for an agent who is away;
- ``ctl team [--json]`` (the team as JSON), ``ctl team ask`` (a lead asks the away agents to
  join) and ``ctl team join-answer yes|no`` (an away agent answers);
- the ``team.agent``, ``team.call`` and ``team.waiting`` events (:mod:`console.team_changes`);
- the customers waiting, from the ``[team] waiting_sources`` (:mod:`cti.waiting`: this
  console's ring group, an Asterisk queue …), every one through the same protocol, written to
  the team store on the team lane (kept while the store opens);
- a colleague calling shows by name (the desk's ``caller_names``).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QSystemTrayIcon, QVBoxLayout, QWidget

from crm_adapters.store.team.model import AWAY, OFFLINE, AgentEntry, JoinRequest, TeamView
from crm_adapters.vocabulary import CustomerCard
from cti.waiting.protocol import (
    CHANGES,
    CustomerAnswered,
    CustomerGaveUp,
    CustomerLeft,
    CustomerWaiting,
    SourceProblem,
    WaitingChange,
)
from cti.waiting.registry import SourceNotAvailable, create_source
from cti.waiting.ring_group import RingGroupSource

from console.ctl_server import CtlError
from console.features import FeatureApi
from console.plain_text import for_notification, shown
from console.secrets import get_secret
from console.team_changes import changes, team_fields
from console.team_link import TeamLink
from console.team_presence import TeamPresence, colleague_calling, sip_uri_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _AgentCard:
    """A card the lead asked for (double-click on an agent), from the CRM loop."""

    window_id: int
    card: CustomerCard


class Team(QObject):
    def __init__(self, api: FeatureApi) -> None:
        super().__init__(api.parent)
        self.api = api
        cfg = api.config
        self.role = cfg.agent.role
        self.me = AgentEntry(id=cfg.agent.id, name=cfg.agent.name, role=self.role, state=api.agent.state,
                             sip_uri=sip_uri_of(cfg.agent.id, cfg.sip))
        self.url_kind = "postgresql" if cfg.team_url.startswith("postgres") else "sqlite"
        self.link = TeamLink(api.bridge, cfg.team_url, cfg.data_dir, self.me, cfg.team_service_target_s, self)
        self._unsent: list[WaitingChange] = []  # customers waiting heard while the team store opens
        self.source_problems: dict[str, str] = {}  # waiting source -> what is wrong ("" = fine)
        self.sources = self._start_waiting_sources()
        ring_group = self.sources.get("ring_group")
        self.presence = TeamPresence(self.link, api.agent, api.book, api.bridge, self.me, self,
                                     waiting=ring_group if isinstance(ring_group, RingGroupSource) else None)
        self.last: TeamView | None = None
        self.board = self.list = self.banner = None
        self.had_colleagues: bool | None = None  # (the team list's dock shows only with colleagues)
        self.request: JoinRequest | None = None  # the lead's open request this (away) agent sees
        self._cards: dict[int, Any] = {}  # open card windows by id
        self._tray: QSystemTrayIcon | None = None
        self.link.view_changed.connect(self._view)
        self.link.problem_changed.connect(lambda p: p and api.tell(p, 10000))
        api.bridge.subscribe(_AgentCard, self._card_arrived, owner=self)
        api.desk.caller_names = self.caller_name

        f = api.features
        f.add_dock("team.board", QT_TRANSLATE_NOOP("Docks", "Team board"), self._make_board, area="right",
                   shown_for=("lead",), size=540, front=True)  # a lead watches the team: the whole height on the right
        f.add_dock("team.list", QT_TRANSLATE_NOOP("Docks", "Team"), self._make_list, area="right",
                   shown_for=("agent", "trainee"), size=360)
        f.add_card_section("team.join-request", self._make_banner)
        f.add_ctl_command("team", self.ctl_team, help="the team: agents, calls, customers waiting; a lead asks "
                          "away agents to join (ask), an away agent answers (join-answer yes|no)",
                          args="[ask | join-answer yes|no]")
        self.link.start()

    # -- the widgets ----------------------------------------------------------------------
    def _make_board(self, _window) -> QWidget:
        from console.team_board import BoardSettings, TeamBoard

        cfg = self.api.config
        settings = BoardSettings(target_share=cfg.team_service_target_share,
                                 target_wait_s=int(cfg.team_service_target_s), long_call_s=int(cfg.team_long_call_s))
        self.board = TeamBoard(self.role, settings)
        self.board.service_level_changed.connect(self._service_level)
        self.board.agent_activated.connect(self.show_agent_card)
        self.board.ask_to_join_requested.connect(lambda ids: self.link.ask_to_join(ids))
        self.link.join_answers_changed.connect(self._join_answers)
        return self.board

    def _make_list(self, _window) -> QWidget:
        from console.team_board import TeamList

        self.list = TeamList()
        return self.list

    def _make_banner(self, _window) -> QWidget:
        from console.team_reserve import ReserveRequestBanner

        self.banner = ReserveRequestBanner()
        self.banner.accepted.connect(lambda: self.answer_request(True))
        self.banner.declined.connect(lambda: self.answer_request(False))
        return self.banner

    # -- the team's view ------------------------------------------------------------------
    def _view(self, view: TeamView) -> None:
        if self._unsent:  # the store is open now
            unsent, self._unsent = self._unsent, []
            for change in unsent:
                self._waiting_change(change)
        for event in changes(self.last, view, self.role):
            self.api.bridge.post(event)
        self.last = view
        for widget in (self.board, self.list):
            if widget is not None:
                widget.show_view(view)
        self._list_only_with_colleagues(view)
        if self.api.agent.state == AWAY or self.request is not None:
            me = self.me.id
            self.link.run(lambda store: store.open_requests(me), self._requests, lambda _exc: None,
                          name="reading requests to join")

    def _list_only_with_colleagues(self, view: TeamView) -> None:
        """A desk on its own (no team store, or nobody else in it yet) gets no list of one: the
        team list appears once a colleague does, and goes when the last one leaves the store."""
        dock = self.list.parentWidget() if self.list is not None else None
        if dock is None:
            return
        colleagues = any(a.id != self.me.id for a in view.agents)
        if colleagues != self.had_colleagues:
            self.had_colleagues = colleagues
            dock.setVisible(colleagues)

    def _requests(self, open_requests: tuple[JoinRequest, ...]) -> None:
        newest = open_requests[0] if open_requests and self.api.agent.state == AWAY else None
        if newest is None:
            self.request = None
            if self.banner is not None and self.banner.isVisible():
                self.banner.hide()  # answered (ctl, another window) or no longer away
            return
        if self.request is not None and newest.id == self.request.id:
            return
        self.request = newest
        if self.banner is not None:
            self.banner.ask(self._agent_name(newest.from_agent))

    def _agent_name(self, agent_id: str) -> str:
        for agent in (self.last.agents if self.last else ()):
            if agent.id == agent_id:
                return agent.name or agent.id
        return agent_id

    # -- reserve staff ----------------------------------------------------------------------
    def answer_request(self, accepted: bool):
        """The away agent's answer to the newest request: yes makes them ready at once."""
        me, request = self.me.id, self.request

        def answer(store) -> dict[str, Any]:
            asked = request or next(iter(store.open_requests(me)), None)
            if asked is None or not store.answer_request(asked.id, me, accepted):
                raise CtlError("Nobody has asked you to join the line (or the request was already answered).")
            return {"request_id": asked.id, "from": asked.from_agent, "accepted": accepted}

        def answered(_result: dict) -> None:
            self.request = None
            if self.banner is not None:
                self.banner.hide()
            if accepted:
                self.api.agent.choose("ready")  # after the answer is stored: the lead sees it first

        def not_answered(exc: BaseException) -> None:
            if accepted and request is not None:
                self.api.agent.choose("ready")  # they clicked "Join now": they are ready, even so
            self.api.tell(str(exc) if isinstance(exc, CtlError) else "Your answer did not reach the team lead: "
                          "the team store is not answering.", 8000)

        job = self.link.run(answer, answered, not_answered, name="answering a request to join")
        if job is None:
            raise CtlError("The team store is not open yet; try again in a moment.")
        return job

    def _join_answers(self, answers: dict) -> None:
        if self.board is None:
            return
        for agent_id, accepted in answers.items():
            if accepted is not None:
                self.board.show_join_answer(agent_id, accepted)

    # -- customers waiting -----------------------------------------------------------------------
    def _start_waiting_sources(self) -> dict[str, Any]:
        cfg = self.api.config
        for kind in CHANGES:  # (sources report from any thread: the bridge brings it here)
            self.api.bridge.subscribe(kind, self._waiting_change, owner=self)
        started: dict[str, Any] = {}
        for name in cfg.team_waiting_sources:
            settings = dict(cfg.team_source_settings.get(name, {}))
            if name != "ring_group":
                secret = get_secret(name)  # AGENT_CONSOLE_SECRET_<NAME> or the keyring; never the file
                if secret:
                    settings["secret"] = secret
            try:
                source = create_source(name, settings)
                source.start(self.api.bridge.post)
            except SourceNotAvailable as exc:
                self._source_problem(SourceProblem(name, str(exc)))
                continue
            except Exception as exc:  # noqa: BLE001 - a broken source must not stop the console
                self._source_problem(SourceProblem(name, f"The waiting source \"{name}\" could not start "
                                                         f"({type(exc).__name__})."))
                continue
            started[name] = source
            self.source_problems.setdefault(name, "")
        return started

    def _source_problem(self, problem: SourceProblem) -> None:
        if problem.sentence == self.source_problems.get(problem.source):
            return
        self.source_problems[problem.source] = problem.sentence
        if problem.sentence:
            log.warning("customers waiting: %s", problem.sentence)
            self.api.tell(problem.sentence, 15000)
        else:
            log.info("customers waiting: the %s source works again", problem.source)

    def _waiting_change(self, change: WaitingChange) -> None:
        if isinstance(change, SourceProblem):
            self._source_problem(change)
        elif self.link.run(lambda store: _write_waiting(store, change), name="a customer waiting") is None:
            if len(self._unsent) < 5000:
                self._unsent.append(change)

    # -- the lead -----------------------------------------------------------------------------
    def _service_level(self, level: str) -> None:
        if level not in ("amber", "red"):
            return
        text = (self.tr("The service level is far below the target, or a customer has waited too long.")
                if level == "red" else self.tr("The service level is below the target."))
        self.api.tell(text, 15000)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                self._tray = QSystemTrayIcon(icon, self)
                self._tray.show()
            self._tray.showMessage(self.tr("Team service level"), for_notification(text), QSystemTrayIcon.MessageIcon.Warning,
                                   10_000)

    def show_agent_card(self, agent_id: str) -> None:
        """The card of the customer on an agent's current call, in a small window."""
        view = self.last or TeamView()
        agent = next((a for a in view.agents if a.id == agent_id), None)
        call = next((c for c in view.calls if agent is not None and c.call_id == agent.call_id), None)
        name = shown(agent.name if agent is not None else agent_id, 60)
        if call is None:
            self.api.tell(self.tr("%1 has no call now.").replace("%1", name), 6000)
            return
        crm = self.api.crm
        if crm is None:
            self.api.tell(self.tr("The CRM is not running, so the customer's card cannot be shown."), 8000)
            return
        from console.customer_card_view import CustomerCardView

        dialog = QDialog(self.api.parent)
        dialog.setObjectName("agentCallCard")
        dialog.setWindowTitle(f"{name}: current call")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view_widget = CustomerCardView(call.call_id, dialog)
        QVBoxLayout(dialog).addWidget(view_widget)
        dialog.resize(460, 560)
        key = id(dialog)
        self._cards[key] = view_widget
        dialog.destroyed.connect(lambda *_: self._cards.pop(key, None))
        dialog.show()
        post = self.api.bridge.post
        crm.runtime.submit(crm.chain.lookup(call.number or "anonymous",
                                            on_update=lambda card: post(_AgentCard(key, card))))

    def _card_arrived(self, arrived: _AgentCard) -> None:
        view = self._cards.get(arrived.window_id)
        if view is not None:
            view.show_card(arrived.card)

    # -- colleagues -------------------------------------------------------------------------
    def caller_name(self, ringing) -> str:  # noqa: ANN001 - cti.events.CallRinging
        """A colleague calling: their name (the desk shows it instead of "Withheld number")."""
        agent = colleague_calling(ringing.remote_uri, ringing.trusted, ringing.source_host,
                                  self.link.view.agents, self.me.id)
        if agent is None:
            return ""
        self.presence.names[ringing.call_id] = agent.name or agent.id
        return f"{agent.name or agent.id} (colleague)"

    # -- ctl and status -----------------------------------------------------------------------
    def ctl_team(self, args: list[str]):
        if not args:
            if self.last is None:
                raise CtlError(self.link.problem or "The team store is not open yet; try again in a moment.")
            result = team_fields(self.last, self.role)
            if self.board is not None:  # the lead's board: ok, amber or red (customers waiting too long)
                result["service_level"] = self.board.level
            if self.link.asked:
                result["join_answers"] = dict(self.link.join_answers)
            if self.request is not None:
                result["join_request"] = {"id": self.request.id, "from": self.request.from_agent}
            return result
        if args[0] == "ask" and len(args) == 1:
            if self.role != "lead":
                raise CtlError("Only a team lead can ask agents to join the line ([agent] role = \"lead\").")
            away = [a.id for a in (self.last.agents if self.last else ()) if a.state == AWAY]
            if not away:
                raise CtlError("Nobody on the team is away: there is nobody to ask.")
            job = self.link.ask_to_join(away)
            if job is None:
                raise CtlError("The team store is not open yet; try again in a moment.")
            return job
        if args[0] == "join-answer" and len(args) == 2 and args[1] in ("yes", "no"):
            return self.answer_request(args[1] == "yes")
        raise CtlError("usage: team [ask | join-answer yes|no]")

    def team_status(self) -> dict[str, Any]:
        agents = self.last.agents if self.last else ()
        status = {"url_kind": self.url_kind, "agents_online": sum(1 for a in agents if a.state != OFFLINE),
                  "problem": self.link.problem}
        troubled = {name: sentence for name, sentence in self.source_problems.items() if sentence}
        if troubled:  # a waiting source that cannot see its customers (an unreachable PBX …)
            status["waiting_problems"] = troubled
        return status

    def stop(self) -> None:
        """The console quits: colleagues see this agent offline at once."""
        for source in self.sources.values():
            try:
                source.stop()
            except Exception:  # noqa: BLE001 - quitting goes on
                log.exception("a waiting source did not stop cleanly")
        self.link.close()


def _write_waiting(store, change: WaitingChange) -> None:  # noqa: ANN001 - a TeamStore, on the team lane
    if isinstance(change, CustomerWaiting):
        for where in change.where or ("",):
            store.ring_waiting(change.key, change.number, change.name, where, since=change.since)
    elif isinstance(change, CustomerAnswered):
        store.resolve_waiting(change.key, answered_by=change.agent)
    elif isinstance(change, CustomerGaveUp):
        store.resolve_waiting(change.key, abandoned=True)
    elif isinstance(change, CustomerLeft):
        store.resolve_waiting(change.key)


def install_feature(api: FeatureApi) -> Team:
    return Team(api)
