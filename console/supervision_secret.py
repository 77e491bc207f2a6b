"""The team secret that signs supervision requests: where it comes from, and what is said
when it is missing. Light on purpose (doctor and status read it without loading the phone)."""
from __future__ import annotations

SECRET_NAME = "team"  # console.secrets: AGENT_CONSOLE_SECRET_TEAM, or the keyring entry agent-console/team
NO_SECRET, NO_SECRET_CODE = "no_team_secret", "monitor.no_team_secret"
NO_SECRET_HELP = ("no team secret: nobody can supervise this console's calls and it cannot supervise others; store "
                  "it in the keyring (agent-console / team) or AGENT_CONSOLE_SECRET_TEAM")
