"""The last-resort copy of notes that could not be saved in the local database.

Why: when the console quits while the disk under the database is full, the notes on screen
would be lost. They are written to a small private file (0600, in a 0700 folder) somewhere
else — the config folder first, then the user's runtime folder — and put back on the next
start, where they go into the database and the copy is removed.

The file is read as hostile input: bounded in size, owned by this user, not a symlink, plain
JSON of strings; anything else is left in place and reported, never half-read.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 8 * 1024 * 1024  # notes are text: 8 MB is thousands of pages
MAX_DRAFTS = 500
FORMAT = 1


class RescueProblem(Exception):
    """A copy exists but cannot be used; ``message`` is a sentence for the agent."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class RescuedDraft:
    key: str
    text: str
    context: dict[str, Any] = field(default_factory=dict)


def file_name(data_dir: Path) -> str:
    """One copy per database: two consoles with different data folders never mix notes."""
    digest = hashlib.sha256(str(Path(data_dir).expanduser().resolve()).encode()).hexdigest()[:12]
    return f"unsaved-notes-{digest}.json"


class RescueCopy:
    """Where the copy goes (first folder that takes it) and where it is looked for (all)."""

    def __init__(self, data_dir: Path, folders: list[Path]) -> None:
        data = Path(data_dir).expanduser().resolve()
        seen: list[Path] = []
        for folder in folders:
            folder = Path(folder).expanduser()
            if folder.resolve() != data and folder not in seen:
                seen.append(folder)
        self.name = file_name(data)
        self.folders = seen

    def paths(self) -> list[Path]:
        return [folder / self.name for folder in self.folders]

    # -- writing (on quit) ---------------------------------------------------------------------
    def write(self, drafts: list[RescuedDraft]) -> Path | None:
        """Write the copy to the first folder that takes it; the path, or None if none did."""
        body = json.dumps({"format": FORMAT, "written_at": datetime.now(timezone.utc).isoformat(),
                           "drafts": [{"key": d.key, "text": d.text, "context": d.context} for d in drafts]},
                          ensure_ascii=False, default=str).encode("utf-8")
        for path in self.paths():
            try:
                _write_private(path, body)
            except OSError as exc:
                log.warning("the copy of unsaved notes could not be written in %s: %s", path.parent, exc.strerror)
                continue
            for other in self.paths():  # only one copy: an older one elsewhere must not win later
                if other != path:
                    _remove(other)
            log.info("copy of %d unsaved note(s) written to %s", len(drafts), path)
            return path
        return None

    # -- reading (on start) --------------------------------------------------------------------
    def read(self) -> tuple[Path | None, list[RescuedDraft]]:
        """The copy that exists (newest first if there are several) and its drafts.
        Raises RescueProblem for a copy that is there but cannot be trusted or read."""
        found = [p for p in self.paths() if os.path.lexists(p)]
        if not found:
            return None, []
        found.sort(key=lambda p: p.lstat().st_mtime, reverse=True)
        path = found[0]
        return path, _parse(path, _read_private(path))

    def remove(self) -> None:
        for path in self.paths():
            _remove(path)


def _write_private(path: Path, body: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".unsaved-notes-", dir=path.parent)  # mkstemp makes it 0600
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        _remove(Path(tmp))
        raise


def _read_private(path: Path) -> bytes:
    where = f"The copy of unsaved notes at {path}"
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise RescueProblem(f"{where} cannot be opened ({exc.strerror}); it was left in place.") from None
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            raise RescueProblem(f"{where} belongs to another user; it was not read.")
        if info.st_size > MAX_FILE_BYTES:
            raise RescueProblem(f"{where} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; it was not read "
                                "and was left in place.")
        data = f.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise RescueProblem(f"{where} grew while it was read; it was left in place.")
    return data


def _parse(path: Path, data: bytes) -> list[RescuedDraft]:
    bad = RescueProblem(f"The copy of unsaved notes at {path} is damaged; it was left in place for IT to look at.")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad from None
    items = doc.get("drafts") if isinstance(doc, dict) else None
    if not isinstance(items, list) or len(items) > MAX_DRAFTS:
        raise bad
    drafts = []
    for item in items:
        if not isinstance(item, dict):
            raise bad
        key, text, context = item.get("key"), item.get("text"), item.get("context", {})
        if not isinstance(key, str) or not key or len(key) > 200 or not isinstance(text, str):
            raise bad
        if not isinstance(context, dict) or not all(isinstance(k, str) for k in context):
            raise bad
        drafts.append(RescuedDraft(key, text, context))
    return drafts


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not remove %s: %s", path.name, exc.strerror)
