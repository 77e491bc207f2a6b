"""`agent-console install-desktop`: the console becomes the desktop's handler of tel: and sip:
links, in the user's own XDG folders, checked by the desktop's own tools (xdg-mime,
desktop-file-validate); running it twice changes nothing; --uninstall leaves other programs'
defaults alone.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCHEMES = ("x-scheme-handler/tel", "x-scheme-handler/sip")
MAILTO = "x-scheme-handler/mailto=thunderbird.desktop"


def mimeapps(folder: Path) -> list[str]:
    return (folder / "config" / "mimeapps.list").read_text(encoding="utf-8").splitlines()


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is not installed: run scripts/setup.sh (Debian packages xdg-utils, desktop-file-utils)"
    return found


@pytest.fixture
def home(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    for name in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"):
        env.pop(name, None)  # xdg-mime's generic way: the files this test looks at
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "mimeapps.list").write_text(
        f"[Default Applications]\n{MAILTO}\n", encoding="utf-8")
    return tmp_path, env


def run(env: dict, *args: str, config: Path | None = None) -> subprocess.CompletedProcess:
    head = [sys.executable, "-m", "console", *(["--config", str(config)] if config else [])]
    return subprocess.run([*head, *args], capture_output=True, text=True, timeout=60, env=env)


def default(env: dict, scheme: str) -> str:
    return subprocess.run([tool("xdg-mime"), "query", "default", scheme], capture_output=True, text=True,
                          timeout=30, env=env).stdout.strip()


def test_install_desktop_registers_tel_and_sip_and_a_second_run_changes_nothing(home):
    folder, env = home
    config = folder / "site.toml"
    config.write_text('[agent]\nid = "jana"\n', encoding="utf-8")
    first = run(env, "install-desktop", config=config)
    assert first.returncode == 0, first.stderr
    entry = folder / "share" / "applications" / "agent-console.desktop"
    checked = subprocess.run([tool("desktop-file-validate"), str(entry)], capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout + checked.stderr
    text = entry.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(f"--config {config} dial %u")  # a click reaches the console of this config
    assert "MimeType=x-scheme-handler/tel;x-scheme-handler/sip;" in text
    assert [default(env, s) for s in SCHEMES] == ["agent-console.desktop"] * 2
    assert MAILTO in mimeapps(folder)  # another program's default: kept
    assert (folder / "share" / "icons" / "hicolor" / "scalable" / "apps" / "agent-console.svg").is_file()

    before = {p: p.read_bytes() for p in (entry, folder / "config" / "mimeapps.list")}
    again = run(env, "install-desktop", config=config)
    assert again.returncode == 0 and again.stdout.startswith("Nothing to change"), again.stdout + again.stderr
    assert {p: p.read_bytes() for p in before} == before

    gone = run(env, "install-desktop", "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert not entry.exists() and [default(env, s) for s in SCHEMES] == ["", ""]
    assert MAILTO in mimeapps(folder)  # not ours: kept


def test_without_xdg_mime_the_defaults_are_written_in_mimeapps_list(home):
    folder, env = home
    bare = folder / "bin"  # a desktop without xdg-utils: only python is on the PATH
    bare.mkdir()
    (bare / "python").symlink_to(sys.executable)
    done = run({**env, "PATH": str(bare)}, "install-desktop")
    assert done.returncode == 0, done.stderr
    lines = (folder / "config" / "mimeapps.list").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Default Applications]"
    assert set(lines[1:]) == {"x-scheme-handler/mailto=thunderbird.desktop",
                              "x-scheme-handler/tel=agent-console.desktop;",
                              "x-scheme-handler/sip=agent-console.desktop;"}
    assert [default(env, s) for s in SCHEMES] == ["agent-console.desktop"] * 2  # the desktop's tools read it
