"""Every test runs offscreen, with its own config/data/log folders (never the user's)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
if str(TESTS) not in sys.path:  # the test harness: `from harness.consoles import …`
    sys.path.insert(0, str(TESTS))

# the harness's fixtures (`disk`, `postgres_server`, `postgres_url`) for every test
pytest_plugins = ["harness.small_disk", "harness.pg_server", "harness.console_apps"]


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("AGENT_CONSOLE_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("AGENT_CONSOLE_LOG_DIR", str(home / "log"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    yield


@pytest.fixture
def console_cmd():
    """The console's command line, as a user runs it (the installed entry point's module)."""
    return [sys.executable, "-m", "console"]
