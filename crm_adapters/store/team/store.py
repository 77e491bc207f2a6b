"""The team store: who is on the team and in which state, the calls on the line, the customers
waiting, hand-offs and today's figures, shared by every console of a team.

``TeamStore("", data_dir)`` is this workstation's file (one desk); a ``postgresql+psycopg://``
URL is the team's server. Every method is synchronous and short (the console calls them from a
background thread): a write waits at most a few seconds for a lock, then fails with the
database's error. Every write that others should see tells them: NOTIFY on PostgreSQL, a
change counter on SQLite (see :mod:`crm_adapters.store.team.watch`).
"""
from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import delete, event, insert, select, text as sql, update
from sqlalchemy.engine import Connection, make_url

from crm_adapters.store.database import open_engine
from crm_adapters.store.team import audit as audit_lines, bounds
from crm_adapters.store.team.audit import AuditEntry
from crm_adapters.store.team.figures import today
from crm_adapters.store.team.model import (
    OFFLINE,
    OFFLINE_AFTER_S,
    PRESENCE_STATES,
    AgentEntry,
    Handoff,
    JoinRequest,
    LiveCall,
    TeamView,
    WaitingCustomer,
)
from crm_adapters.store.team.tables import TEAM, AgentRow, CallRow, HandoffRow, HistoryRow, RequestRow, WaitingRow
from crm_adapters.store.team.watch import Watcher
from crm_adapters.store.team.writing import write_transaction

log = logging.getLogger(__name__)

WAIT_LIMIT_MS = 3000  # the longest a write waits for another's lock
WAITING_SHOWN_S = 600  # a waiting customer nobody resolved is dropped from the board after this
REQUEST_OPEN_S = 600  # a "join the line" request older than this is no longer shown
OUTCOMES = ("handled", "missed", "abandoned")
CHANNEL = "team_changes"


