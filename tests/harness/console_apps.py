"""A real console (ConsoleApp: window, features, CRMs, the control socket; no phone unless asked)
inside the test's own process, for pytest-qt tests: its own folders and socket, ready when its
after-call work has opened and restored, and shut down at the end. `app.published` collects its
public events (what `ctl events` would send)."""
from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from console.config import Config, load_config


def start_console_app(qtbot, folder: Path, *, toml: str | None = None, with_phone: bool = False,
                      before: Callable[[Config], None] | None = None, **fields: Any):
    """`toml`: the config file's text (read like a user's file); else Config(**fields)."""
    from console.app import ConsoleApp

    folder.mkdir(parents=True, exist_ok=True)
    name = f"agent-console-qt-{time.monotonic_ns()}"
    if toml is not None:
        path = folder / "config.toml"
        path.write_text(f'[ctl]\nname = "{name}"\n' + toml, encoding="utf-8")
        config = load_config(path)
    else:
        config = Config(path=None, data_dir=folder / "data", log_dir=folder / "log", ctl_name=name, **fields)
    if before is not None:
        before(config)
    app = ConsoleApp(config, with_phone=with_phone)
    app.published = []
    app.hub.published.connect(lambda e: app.published.append(dict(e)))
    app.start()
    qtbot.waitUntil(lambda: app.ready and app.after_call.outbox is not None and app.after_call.restored,
                    timeout=20000)
    return app


def close_console_apps(qtbot, apps: list) -> None:
    for app in apps:
        app.shutdown()
        app.window.close()
        app.window.deleteLater()
    qtbot.wait(20)
    gc.collect()


@pytest.fixture
def console_apps(qtbot, tmp_path):
    """A factory: `console_apps(**config_fields)` or `console_apps(toml=..., with_phone=..., before=...)`."""
    made: list = []

    def make(**kwargs: Any):
        app = start_console_app(qtbot, tmp_path / f"console{len(made)}", **kwargs)
        made.append(app)
        return app

    yield make
    close_console_apps(qtbot, made)
