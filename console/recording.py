"""Recording calls as the site's policy says, and handing each recording to the team store.

Installed by ``console.app.FEATURES``. ``[recording] policy`` (console/config.py):

- ``always``: every call is recorded from its answer (the phone does it: ``[sip] record_dir``);
  the agent cannot stop it;
- ``agent_decides``: the agent starts and stops the recording per call (the call panel's
  button, ``ctl record start|stop``); ``start = "on"`` records each call from its answer;
- ``never``: nothing is recorded; asking to is refused with a sentence and ``phone.error``.

The call panel shows on the call, unmistakably, whether it is recorded ("● Recording" in red /
"Not recorded") and whether it is on hold. ``recording.started`` / ``recording.stopped`` tell
other programs (with the reason). When a recording ends (the agent stopped it, its
``max_minutes`` ran out, the call ended) the WAV becomes a call record in the team store
(:mod:`crm_adapters.store.team.call_records`, on the team lane) and the local file is deleted.
What could not be stored stays in the private folder, beside a small JSON file saying whose
call it was, and is stored on the next start (a recording cut short by a killed console is
repaired first, see :mod:`cti.recording`) or on the next try every few minutes.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from crm_adapters.store.team.call_records import CallRecord, CallRecords
from cti import events as ev
from cti.recording import leftover_recordings, recording_name, refusal, settle

from console.ctl_server import CtlError
from console.features import FeatureApi
from console.messages import sentence_for
from console.model.events import CallRecordNotStored, CallRecordStored, RecordingStarted, RecordingStopped
from console.supervision_phone import MonitorLegEvent

log = logging.getLogger(__name__)

RETRY_MS = 10 * 60 * 1000  # recordings that could not be stored are tried again this often
QUIET_S = 120  # a recording nobody wrote to for this long is finished (its call is over)
META = ".json"  # beside each recording: whose call it was (it survives a killed console)


@dataclass
class Active:
    path: str
    started: float
    reason: str
    meta: dict[str, Any] = field(default_factory=dict)


class Recording(QObject):
    def __init__(self, api: FeatureApi) -> None:
        super().__init__(api.parent)
        self.api = api
        cfg = api.config
        self.settings = cfg.recording
        self.me, self.my_name = cfg.agent.id, cfg.agent.name
        self.active: dict[str, Active] = {}  # call id -> its recording now
        self.asked: dict[str, str] = {}  # call id -> why we asked the phone to start or stop
        self.storing: set[str] = set()  # paths on their way to the team store
        self.not_ours: dict[str, str] = {}  # monitoring calls' recordings, deleted (call id -> path)
        self.badges: QWidget | None = None  # console.recording_badges.RecordingBadges
        self._team: Any = None
        b = api.bridge
        b.subscribe(ev.RecordingChanged, self._changed, owner=self)
        b.subscribe(ev.CallEnded, self._call_ended, owner=self)
        b.subscribe(MonitorLegEvent, self._monitoring_leg, owner=self)
        api.features.add_ctl_command("record", self.ctl_record, help="start or stop recording a call (where the "
                                     "site's [recording] policy lets the agent decide); without arguments: what "
                                     "is recorded", args="[start|stop] [CALL_ID]")
        if self.settings.policy != "never" and self.settings.folder:
            _private_folder(self.settings.folder)
        # what an earlier run left (a killed console's recording too); later rounds take only
        # files nobody wrote to for a while (a call being recorded now is never taken)
        self._earlier: set[str] | None = _wav_files(self.settings.folder)
        self._waits = 0
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.store_leftovers)
        self._retry.start()
        QTimer.singleShot(0, self._place_badges)
        QTimer.singleShot(500, self.store_leftovers)

    # -- the window -----------------------------------------------------------------------
    def _place_badges(self) -> None:
        panel = getattr(self.api.parent, "call_panel", None)
        if panel is None or self.badges is not None:
            return
        from console.recording_badges import RecordingBadges

        self.badges = RecordingBadges(self, panel)
        panel.layout().insertWidget(2, self.badges)  # under the caller's name and the call's state

    # -- what the agent asks --------------------------------------------------------------
    def ask(self, start: bool, call_id: str = "", how: str = "agent") -> dict[str, Any]:
        """Start or stop recording ``call_id`` (the current call when ""); raises CtlError with
        the sentence when the policy or the call does not allow it (also said as phone.error)."""
        call = self.api.book.get(call_id or self.api.book.current)
        if call is None or not call.live or call.state not in ("connected", "held"):
            self._refuse("recording.no_call", call_id)
        code = refusal(self.settings.policy, start)
        if code:
            self._refuse(code, call.call_id)
        phone = self.api.desk.phone
        if phone is None:
            self._refuse("sip.not_running", call.call_id)
        self.asked[call.call_id] = how
        if start:
            _private_folder(self.settings.folder)
            phone.start_recording(call.call_id, os.path.join(self.settings.folder, recording_name(call.call_id)))
        else:
            phone.stop_recording(call.call_id)
        return {"call_id": call.call_id, "asked": "start" if start else "stop", "policy": self.settings.policy}

    def _refuse(self, code: str, call_id: str) -> None:
        text = sentence_for(code, {}, "The recording cannot be changed.")
        self.api.bridge.post(ev.PhoneError(command="record", reason=text, call_id=call_id, code=code))
        raise CtlError(text)

    def ctl_record(self, args: list[str]) -> dict[str, Any]:
        if not args:
            return {"policy": self.settings.policy, "recording": sorted(self.active)}
        if args[0] not in ("start", "stop") or len(args) > 2:
            raise CtlError("usage: record [start|stop] [CALL_ID]")
        return self.ask(args[0] == "start", args[1] if len(args) > 1 else "", "ctl")

    def toggle(self) -> None:
        """The call panel's button: what it refuses is said in the window (phone.error)."""
        call = self.api.book.get(self.api.book.current)
        try:
            self.ask(not (call is not None and call.recording))
        except CtlError:
            pass

    # -- what the phone reports -----------------------------------------------------------
    def _changed(self, e: ev.RecordingChanged) -> None:
        if e.recording:
            now = time.time()
            active = Active(e.path, now, self.asked.pop(e.call_id, "policy"), self._meta(e.call_id, now))
            self.active[e.call_id] = active
            self.api.bridge.post(RecordingStarted(e.call_id, active.reason))
            self._write_meta(e.path, active.meta)
            if self.settings.max_minutes:
                QTimer.singleShot(int(self.settings.max_minutes * 60_000), self,
                                  lambda cid=e.call_id, path=e.path: self._time_is_up(cid, path))
            return
        active = self.active.pop(e.call_id, None)
        self.api.bridge.post(RecordingStopped(e.call_id, self.asked.pop(e.call_id, "agent")))
        if active is not None:
            self._store(active, e.call_id)

    def _monitoring_leg(self, wrapped: MonitorLegEvent) -> None:
        """A supervisor's listening call is no customer's call: the phone records every call
        from its answer (policy "always"), so its recording is stopped and deleted at once."""
        e = wrapped.event
        if isinstance(e, ev.RecordingChanged) and e.recording:
            self.not_ours[e.call_id] = e.path
            if self.api.desk.phone is not None:
                self.api.desk.phone.stop_recording(e.call_id)
        elif isinstance(e, (ev.RecordingChanged, ev.CallEnded)) and e.call_id in self.not_ours:
            path = self.not_ours.pop(e.call_id)
            for gone in (path, path + META):
                with contextlib.suppress(OSError):
                    os.remove(gone)

    def _call_ended(self, e: ev.CallEnded) -> None:
        self.asked.pop(e.call_id, None)
        active = self.active.pop(e.call_id, None)
        if active is not None:  # the phone closed the file with the call
            self.api.bridge.post(RecordingStopped(e.call_id, "call_ended"))
            self._store(active, e.call_id)

    def _time_is_up(self, call_id: str, path: str) -> None:
        active = self.active.get(call_id)
        if active is not None and active.path == path and self.api.desk.phone is not None:
            self.asked[call_id] = "max_minutes"
            self.api.desk.phone.stop_recording(call_id)

    # -- into the team store --------------------------------------------------------------
    def _meta(self, call_id: str, started: float) -> dict[str, Any]:
        call = self.api.book.get(call_id)
        meta: dict[str, Any] = {"call_id": call_id, "agent_id": self.me, "agent_name": self.my_name,
                                "started": started}
        if call is not None:
            customer = call.card.customer if call.card is not None else None
            meta.update(direction=call.direction, number=call.number,
                        customer_name=call.customer_name or (customer.name if customer else ""),
                        customer_id=(customer.id if customer else "") or next(iter(call.customer_ids.values()), ""))
        return meta

    def _write_meta(self, path: str, meta: dict[str, Any]) -> None:
        def write() -> None:
            fd = os.open(path + META, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(meta, f)

        self.api.background.run(write, name="noting whose call is recorded")

    def _store(self, active: Active, call_id: str) -> None:
        meta = {**active.meta, **{k: v for k, v in self._meta(call_id, active.started).items() if v}}
        self._send(active.path, meta, leftover=False)  # (the customer's name may have come since)

    def store_leftovers(self) -> None:
        """Recordings left in the folder (this run's that could not be stored, an earlier run's,
        one cut short by a killed console): repaired, then stored."""
        folder, link = self.settings.folder, self._team_link()
        if not folder or link is None:
            return
        if link.store is None:  # the team store is still opening
            self._waits += 1
            if self._waits <= 120:
                QTimer.singleShot(1000, self, self.store_leftovers)
            return
        busy = {os.path.abspath(a.path) for a in self.active.values()} | self.storing \
            | {os.path.abspath(p) for p in self.not_ours.values()}
        earlier, self._earlier = self._earlier, None

        days = self.settings.retention_days

        def find() -> list[tuple[str, dict[str, Any]]]:
            quiet_since = time.time() - QUIET_S
            too_old = time.time() - days * 86_400 if days else 0.0
            def ready(path: str) -> bool:
                if too_old and _quiet(path, too_old):  # past the retention: deleted, never stored
                    for gone in (path, path + META):
                        with contextlib.suppress(OSError):
                            os.remove(gone)
                    return False
                return os.path.abspath(path) in earlier if earlier is not None else _quiet(path, quiet_since)

            return [(path, _read_meta(path)) for path in leftover_recordings(folder, busy, ready)]

        def found(leftovers: list[tuple[str, dict[str, Any]]]) -> None:
            for path, meta in leftovers:
                if os.path.abspath(path) not in self.storing:
                    self._send(path, meta or {"call_id": _call_of(path), "agent_id": self.me,
                                              "agent_name": self.my_name, "started": _mtime(path)}, leftover=True)

        self.api.background.run(find, found, name="finding recordings not yet stored")

    def _send(self, path: str, meta: dict[str, Any], leftover: bool) -> None:
        link = self._team_link()
        key = os.path.abspath(path)
        call_id = str(meta.get("call_id", ""))
        if link is None:
            self.api.bridge.post(CallRecordNotStored(call_id, "the team store is not configured"))
            return
        self.storing.add(key)
        record = CallRecord(call_id=call_id, agent_id=str(meta.get("agent_id") or self.me),
                            agent_name=str(meta.get("agent_name", "")), customer_name=str(meta.get("customer_name", "")),
                            customer_id=str(meta.get("customer_id", "")), number=str(meta.get("number", "")),
                            direction=str(meta.get("direction", "")), started=_float(meta.get("started")))

        def store(team_store) -> CallRecord:  # on the team lane
            settle(path)
            saved = CallRecords(team_store.engine).add(record, path, time.time())
            for gone in (path, path + META):
                try:
                    os.remove(gone)
                except FileNotFoundError:
                    pass
            return saved

        def stored(saved: CallRecord) -> None:
            self.storing.discard(key)
            log.info("call record %s stored (%d bytes)", saved.id, saved.size_bytes)
            self.api.bridge.post(CallRecordStored(call_id, saved.id, round(saved.duration_s, 2), saved.size_bytes,
                                                  leftover))

        def not_stored(exc: BaseException) -> None:
            self.storing.discard(key)
            log.warning("a recording was not stored in the team store (%s); it is kept and tried again",
                        type(exc).__name__)
            if not leftover and os.path.exists(path):
                self._write_meta(path, meta)  # what is known now, for the next try
            self.api.bridge.post(CallRecordNotStored(call_id, type(exc).__name__))

        if link.run(store, stored, not_stored, name="storing a call record") is None:
            not_stored(RuntimeError("the team store is not open yet"))

    def _team_link(self) -> Any:
        if self._team is None:
            from console.team import Team

            self._team = self.api.parent.findChild(Team)
        return self._team.link if self._team is not None else None


def _private_folder(folder: str) -> None:
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError as exc:
        log.warning("the recording folder cannot be made: %s", exc.strerror or exc)


def _wav_files(folder: str) -> set[str]:
    try:
        return {os.path.abspath(os.path.join(folder, n)) for n in os.listdir(folder) if n.lower().endswith(".wav")}
    except OSError:
        return set()


def _mtime(path: str) -> float:
    try:
        return os.path.getmtime(path)
    except OSError:
        return 0.0


def _quiet(path: str, since: float) -> bool:
    try:
        return os.path.getmtime(path) < since
    except OSError:
        return False


def _read_meta(path: str) -> dict[str, Any]:
    try:
        with open(path + META, encoding="utf-8") as f:
            meta = json.loads(f.read(20_000))
        return meta if isinstance(meta, dict) else {}
    except (OSError, ValueError):
        return {}


def _call_of(path: str) -> str:
    """The call id in a recording's name (``20261201-081500-CALLID.wav``)."""
    stem = os.path.basename(path)[:-4]
    return stem.split("-", 2)[2] if stem.count("-") >= 2 else stem


def _float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def install_feature(api: FeatureApi) -> Recording:
    return Recording(api)
