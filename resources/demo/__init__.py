"""Demo data: a believable customer base for ``agent-console demo`` and first-time users."""
