"""Change the config file the way a person would: only the keys that changed, everything else
(comments, blank lines, the order of tables and keys) exactly as the user left it.

The settings dialog and the first-run assistant write through here. What they write is checked
by the same reader the console starts with (:func:`console.config.load_config`) before the file
is replaced, so a change the console could not start with never reaches the disk; the file is
replaced atomically (a crash mid-write leaves the old file) and stays private to the user.
Secrets never go into the file: a key that would hold one is refused here, whatever asks.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError

from .config import _SECRET_KEYS, MAX_FILE_BYTES, Config, ConfigError, load_config

Changes = Mapping[str, Mapping[str, Any]]  # "sip" -> {"registrar": "pbx.example:5060", ...}; "crm.local" works
REMOVE = object()  # a value meaning "take this key out of the file" (back to its default)


def read_document(path: Path) -> tomlkit.TOMLDocument:
    """The file as an editable document (an empty one when there is no file yet)."""
    if not path.exists():
        return tomlkit.document()
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_FILE_BYTES // 1000} KB; it cannot be a config file")
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except (TOMLKitError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ConfigError(f"{path}: not valid TOML, so it was left as it is: {exc}") from None


def apply_changes(doc: tomlkit.TOMLDocument, changes: Changes) -> tomlkit.TOMLDocument:
    """Set (or with REMOVE, delete) each key in its table, creating tables at the end of the file
    only when they are new. Values are plain (text, numbers, true/false, lists of text)."""
    for table_name, values in changes.items():
        table = _table(doc, table_name, create=any(v is not REMOVE for v in values.values()))
        for key, value in values.items():
            if key.lower() in _SECRET_KEYS:
                raise ConfigError(f"[{table_name}] {key}: secrets are kept in the keyring, never in the config file")
            if table is None:
                continue
            if value is REMOVE:
                if key in table:
                    del table[key]
            elif table.get(key) != value:
                table[key] = value
    return doc


def write_config(path: Path, changes: Changes) -> Config:
    """Apply `changes` to the file at `path` and return the config the console will start with.
    Raises ConfigError (and leaves the file untouched) when the result would not load."""
    path = Path(path)
    doc = apply_changes(read_document(path), changes)
    text = tomlkit.dumps(doc)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:  # mkstemp makes it 0600
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        config = load_config(Path(tmp))  # the console's own reader decides
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return config.with_changes(path=path)


def check_changes(path: Path, changes: Changes) -> Config:
    """What `write_config` would give, without writing (the dialog's Test buttons run on it)."""
    doc = apply_changes(read_document(Path(path)), changes)
    fd, tmp = tempfile.mkstemp(prefix=".config-check-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(tomlkit.dumps(doc))
        return load_config(Path(tmp))
    finally:
        Path(tmp).unlink(missing_ok=True)


def proposed_file(path: Path, changes: Changes, folder: Path) -> Path:
    """The changed config written to a private file in `folder`, for a check run in another
    process (`agent-console doctor --config FILE`). The caller deletes it."""
    check_changes(path, changes)  # a ConfigError here names what to fix
    doc = apply_changes(read_document(Path(path)), changes)
    fd, tmp = tempfile.mkstemp(prefix="proposed-", suffix=".toml", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(tomlkit.dumps(doc))
    return Path(tmp)


def _table(doc: tomlkit.TOMLDocument, dotted: str, create: bool) -> Any:
    node: Any = doc
    for part in dotted.split("."):
        if part not in node:
            if not create:
                return None
            node[part] = tomlkit.table()
        node = node[part]
    return node