class TeamStore:
    """The team's shared state in one database; see the module's docstring."""

    def __init__(self, url: str, workstation_dir: Path):
        self.engine = open_engine(_with_time_limits(url), Path(workstation_dir))
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            event.listen(self.engine, "connect", _shorter_busy_wait)  # after open_engine's own tuning
        try:
            _migrate(self.engine)
        except Exception:
            self.engine.dispose()
            raise
        log.info("team store ready (%s)", self.engine.dialect.name)

    def close(self) -> None:
        self.engine.dispose()

    def watch(self, on_change: Callable[[], None]) -> Watcher:
        """Call ``on_change()`` (on the watcher's own thread) after others wrote, and when an
        agent's heartbeat runs out; ``stop()`` the returned watcher to end it."""
        return Watcher(self.engine, on_change, channel=CHANNEL, offline_after_s=OFFLINE_AFTER_S)

    # -- presence --------------------------------------------------------------------------

    def heartbeat(self, entry: AgentEntry) -> None:
        """This console's agent is here, in ``entry.state``. The time in state (``since``) is
        kept while the state and reason stay; a new state starts at ``entry.since`` (or now).
        Others are told only when something they show changed, not for every heartbeat."""
        if entry.state not in PRESENCE_STATES:
            raise ValueError(f"unknown agent state {entry.state!r}; use one of {', '.join(PRESENCE_STATES)}")
        now = time.time()
        agent_id = _key(entry.id)
        shown = {"name": bounds.line(entry.name), "role": _role(entry.role), "state": entry.state,
                 "reason": bounds.line(entry.reason), "call_id": _key(entry.call_id),
                 "sip_uri": bounds.line(entry.sip_uri, bounds.URI)}
        with self._writing() as conn:
            row = conn.execute(select(AgentRow).where(AgentRow.id == agent_id)).first()
            if row is None:
                conn.execute(insert(AgentRow).values(id=agent_id, since=_since(entry, now), heartbeat=now, **shown))
                self._tell(conn)
                return
            old = row
            gone = old.state == OFFLINE or old.heartbeat < now - OFFLINE_AFTER_S
            same = not gone and (old.state, old.reason) == (shown["state"], shown["reason"])
            since = old.since if same else _since(entry, now)
            conn.execute(update(AgentRow).where(AgentRow.id == agent_id).values(since=since, heartbeat=now, **shown))
            if gone or any(getattr(old, k) != v for k, v in shown.items()):
                self._tell(conn)

    def go_offline(self, agent_id: str) -> None:
        """The console quits: its agent shows offline at once and their live calls go."""
        agent_id = _key(agent_id)
        with self._writing() as conn:
            conn.execute(update(AgentRow).where(AgentRow.id == agent_id)
                         .values(state=OFFLINE, reason="", call_id="", since=time.time()))
            conn.execute(delete(CallRow).where(CallRow.agent_id == agent_id))
            self._tell(conn)

    def directory(self, now: float | None = None) -> tuple[AgentEntry, ...]:
        """Every colleague by name, with their state and where to reach them (dial, transfer)."""
        now = time.time() if now is None else now
        with self.engine.connect() as conn:
            rows = conn.execute(select(AgentRow)).all()
        return tuple(sorted((_agent(r, now) for r in rows), key=lambda a: (a.name.casefold(), a.id)))

    # -- calls -----------------------------------------------------------------------------

    def put_call(self, call: LiveCall) -> None:
        """A call on an agent's line, new or changed (state, customer, supervisors)."""
        values = {"agent_id": _key(call.agent_id), "direction": _direction(call.direction),
                  "state": bounds.line(call.state, 16), "started": bounds.moment(call.started) or time.time(),
                  "customer_name": bounds.line(call.customer_name), "number": bounds.line(call.number, bounds.NUMBER),
                  "supervised_by": json.dumps(bounds.ids(call.supervised_by, 50)),
                  "sip_call_id": _key(call.sip_call_id)}
        with self._writing() as conn:
            self._upsert(conn, CallRow, {"call_id": _key(call.call_id), **values}, "call_id")
            self._tell(conn)

    def end_call(self, call_id: str, agent_id: str, outcome: str, rang_at: float, answered_at: float | None,
                 ended_at: float, wrap_up_s: float = 0, *, direction: str = "", sip_call_id: str = "") -> None:
        """The call left the agent's line: it goes from the live calls into today's figures.
        ``outcome``: handled (answered), missed (rang here, nobody answered here), abandoned
        (the customer gave up). A ring-group call answered by a colleague is not this agent's
        call: do not record it here."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown call outcome {outcome!r}; use one of {', '.join(OUTCOMES)}")
        call_id, rang_at, ended_at = _key(call_id), bounds.moment(rang_at), bounds.moment(ended_at)
        answered = bounds.moment(answered_at) or None
        with self._writing() as conn:
            live = conn.execute(select(CallRow.direction, CallRow.sip_call_id).where(CallRow.call_id == call_id)).first()
            conn.execute(delete(CallRow).where(CallRow.call_id == call_id))
            conn.execute(insert(HistoryRow).values(
                agent_id=_key(agent_id), call_id=call_id, outcome=outcome,
                direction=_direction(direction or (live.direction if live else "")),
                sip_call_id=_key(sip_call_id or (live.sip_call_id if live else "")),
                rang_at=rang_at, answered_at=answered, ended_at=ended_at,
                wrap_up_s=max(0.0, bounds.moment(wrap_up_s)), wait_s=max(0.0, (answered or ended_at) - rang_at)))
            self._tell(conn)

    def drop_call(self, call_id: str) -> None:
        """The call left the agent's line without being theirs: a ring-group call a colleague
        answered. It leaves the board and counts in nobody's figures here."""
        with self._writing() as conn:
            if conn.execute(delete(CallRow).where(CallRow.call_id == _key(call_id))).rowcount:
                self._tell(conn)

    # -- customers waiting (ring groups) ---------------------------------------------------

    def ring_waiting(self, sip_call_id: str, number: str, name: str, agent_id: str, since: float | None = None) -> None:
        """A ring-group customer rings at this agent's console: one waiting customer per
        Call-ID, however many consoles ring; the time waited counts from the first ring
        (``since``, when a PBX's queue says how long the customer has waited already)."""
        key, agent_id = _key(sip_call_id), _key(agent_id)
        with self._writing() as conn:
            locked = select(WaitingRow.ringing_at).where(WaitingRow.sip_call_id == key)
            row = conn.execute(locked if self.is_sqlite else locked.with_for_update()).first()
            if row is None:
                self._insert_once(conn, WaitingRow, "sip_call_id", sip_call_id=key, since=_when(since),
                                  number=bounds.line(number, bounds.NUMBER), name=bounds.line(name),
                                  ringing_at=json.dumps([agent_id]))
                row = conn.execute(locked if self.is_sqlite else locked.with_for_update()).first()
            ringing = bounds.ids_from_json(row.ringing_at)
            if agent_id not in ringing:
                conn.execute(update(WaitingRow).where(WaitingRow.sip_call_id == key)
                             .values(ringing_at=json.dumps([*ringing, agent_id][-500:])))
            self._tell(conn)

    def resolve_waiting(self, sip_call_id: str, answered_by: str = "", abandoned: bool = False) -> bool:
        """Someone answered (``answered_by``) or the caller gave up (``abandoned``): the
        customer leaves every board. False when it was not waiting (any more)."""
        with self._writing() as conn:
            done = conn.execute(update(WaitingRow)
                                .where(WaitingRow.sip_call_id == _key(sip_call_id), WaitingRow.ended.is_(None))
                                .values(answered_by=_key(answered_by), abandoned=bool(abandoned), ended=time.time()))
            if done.rowcount:
                self._tell(conn)
            return bool(done.rowcount)

    # -- hand-offs (a transfer's context) --------------------------------------------------

    def put_handoff(self, handoff: Handoff) -> str:
        """The context of a transfer on its way to ``handoff.to_agent``; returns its id."""
        handoff_id = bounds.line(handoff.id, 64) or uuid.uuid4().hex
        number = bounds.line(handoff.number, bounds.NUMBER)
        with self._writing() as conn:
            conn.execute(insert(HandoffRow).values(
                id=handoff_id, from_agent=_key(handoff.from_agent), from_name=bounds.line(handoff.from_name),
                to_agent=_key(handoff.to_agent), number=number, number_key=bounds.digits_key(number),
                customer=json.dumps(bounds.customer(handoff.customer), ensure_ascii=False),
                notes=bounds.text(handoff.notes), disposition=bounds.line(handoff.disposition, 500),
                created=bounds.moment(handoff.created) or time.time(), taken_by_call=""))
            self._tell(conn)
        return handoff_id

    def take_handoff(self, to_agent: str, number: str, call_id: str, max_age_s: float = 120) -> Handoff | None:
        """The newest untaken hand-off for this agent and this customer's number (any spelling
        of it), no older than ``max_age_s``; taking it is atomic: of two consoles asking at
        once, one gets it and the other None."""
        call_id, key = _key(call_id) or uuid.uuid4().hex, bounds.digits_key(bounds.line(number, bounds.NUMBER))
        with self._writing() as conn:
            candidates = conn.execute(
                select(HandoffRow).where(HandoffRow.to_agent == _key(to_agent), HandoffRow.taken_by_call == "",
                                         HandoffRow.number_key.in_([key, ""]),
                                         HandoffRow.created >= time.time() - max_age_s)
                .order_by(HandoffRow.created.desc()).limit(10)).all()
            for row in candidates:
                won = conn.execute(update(HandoffRow).where(HandoffRow.id == row.id, HandoffRow.taken_by_call == "")
                                   .values(taken_by_call=call_id))
                if won.rowcount == 1:
                    self._tell(conn)
                    return _handoff(row, call_id)
        return None

    # -- reserve staff ---------------------------------------------------------------------

    def ask_to_join(self, from_agent: str, to_agents: Iterable[str]) -> str:
        """A lead asks these (away) agents to join the line; returns the request's id."""
        request_id, now = uuid.uuid4().hex, time.time()
        with self._writing() as conn:
            for agent_id in bounds.ids(list(to_agents)):
                conn.execute(insert(RequestRow).values(id=request_id, to_agent=agent_id, from_agent=_key(from_agent),
                                                       created=now))
            self._tell(conn)
        return request_id

    def answer_request(self, request_id: str, agent_id: str, accepted: bool) -> bool:
        """The agent said yes (and is ready) or no. False when there was no such open request."""
        with self._writing() as conn:
            done = conn.execute(update(RequestRow)
                                .where(RequestRow.id == bounds.line(request_id, 64), RequestRow.to_agent == _key(agent_id),
                                       RequestRow.answered.is_(None))
                                .values(answered=time.time(), accepted=bool(accepted)))
            if done.rowcount:
                self._tell(conn)
            return bool(done.rowcount)

    def open_requests(self, agent_id: str) -> tuple[JoinRequest, ...]:
        """Requests to join the line waiting for this agent's answer, newest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(RequestRow).where(
                RequestRow.to_agent == _key(agent_id), RequestRow.answered.is_(None),
                RequestRow.created >= time.time() - REQUEST_OPEN_S).order_by(RequestRow.created.desc())).all()
        return tuple(_request(r) for r in rows)

    def request_answers(self, request_id: str) -> tuple[JoinRequest, ...]:
        """Everyone a request went to, with their answer so far (what the lead sees)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(RequestRow).where(RequestRow.id == bounds.line(request_id, 64))
                                .order_by(RequestRow.to_agent)).all()
        return tuple(_request(r) for r in rows)

    # -- the board -------------------------------------------------------------------------

    def view(self, now: float | None = None, service_target_s: float = 20) -> TeamView:
        """Everything a board shows, read in one go. An agent whose console fell silent shows
        ``offline`` (and their calls are not shown)."""
        now = time.time() if now is None else now
        with self.engine.connect() as conn:
            agents = tuple(_agent(r, now) for r in conn.execute(select(AgentRow).order_by(AgentRow.name)))
            gone = {a.id for a in agents if a.state == OFFLINE}
            calls = tuple(_call(r) for r in conn.execute(select(CallRow).order_by(CallRow.started))
                          if r.agent_id not in gone)
            waiting = tuple(_waiting(r) for r in conn.execute(
                select(WaitingRow).where(WaitingRow.ended.is_(None), WaitingRow.since >= now - WAITING_SHOWN_S)
                .order_by(WaitingRow.since)))
            figures, per_hour, in_time = today(conn, now, service_target_s, self.is_sqlite)
        return TeamView(agents=agents, calls=calls, waiting=waiting, figures=figures, calls_per_hour=per_hour,
                        answered_within_target=in_time, taken_at=now)

    def tidy(self, now: float | None = None, keep_days: float = 31) -> None:
        """Forget what no board shows any more: finished calls older than ``keep_days``,
        resolved waiting customers, hand-offs and requests older than a day. Call it now and
        then (a console at start is enough); it tells nobody, nothing shown changes."""
        now = time.time() if now is None else now
        day = now - 86_400
        with self._writing() as conn:
            conn.execute(delete(HistoryRow).where(HistoryRow.ended_at < now - keep_days * 86_400))
            conn.execute(delete(WaitingRow).where(WaitingRow.since < day))
            conn.execute(delete(HandoffRow).where(HandoffRow.created < day))
            conn.execute(delete(RequestRow).where(RequestRow.created < day))

    # -- the supervision audit (crm_adapters.store.team.audit) ------------------------------

    def audit(self, entry: AuditEntry) -> int:
        """One line of the supervision audit (a session, a mode change, an end, a refusal);
        returns its id. Nobody is told: boards do not show it."""
        with self._writing() as conn:
            return audit_lines.write(conn, entry, time.time())

    def audit_log(self, since: float = 0.0, agent: str | None = None, limit: int = 200) -> tuple[AuditEntry, ...]:
        """The audit from ``since`` (UNIX time) on, oldest first: the newest ``limit`` lines
        (at most 1000), of one agent's calls when ``agent`` is given."""
        with self.engine.connect() as conn:
            return audit_lines.read(conn, since, agent, limit)

    # -- how writes are made ---------------------------------------------------------------

    def _writing(self) -> AbstractContextManager[Connection]:
        return write_transaction(self.engine)  # (crm_adapters/store/team/writing.py)

    def _tell(self, conn: Connection) -> None:
        """Others learn of this write when it commits."""
        if self.is_sqlite:
            conn.execute(sql("UPDATE team_changes SET counter = counter + 1 WHERE id = 1"))
        else:
            conn.execute(sql("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})

    def _dialect_insert(self, table):  # noqa: ANN001, ANN202
        if self.is_sqlite:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        return dialect_insert(table)

    def _upsert(self, conn: Connection, table, values: dict, key: str) -> None:  # noqa: ANN001
        ins = self._dialect_insert(table).values(**values)
        conn.execute(ins.on_conflict_do_update(index_elements=[key],
                                               set_={k: ins.excluded[k] for k in values if k != key}))

    def _insert_once(self, conn: Connection, table, key: str, **values) -> None:  # noqa: ANN001
        conn.execute(self._dialect_insert(table).values(**values).on_conflict_do_nothing(index_elements=[key]))


def _migrate(engine) -> None:  # noqa: ANN001
    """The team's tables at the newest revision. On PostgreSQL consoles starting together
    take turns (an advisory lock); on SQLite one that lost the race finds the work done."""
    if engine.dialect.name == "sqlite":
        try:
            TEAM.migrate(engine)
        except Exception:
            from alembic.migration import MigrationContext

            with engine.connect() as conn:
                rev = MigrationContext.configure(conn, opts={"version_table": TEAM.version_table}).get_current_revision()
            if rev != TEAM.head():
                raise
        return
    with engine.connect() as conn:
        conn.execute(sql("SELECT pg_advisory_lock(7310011)"))
        conn.commit()
        try:
            TEAM.migrate(engine)
        finally:
            conn.execute(sql("SELECT pg_advisory_unlock(7310011)"))
            conn.commit()


def _with_time_limits(url: str) -> str:
    """A server URL whose connections give up: connecting after 5 s, a statement or a lock
    wait after a few seconds (unless the URL says otherwise)."""
    if not url or not url.startswith("postgresql"):
        return url
    parsed = make_url(url)
    extra = {"connect_timeout": "5",
             "options": f"-c statement_timeout={WAIT_LIMIT_MS} -c lock_timeout={WAIT_LIMIT_MS}"}
    return parsed.update_query_dict({k: v for k, v in extra.items() if k not in parsed.query}).render_as_string(
        hide_password=False)


def _shorter_busy_wait(dbapi_conn, _record) -> None:  # noqa: ANN001
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {WAIT_LIMIT_MS}")
    cur.close()


def _when(since: float | None) -> float:
    """A start time from outside: not in the future, not before a day ago."""
    now = time.time()
    return now if since is None or not (now - 86400 <= since <= now) else float(since)


def _key(value: object) -> str:
    return bounds.line(value, bounds.KEY)


def _role(value: object) -> str:
    role = bounds.line(value, 16)
    return role if role in ("agent", "trainee", "lead") else "agent"


def _direction(value: object) -> str:
    return "outbound" if value == "outbound" else "inbound"


def _since(entry: AgentEntry, now: float) -> float:
    since = bounds.moment(entry.since)
    return since if 0 < since <= now + 60 else now


def _agent(r: AgentRow, now: float) -> AgentEntry:
    state = bounds.line(r.state, 16)
    silent = state != OFFLINE and (r.heartbeat or 0) < now - OFFLINE_AFTER_S
    if state not in PRESENCE_STATES or silent:
        return AgentEntry(id=_key(r.id), name=bounds.line(r.name), role=_role(r.role), state=OFFLINE,
                          since=bounds.moment(r.heartbeat), heartbeat=bounds.moment(r.heartbeat),
                          sip_uri=bounds.line(r.sip_uri, bounds.URI))
    return AgentEntry(id=_key(r.id), name=bounds.line(r.name), role=_role(r.role), state=state,
                      reason=bounds.line(r.reason), since=bounds.moment(r.since), heartbeat=bounds.moment(r.heartbeat),
                      call_id=_key(r.call_id), sip_uri=bounds.line(r.sip_uri, bounds.URI))


def _call(r: CallRow) -> LiveCall:
    return LiveCall(call_id=_key(r.call_id), agent_id=_key(r.agent_id), direction=_direction(r.direction),
                    state=bounds.line(r.state, 16), started=bounds.moment(r.started),
                    customer_name=bounds.line(r.customer_name), number=bounds.line(r.number, bounds.NUMBER),
                    supervised_by=bounds.ids_from_json(r.supervised_by), sip_call_id=_key(r.sip_call_id))


def _waiting(r: WaitingRow) -> WaitingCustomer:
    return WaitingCustomer(sip_call_id=_key(r.sip_call_id), number=bounds.line(r.number, bounds.NUMBER),
                           name=bounds.line(r.name), since=bounds.moment(r.since),
                           ringing_at=bounds.ids_from_json(r.ringing_at))


def _handoff(r: HandoffRow, taken_by_call: str) -> Handoff:
    return Handoff(id=bounds.line(r.id, 64), from_agent=_key(r.from_agent), from_name=bounds.line(r.from_name),
                   to_agent=_key(r.to_agent), number=bounds.line(r.number, bounds.NUMBER),
                   customer=bounds.customer_from_json(r.customer), notes=bounds.text(r.notes),
                   disposition=bounds.line(r.disposition, 500), created=bounds.moment(r.created),
                   taken_by_call=taken_by_call)


def _request(r: RequestRow) -> JoinRequest:
    return JoinRequest(id=bounds.line(r.id, 64), from_agent=_key(r.from_agent), to_agent=_key(r.to_agent),
                       created=bounds.moment(r.created), answered=bounds.moment(r.answered),
                       accepted=None if r.accepted is None else bool(r.accepted))
