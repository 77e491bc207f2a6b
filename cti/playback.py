"""A call record played to the agent's ear (a team lead listening to a past call).

One record at a time: a pjsua2 AudioMediaPlayer (no loop) wired to the agent's playback port,
outside the call plan (media_wiring keeps to its own links, so calls do not cut it off). The
SIP thread looks at the player's position twice a second and reports it; at the end of the file
the player is dropped (pjmedia's player, not looping, rewinds to 0 there: a position going back,
or the file's length gone by, is its end). Everything here runs on the SIP thread.
"""
from __future__ import annotations

import logging
import time
import wave
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pjsua2 as pj

from .sip_stack import SoftphoneError

if TYPE_CHECKING:
    from .phone_core import PhoneCore

log = logging.getLogger(__name__)

TICK_S = 0.5


@dataclass(frozen=True)
class PlaybackChanged:
    """A played record's progress: ``state`` playing | finished | stopped; seconds."""

    play_id: str
    state: str
    position_s: float
    length_s: float


class _Playing:
    def __init__(self, play_id: str, path: str, ear: pj.AudioMedia) -> None:
        self.play_id = play_id
        try:
            with wave.open(path, "rb") as w:
                self.rate = w.getframerate()
                self.frames = w.getnframes()
        except (OSError, EOFError, wave.Error) as exc:
            raise SoftphoneError(f"the record is not a usable WAV: {exc}", code="sip.cannot_play",
                                 params={"detail": str(exc)}) from None
        self.started = time.monotonic()
        self.last = 0.0
        self.player = pj.AudioMediaPlayer()
        try:
            self.player.createPlayer(path, pj.PJMEDIA_FILE_NO_LOOP)
            self.player.startTransmit(ear)
        except pj.Error as exc:
            self.player = None
            raise SoftphoneError(f"the record cannot be played: {exc.reason}", code="sip.cannot_play",
                                 params={"detail": exc.reason}) from None

    def close(self) -> None:
        """Destroying the player takes it off the bridge (and must happen before libDestroy)."""
        self.player = None

    @property
    def length_s(self) -> float:
        return self.frames / self.rate if self.rate else 0.0

    def position_s(self) -> float:
        """Where it is, in seconds (never going back: at its end the player rewinds to 0)."""
        return self.last

    def at_end(self) -> bool:
        try:
            now = min(self.player.getPos(), self.frames) / self.rate if self.rate else 0.0
        except (pj.Error, AttributeError):
            return True
        rewound = now < self.last - 0.2
        self.last = max(self.last, now)
        return rewound or self.last >= self.length_s - 0.02 or time.monotonic() - self.started > self.length_s + 1.0


def play(core: PhoneCore, play_id: str, path: str) -> None:
    """Start playing ``path`` (replacing what played before) and report its progress."""
    stop(core, "replaced")
    ear = core.audio.ear if core.audio is not None else None
    if ear is None:  # silence as the ear ("null"): the null device's port still keeps time
        ear = pj.Endpoint.instance().audDevManager().getPlaybackDevMedia()
    playing = _Playing(play_id, path, ear)
    core.player = playing
    core.emit(PlaybackChanged(play_id, "playing", 0.0, round(playing.length_s, 2)))
    core.thread.call_later(TICK_S, "playback", lambda: _tick(core, playing))


def stop(core: PhoneCore, state: str = "stopped") -> None:
    playing, core.player = core.player, None
    if playing is not None:
        core.emit(PlaybackChanged(playing.play_id, state, round(playing.position_s(), 2), round(playing.length_s, 2)))
        playing.close()


def _tick(core: PhoneCore, playing: _Playing) -> None:
    if core.player is not playing:
        return
    if playing.at_end():
        playing.last = playing.length_s
        stop(core, "finished")
        return
    position = playing.position_s()
    core.emit(PlaybackChanged(playing.play_id, "playing", round(position, 2), round(playing.length_s, 2)))
    core.thread.call_later(TICK_S, "playback", lambda: _tick(core, playing))
