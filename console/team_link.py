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
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from crm_adapters.store.team.model import HEARTBEAT_S, OFFLINE, AgentEntry, TeamView

from console.background import Background, Job
from console.bridge import Bridge

log = logging.getLogger(__name__)


class TeamLink(QObject):
    view_changed = Signal(object)  # TeamView
    problem_changed = Signal(str)  # "" when the team store answers again

    def __init__(self, bridge: Bridge, url: str, data_dir: Path, me: AgentEntry,
                 service_target_s: float = 20.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url, self.data_dir = url, Path(data_dir)
        self.me = me
        self.service_target_s = service_target_s
        self.store = None  # crm_adapters.store.team.TeamStore once open (used on the lane only)
        self.view = TeamView()
        self.problem = ""
        self.lane = Background(bridge, self)
        self._watcher = None
        self._reading = False
        self._read_again = threading.Event()
        self._beat = QTimer(self)
        self._beat.setInterval(int(HEARTBEAT_S * 1000))
        self._beat.timeout.connect(self._heartbeat)

    # -- start and stop ------------------------------------------------------------------------
    def start(self) -> None:
        self.lane.run(self._open, lambda _r: self._opened(), self._failed, name="opening the team store")

    def _open(self) -> None:
        from crm_adapters.store.team.store import TeamStore

        self.store = TeamStore(self.url, self.data_dir)
        self.store.heartbeat(self.me)
        self._watcher = self.store.watch(self.refresh)  # (on the watcher's thread: refresh is thread-safe)

    def _opened(self) -> None:
        self._set_problem("")
        self._beat.start()
        self.refresh()

    def close(self) -> None:
        """The console quits: colleagues see this agent offline at once (not after the silence)."""
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
        if me.state == OFFLINE or self.store is None:
            return
        self.lane.run(lambda: self.store.heartbeat(me), lambda _r: self._set_problem(""), self._failed,
                      name="team heartbeat")

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
            self.lane.run(lambda: self.store.view(service_target_s=self.service_target_s), self._arrived,
                          self._not_read, name="reading the team")
        except RuntimeError:  # closing
            self._reading = False

    def _arrived(self, view: TeamView) -> None:
        self._reading = False
        self.view = view
        self._set_problem("")
        self.view_changed.emit(view)
        if self._read_again.is_set():
            self.refresh()

    def _not_read(self, exc: BaseException) -> None:
        self._reading = False
        self._failed(exc)

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
        if self.store is None:
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

