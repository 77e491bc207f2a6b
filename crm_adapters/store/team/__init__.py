"""The team store: presence, live calls, customers waiting, hand-offs, join requests and
today's figures, in this workstation's file or the team's PostgreSQL (see ``store``)."""
from crm_adapters.store.team.audit import AuditEntry  # noqa: F401
from crm_adapters.store.team.model import (  # noqa: F401
    AgentEntry,
    AgentFigures,
    Handoff,
    JoinRequest,
    LiveCall,
    TeamView,
    WaitingCustomer,
    mask_number,
)
from crm_adapters.store.team.store import TeamStore  # noqa: F401
from crm_adapters.store.team.watch import Watcher  # noqa: F401
