"""A real small disk for full-disk tests: a 2 MB tmpfs that a filler file fills to the last byte."""
from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest

SIZE = "2m"


class SmallDisk:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.filler = path / "filler"

    def mount(self) -> SmallDisk:
        self.path.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs", str(self.path)],
                              capture_output=True, text=True)
        if done.returncode != 0:  # a real part missing is a failure, not a skip
            raise AssertionError(f"cannot mount a {SIZE} tmpfs at {self.path} (run the tests as root): "
                                 f"{done.stderr.strip()}")
        return self

    def unmount(self) -> None:
        if subprocess.run(["umount", str(self.path)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(self.path)], capture_output=True)

    def fill(self) -> None:
        """Write zeros until the disk says it is full (ENOSPC): no free block is left."""
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        block = b"\0" * 4096
        try:
            while True:
                os.write(fd, block)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
        finally:
            os.close(fd)
        stat = os.statvfs(self.path)
        assert stat.f_bavail == 0, "the small disk still has room"

    def free(self) -> None:
        self.filler.unlink()


@pytest.fixture
def disk(tmp_path):
    """A full-able 2 MB disk at tmp_path/data, unmounted after the test."""
    small = SmallDisk(tmp_path / "data").mount()
    try:
        yield small
    finally:
        small.unmount()
