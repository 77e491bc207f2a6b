"""The team as other programs see it: ``ctl team``'s answer and the ``team.*`` events.

Both are made from the latest team view (:class:`crm_adapters.store.team.model.TeamView`);
the events by comparing it with the view before. Customers' numbers (and names) are masked
unless this console's agent is a lead, as on the board. Times are ISO 8601 (UTC).
No Qt here.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from crm_adapters.store.team.model import AgentFigures, LiveCall, TeamView, WaitingCustomer, mask_number

from console.model.events import TeamAgentChanged, TeamCallChanged, TeamWaitingChanged

ENDED = "ended"


def iso(moment: float) -> str:
    return datetime.fromtimestamp(moment or 0.0, timezone.utc).isoformat()


def _name(name: str, role: str) -> str:
    """A customer's name: whole for leads, initials for everyone else (as the board shows it)."""
    if role == "lead" or not name:
        return name
    return " ".join(part[0] + "." for part in name.split()[:3] if part)


def call_fields(call: LiveCall, role: str) -> dict[str, Any]:
    return {"call_id": call.call_id, "agent_id": call.agent_id, "direction": call.direction, "state": call.state,
            "started": iso(call.started), "customer_name": _name(call.customer_name, role),
            "number": mask_number(call.number, role), "supervised_by": list(call.supervised_by)}


def waiting_fields(w: WaitingCustomer, role: str, now: float) -> dict[str, Any]:
    return {"sip_call_id": w.sip_call_id, "name": _name(w.name, role), "number": mask_number(w.number, role),
            "since": iso(w.since), "waited_s": round(max(0.0, now - w.since), 1), "ringing_at": list(w.ringing_at)}


def figure_fields(f: AgentFigures) -> dict[str, Any]:
    return {"handled": f.handled, "missed": f.missed, "abandoned": f.abandoned,
            "average_handle_s": f.average_handle_s, "average_wrap_up_s": f.average_wrap_up_s,
            "longest_wait_s": f.longest_wait_s}


def figures_fields(view: TeamView) -> dict[str, Any]:
    """Today's figures: the team's (each customer who gave up counted once), per agent, and the
    share of customers answered within the service target (None before the first one)."""
    team = next((f for f in view.figures if not f.agent_id), AgentFigures(""))
    share = view.answered_within_target
    return {"team": figure_fields(team),
            "agents": {f.agent_id: figure_fields(f) for f in view.figures if f.agent_id},
            "answered_within_target": None if share is None else round(share, 3)}


def team_fields(view: TeamView, role: str) -> dict[str, Any]:
    """``ctl team``: every agent (state, reason, since, their call or None), the calls, the
    waiting, and today's figures."""
    calls = {c.call_id: call_fields(c, role) for c in view.calls}
    agents = [{"id": a.id, "name": a.name, "state": a.state, "reason": a.reason, "since": iso(a.since),
               "call": calls.get(a.call_id) if a.call_id else None} for a in view.agents]
    return {"agents": agents, "calls": list(calls.values()),
            "waiting": [waiting_fields(w, role, view.taken_at) for w in view.waiting],
            "figures": figures_fields(view)}


def changes(before: TeamView | None, after: TeamView, role: str) -> list[object]:
    """The ``team.*`` events between two views: each agent whose entry changed, each call that
    appeared, changed or ended, and the waiting list when it changed."""
    old = team_fields(before, role) if before is not None else {"agents": [], "calls": [], "waiting": []}
    new = team_fields(after, role)
    found: list[object] = []
    old_agents = {a["id"]: a for a in old["agents"]}
    for agent in new["agents"]:
        if old_agents.get(agent["id"]) != agent:
            found.append(TeamAgentChanged(**agent))
    old_calls = {c["call_id"]: c for c in old["calls"]}
    new_calls = {c["call_id"]: c for c in new["calls"]}
    for call_id, call in new_calls.items():
        if old_calls.get(call_id) != call:
            found.append(TeamCallChanged(**call))
    for call_id, call in old_calls.items():
        if call_id not in new_calls:
            found.append(TeamCallChanged(**{**call, "state": ENDED}))
    if _waiting_key(old["waiting"]) != _waiting_key(new["waiting"]):
        found.append(TeamWaitingChanged(new["waiting"]))
    return found


def _waiting_key(waiting: list[dict[str, Any]]) -> list[tuple]:
    """What makes the waiting list different (not the seconds waited, which grow by themselves)."""
    return [(w["sip_call_id"], w["name"], w["number"], w["since"], tuple(w["ringing_at"])) for w in waiting]
