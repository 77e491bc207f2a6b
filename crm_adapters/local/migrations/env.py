"""Alembic environment of the local CRM's tables; run by ``LOCAL_CRM.migrate``."""
from crm_adapters.local.models import Base
from crm_adapters.store.migrations import run_env

run_env(Base.metadata)
