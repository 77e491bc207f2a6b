"""The lead's board says when roles are not proven (no [supervision] roles_key): anyone with the
team secret could claim to be a lead on this console's calls. The real console in this process
(offscreen), its team link on a SQLite team store in a temporary folder; no phone."""
from __future__ import annotations

import time
from dataclasses import replace

import pytest

from PySide6.QtWidgets import QLabel

from cti.supervision import grants

import console.app as console_app
from console.config import AgentSettings, Config, SupervisionSettings


@pytest.fixture
def lead_console(qtbot, tmp_path):
    apps = []

    def start(roles_key: str = ""):
        cfg = Config(path=None, data_dir=tmp_path / "petr" / "data", log_dir=tmp_path / "petr" / "log",
                     ctl_name=f"agent-console-grants-{time.monotonic_ns()}",
                     agent=AgentSettings("petr", "Petr Lead", "lead"), team_url=f"sqlite:///{tmp_path / 'team.db'}")
        cfg = replace(cfg, supervision=SupervisionSettings(roles_key=roles_key))
        app = console_app.ConsoleApp(cfg, with_phone=False)
        apps.append(app)
        app.start()
        return app

    yield start
    for app in apps:
        app.shutdown()
        app.window.close()
        app.window.deleteLater()
    qtbot.wait(20)


def test_the_leads_board_warns_without_a_roles_key(qtbot, lead_console):
    app = lead_console()
    qtbot.waitUntil(lambda: app.window.findChild(QLabel, "rolesNotProven") is not None, timeout=30000)
    warning = app.window.findChild(QLabel, "rolesNotProven")
    assert "roles_key" in warning.text() and "claim to be a team lead" in warning.text()
    assert warning.isVisibleTo(warning.parentWidget())


def test_no_warning_once_roles_are_proven(qtbot, lead_console):
    from console.team import Team
    from console.team_board import TeamBoard

    app = lead_console(grants.public_key_of(grants.new_private_key()))
    team = app.window.findChild(Team) or app.findChild(Team)
    assert team is not None
    seen = []
    team.link.view_changed.connect(lambda _v: seen.append(1))  # (after the supervision feature's own handler)
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    assert app.window.findChild(TeamBoard) is not None
    assert app.window.findChild(QLabel, "rolesNotProven") is None
