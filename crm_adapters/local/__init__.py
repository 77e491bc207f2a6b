"""The ``local`` CRM: the console's own customer database (SQLite per workstation, or
PostgreSQL for a team). ``database.open_database`` opens and migrates it, ``adapter`` answers
lookups and stores write-backs, ``importer`` loads CSV/vCard files, ``demo_data`` seeds a demo."""
