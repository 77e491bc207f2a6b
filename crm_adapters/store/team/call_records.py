"""Call records for quality control: a recorded call's index and its audio, in the team store.

A console that recorded a call stores the WAV here once the call (or the recording) ended, so a
team lead on another workstation finds it (by agent, customer, day) and plays it. The audio is
kept in chunks of at most ``CHUNK`` bytes (one statement each stays short on PostgreSQL) and a
record is at most ``MAX_BYTES``. The same file stored twice (a console that died between storing
and deleting its copy) is one record: the agent and the file's SHA-256 name it.

Deleting a record and its line in the supervision audit happen in one transaction. Values come
from other consoles: bounded and plain when written and when read.
"""
from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from sqlalchemy import BigInteger, Float, Index, Integer, LargeBinary, String, delete, func, insert, or_, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Mapped, mapped_column

from crm_adapters.store.team import audit as audit_lines, bounds
from crm_adapters.store.team.audit import AuditEntry
from crm_adapters.store.team.tables import Base
from crm_adapters.store.team.writing import write_transaction

CHUNK = 256 * 1024
MAX_BYTES = 400 * 1024 * 1024  # about three and a half hours at pjmedia's 16 kHz mono
MAX_FOUND = 1000
DIRECTIONS = ("in", "out", "")
# why a lead's console refuses or cannot do something with call records (console/messages.py words them)
REFUSAL_CODES = {"lead_only": "records.lead_only", "not_found": "records.not_found",
                 "no_team_store": "records.no_team_store", "not_readable": "records.not_readable",
                 "bad_day": "records.bad_day"}


