"""The workstation store: one SQLite file per workstation (WAL, private to the user) that
several parts of the console keep their tables in, each part owning its own.

Who owns what (each owner has its own migration history and its own Alembic version table,
so one part's schema change never waits for, or touches, another's):

=================  ===============================  ================================
owner              tables                           migrations (version table)
=================  ===============================  ================================
after-call work    ``console_outbox``,              ``store/after_call/migrations``
(the outbox)       ``console_note_drafts``,         (``after_call_alembic_version``)
                   ``console_call_log``,
                   ``console_tasks``
local CRM          ``crm_*``                        ``local/migrations``
(an adapter)                                        (``crm_local_alembic_version``),
                                                    only when ``[crm.local]`` has no
                                                    ``url`` (else in its own database)
team store         (slot, empty today): presence,   its own folder and
                   live calls, handoffs, monitor    ``team_alembic_version``; on one
                   audit                            workstation the same file, for a
                                                    team PostgreSQL
=================  ===============================  ================================

``database`` opens a file or URL (no schema), ``migrations`` runs one owner's history,
``workstation.open_workstation`` opens this workstation's file with the after-call tables
ready. Nothing here knows any CRM adapter: an adapter that keeps its tables in the same file
migrates them itself (it is handed the open :class:`~crm_adapters.store.database.Database`).
"""
