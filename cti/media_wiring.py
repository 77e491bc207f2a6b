"""Who hears whom: the conference-bridge links for every call, recomputed after each change.

Instead of patching links call by call (easy to leave a held customer hearing the agent), the
softphone describes the wanted links from the calls' state and this module applies the
difference. Silence where there must be silence follows from the description: a held or
ringing call gets no links at all, a muted agent's microphone reaches nobody.
SIP thread only.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Iterable

import pjsua2 as pj

if TYPE_CHECKING:
    from .audio_devices import AudioPorts
    from .calls import CallRecord

log = logging.getLogger(__name__)

Link = tuple[str, str]  # (source key, sink key), keys such as "mic", "ear", "call:ID", "rec:ID"


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


def plan_links(records: Iterable["CallRecord"], audio: "AudioPorts",
               ring: pj.AudioMedia | None) -> tuple[dict[str, pj.AudioMedia], set[Link]]:
    """The ports and links the calls' state asks for.

    A connected call: its audio to the agent's ear, the agent's mic to it (unless muted).
    A held or ringing call: nothing. A recording: the call plus the mic when they talk.
    Calls in one conference also hear each other. The ring tone plays while a call rings
    and nobody is talking.
    """
    ports: dict[str, pj.AudioMedia] = {}
    if audio.mic is not None:
        ports["mic"] = audio.mic
    if audio.ear is not None:
        ports["ear"] = audio.ear
    if ring is not None:
        ports["ring"] = ring
    wanted: set[Link] = set()
    groups: dict[str, list[str]] = {}
    talking = ringing = False
    for rec in records:
        if rec.direction == "in" and rec.state == "ringing" and not rec.meta.get("answering"):
            ringing = True
        if rec.state not in ("connected", "held"):
            continue
        media = call_audio(rec.call)
        if media is None:
            continue
        key, rec_key = f"call:{rec.id}", f"rec:{rec.id}"
        ports[key] = media
        if rec.recording and rec.recording.recorder is not None:
            ports[rec_key] = rec.recording.recorder
            wanted.add((key, rec_key))
        if rec.held:
            continue
        talking = True
        wanted.add((key, "ear"))
        if not rec.muted:
            wanted.update({("mic", key), ("mic", rec_key)})
        if rec.conference:
            groups.setdefault(rec.conference, []).append(key)
    for members in groups.values():
        wanted.update((a, b) for a in members for b in members if a != b)
    if ringing and not talking:
        wanted.add(("ring", "ear"))
    return ports, wanted
