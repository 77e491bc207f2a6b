"""The desktop bundle (`pyinstaller build.spec`) is what agents install: it is built here as on
a release, and the built program — not the source tree — answers --version, runs the demo call
offscreen with nothing but its own output on stdout, opens the team store (its migrations are
in the bundle) and carries the desktop entry and the icon (issue 14)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                            "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(ROOT / "build.spec")],
                           cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, build.stderr[-4000:]
    program = out / "dist" / "agent-console" / ("agent-console.exe" if os.name == "nt" else "agent-console")
    assert program.is_file()
    return program


def run(program: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(program), *args], capture_output=True, text=True, timeout=180, cwd=cwd,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})


def test_the_built_program_tells_its_version(bundle, tmp_path):
    from importlib.metadata import version

    done = run(bundle, "--version", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"agent-console {version('agent-console')}"


def test_the_built_program_runs_the_demo_call_offscreen_with_a_clean_stdout(bundle, tmp_path):
    shot = tmp_path / "demo.png"
    done = run(bundle, "demo", "--screenshot", str(shot), cwd=tmp_path, HOME=str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert any("Card shown after" in line and "Ján Kováč" in line for line in lines), done.stdout
    assert not [line for line in lines if "pjsua" in line or "sip_endpoint" in line or "pjlib" in line], \
        "pjlib's start-up lines must not reach stdout"
    assert shot.stat().st_size > 10_000


def test_the_built_program_opens_a_team_store_with_its_own_migrations(bundle, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f'[team]\nurl = "sqlite:///{tmp_path / "team.db"}"\n')
    done = run(bundle, "--config", str(config), "doctor", "--only", "team", "--json", cwd=tmp_path,
               AGENT_CONSOLE_DATA_DIR=str(tmp_path / "data"))
    verdicts = {v["name"]: v for v in json.loads(done.stdout)}
    assert verdicts["team store"]["ok"], verdicts["team store"]


def test_the_bundle_carries_the_desktop_entry_and_the_icon(bundle):
    inside = bundle.parent / "_internal" / "resources"
    assert (inside / "agent-console.desktop").is_file()
    assert (inside / "icons" / "agent-console.svg").is_file()
    assert (inside / "icons" / "agent-console.png").is_file()
