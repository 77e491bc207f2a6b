"""The console on a real X display (Xvfb, Qt's xcb platform), and what a user reads when the
desktop cannot be opened: a sentence naming the missing library and its package, not "Aborted"."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop_helpers import Lines

from console.commands.demo import free_udp_port

DEMO_LINES = ("Demo CRM: ", "A customer is calling from ", "Card shown after ", "Screenshot: ")


def desktop_env(display: str, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM_PLUGIN_PATH")}
    return {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", **extra}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def console_config(tmp_path: Path) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(f'[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\n'
                      '[audio]\ncapture = "null"\nplayback = "null"\n', encoding="utf-8")
    return config


def test_the_demo_rings_a_console_on_a_real_x_display_and_ctl_photographs_it(tmp_path, x_display):
    ctl = f"desktop-demo-{os.getpid()}"
    env = desktop_env(x_display, AGENT_CONSOLE_CTL=ctl)
    demo = subprocess.Popen([sys.executable, "-m", "console", "demo", "--keep", "--screenshot", str(tmp_path / "demo.png")],
                            env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=open(tmp_path / "demo.err", "wb"),
                            text=True)
    try:
        out = Lines(demo.stdout)
        out.wait_for(lambda line: line.startswith("Screenshot: "), timeout_s=90)
        assert any("Ján Kováč" in line for line in out.seen), out.seen
        shot = tmp_path / "window.png"
        run = subprocess.run([sys.executable, "-m", "console", "ctl", "screenshot", str(shot)], env=env,
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stdout + run.stderr
        width, height = png_size(shot)
        assert width >= 1000 and height >= 600, (width, height)
        assert png_size(tmp_path / "demo.png") == (width, height)
        run = subprocess.run([sys.executable, "-m", "console", "ctl", "quit"], env=env,
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr
        assert demo.wait(60) == 0, (tmp_path / "demo.err").read_text(errors="replace")[-2000:]
        lines = out.rest()
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
    # nothing but the demo's own sentences on stdout (pjlib's start-up lines went there once)
    assert lines and all(line.startswith(DEMO_LINES) for line in lines), lines


def _qt_lib_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))


def test_a_missing_xcb_library_is_named_with_the_package_to_install(tmp_path, x_display):
    # A copy of Qt's xcb library that needs a library this machine does not have; found first
    # through LD_LIBRARY_PATH (Qt's plugins use RUNPATH), as on a desktop without libxcb-icccm4.
    real = _qt_lib_dir() / "libQt6XcbQpa.so.6"
    data = real.read_bytes()
    assert data.count(b"libxcb-icccm.so.4\0") == 1
    hidden = tmp_path / "lib"
    hidden.mkdir()
    (hidden / "libQt6XcbQpa.so.6").write_bytes(data.replace(b"libxcb-icccm.so.4\0", b"libxcb-iccXm.so.4\0"))
    env = desktop_env(x_display, LD_LIBRARY_PATH=str(hidden), AGENT_CONSOLE_CTL=f"desktop-missing-{os.getpid()}")
    run = subprocess.run([sys.executable, "-m", "console", "--config", str(console_config(tmp_path))], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, (run.returncode, run.stderr[-2000:])  # not 134 (SIGABRT)
    assert run.stdout == ""
    (line,) = run.stderr.strip().splitlines()
    assert line.startswith("error: the desktop cannot be opened: ")
    assert "libxcb-iccXm.so.4" in line and "sudo apt-get install libxcb-iccxm4" in line, line


def test_a_display_that_does_not_answer_is_named(tmp_path):
    display = next(f":{n}" for n in range(2900, 3000) if not os.path.exists(f"/tmp/.X11-unix/X{n}"))
    env = desktop_env(display, AGENT_CONSOLE_CTL=f"desktop-dead-{os.getpid()}")
    run = subprocess.run([sys.executable, "-m", "console", "--config", str(console_config(tmp_path))], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, (run.returncode, run.stderr[-2000:])
    (line,) = run.stderr.strip().splitlines()
    assert f"the X display {display} does not answer" in line and "QT_QPA_PLATFORM=offscreen" in line, line


def test_setup_installs_what_the_xcb_platform_plugin_loads():
    """Every library Qt's xcb plugin needs is found here, and each package it comes from is in
    scripts/setup.sh, so a fresh machine set up by it opens the window."""
    from console.display_check import missing_libraries, package_for, xcb_plugin

    plugin = xcb_plugin()
    assert plugin is not None
    assert missing_libraries(plugin) == []
    setup = (Path(__file__).resolve().parents[3] / "scripts" / "setup.sh").read_text()
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30).stdout
    xcb_libs = {line.split("=>")[0].strip() for line in out.splitlines()
                if line.strip().startswith(("libxcb", "libX11-xcb", "libxkbcommon-x11"))}
    assert "libxcb-icccm.so.4" in xcb_libs and "libxcb-keysyms.so.1" in xcb_libs
    for lib in sorted(xcb_libs):
        assert f" {package_for(lib)}" in setup.replace("\n", " "), f"{lib}: {package_for(lib)} not in setup.sh"
    assert shutil.which("Xvfb") and " xvfb" in setup
