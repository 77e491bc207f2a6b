"""Keep the console's files to this user: the database, its WAL files, logs and recordings.

They hold customers' names, numbers and notes. Every ``agent-console`` command starts with
``umask 077`` so whatever it (or SQLite, or pjsip) creates is 0600 in 0700 folders; on start
``make_private`` also closes folders and files left open by older versions, so a user who
upgrades keeps nothing readable by others.

Only the console's own folders are closed (chmod 700): never the home folder, a folder above
it, a system folder or a well-known shared one such as ~/Documents that a user might have
chosen. In those only the console's own files are closed. Nothing here follows a symbolic link
or touches what belongs to another user. Windows has no modes to set: nothing to do.
"""
from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "agent-console"
# Files of ours that may sit in a folder we do not own outright (a shared one the user chose).
OWN_FILES = ("console.db", "console.db-wal", "console.db-shm", "console.db-journal", "console.log")
_SHARED = ("/", "/tmp", "/var/tmp", "/dev/shm", "/home", "/root", "/usr", "/etc", "/var", "/srv",
           "/opt", "/mnt", "/media", "/run", "/private/tmp")
_USER_FOLDERS = ("Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos", "Public",
                 ".local", ".local/share", ".local/state", ".cache", ".config")


def private_umask() -> None:
    """From here on, everything this process creates is for this user only."""
    if os.name != "nt":
        os.umask(0o077)


_done: set[tuple[str, str, str]] = set()  # folders already closed by this process


def make_private(data_dir: Path, log_dir: Path, record_dir: str = "") -> None:
    """Create the console's folders 0700 and close old files in them to 0600 (once a process:
    the command line does it for every command, the console again for the demo's own folders)."""
    key = (str(data_dir), str(log_dir), str(record_dir))
    if os.name == "nt" or key in _done:
        return
    _done.add(key)
    folders = [(Path(data_dir), True, OWN_FILES), (Path(log_dir), True, OWN_FILES),
               (Path(platformdirs.user_cache_dir(APP_NAME)), False, ())]
    if record_dir:
        folders.append((Path(record_dir), True, (".wav", ".WAV")))
    for folder, create, own in folders:
        try:
            _close_folder(folder.expanduser(), create, own)
        except OSError as exc:  # a folder we cannot fix must not stop the console
            log.warning("could not make %s private: %s", folder, exc.strerror or exc)


def is_shared_folder(folder: Path) -> bool:
    """The home folder, anything above it, system folders and the well-known user folders."""
    try:
        here = folder.resolve()
        home = Path.home().resolve()
    except (OSError, RuntimeError):
        return True
    if here == home or here in home.parents or str(here) in _SHARED:
        return True
    if any(here == (home / name) for name in _USER_FOLDERS):
        return True
    for env in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"):
        if os.environ.get(env) and here == Path(os.environ[env]).expanduser().resolve():
            return True
    return False


def _close_folder(folder: Path, create: bool, own: tuple[str, ...]) -> None:
    if create:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
        return
    ours = not is_shared_folder(folder)
    if ours and st.st_mode & 0o077:
        os.chmod(folder, 0o700)
        log.info("closed folder %s to other users (it was %04o)", folder, stat.S_IMODE(st.st_mode))
    for entry in os.scandir(folder):
        if ours or entry.name.startswith(own) or entry.name.endswith(own):
            close_file(entry.path)


def close_file(path: str) -> None:
    """chmod 600 a regular file of ours that others could read; links and others' files stay."""
    try:
        st = os.lstat(path)
    except OSError:
        return
    if stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid() and st.st_mode & 0o077:
        os.chmod(path, 0o600)
