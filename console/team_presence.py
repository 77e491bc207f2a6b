"""What this console tells the team: the agent's state and the calls on their line; and who of
the team is calling.

``TeamPresence`` follows the agent's state (:class:`console.model.agent_state.AgentState`) and
the call book, and writes through the team link (:class:`console.team_link.TeamLink`):

- the agent's entry on every change (state, reason, since, current call);
- each call when it rings, is answered, held or resumed (``put_call``); during wrap-up the call
  stays on the board as "wrap_up";
- the call's end into today's figures (``end_call``): a call nobody answered as soon as its
  line is down (missed), an answered one when its wrap-up ends (handled, with the wrap-up time).
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject

from crm_adapters.store.team.model import AgentEntry, LiveCall

from console.model.events import WrapUpEnded

WRAP_UP = "wrap_up"


def sip_uri_of(agent_id: str, sip) -> str:  # noqa: ANN001 - sip: console.config SipSettings
    """Where colleagues reach this agent: ``sip:<user>@<registrar domain>`` through a PBX,
    ``sip:<agent id>@<listen address>`` for direct calls between desks."""
    if sip.registrar:
        host = re.sub(r"^sips?:", "", sip.registrar.strip(), flags=re.IGNORECASE).split(";", 1)[0].split("@")[-1]
        return f"sip:{sip.user or agent_id}@{sip.domain or host}"
    host, _, port = sip.listen.rpartition(":")
    if host in ("0.0.0.0", "::", "[::]", ""):
        host = "127.0.0.1"
    return f"sip:{agent_id}@{host}:{port}"


_URI = re.compile(r"sips?:(?:([^@;>?\s]*)@)?([^;>?\s]+)", re.IGNORECASE)


def _parts(uri: str) -> tuple[str, str] | None:
    """(user, host[:port]) of a SIP URI, lower-case host; None when it is not one."""
    m = _URI.search(uri or "")
    if m is None:
        return None
    return (m.group(1) or ""), m.group(2).lower()


def _host(hostport: str) -> str:
    if hostport.startswith("["):
        return hostport[1:].split("]", 1)[0]
    return hostport.rsplit(":", 1)[0] if hostport.count(":") == 1 else hostport


def colleague_calling(remote_uri: str, trusted: bool, source_host: str, agents, me: str) -> AgentEntry | None:
    """The colleague behind an incoming call: their agent id as the SIP user, or their SIP URI.
    A desk calling directly says only its address (``sip:10.0.0.7``, no user): that names a
    colleague when exactly one (other) colleague's URI is at that address. A caller from a
    host that is not trusted counts only when it calls from the colleague's own host (anyone
    can write a From)."""
    caller = _parts(remote_uri)
    if caller is None:
        return None
    user, hostport = caller
    found = []
    for agent in agents:
        theirs = _parts(agent.sip_uri) if agent.id != me else None
        if theirs is None:
            continue
        t_user, t_hostport = theirs
        if user:
            same = user == agent.id or (user == t_user and hostport == t_hostport)
        else:
            same = hostport == t_hostport or (hostport == _host(hostport) and hostport == _host(t_hostport))
        if same and (trusted or _host(t_hostport) == _host(source_host.lower())):
            found.append(agent)
    return found[0] if len(found) == 1 else None


@dataclass
class _Times:
    """Wall-clock moments of one call (the team's consoles agree on UNIX time)."""

    rang_at: float
    answered_at: float | None = None
    ended_at: float | None = None


class TeamPresence(QObject):
    def __init__(self, link, agent, book, bridge, me: AgentEntry, parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.link, self.agent, self.book = link, agent, book
        self.me = me
        self.names: dict[str, str] = {}  # call id -> the colleague calling (their name, not a customer's)
        self._times: dict[str, _Times] = {}
        self._shown: dict[str, LiveCall] = {}  # what the team store has of each of our calls
        agent.changed.connect(self.publish_state)
        for signal in (book.added, book.current_changed):
            signal.connect(self.publish_state)
        book.added.connect(self._rings)
        book.answered.connect(self._answered)
        book.changed.connect(self._changed)
        book.ended.connect(self._ended)
        bridge.subscribe(WrapUpEnded, self._wrap_up_ended, owner=self)
        self.publish_state()

    # -- the agent -------------------------------------------------------------------------
    def entry(self) -> AgentEntry:
        a = self.agent
        return AgentEntry(id=self.me.id, name=self.me.name, role=self.me.role, state=a.state, reason=a.reason,
                          since=a.since.timestamp(), call_id=a.call_id, sip_uri=self.me.sip_uri)

    def publish_state(self, *_: object) -> None:
        self.link.publish(self.entry())

    # -- the calls -------------------------------------------------------------------------
    def _rings(self, call_id: str) -> None:
        call = self.book.get(call_id)
        if call is None or not call.live:
            return  # a call restored from a draft after a restart: over long ago
        self._times[call_id] = _Times(time.time())
        self._put(call_id)

    def _answered(self, call_id: str) -> None:
        times = self._times.get(call_id)
        if times is not None and times.answered_at is None:
            times.answered_at = time.time()
        self._put(call_id)

    def _changed(self, call_id: str) -> None:
        call = self.book.get(call_id)
        if call is not None and call.live:
            self._put(call_id)  # held, resumed, the customer's name arrived (unchanged ones are not sent)

    def _put(self, call_id: str, state: str = "") -> None:
        call, times = self.book.get(call_id), self._times.get(call_id)
        if call is None or times is None:
            return
        live = LiveCall(call_id=call_id, agent_id=self.me.id,
                        direction="outbound" if call.direction == "out" else "inbound",
                        state=state or call.state, started=times.answered_at or times.rang_at,
                        customer_name=self.names.get(call_id) or call.customer_name, number=call.number)
        if self._shown.get(call_id) == live:
            return
        if self.link.run(lambda store: store.put_call(live), name="a call on the team board") is not None:
            self._shown[call_id] = live  # (while the store opens, the next change sends it)

    def _ended(self, call_id: str) -> None:
        # (the call may have left the book already: after-call work may let it go first)
        times = self._times.get(call_id)
        if times is None:
            return
        times.ended_at = time.time()
        shown = self._shown.get(call_id)
        if times.answered_at is not None:  # it leaves the board when its wrap-up ends
            if shown is not None and self.link.run(lambda store: store.put_call(replace(shown, state=WRAP_UP)),
                                                   name="a call in wrap-up") is not None:
                self._shown[call_id] = replace(shown, state=WRAP_UP)
            return
        self._end(call_id, "missed", 0.0)

    def _wrap_up_ended(self, e: WrapUpEnded) -> None:
        if e.call_id in self._times:
            self._end(e.call_id, "handled", e.seconds)

    def _end(self, call_id: str, outcome: str, wrap_up_s: float) -> None:
        times = self._times.pop(call_id)
        live = self._shown.pop(call_id, None)
        self.names.pop(call_id, None)
        direction = live.direction if live is not None else ""
        me = self.me.id
        self.link.run(lambda store: store.end_call(call_id, me, outcome, times.rang_at, times.answered_at,
                                                   times.ended_at or time.time(), wrap_up_s, direction=direction),
                      name="a call into today's figures")
