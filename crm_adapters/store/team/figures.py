"""Today's figures, counted by the database: per agent and for the team, calls per hour and
the share of customers answered within the service target. "Today" is the local calendar day
of the console that asks."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, and_, case, cast, func, literal, select, union
from sqlalchemy.engine import Connection

from crm_adapters.store.team.model import AgentFigures
from crm_adapters.store.team.tables import HistoryRow as H, WaitingRow as W

_HANDLED, _MISSED, _ABANDONED = (H.outcome == "handled"), (H.outcome == "missed"), (H.outcome == "abandoned")
# one customer, however many consoles rang: the ring group's Call-ID, else the console's call id
_CUSTOMER = func.coalesce(func.nullif(H.sip_call_id, ""), literal("call:") + H.call_id)


def _count(condition) -> object:  # noqa: ANN001
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


_COLUMNS = (
    _count(_HANDLED),
    _count(_MISSED),
    _count(_ABANDONED),
    func.avg(case((_HANDLED, H.ended_at - H.answered_at), else_=None)),
    func.avg(case((_HANDLED, H.wrap_up_s), else_=None)),
    func.max(H.wait_s),
)


def midnight(now: float) -> float:
    return datetime.fromtimestamp(now).replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


def today(conn: Connection, now: float, target_s: float, is_sqlite: bool):  # noqa: ANN201
    """(figures per agent then the team's, calls per hour, answered within target or None)."""
    start = midnight(now)
    todays = H.ended_at >= start
    per_agent = [_figures(agent_id, *rest) for agent_id, *rest in
                 conn.execute(select(H.agent_id, *_COLUMNS).where(todays).group_by(H.agent_id).order_by(H.agent_id))]
    team = conn.execute(select(*_COLUMNS).where(todays)).one()
    gave_up = union(select(_CUSTOMER.label("k")).where(todays, _ABANDONED),
                    select(W.sip_call_id.label("k")).where(W.abandoned.is_(True), W.ended >= start)).subquery()
    abandoned = conn.execute(select(func.count()).select_from(gave_up)).scalar_one()
    waited = conn.execute(select(func.max(W.ended - W.since)).where(W.ended >= start)).scalar()
    handled, missed, _, handle_s, wrap_s, longest = team
    team_figures = _figures("", handled, missed, abandoned, handle_s, wrap_s, max(longest or 0, waited or 0))
    offered = and_(todays, H.outcome.in_(("handled", "abandoned")))
    bucket = (H.rang_at - start) / 3600
    hour = cast(bucket, Integer) if is_sqlite else func.floor(bucket)
    per_hour = tuple((int(h), int(n)) for h, n in conn.execute(
        select(hour.label("h"), func.count(func.distinct(_CUSTOMER))).where(offered, H.rang_at >= start)
        .group_by("h").order_by("h")) if h is not None and 0 <= h < 24)
    inbound = and_(todays, H.direction == "inbound", _HANDLED)
    answered = conn.execute(select(func.count(func.distinct(_CUSTOMER))).where(inbound)).scalar_one()
    in_time = conn.execute(select(func.count(func.distinct(_CUSTOMER))).where(inbound, H.wait_s <= target_s)).scalar_one()
    offered_n = answered + abandoned
    return (*per_agent, team_figures), per_hour, (in_time / offered_n if offered_n else None)


def _figures(agent_id: str, handled, missed, abandoned, handle_s, wrap_s, longest) -> AgentFigures:  # noqa: ANN001
    return AgentFigures(agent_id=agent_id, handled=int(handled or 0), missed=int(missed or 0),
                        abandoned=int(abandoned or 0), average_handle_s=round(float(handle_s or 0), 1),
                        average_wrap_up_s=round(float(wrap_s or 0), 1), longest_wait_s=round(float(longest or 0), 1))
