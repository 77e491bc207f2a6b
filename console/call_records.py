"""Call records for quality control (issue 12): a lead finds a past call of the team and plays it.

Installed by ``console.app.FEATURES`` after the team feature. The records are in the team store
(:mod:`crm_adapters.store.team.call_records`, stored there by :mod:`console.recording`); every
read, write and deletion runs on the team lane. It adds:

- the "Call records" dock for leads (:mod:`console.call_records_view`): search by agent,
  customer and day; play, stop, the position; delete;
- ``ctl records [--agent ID] [--customer TEXT] [--day YYYY-MM-DD] [--limit N]``,
  ``ctl records play ID``, ``ctl records stop``, ``ctl records delete ID`` (leads only: anyone
  else is refused with a sentence, and the refusal is audited);
- playback through the phone to the console's speaker (:mod:`cti.playback`), the record's audio
  fetched into a private file first; ``record.playback`` events (playing, finished, stopped);
- retention: records older than ``[recording] retention_days`` are deleted, on start and daily,
  by every console (and by ``agent-console records purge``), and so are local recordings left
  that long. Every playback and deletion goes to the supervision audit (``ctl audit``).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer
from PySide6.QtWidgets import QWidget

from crm_adapters.store.team.audit import AuditEntry
from crm_adapters.store.team.call_records import REFUSAL_CODES, CallRecord, CallRecords, purge
from cti.playback import PlaybackChanged

from console.ctl_server import CtlError
from console.features import FeatureApi
from console.messages import sentence_for
from console.model.events import CallRecordDeleted, RecordPlayback

log = logging.getLogger(__name__)

DAY_MS = 24 * 3600 * 1000
USAGE = "usage: records [--agent ID] [--customer TEXT] [--day YYYY-MM-DD] [--limit N] | play ID | stop | delete ID"


class CallRecordsDesk(QObject):
    def __init__(self, api: FeatureApi) -> None:
        super().__init__(api.parent)
        self.api = api
        cfg = api.config
        self.me, self.role = cfg.agent.id, cfg.agent.role
        self.settings = cfg.recording
        self.play_folder = Path(cfg.data_dir) / "playback"
        self.playing: dict[str, Any] | None = None  # {"record_id", "path", "position_s", "length_s"}
        self.view = None
        self._team: Any = None
        api.bridge.subscribe(PlaybackChanged, self._progress, owner=self)
        f = api.features
        f.add_dock("call_records", QT_TRANSLATE_NOOP("Docks", "Call records"), self._make_view, area="bottom",
                   shown_for=("lead",), size=150)
        f.add_ctl_command("records", self.ctl_records, help="the team's call records (leads): find, play, stop, "
                          "delete", args="[--agent ID] [--customer TEXT] [--day YYYY-MM-DD] | play ID | stop | "
                          "delete ID")
        self._daily = QTimer(self)
        self._daily.setInterval(DAY_MS)
        self._daily.timeout.connect(self.keep_retention)
        self._daily.start()
        QTimer.singleShot(1500, self.keep_retention)

    # -- ctl ------------------------------------------------------------------------------
    def ctl_records(self, args: list[str]):
        rest = list(args)
        if rest and rest[0] in ("play", "delete"):
            if len(rest) != 2 or not rest[1].isdigit():
                raise CtlError(USAGE)
            return self.play(int(rest[1]), "ctl") if rest[0] == "play" else self.delete(int(rest[1]), "ctl")
        if rest and rest[0] == "stop":
            return self.stop_playing("ctl")
        found: dict[str, Any] = {"agent": None, "customer": None, "day": None, "limit": 200}
        while rest:
            word = rest.pop(0)
            key = word[2:] if word.startswith("--") else ""
            if key not in found or not rest:
                raise CtlError(USAGE)
            found[key] = rest.pop(0)
        if not str(found["limit"]).isdigit():
            raise CtlError(USAGE)
        return self.find(found["agent"], found["customer"], found["day"], int(found["limit"]), "ctl")

    # -- what a lead does -----------------------------------------------------------------
    def find(self, agent: str | None, customer: str | None, day: str | None, limit: int = 200, how: str = "console"):
        self._leads_only("list", how)
        since = until = None
        if day:
            try:
                start = dt.datetime.combine(dt.date.fromisoformat(day.strip()), dt.time())
            except ValueError:
                raise CtlError(sentence_for(REFUSAL_CODES["bad_day"], {"day": day[:20]}, "Not a date.")) from None
            since, until = start.timestamp(), (start + dt.timedelta(days=1)).timestamp()

        def read(store) -> dict[str, Any]:
            found = CallRecords(store.engine).find(agent or None, customer or None, since, until, limit)
            return {"records": [r.fields() for r in found]}

        return self._on_lane(read, "finding call records")

    def play(self, record_id: int, how: str = "console"):
        self._leads_only("play", how, record_id)
        phone = self.api.desk.phone
        if phone is None:
            raise CtlError(sentence_for("sip.not_running", {}, "The phone is not running."))
        os.makedirs(self.play_folder, mode=0o700, exist_ok=True)
        path = str(self.play_folder / f"record-{record_id}.wav")
        me = self.me

        def fetch(store) -> dict[str, Any]:
            try:
                record = CallRecords(store.engine).audio_to(record_id, path)
            except KeyError:
                raise CtlError(sentence_for(REFUSAL_CODES["not_found"], {"record_id": record_id}, "No such record.")) \
                    from None
            except (OSError, ValueError) as exc:
                raise CtlError(sentence_for(REFUSAL_CODES["not_readable"], {"record_id": record_id, "detail": str(exc)},
                                            "The record cannot be read.")) from None
            store.audit(AuditEntry(me, record.agent_id, record.call_id, "", "played", f"record {record.id}", how, me))
            return {"record_id": record.id, "call_id": record.call_id, "agent_id": record.agent_id,
                    "length_s": round(record.duration_s, 2), "playing": True}

        def fetched(answer: dict[str, Any]) -> None:
            self._forget_playing()
            self.playing = {"record_id": record_id, "path": path, "position_s": 0.0, "length_s": answer["length_s"]}
            phone.play_record(str(record_id), path)

        job = self._on_lane(fetch, "fetching a call record to play")
        job.then(fetched)
        return job

    def stop_playing(self, how: str = "console") -> dict[str, Any]:
        self._leads_only("stop", how)
        playing = self.playing
        if playing is not None and self.api.desk.phone is not None:
            self.api.desk.phone.stop_playing()
        return {"record_id": playing["record_id"] if playing else None, "stopped": playing is not None}

    def delete(self, record_id: int, how: str = "console"):
        self._leads_only("delete", how, record_id)
        me = self.me

        def remove(store) -> dict[str, Any]:
            gone = CallRecords(store.engine).delete(
                record_id, lambda r: AuditEntry(me, r.agent_id, r.call_id, "", "deleted", "records.by_lead", how, me),
                time.time())
            if gone is None:
                raise CtlError(sentence_for(REFUSAL_CODES["not_found"], {"record_id": record_id}, "No such record."))
            return {"record_id": gone.id, "deleted": True}

        job = self._on_lane(remove, "deleting a call record")
        job.then(lambda _a: self.api.bridge.post(CallRecordDeleted(record_id, "lead")))
        return job

    def _leads_only(self, what: str, how: str, record_id: int | None = None) -> None:
        if self.role == "lead":
            return
        me, code = self.me, REFUSAL_CODES["lead_only"]
        reason = code if record_id is None else f"{code} {what} {record_id}"
        self._on_lane(lambda store: store.audit(AuditEntry(me, "", "", "", "refused", reason[:64], how, me)),
                      "auditing a refused call record", quiet=True)
        raise CtlError(sentence_for(code, {}, "Only a team lead can use call records."))

    # -- playback -------------------------------------------------------------------------
    def _progress(self, e: PlaybackChanged) -> None:
        playing = self.playing
        if playing is None or str(playing["record_id"]) != e.play_id:
            return
        first = playing["position_s"] == 0.0 and e.state == "playing" and not playing.get("told")
        playing.update(position_s=e.position_s, length_s=e.length_s or playing["length_s"])
        if first or e.state != "playing":
            playing["told"] = True
            self.api.bridge.post(RecordPlayback(playing["record_id"], e.state, e.position_s, e.length_s))
        if self.view is not None:
            self.view.show_position(playing["record_id"], e.state, e.position_s, e.length_s)
        if e.state != "playing":
            self._forget_playing()

    def _forget_playing(self) -> None:
        playing, self.playing = self.playing, None
        if playing is not None:
            try:
                os.remove(playing["path"])
            except OSError:
                pass

    def stop(self) -> None:
        """The console closes: the fetched audio goes (the phone stops with the console)."""
        self._daily.stop()
        self._forget_playing()

    # -- retention ------------------------------------------------------------------------
    def keep_retention(self) -> None:
        days, folder, me = self.settings.retention_days, self.settings.folder, self.me
        link = self._team_link()
        if not days or link is None:
            return
        if link.store is None:
            QTimer.singleShot(2000, self, self.keep_retention)
            return

        def clean(store) -> list[CallRecord]:
            now = time.time()
            gone = purge(CallRecords(store.engine), days, me, now)
            _old_local_recordings(folder, now - days * 86_400)
            return gone

        def cleaned(gone: list[CallRecord]) -> None:
            for record in gone:
                self.api.bridge.post(CallRecordDeleted(record.id, "retention"))
            if gone:
                log.info("retention: %d call records older than %g days deleted", len(gone), days)

        link.run(clean, cleaned, name="deleting old call records")

    # -- the dock -------------------------------------------------------------------------
    def _make_view(self, _window) -> QWidget:  # noqa: ANN001
        from console.call_records_view import CallRecordsView

        self.view = CallRecordsView()
        self.view.search_requested.connect(self._search_from_view)
        self.view.play_requested.connect(lambda rid: self._from_view(self.play, rid))
        self.view.stop_requested.connect(lambda: self._from_view(self.stop_playing))
        self.view.delete_requested.connect(lambda rid: self._from_view(self.delete, rid))
        return self.view

    def _search_from_view(self, agent: str, customer: str, day: str) -> None:
        job = self._from_view(self.find, agent, customer, day)
        if job is not None and self.view is not None:
            job.then(lambda answer: self.view.show_records(answer["records"]),
                     lambda exc: self.view.say(str(exc) if isinstance(exc, CtlError) else "The search failed."))

    def _from_view(self, action, *args):  # noqa: ANN001, ANN202
        try:
            job = action(*args)
        except CtlError as exc:
            self.api.tell(str(exc))
            return None
        if hasattr(job, "then"):
            job.then(None, lambda exc: self.api.tell(str(exc) if isinstance(exc, CtlError)
                                                     else "The team store did not answer."))
        return job

    # -- the team lane --------------------------------------------------------------------
    def _on_lane(self, work, name: str, quiet: bool = False):  # noqa: ANN001, ANN202
        link = self._team_link()
        job = link.run(work, name=name, failed=_logged) if link is not None else None
        if job is None and not quiet:
            raise CtlError(sentence_for(REFUSAL_CODES["no_team_store"], {}, "The team store is not open yet."))
        return job

    def _team_link(self) -> Any:
        if self._team is None:
            from console.team import Team

            self._team = self.api.parent.findChild(Team)
        return self._team.link if self._team is not None else None


def _logged(exc: BaseException) -> None:
    """A refusal (CtlError) is the caller's answer; anything else is logged (never a number)."""
    if not isinstance(exc, CtlError):
        log.warning("call records: %s", type(exc).__name__)


def _old_local_recordings(folder: str, before: float) -> None:
    """Recordings never stored that are older than the retention go too (with their notes)."""
    if not folder or not os.path.isdir(folder):
        return
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if name.lower().endswith((".wav", ".wav.json")) and os.path.isfile(path) and not os.path.islink(path):
            try:
                if os.path.getmtime(path) < before:
                    os.remove(path)
            except OSError:
                pass


def install_feature(api: FeatureApi) -> CallRecordsDesk:
    return CallRecordsDesk(api)
