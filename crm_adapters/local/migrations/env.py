"""Alembic environment for the local CRM; run programmatically by ``database.migrate``.

The caller hands us an open connection (``config.attributes["connection"]``), so this works
the same from a source tree, an installed wheel or a PyInstaller bundle: no alembic.ini.
"""
from __future__ import annotations

from alembic import context

from crm_adapters.local.database import VERSION_TABLE
from crm_adapters.local.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    version_table=VERSION_TABLE,  # own table: other parts of the console migrate the same file
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
