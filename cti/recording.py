"""Call recordings: both directions of one call mixed into a WAV file.

pjmedia's recorder writes the WAV sizes only when it is closed, so a recording from a process
that was killed has a header saying "0 bytes". `repair_wav()` fixes such a header from the
file's length; the softphone runs it over its recording folder on start, so a crash loses at
most the last buffer of audio instead of the whole call. pjmedia also writes that header only
after the bridge let go of the recorder (asynchronously): `settle()` waits for it before a
finished recording is read. `refusal()` is the site's policy (the console's ``[recording]``),
`leftover_recordings()` what an earlier run left to be stored.
"""
from __future__ import annotations

import logging
import os
import re
import stat
import struct
import time
from typing import Callable

import pjsua2 as pj

log = logging.getLogger(__name__)

POLICIES = ("always", "agent_decides", "never")  # [recording] policy, as the console reads it
# why the agent may not start or stop a recording (console/messages.py words them)
POLICY_CODES = {"never": "recording.never", "always": "recording.always", "no_call": "recording.no_call"}


def refusal(policy: str, start: bool) -> str:
    """"" when the site's policy lets the agent start (``start``) or stop a call's recording,
    else the code of the refusal."""
    if start and policy == "never":
        return POLICY_CODES["never"]
    if not start and policy == "always":
        return POLICY_CODES["always"]
    return ""


def recording_name(call_id: str, when: float | None = None) -> str:
    """The file name of a call's recording: its start time and the call's id (as the phone
    names the recordings it starts itself)."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", call_id)[:80] or "call"
    return f"{time.strftime('%Y%m%d-%H%M%S', time.localtime(when))}-{safe}.wav"


def leftover_recordings(folder: str, busy: set[str], ready: Callable[[str], bool] = lambda _p: True) -> list[str]:
    """The finished or cut-short recordings in ``folder`` (repaired), except those in ``busy``
    (being recorded now) and those not ``ready``, oldest first."""
    if not folder or not os.path.isdir(folder):
        return []
    paths = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.lower().endswith(".wav"))
    paths = [p for p in paths if os.path.abspath(p) not in busy and os.path.isfile(p) and not os.path.islink(p)
             and ready(p)]
    for path in paths:
        keep_private(path)
        repair_wav(path)
    return paths


class CallRecording:
    """A pjsua2 recorder bound to one call (SIP thread only)."""

    def __init__(self, path: str) -> None:
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise ValueError(f"recording folder does not exist: {folder}")
        self.path = path
        try:  # a recording is the customer's voice: for this user only, whatever the umask
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600))
        except OSError as exc:
            raise ValueError(f"cannot record to {path}: {exc.strerror or exc}") from None
        keep_private(path)
        self.recorder: pj.AudioMediaRecorder | None = pj.AudioMediaRecorder()
        try:
            self.recorder.createRecorder(path)
        except pj.Error as exc:
            self.recorder = None
            raise ValueError(f"cannot record to {path}: {exc.reason}") from None
        keep_private(path)

    def close(self) -> None:
        """Destroying the recorder writes the final WAV header."""
        self.recorder = None


def keep_private(path: str) -> None:
    """chmod 600 a recording of ours that other users could read (not links, not others')."""
    if os.name == "nt":
        return
    try:
        st = os.lstat(path)
        if stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid() and st.st_mode & 0o077:
            os.chmod(path, 0o600)
    except OSError as exc:
        log.warning("could not make recording %s private: %s", os.path.basename(path), exc.strerror or exc)


def repair_wav(path: str) -> bool:
    """Fix RIFF/data sizes of a canonical 44-byte-header WAV cut short. True if changed."""
    try:
        size = os.path.getsize(path)
        if size < 44:
            return False
        with open(path, "r+b") as f:
            head = f.read(44)
            if head[:4] != b"RIFF" or head[8:12] != b"WAVE" or head[36:40] != b"data":
                return False
            riff, data = struct.unpack_from("<I", head, 4)[0], struct.unpack_from("<I", head, 40)[0]
            block = max(1, struct.unpack_from("<H", head, 32)[0])
            want_data = (size - 44) // block * block
            if riff == size - 8 and data == want_data:
                return False
            f.seek(4)
            f.write(struct.pack("<I", 36 + want_data))
            f.seek(40)
            f.write(struct.pack("<I", want_data))
        log.info("repaired unfinished recording %s", os.path.basename(path))
        return True
    except OSError as exc:
        log.warning("could not check recording %s: %s", path, exc)
        return False


def closed(path: str) -> bool:
    """The recorder has written the WAV's final header (its sizes match the file)."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            head = f.read(44)
    except OSError:
        return False
    if len(head) < 44 or head[:4] != b"RIFF" or head[8:12] != b"WAVE" or head[36:40] != b"data":
        return False
    return struct.unpack_from("<I", head, 4)[0] == size - 8 and struct.unpack_from("<I", head, 40)[0] == size - 44


def settle(path: str, timeout_s: float = 3.0) -> None:
    """Wait (bounded) for a recording the phone just closed: pjmedia removes the recorder from
    the bridge asynchronously and writes the header only then; a header still not written after
    ``timeout_s`` is repaired from the file's length."""
    deadline = time.monotonic() + timeout_s
    while not closed(path) and time.monotonic() < deadline:
        time.sleep(0.02)
    if not closed(path):
        repair_wav(path)


def repair_folder(folder: str) -> int:
    """Repair every unfinished WAV in a recording folder (and close any that other users could
    read, as older versions left them); returns how many were repaired."""
    if not folder or not os.path.isdir(folder):
        return 0
    names = [n for n in os.listdir(folder) if n.lower().endswith(".wav")]
    for name in names:
        keep_private(os.path.join(folder, name))
    return sum(repair_wav(os.path.join(folder, n)) for n in names)
