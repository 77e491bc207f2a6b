"""Where the control socket lives, and how both ends make sure the other end is this user.

On Linux and macOS the socket is a file in a folder private to the user:
``$XDG_RUNTIME_DIR/agent-console/`` when that runtime folder is the user's own and closed to
others, otherwise ``<temp folder>/agent-console-<uid>/`` (made 0700 and then checked, because
another user may have made it first). A bare ``[ctl] name`` / ``AGENT_CONSOLE_CTL`` is a file in
that folder; an absolute path is used as given, but its folder must be the user's and closed to
writing by others. Both ends also ask the kernel who is on the other end (peer credentials) and
deal only with their own uid. On Windows the socket is a named pipe that Qt limits to the user.

No Qt here: the ``ctl`` client runs without it.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import errno
import hashlib
import os
import socket
import stat
import struct
import sys
import tempfile
from pathlib import Path

from console.private_dir import NotPrivate, check_private_dir, ensure_private_dir, owner_text

POSIX = os.name == "posix"
# sun_path (104 bytes on macOS, 108 on Linux) less the closing NUL, and one more byte that Qt's
# QLocalServer keeps for itself (a 107-byte path fails there with "Name error")
_MAX_PATH = 102 if sys.platform == "darwin" else 106


def socket_name(ctl_name: str, config_path: object) -> str:
    """The configured name, or one per config file (different configs, different consoles)."""
    if ctl_name:
        return ctl_name
    digest = hashlib.sha1(str(config_path or "default").encode()).hexdigest()[:8]
    if POSIX:
        return f"console-{digest}"  # the folder is already the user's own
    user = os.environ.get("USERNAME") or os.environ.get("USER") or "user"
    return f"agent-console-{user}-{digest}"  # Windows pipe names are machine-wide


def socket_dir(*, create: bool) -> Path:
    """The user's private folder for control sockets; `create` makes it when it is missing.

    Raises NotPrivate when the folder is someone else's, a symlink or open to others; raises
    FileNotFoundError when it is missing and `create` is false.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime):
        try:
            check_private_dir(runtime)
            folder, hint = Path(runtime) / "agent-console", "remove it"
        except NotPrivate:
            runtime = ""
    else:
        runtime = ""
    if not runtime:
        folder = Path(tempfile.gettempdir()) / f"agent-console-{os.getuid()}"
        hint = "remove it, or set XDG_RUNTIME_DIR to a folder of your own with mode 0700"
    purpose = "for the control socket"
    if create:
        return ensure_private_dir(folder, purpose=purpose, hint=hint)
    if not os.path.lexists(folder):
        raise FileNotFoundError(str(folder))
    return check_private_dir(folder, purpose=purpose, hint=hint)


def socket_path(name: str, *, create: bool = False) -> str:
    """The file a control socket called `name` lives in (on Windows: the pipe name itself).

    Checks the folder it is in; raises NotPrivate with a sentence for the user when that folder
    is not safe, and FileNotFoundError when the private folder does not exist yet (no console
    has ever run) and `create` is false.
    """
    if not POSIX:
        return name
    if os.path.isabs(name):
        _check_parent(Path(name).parent)
        path = name
    elif "/" in name or name in ("", ".", ".."):
        raise NotPrivate(f"the control socket name {name!r} must be a plain name or an absolute path")
    else:
        path = str(socket_dir(create=create) / name)
    if len(os.fsencode(path)) > _MAX_PATH:
        raise NotPrivate(f"the control socket path {path} is too long for this system "
                         f"(at most {_MAX_PATH} bytes): choose a shorter [ctl] name or AGENT_CONSOLE_CTL")
    return path


def _check_parent(folder: Path) -> None:
    """An absolute socket path's folder: a real folder of ours that nobody else can write to."""
    if not os.path.lexists(folder):
        raise FileNotFoundError(errno.ENOENT, f"the folder {folder} does not exist", str(folder))
    check_private_dir(folder, purpose="for the control socket", writable_only=True,
                      hint="choose a folder only you can write to")


def check_socket_file(path: str) -> None:
    """Before connecting: `path` must be a socket owned by us. FileNotFoundError if it is missing."""
    st = os.lstat(path)
    if not stat.S_ISSOCK(st.st_mode):
        raise NotPrivate(f"{path} is not a control socket (it is some other kind of file); remove it")
    if st.st_uid != os.getuid():
        raise NotPrivate(f"the control socket {path} belongs to {owner_text(st.st_uid)}, not you; "
                         "remove it, or ask an administrator who made it")


def peer_uid(fd: int) -> int:
    """The uid of the process at the other end of a connected Unix-domain socket."""
    if hasattr(socket, "SO_PEERCRED"):  # Linux: struct ucred {pid_t pid; uid_t uid; gid_t gid;}
        dup = socket.fromfd(fd, socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            raw = dup.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("iII"))
        finally:
            dup.close()  # the duplicate only; the caller's socket stays open
        return struct.unpack("iII", raw)[1]
    # macOS and the BSDs: getpeereid(2), which reads LOCAL_PEERCRED for us
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    uid, gid = ctypes.c_uint32(), ctypes.c_uint32()  # uid_t and gid_t are 32-bit unsigned there
    if libc.getpeereid(ctypes.c_int(fd), ctypes.byref(uid), ctypes.byref(gid)) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
    return uid.value


def is_own_peer(fd: int) -> tuple[bool, int | None]:
    """(True, uid) when the peer runs as this user; (False, uid or None when it cannot be told)."""
    try:
        uid = peer_uid(fd)
    except OSError:
        return False, None
    return uid == os.getuid(), uid
