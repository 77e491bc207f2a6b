"""The console's link to the team store: this agent's presence out, the team's view in.

The team store (:mod:`crm_adapters.store.team`) may be a PostgreSQL server across the network,
so nothing here touches it on the GUI thread: every read and write is a job of the link's own
background lane (a :class:`console.background.Background`, separate from the workstation
database's, so a slow team server never delays saving a note). Results come back on the GUI
thread.

- ``publish(entry)`` sets what this console says about its agent; a heartbeat repeats it every
  ``HEARTBEAT_S`` (a killed console falls silent and shows offline to the others).
- ``view_changed(TeamView)`` fires after another console wrote (the store's watcher) and after
  each heartbeat round; ``view`` is the latest one, ``directory()`` the colleagues in it.
- ``run(work, done, failed)`` runs ``work(store)`` on the lane for the other team features
  (hand-offs, join requests, live calls).
- ``ask_to_join(agent_ids)``: a lead's request to away agents; their answers are read with each
  view (``join_answers``, ``join_answers_changed``) until the next request.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from crm_adapters.store.team.model import HEARTBEAT_S, OFFLINE, AgentEntry, TeamView

from console.background import Background, Job
from console.bridge import Bridge

log = logging.getLogger(__name__)
QUIET_WHEN_RINGING_S = 0.2  # team work waits this long after a call starts ringing here
OPEN_AGAIN_MS = 5000  # a team store that could not be opened is tried again this often


class TeamLink(QObject):
    view_changed = Signal(object)  # TeamView
    problem_changed = Signal(str)  # "" when the team store answers again
    join_answers_changed = Signal(dict)  # agent id -> True (joining), False (not now), None (not yet)

    def __init__(self, bridge: Bridge, url: str, data_dir: Path, me: AgentEntry,
                 service_target_s: float = 20.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url, self.data_dir = url, Path(data_dir)
        self.me = me
        self.service_target_s = service_target_s
        self.store = None  # crm_adapters.store.team.TeamStore once open (used on the lane only)
        self.view = TeamView()
        self.problem = ""
        self._quiet_until = 0.0
        self.lane = Background(bridge, self, pause=lambda: self._quiet_until - time.monotonic())
        self._watcher = None
        self._closed = False
        self.asked = ""  # this lead's latest "join the line" request
        self.join_answers: dict[str, bool | None] = {}
        self._reading = False
        self._read_again = threading.Event()
        self._beat = QTimer(self)
        self._beat.setInterval(int(HEARTBEAT_S * 1000))
        self._beat.timeout.connect(self._heartbeat)

    # -- start and stop ------------------------------------------------------------------------
    def start(self) -> None:
        if not self._closed:
            self.lane.run(self._open, lambda _r: self._opened(), self._not_opened, name="opening the team store")

    def _open(self) -> None:
        from crm_adapters.store.team.store import TeamStore

        store = TeamStore(self.url, self.data_dir)
        try:
            store.heartbeat(self.me)
            watcher = store.watch(self.refresh)  # (on the watcher's thread: refresh is thread-safe)
        except BaseException:
            store.close()
            raise
        self.store, self._watcher = store, watcher

    def _not_opened(self, exc: BaseException) -> None:
        """The team server is down or unreachable: say so, and try again a little later."""
        self._failed(exc)
        if not self._closed:
            QTimer.singleShot(OPEN_AGAIN_MS, self.start)

    def _opened(self) -> None:
        self._set_problem("")
        self._beat.start()
        self.refresh()

    def close(self) -> None:
        """The console quits: colleagues see this agent offline at once (not after the silence)."""
        if self._closed:
            return
        self._closed = True
        self._beat.stop()
        me = self.me
        try:
            self.lane.run(lambda: self._goodbye(me.id), name="leaving the team")
        except RuntimeError:
            return
        self.lane.close(5.0)

    def _goodbye(self, agent_id: str) -> None:
        if self._watcher is not None:
            self._watcher.stop()
        if self.store is not None:
            self.store.go_offline(agent_id)
            self.store.close()

    # -- this agent -----------------------------------------------------------------------------
    def publish(self, entry: AgentEntry) -> None:
        """What the team sees of this agent from now on (sent at once, then with each heartbeat)."""
        if entry == self.me:
            return
        self.me = entry
        if self.store is not None:
            self._heartbeat()

    def _heartbeat(self) -> None:
        me = self.me
        if me.state == OFFLINE or self.store is None or self._closed:
            return
        self.lane.run(lambda: self.store.heartbeat(me), lambda _r: self._set_problem(""), self._failed,
                      name="team heartbeat")

    def quiet(self, seconds: float = QUIET_WHEN_RINGING_S) -> None:
        """Hold team work back for a moment: a call is ringing and its card must be painted
        first (the lane's database work would compete with the window for the interpreter)."""
        self._quiet_until = max(self._quiet_until, time.monotonic() + seconds)

    # -- the team -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the team's view again (from any thread); reads close together are made once."""
        if self.store is None:
            return
        if self._reading:
            self._read_again.set()
            return
        self._reading = True
        self._read_again.clear()
        try:
            self.lane.run(self._read, self._arrived, self._not_read, name="reading the team")
        except RuntimeError:  # closing
            self._reading = False

    def _read(self) -> tuple[TeamView, dict[str, bool | None] | None]:
        view = self.store.view(service_target_s=self.service_target_s)
        asked = self.asked  # (read after the view: answers are at least as new as the states shown)
        answers = {r.to_agent: r.accepted for r in self.store.request_answers(asked)} if asked else None
        return view, answers

    def _arrived(self, read: tuple[TeamView, dict[str, bool | None] | None]) -> None:
        self._reading = False
        view, answers = read
        if answers is not None and answers != self.join_answers:
            self.join_answers = answers
            self.join_answers_changed.emit(dict(answers))
        self.view = view
        self._set_problem("")
        self.view_changed.emit(view)
        if self._read_again.is_set():
            self.refresh()

    def _not_read(self, exc: BaseException) -> None:
        self._reading = False
        self._failed(exc)

    def ask_to_join(self, agent_ids: list[str], done: Callable[[str], None] | None = None) -> Job | None:
        """Ask these (away) agents to join the line; the job's answer is ``{"request_id", "asked"}``;
        their answers come with the next views. None while the store is not open."""

        def asked(answer: dict) -> None:
            self.asked = answer["request_id"]
            self.join_answers = {a: None for a in agent_ids}
            self.join_answers_changed.emit(dict(self.join_answers))
            if done is not None:
                done(self.asked)

        me, ids = self.me.id, list(agent_ids)
        return self.run(lambda store: {"request_id": store.ask_to_join(me, ids), "asked": ids}, asked,
                        name="asking agents to join")

    def directory(self) -> tuple[AgentEntry, ...]:
        """Colleagues (not this agent), by name, as of the latest view."""
        return tuple(sorted((a for a in self.view.agents if a.id != self.me.id), key=lambda a: a.name.lower()))

    def colleague(self, agent_id: str = "", sip_uri: str = "") -> AgentEntry | None:
        for agent in self.view.agents:
            if (agent_id and agent.id == agent_id) or (sip_uri and agent.sip_uri and agent.sip_uri == sip_uri):
                return agent
        return None

    def run(self, work: Callable[[Any], Any], done: Callable[[Any], None] | None = None,
            failed: Callable[[BaseException], None] | None = None, name: str = "") -> Job | None:
        """``work(store)`` on the team lane; None while the store is not open."""
        if self.store is None or self._closed:
            return None
        store = self.store
        return self.lane.run(lambda: work(store), done, failed or self._failed, name=name or "team work")

    # -- trouble ----------------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        log.warning("team store: %s", type(exc).__name__)
        self._set_problem(f"The team store is not answering ({type(exc).__name__}).")

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit(problem)

