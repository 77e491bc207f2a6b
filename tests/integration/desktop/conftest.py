"""A real X server (Xvfb) for the tests of the console on a desktop."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest


@pytest.fixture
def x_display(tmp_path):
    """DISPLAY of a fresh Xvfb (it picks a free display number and tells it through -displayfd)."""
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is not installed: run scripts/setup.sh (Debian package xvfb)"
    read, write = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=open(tmp_path / "xvfb.log", "wb"))
    os.close(write)
    try:
        with os.fdopen(read) as announce:
            number = announce.readline().strip()  # written once the server accepts connections
        assert number.isdigit(), f"Xvfb did not start: {(tmp_path / 'xvfb.log').read_text(errors='replace')[-500:]}"
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)
