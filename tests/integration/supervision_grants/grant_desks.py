"""The consoles and the command line of the proven-roles tests (a module of its own: test files
import it by name, which a conftest cannot be when several test folders run together)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from consoles import SECRET

from harness.console_desk import ConsoleDesk
from harness.consoles import free_udp_port


def cli(*args: str, env: dict[str, str] | None = None, config: Path | None = None) -> subprocess.CompletedProcess:
    """`agent-console [--config F] ARGS` with only the given secrets in its environment."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("AGENT_CONSOLE_SECRET_")}
    before = ["--config", str(config)] if config is not None else []
    return subprocess.run([sys.executable, "-m", "console", *before, *args], capture_output=True, text=True,
                          timeout=120, env={**clean, **(env or {})})


class GrantDesk(ConsoleDesk):
    """A console with the team secret and, for a lead, its key and grant in the environment."""

    def __init__(self, folder: Path, agent_id: str, name: str, role: str, team_url: str, *, capture: str = "null",
                 playback: str = "null", roles_key: str = "", secrets: dict[str, str] | None = None) -> None:
        self.id, self.port = agent_id, free_udp_port()
        toml = (f'[agent]\nid = "{agent_id}"\nname = "{name}"\nrole = "{role}"\n'
                f'[sip]\nlisten = "127.0.0.1:{self.port}"\n[team]\nurl = "{team_url}"\n'
                f'[audio]\ncapture = "{capture}"\nplayback = "{playback}"\n')
        if roles_key:
            toml += f'[supervision]\nroles_key = "{roles_key}"\n'
        super().__init__(folder, toml, env={"AGENT_CONSOLE_SECRET_TEAM": SECRET, **(secrets or {})})

    @property
    def uri(self) -> str:
        return f"sip:{self.id}@127.0.0.1:{self.port}"
