"""What this console tells the team: the agent's state and the calls on their line; and who of
the team is calling.

``TeamPresence`` follows the agent's state (:class:`console.model.agent_state.AgentState`) and
the call book, and writes through the team link (:class:`console.team_link.TeamLink`):

- the agent's entry on every change (state, reason, since, current call);
- each call when it rings, is answered, held or resumed (``put_call``); during wrap-up the call
  stays on the board as "wrap_up";
- the call's end into today's figures (``end_call``): a call nobody answered as soon as its
  line is down (missed), an answered one when its wrap-up ends (handled, with the wrap-up time);
- a customer ringing here as a waiting customer, told to the ring-group waiting source
  (:class:`cti.waiting.ring_group.RingGroupSource`, ``waiting``; None when ``[team]
  waiting_sources`` leaves it out), one per SIP Call-ID however many consoles of a ring group
  ring: answered here, it leaves every board (answered by this agent); answered by a colleague
  (the PBX's CANCEL says "completed elsewhere"), it is not this agent's call and counts nowhere here; the caller gave up (or this console turned
  the call away), it leaves as abandoned — counted once for the team.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer

from crm_adapters.store.team.model import AgentEntry, LiveCall
from cti.events import CallEnded, CallRinging
from cti.waiting.ring_group import RingGroupSource

from console.model.events import WrapUpEnded

WRAP_UP = "wrap_up"
CANCELLED = 487  # the caller cancelled the INVITE (gave up, or the PBX stopped this ring)
MONITOR_HEADER = "x-agent-console-monitor"  # a supervisor joining, not a customer


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
    sip_call_id: str = ""  # the INVITE's Call-ID
    customer: str = ""  # the waiting customer's key (the SIP Call-ID, else our call id); "" = not one
    end: CallEnded | None = None  # how the phone said the line went down


class TeamPresence(QObject):
    def __init__(self, link, agent, book, bridge, me: AgentEntry, parent: QObject | None = None,  # noqa: ANN001
                 waiting: RingGroupSource | None = None) -> None:
        super().__init__(parent)
        self.link, self.agent, self.book = link, agent, book
        self.waiting = waiting  # the ring-group source: this console's customers ringing
        self.me = me
        self.names: dict[str, str] = {}  # call id -> the colleague calling (their name, not a customer's)
        self.supervisors: dict[str, tuple[str, ...]] = {}  # call id -> who listens in (console/supervision.py)
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
        bridge.subscribe(CallRinging, self._phone_rings, owner=self)  # (after the desk put it in the book)
        bridge.subscribe(CallEnded, self._phone_ended, owner=self)
        self.publish_state()

    # -- the agent -------------------------------------------------------------------------
    def entry(self) -> AgentEntry:
        a = self.agent
        return AgentEntry(id=self.me.id, name=self.me.name, role=self.me.role, state=a.state, reason=a.reason,
                          since=a.since.timestamp(), call_id=a.call_id, sip_uri=self.me.sip_uri)

    def publish_state(self, *_: object) -> None:
        if self.agent.state == "ringing":
            self.link.quiet()  # the card first; the team hears of it a moment later
        self.link.publish(self.entry())

    # -- the calls -------------------------------------------------------------------------
    def _rings(self, call_id: str) -> None:
        call = self.book.get(call_id)
        if call is None or not call.live:
            return  # a call restored from a draft after a restart: over long ago
        self._times[call_id] = _Times(time.time())
        self.link.quiet()  # the card first; the team hears of it a moment later
        self._put(call_id)

    def _phone_rings(self, e: CallRinging) -> None:
        """A customer calling in is a waiting customer until someone answers or they give up."""
        times, call = self._times.get(e.call_id), self.book.get(e.call_id)
        if times is None or call is None:
            return
        times.sip_call_id = e.sip_call_id
        customer = (e.direction == "in" and not e.replaces and call.state == "ringing" and not call.answered
                    and e.call_id not in self.names  # a colleague calling is not a customer waiting
                    and not any(name.lower() == MONITOR_HEADER for name in e.headers))
        if customer:
            times.customer = e.sip_call_id or e.call_id
            if self.waiting is not None:
                self.waiting.rings(times.customer, call.number, e.display_name, self.me.id)
        self._put(e.call_id)

    def supervised(self, call_id: str, supervisor_ids: tuple[str, ...]) -> None:
        """Who listens in on this call now (the team's board shows them)."""
        if supervisor_ids:
            self.supervisors[call_id] = tuple(supervisor_ids)
        else:
            self.supervisors.pop(call_id, None)
        call, shown = self.book.get(call_id), self._shown.get(call_id)
        if call is not None and call.live:
            self._put(call_id)
        elif shown is not None and shown.supervised_by != tuple(supervisor_ids):  # in wrap-up: it stays so
            updated = replace(shown, supervised_by=tuple(supervisor_ids))
            if self.link.run(lambda store: store.put_call(updated), name="a call in wrap-up") is not None:
                self._shown[call_id] = updated

    def _answered(self, call_id: str) -> None:
        times = self._times.get(call_id)
        if times is not None and times.answered_at is None:
            times.answered_at = time.time()
            if times.customer and self.waiting is not None:
                self.waiting.answered(times.customer, self.me.id)
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
                        customer_name=self.names.get(call_id) or call.customer_name, number=call.number,
                        sip_call_id=times.sip_call_id, supervised_by=self.supervisors.get(call_id, ()))
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
        # how it ended (answered elsewhere? the caller gave up?) is in the phone's CallEnded,
        # delivered in the same turn as this: decide once both are in
        QTimer.singleShot(0, lambda: self._unanswered(call_id))

    def _phone_ended(self, e: CallEnded) -> None:
        times = self._times.get(e.call_id)
        if times is not None:
            times.end = e

    def _unanswered(self, call_id: str) -> None:
        """A call that ended before anyone answered it here."""
        times = self._times.get(call_id)
        if times is None or times.answered_at is not None:
            return
        end = times.end
        if not times.customer:
            self._end(call_id, "missed", 0.0)
        elif end is not None and end.completed_elsewhere:
            self._drop(call_id)  # a colleague of the ring group has the customer: not missed here
        else:  # the caller gave up (or this console turned the call away): the customer is lost
            if self.waiting is not None:
                self.waiting.gave_up(times.customer)
            gave_up = end is None or end.status_code == CANCELLED
            self._end(call_id, "abandoned" if gave_up else "missed", 0.0)

    def _wrap_up_ended(self, e: WrapUpEnded) -> None:
        if e.call_id in self._times:
            self._end(e.call_id, "handled", e.seconds)

    def _drop(self, call_id: str) -> None:
        self._times.pop(call_id)
        self._shown.pop(call_id, None)
        self.names.pop(call_id, None)
        self.link.run(lambda store: store.drop_call(call_id), name="a call a colleague answered")

    def _end(self, call_id: str, outcome: str, wrap_up_s: float) -> None:
        times = self._times.pop(call_id)
        live = self._shown.pop(call_id, None)
        self.names.pop(call_id, None)
        self.supervisors.pop(call_id, None)
        direction = live.direction if live is not None else ""
        me, customer = self.me.id, times.customer
        self.link.run(lambda store: store.end_call(call_id, me, outcome, times.rang_at, times.answered_at,
                                                   times.ended_at or time.time(), wrap_up_s, direction=direction,
                                                   sip_call_id=customer),
                      name="a call into today's figures")
