"""`agent-console demo --screenshot`: the README's demo, headless, as a new user runs it."""
from __future__ import annotations

import os
import subprocess
import sys


def test_demo_rings_the_console_and_photographs_the_customer_card(tmp_path):
    shot = tmp_path / "demo.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    out = subprocess.run([sys.executable, "-m", "console", "demo", "--screenshot", str(shot)],
                         capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Card shown after" in out.stdout and "Ján Kováč" in out.stdout
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 30_000
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600