class RecordRow(Base):
    __tablename__ = "team_call_records"
    __table_args__ = (Index("ix_team_call_records_started", "started", "agent_id"),
                      Index("ix_team_call_records_sha256", "sha256"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    call_id: Mapped[str] = mapped_column(String(200), default="")
    agent_id: Mapped[str] = mapped_column(String(200), default="")
    agent_name: Mapped[str] = mapped_column(String(200), default="")
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    customer_id: Mapped[str] = mapped_column(String(200), default="")
    number: Mapped[str] = mapped_column(String(64), default="")
    direction: Mapped[str] = mapped_column(String(16), default="")
    started: Mapped[float] = mapped_column(Float, default=0.0)
    duration_s: Mapped[float] = mapped_column(Float, default=0.0)
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    stored_at: Mapped[float] = mapped_column(Float, default=0.0)


class AudioRow(Base):
    __tablename__ = "team_call_record_audio"

    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RecordTooLarge(ValueError):
    """A recording larger than MAX_BYTES is not stored (it stays on the workstation)."""


@dataclass(frozen=True)
class CallRecord:
    """One recorded call as the team finds it. ``number`` is the customer's number as the phone
    read it: shown to leads only, never logged."""

    call_id: str
    agent_id: str
    agent_name: str = ""
    customer_name: str = ""
    customer_id: str = ""
    number: str = ""
    direction: str = ""  # in | out
    started: float = 0.0  # UNIX time the recording began
    duration_s: float = 0.0
    size_bytes: int = 0
    sha256: str = ""
    id: int = 0

    def fields(self) -> dict:
        return {"id": self.id, "call_id": self.call_id, "agent_id": self.agent_id, "agent_name": self.agent_name,
                "customer_name": self.customer_name, "customer_id": self.customer_id, "number": self.number,
                "direction": self.direction, "started": self.started, "duration_s": round(self.duration_s, 1),
                "size_bytes": self.size_bytes, "sha256": self.sha256}


@dataclass(frozen=True)
class WavFacts:
    size_bytes: int
    sha256: str
    duration_s: float


def wav_facts(path: str) -> WavFacts:
    """Size, SHA-256 and length of a WAV file (its header's byte rate; 0 s when unreadable)."""
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        raise RecordTooLarge(f"the recording is {size} bytes; at most {MAX_BYTES} are stored")
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        head = f.read(44)
        digest.update(head)
        for block in iter(lambda: f.read(CHUNK), b""):
            digest.update(block)
    rate = struct.unpack_from("<I", head, 28)[0] if len(head) >= 44 and head[:4] == b"RIFF" else 0
    return WavFacts(size, digest.hexdigest(), max(0, size - 44) / rate if rate else 0.0)


class CallRecords:
    """The team's call records in the team store's database (``TeamStore.engine``). Every method
    is synchronous and short per statement: call it from a background thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"

    def add(self, record: CallRecord, wav_path: str, now: float) -> CallRecord:
        """Store the record and its audio; the stored record (with its id). A file this agent
        stored before (same SHA-256) is not stored twice: that record is returned."""
        facts = wav_facts(wav_path)
        agent = bounds.line(record.agent_id, bounds.KEY)
        with self._writing() as conn:
            old = conn.execute(select(RecordRow).where(RecordRow.sha256 == facts.sha256,
                                                       RecordRow.agent_id == agent)).first()
            if old is not None:
                return _record(old)
            values = {"call_id": bounds.line(record.call_id, bounds.KEY), "agent_id": agent,
                      "agent_name": bounds.line(record.agent_name), "customer_name": bounds.line(record.customer_name),
                      "customer_id": bounds.line(record.customer_id, bounds.KEY),
                      "number": bounds.line(record.number, bounds.NUMBER),
                      "direction": record.direction if record.direction in DIRECTIONS else "",
                      "started": bounds.moment(record.started) or now, "duration_s": facts.duration_s,
                      "size_bytes": facts.size_bytes, "sha256": facts.sha256, "stored_at": now}
            record_id = int(conn.execute(insert(RecordRow).values(**values)).inserted_primary_key[0])
            with open(wav_path, "rb") as f:
                for seq, block in enumerate(iter(lambda: f.read(CHUNK), b"")):
                    if seq * CHUNK >= facts.size_bytes:
                        break  # (the file grew meanwhile: what was measured is stored)
                    conn.execute(insert(AudioRow).values(record_id=record_id, seq=seq,
                                                         data=block[: facts.size_bytes - seq * CHUNK]))
            return CallRecord(id=record_id, **{k: v for k, v in values.items() if k != "stored_at"})

    def find(self, agent: str | None = None, customer: str | None = None, since: float | None = None,
             until: float | None = None, limit: int = 200) -> tuple[CallRecord, ...]:
        """Newest first: one agent's, one customer's (name, id or number), from ``since`` to
        ``until`` (UNIX times), at most ``limit`` (up to 1000)."""
        query = select(RecordRow)
        if agent:
            query = query.where(RecordRow.agent_id == bounds.line(agent, bounds.KEY))
        text = bounds.line(customer or "", 100).strip().lower()
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            either = [func.lower(RecordRow.customer_name).like(pattern, escape="\\"),
                      func.lower(RecordRow.customer_id) == text]
            digits = bounds.digits_key(text)
            if len(digits) >= 6:
                either.append(RecordRow.number.like(f"%{digits}%"))
            query = query.where(or_(*either))
        if since is not None:
            query = query.where(RecordRow.started >= bounds.moment(since))
        if until is not None:
            query = query.where(RecordRow.started < bounds.moment(until))
        limit = max(1, min(int(limit), MAX_FOUND))
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(RecordRow.started.desc(), RecordRow.id.desc()).limit(limit)).all()
            return tuple(_record(r) for r in rows)

    def get(self, record_id: int) -> CallRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(RecordRow).where(RecordRow.id == int(record_id))).first()
            return _record(row) if row is not None else None

    def audio_to(self, record_id: int, path: str) -> CallRecord:
        """Write a record's audio to ``path`` (a private file); checks its size and SHA-256."""
        record = self.get(record_id)
        if record is None:
            raise KeyError(record_id)
        digest, written = hashlib.sha256(), 0
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as out, self.engine.connect() as conn:
            seq = 0
            while written < record.size_bytes:
                block = conn.execute(select(AudioRow.data).where(AudioRow.record_id == record.id,
                                                                 AudioRow.seq == seq)).scalar()
                if block is None:
                    break
                block = bytes(block)[: record.size_bytes - written]
                out.write(block)
                digest.update(block)
                written += len(block)
                seq += 1
        if written != record.size_bytes or digest.hexdigest() != record.sha256:
            raise ValueError(f"the audio of call record {record.id} is damaged in the team store")
        return record

    def delete(self, record_id: int, audit: Callable[[CallRecord], AuditEntry] | None, now: float
               ) -> CallRecord | None:
        """Delete a record and its audio, with its audit line (``audit(record)``), in one
        transaction; None when there is no such record."""
        with self._writing() as conn:
            row = conn.execute(select(RecordRow).where(RecordRow.id == int(record_id))).first()
            if row is None:
                return None
            record = _record(row)
            conn.execute(delete(AudioRow).where(AudioRow.record_id == record.id))
            conn.execute(delete(RecordRow).where(RecordRow.id == record.id))
            if audit is not None:
                audit_lines.write(conn, audit(record), now)
            return record

    def older_than(self, cutoff: float, limit: int = MAX_FOUND) -> tuple[CallRecord, ...]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(RecordRow).where(RecordRow.started < bounds.moment(cutoff))
                                .order_by(RecordRow.started).limit(max(1, min(int(limit), MAX_FOUND)))).all()
            return tuple(_record(r) for r in rows)

    def _writing(self) -> AbstractContextManager[Connection]:
        return write_transaction(self.engine)  # (crm_adapters/store/team/writing.py)


def _record(r) -> CallRecord:
    return CallRecord(id=int(r.id), call_id=bounds.line(r.call_id, bounds.KEY), agent_id=bounds.line(r.agent_id, bounds.KEY),
                      agent_name=bounds.line(r.agent_name), customer_name=bounds.line(r.customer_name),
                      customer_id=bounds.line(r.customer_id, bounds.KEY), number=bounds.line(r.number, bounds.NUMBER),
                      direction=r.direction if r.direction in DIRECTIONS else "", started=bounds.moment(r.started),
                      duration_s=bounds.moment(r.duration_s), size_bytes=max(0, int(r.size_bytes or 0)),
                      sha256=bounds.line(r.sha256, 64))


def purge(records: CallRecords, older_than_days: float, by: str, now: float) -> list[CallRecord]:
    """Retention: delete every record that began more than ``older_than_days`` ago, each with
    its audit line (outcome ``deleted``, reason ``records.retention``, written by ``by``)."""
    if older_than_days <= 0:
        return []
    gone: list[CallRecord] = []
    while True:
        batch = records.older_than(now - older_than_days * 86_400)
        for old in batch:
            deleted = records.delete(old.id, lambda r: AuditEntry(by, r.agent_id, r.call_id, "", "deleted",
                                                                  "records.retention", "retention", by), now)
            if deleted is not None:
                gone.append(deleted)
        if len(batch) < MAX_FOUND:
            return gone
