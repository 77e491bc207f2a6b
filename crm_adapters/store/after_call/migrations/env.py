"""Alembic environment of the after-call records; run by ``AFTER_CALL.migrate``."""
from crm_adapters.store.after_call.tables import Base
from crm_adapters.store.migrations import run_env

run_env(Base.metadata)
