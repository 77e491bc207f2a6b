"""Alembic environment of the team store; run by ``TEAM.migrate``."""
from crm_adapters.store.migrations import run_env
from crm_adapters.store.team.tables import Base

run_env(Base.metadata)
