"""One console process for the supervision tests: its ctl, its events, its phone's port, and
what it heard (``[audio] playback = "file:…"``) read while it is still being written."""
from __future__ import annotations

import os
import struct
from pathlib import Path

import numpy as np
from audio_check import tone_level_db

from harness.console_desk import ConsoleDesk
from harness.consoles import free_udp_port

SECRET = "team-secret-for-the-supervision-tests"


class Desk(ConsoleDesk):
    def __init__(self, folder: Path, agent_id: str, name: str, role: str, team_url: str, *, secret: str | None = SECRET,
                 capture: str = "null", playback: str = "null", supervision: str = "") -> None:
        self.id, self.port = agent_id, free_udp_port()
        toml = (f'[agent]\nid = "{agent_id}"\nname = "{name}"\nrole = "{role}"\n'
                f'[sip]\nlisten = "127.0.0.1:{self.port}"\n[team]\nurl = "{team_url}"\n'
                f'[audio]\ncapture = "{capture}"\nplayback = "{playback}"\n' + supervision)
        super().__init__(folder, toml, env={"AGENT_CONSOLE_SECRET_TEAM": secret or ""})

    @property
    def uri(self) -> str:
        return f"sip:{self.id}@127.0.0.1:{self.port}"


class Recording:
    """A WAV still being written (a console's playback, a simulated customer's --record): the
    position now, and each tone's level between two positions."""

    HEADER = 44  # pjmedia's WAV writer: the canonical header, then 16-bit mono samples

    def __init__(self, path: str) -> None:
        self.path = path

    def rate(self) -> int:
        """From the header's fmt chunk (the sizes there are written only when the file closes)."""
        with open(self.path, "rb") as f:
            head = f.read(self.HEADER)
        assert head[:4] == b"RIFF" and head[8:16] == b"WAVEfmt ", f"{self.path} is not a WAV file"
        return struct.unpack_from("<I", head, 24)[0]

    def now(self) -> int:
        return max(0, (os.path.getsize(self.path) - self.HEADER) // 2)

    def levels(self, start: int, end: int, tones: tuple[int, ...]) -> dict[int, float]:
        with open(self.path, "rb") as f:
            f.seek(self.HEADER + start * 2)
            raw = f.read(max(0, end - start) * 2)
        samples = np.frombuffer(raw[: len(raw) // 2 * 2], dtype="<i2").astype(np.float64) / 32768.0
        return {hz: tone_level_db(samples, self.rate(), hz, width=3.0) for hz in tones}
