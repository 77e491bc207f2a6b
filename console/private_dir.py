"""Folders that only this user may enter: made with mode 0700, then checked, never trusted blindly.

A folder in a shared place such as /tmp can be made in advance by another user, or be a symlink
to somewhere else. ``ensure_private_dir`` creates the folder if it is missing and then looks at
what is really there (``lstat``): a real folder, owned by this user, closed to group and others.
Anything else is refused with a sentence that names the owner and says what to do.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path


class NotPrivate(Exception):
    """A folder (or file) that is not this user's own; the text says what to fix."""


def owner_text(uid: int) -> str:
    """``user 'mallory' (uid 1001)``, or ``uid 1001`` when the system has no name for it."""
    try:
        import pwd

        return f"user {pwd.getpwuid(uid).pw_name!r} (uid {uid})"
    except (ImportError, KeyError):
        return f"uid {uid}"


def check_private_dir(path: str | os.PathLike, *, purpose: str = "", hint: str = "remove it",
                      writable_only: bool = False) -> Path:
    """Raise NotPrivate unless `path` is a real directory owned by us with no group/other access
    (with `writable_only`: that group and others cannot write to; they may look in).

    `purpose` completes "the folder PATH …" (e.g. "for the control socket"); `hint` says what
    to do about a folder that is not ours.
    """
    path = Path(path)
    if os.name != "posix":
        return path
    name = f"the folder {path}" + (f" {purpose}" if purpose else "")
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        raise NotPrivate(f"{name} does not exist") from None
    except OSError as exc:
        raise NotPrivate(f"{name} cannot be checked: {exc.strerror}") from None
    if stat.S_ISLNK(st.st_mode):
        maker = "" if st.st_uid == os.getuid() else f" made by {owner_text(st.st_uid)}"
        raise NotPrivate(f"{name} is a symbolic link{maker}, not a real folder; {hint}")
    if not stat.S_ISDIR(st.st_mode):
        raise NotPrivate(f"{name} is not a folder; {hint}")
    if st.st_uid != os.getuid():
        raise NotPrivate(f"{name} belongs to {owner_text(st.st_uid)}, not you; {hint}")
    if writable_only and st.st_mode & 0o022:
        raise NotPrivate(f"{name} can be written by other users (mode {stat.S_IMODE(st.st_mode):04o}); {hint}")
    if not writable_only and st.st_mode & 0o077:
        raise NotPrivate(f"{name} is open to other users (mode {stat.S_IMODE(st.st_mode):04o}); "
                         f"run 'chmod 700 {path}' or {hint}")
    return path


def ensure_private_dir(path: str | os.PathLike, *, parents: bool = False, purpose: str = "",
                       hint: str = "remove it") -> Path:
    """Create `path` (mode 0700) if it is missing, then check that it is ours and private.

    With `parents`, missing folders above it are created too (0700); existing ones are left as
    they are, so the caller decides whether they matter.
    """
    path = Path(path)
    try:
        if parents:
            os.makedirs(path.parent, 0o700, exist_ok=True)
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass  # checked below: it may be someone else's
    except OSError as exc:
        name = f"the folder {path}" + (f" {purpose}" if purpose else "")
        raise NotPrivate(f"{name} cannot be created: {exc.strerror}") from None
    return check_private_dir(path, purpose=purpose, hint=hint)
