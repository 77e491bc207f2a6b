"""Where the agent's voice comes from and where the customer's voice goes.

AudioSettings name a sound device ("default" or a name), "null" (silence) or "file:PATH.wav":
a WAV played in a loop as the microphone, or a WAV recording what the agent hears — the way
baresip's and linphone's file devices work, so every audio path can be tested with real audio.
On a machine without a sound card "default" falls back to the null device with a warning.
Runs on the SIP thread only.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import pjsua2 as pj

from .problems import Problem
from .settings import AudioSettings

log = logging.getLogger(__name__)


class AudioSetupError(Problem):
    """A capture or playback file or device cannot be used; the message says which."""

    code = "audio.problem"


@dataclass
class AudioPorts:
    """The agent's microphone and ear as conference-bridge ports (None = silence)."""

    mic: pj.AudioMedia | None = None
    ear: pj.AudioMedia | None = None
    warnings: list[str] = field(default_factory=list)
    _owned: list[object] = field(default_factory=list)

    def destroy(self) -> None:
        """Players/recorders must go before libDestroy(); the recorder writes its header now."""
        self.mic = None
        self.ear = None
        while self._owned:
            self._owned.pop()


def _is_device(spec: str) -> bool:
    return spec not in ("null", "") and not spec.startswith("file:")


def _find_device(adm: pj.AudDevManager, name: str, want_input: bool) -> int | None:
    """Device index for 'default' or a (case-insensitive, partial) device name."""
    devices = adm.enumDev2()
    usable = [
        (i, d.name) for i, d in enumerate(devices)
        if (d.inputCount if want_input else d.outputCount) > 0
    ]
    if not usable:
        return None
    if name == "default":
        return -1 if want_input else -2  # PJMEDIA_AUD_DEFAULT_CAPTURE/PLAYBACK_DEV
    for i, dev_name in usable:
        if dev_name == name:
            return i
    for i, dev_name in usable:
        if name.lower() in dev_name.lower():
            return i
    return None


def open_audio(ep: pj.Endpoint, audio: AudioSettings) -> AudioPorts:
    """Set up the sound device (or null device) and the file ports for the agent."""
    ports = AudioPorts()
    adm = ep.audDevManager()
    sound_capture = sound_playback = False
    if _is_device(audio.capture) or _is_device(audio.playback):
        cap = _find_device(adm, audio.capture, True) if _is_device(audio.capture) else None
        play = _find_device(adm, audio.playback, False) if _is_device(audio.playback) else None
        for spec, found, what in ((audio.capture, cap, "capture"), (audio.playback, play, "playback")):
            if _is_device(spec) and found is None:
                msg = f"no {what} sound device {spec!r} found; using silence instead"
                log.warning(msg)
                ports.warnings.append(msg)
        if cap is not None or play is not None:
            try:
                adm.setSndDevMode(0)
                if cap is not None:
                    adm.setCaptureDev(cap)
                if play is not None:
                    adm.setPlaybackDev(play)
                sound_capture, sound_playback = cap is not None, play is not None
            except pj.Error as exc:
                msg = f"sound device could not be opened ({exc.info()}); using silence instead"
                log.warning(msg)
                ports.warnings.append(msg)
    if not (sound_capture or sound_playback):
        adm.setNullDev()
    if sound_capture:
        ports.mic = adm.getCaptureDevMedia()
    if sound_playback:
        ports.ear = adm.getPlaybackDevMedia()
    if audio.capture.startswith("file:"):
        ports.mic = _player(audio.capture[5:], ports)
    if audio.playback.startswith("file:"):
        ports.ear = _recorder(audio.playback[5:], ports)
        if not (sound_capture or sound_playback):
            # Like a sound card, the file keeps running through silence (hold, no call):
            # the null device's silent capture port feeds it, so its timeline is real time.
            adm.getCaptureDevMedia().startTransmit(ports.ear)
    return ports


def _player(path: str, ports: AudioPorts) -> pj.AudioMediaPlayer:
    if not os.path.isfile(path):
        raise AudioSetupError(f"capture file not found: {path}", code="audio.capture_file_missing", params={"path": path})
    player = pj.AudioMediaPlayer()
    try:
        player.createPlayer(path, 0)  # 0 = loop
    except pj.Error as exc:
        raise AudioSetupError(f"capture file {path} is not a usable WAV: {exc.reason}", code="audio.capture_file_unusable",
                              params={"path": path, "reason": exc.reason}) from None
    ports._owned.append(player)
    return player


def _recorder(path: str, ports: AudioPorts) -> pj.AudioMediaRecorder:
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise AudioSetupError(f"playback file folder does not exist: {directory}", code="audio.playback_folder_missing",
                              params={"folder": directory})
    recorder = pj.AudioMediaRecorder()
    try:
        recorder.createRecorder(path)
    except pj.Error as exc:
        raise AudioSetupError(f"cannot record to {path}: {exc.reason}", code="audio.cannot_record",
                              params={"path": path, "reason": exc.reason}) from None
    ports._owned.append(recorder)
    return recorder


def ring_player(path: str) -> pj.AudioMediaPlayer | None:
    """A looping player for the ring tone, or None (logged) when the file is unusable."""
    if not path:
        return None
    player = pj.AudioMediaPlayer()
    try:
        player.createPlayer(path, 0)
    except pj.Error as exc:
        log.warning("ring tone %s not usable: %s", path, exc.reason)
        return None
    return player
