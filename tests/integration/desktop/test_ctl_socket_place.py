"""A control-socket name the console cannot use is told in a sentence that says what to change,
not in Qt's words ("QLocalServer::listen: Unknown error 21", "Name error")."""
from __future__ import annotations

import os
import subprocess
import sys

from console.commands.demo import free_udp_port
from console.ctl_socket import socket_dir


def run_console(tmp_path, ctl: str) -> subprocess.CompletedProcess:
    config = tmp_path / "config.toml"
    config.write_text(f'[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\n'
                      '[audio]\ncapture = "null"\nplayback = "null"\n', encoding="utf-8")
    env = {**os.environ, "AGENT_CONSOLE_CTL": ctl, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "console", "--config", str(config)], env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_folder_with_the_sockets_name_is_named_and_left_alone(tmp_path):
    name = f"folder-{os.getpid()}"
    folder = socket_dir(create=True) / name
    folder.mkdir()
    (folder / "keep.txt").write_text("the user's file")
    try:
        run = run_console(tmp_path, name)
        assert run.returncode == 1, run.stderr[-2000:]
        (line,) = run.stderr.strip().splitlines()
        assert line == (f"error: cannot open the control socket: {folder} is a folder, not a control socket; "
                        "remove or rename that folder, or choose another name with [ctl] name in the "
                        "configuration or AGENT_CONSOLE_CTL")
        assert (folder / "keep.txt").read_text() == "the user's file"
    finally:
        (folder / "keep.txt").unlink()
        folder.rmdir()


def test_a_socket_path_too_long_for_qt_is_told_before_qt_fails(tmp_path):
    room = tmp_path / "sockets"
    room.mkdir(mode=0o700)
    path = str(room / "s")
    path += "x" * (107 - len(os.fsencode(path)))  # the kernel takes 107 bytes; Qt's QLocalServer does not
    run = run_console(tmp_path, path)
    assert run.returncode == 1, run.stderr[-2000:]
    (line,) = run.stderr.strip().splitlines()
    assert "is too long for this system (at most 106 bytes): choose a shorter [ctl] name or AGENT_CONSOLE_CTL" in line
    assert "Name error" not in line
