"""The conference bridge made to match the media plan, recomputed after each change.

Instead of patching links call by call (easy to leave a held customer hearing the agent), the
softphone describes the legs, media_plan says which links they ask for (a pure function), and
this module applies the difference to pjmedia's bridge. SIP thread only.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Iterable

import pjsua2 as pj

from .media_plan import LegAudio, Link, plan_links

if TYPE_CHECKING:
    from .audio_devices import AudioPorts
    from .legs import CallLeg

log = logging.getLogger(__name__)


def call_audio(call: pj.Call) -> pj.AudioMedia | None:
    """The call's conference port when its audio is flowing (active or held), else None."""
    try:
        info = call.getInfo()
        media = info.media  # bind the struct first (SWIG temporaries)
        for i in range(len(media)):
            mi = media[i]
            if mi.type == pj.PJMEDIA_TYPE_AUDIO and mi.status in (
                pj.PJSUA_CALL_MEDIA_ACTIVE,
                pj.PJSUA_CALL_MEDIA_LOCAL_HOLD,
                pj.PJSUA_CALL_MEDIA_REMOTE_HOLD,
            ):
                return call.getAudioMedia(i)
    except pj.Error:
        return None
    return None


class Bridge:
    """Applies a wanted set of links to pjmedia's conference bridge."""

    def __init__(self) -> None:
        self._links: set[Link] = set()
        self._port_ids: dict[str, int] = {}

    def apply(self, ports: dict[str, pj.AudioMedia], wanted: set[Link]) -> None:
        ids = {}
        for key, port in ports.items():
            try:
                ids[key] = port.getPortId()
            except Exception:  # noqa: BLE001
                continue
        # Links whose ports vanished or were re-created are already gone inside pjmedia.
        self._links = {
            (s, d) for s, d in self._links
            if ids.get(s) is not None and ids.get(s) == self._port_ids.get(s)
            and ids.get(d) is not None and ids.get(d) == self._port_ids.get(d)
        }
        wanted = {(s, d) for s, d in wanted if s in ids and d in ids and s != d}
        for s, d in self._links - wanted:
            try:
                ports[s].stopTransmit(ports[d])
            except pj.Error as exc:
                log.debug("unlink %s->%s: %s", s, d, exc.reason)
            self._links.discard((s, d))
        for s, d in wanted - self._links:
            try:
                ports[s].startTransmit(ports[d])
                self._links.add((s, d))
            except pj.Error as exc:
                log.warning("link %s->%s failed: %s", s, d, exc.reason)
        self._port_ids = ids

    def forget(self) -> None:
        self._links.clear()
        self._port_ids.clear()

    @property
    def links(self) -> set[Link]:
        return set(self._links)


def legs_audio(legs: Iterable["CallLeg"], audio: "AudioPorts", ring: pj.AudioMedia | None
               ) -> tuple[dict[str, pj.AudioMedia], list[LegAudio]]:
    """The bridge ports there are now, and each leg as the media plan sees it."""
    ports: dict[str, pj.AudioMedia] = {}
    if audio.mic is not None:
        ports["mic"] = audio.mic
    if audio.ear is not None:
        ports["ear"] = audio.ear
    if ring is not None:
        ports["ring"] = ring
    seen: list[LegAudio] = []
    for leg in legs:
        media = call_audio(leg.call) if leg.state in ("connected", "held") else None
        if media is not None:
            ports[f"call:{leg.id}"] = media
        recorder = leg.recording.recorder if leg.recording else None
        if recorder is not None:
            ports[f"rec:{leg.id}"] = recorder
        seen.append(LegAudio(leg.id, leg.role, leg.state, leg.ringing_in, leg.muted,
                             leg.conference, leg.monitor_mode, leg.watched_call,
                             recorder is not None, media is not None))
    return ports, seen


def wire(bridge: Bridge, legs: Iterable["CallLeg"], audio: "AudioPorts",
         ring: pj.AudioMedia | None) -> None:
    """Make the bridge match the plan for these legs."""
    ports, seen = legs_audio(legs, audio, ring)
    bridge.apply(ports, plan_links(seen))
