"""The first-run feature: a console started with no config file opens the set-up assistant;
`ctl assistant` (and the menu) opens it again; after Finish the console restarts with the new
settings and, when asked, rings the agent with a test call (`ctl test-call` does it any time).

Whether a test call is due after the restart is kept in the data folder (`first_run.json`),
so the restarted console — a new process — knows.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .features import FeatureApi
from .model import events as ce

MARKER = "first_run.json"
_restart_argv: list[str] | None = None  # set when Finish asks the command line to start again


def restart_requested() -> list[str] | None:
    return _restart_argv


def restart_now() -> None:
    """Replace this process with a fresh console (same command line). Called by the command line
    after the window closed and everything was saved."""
    argv = _restart_argv or sys.argv
    if getattr(sys, "frozen", False):
        os.execv(sys.executable, [sys.executable, *argv[1:]])
    os.execv(sys.executable, [sys.executable, "-m", "console", *argv[1:]])


class FirstRun:
    def __init__(self, api: FeatureApi) -> None:
        self.api = api
        self.assistant: Any = None
        self.test_call: Any = None
        api.features.add_ctl_command("assistant", self.ctl_assistant, help="open the set-up assistant")
        api.features.add_ctl_command("test-call", self.ctl_test_call,
                                     help="a test customer rings this console; test_call.finished tells what worked")
        api.features.add_tray_action("assistant", QT_TRANSLATE_NOOP("Tray", "Set-up assistant…"), self.open)
        api.bridge.subscribe(ce.BackendsReady, self._ready, owner=api.parent)

    @property
    def marker(self) -> Path:
        return Path(self.api.config.data_dir) / MARKER

    def open(self) -> Any:
        from .first_run_assistant import FirstRunAssistant

        if self.assistant is None:
            self.assistant = FirstRunAssistant(self.api.config, self._finished, self.api.parent)
            self.assistant.finished.connect(self._closed)
        self.assistant.show()
        self.assistant.raise_()
        self.assistant.activateWindow()
        return self.assistant

    def _closed(self, _result: int) -> None:
        assistant, self.assistant = self.assistant, None
        if assistant is not None:
            assistant.deleteLater()

    def _finished(self, config: Any, test_call: bool) -> None:
        global _restart_argv
        try:
            self.marker.parent.mkdir(parents=True, exist_ok=True)
            self.marker.write_text(json.dumps({"test_call": bool(test_call)}))
        except OSError as exc:
            self.api.tell(QCoreApplication.translate("FirstRun", "The settings were saved; the test call cannot be "
                                                     "remembered (%1).").replace("%1", str(exc.strerror)))
        _restart_argv = list(sys.argv)
        from PySide6.QtWidgets import QApplication

        QApplication.instance().quit()  # the command line starts the console again (restart_now)

    def _ready(self, _e: Any) -> None:
        try:
            wanted = json.loads(self.marker.read_text()).get("test_call")
        except (OSError, ValueError, AttributeError):
            return
        self.marker.unlink(missing_ok=True)
        if wanted:
            self.start_test_call()

    def start_test_call(self) -> bool:
        from .test_call import TestCall

        if self.test_call is None:
            self.test_call = TestCall(self.api.bridge, self.api.config.sip.listen, self.api.parent)
            self.test_call.finished.connect(self._test_call_over)
        if not self.test_call.start():
            return False
        self.api.tell(QCoreApplication.translate("TestCall", "A test customer is calling you now: answer it as any call."),
                      15000)
        return True

    def _test_call_over(self, result: Any) -> None:
        self.api.bridge.post(ce.TestCallFinished(result.ok, result.rang, result.answered, result.heard_agent,
                                                 round(result.agent_level_db, 1), result.problem))
        text = "; ".join(("✓ " if ok else "✗ ") + line for ok, line in result.lines())
        self.api.tell(QCoreApplication.translate("TestCall", "Test call: ") + text, 30000)

    # -- ctl -------------------------------------------------------------------------------
    def ctl_assistant(self, _args: list[str]) -> dict[str, Any]:
        self.open()
        return {"open": True}

    def ctl_test_call(self, _args: list[str]) -> dict[str, Any]:
        from .ctl_server import CtlError

        if not self.start_test_call():
            raise CtlError("a test call is already running")
        return {"started": True}

    def stop(self) -> None:
        if self.test_call is not None:
            self.test_call.stop()


def offer_on_first_start(app: Any) -> None:
    """`run_console`'s after_start for a console started without any config file."""
    for feature in getattr(app, "installed", []):
        if isinstance(feature, FirstRun):
            feature.open()


def install_feature(api: FeatureApi) -> FirstRun:
    return FirstRun(api)
