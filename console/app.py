"""Builds the running console: window first (so it is on screen fast), then CRM and phone."""
from __future__ import annotations

import logging
import os
import sys
import time
from importlib import resources
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from console.background import Background
from console.bridge import Bridge
from console.call_desk import CallDesk
from console.config import Config
from console.ctl_server import CtlError, CtlServer, socket_name
from console.event_hub import EventHub
from console.features import FeatureApi, FeatureError, Features
from console.main_window import MainWindow
from console.model.agent_state import AgentState
from console.model.calls import CallBook
from console.shortcuts import effective_keys

log = logging.getLogger(__name__)


class ConsoleApp:
    def __init__(self, config: Config, *, with_phone: bool = True) -> None:
        self.config = config
        self.with_phone = with_phone
        self.started = time.monotonic()
        # The SIP thread, the CRM loop and the GUI hand work to each other on every ring; with
        # Python's default 5 ms GIL switch interval each hand-over can cost a whole interval.
        sys.setswitchinterval(0.0005)
        qInstallMessageHandler(_qt_message)
        self.qt = QApplication.instance() or QApplication([sys.argv[0]])
        self.qt.setApplicationName("Agent Console")
        self.qt.setDesktopFileName("agent-console")  # the desktop entry (resources/agent-console.desktop)
        from PySide6.QtGui import QIcon

        self.qt.setWindowIcon(QIcon(str(resources.files("resources").joinpath("icons/agent-console.svg"))))
        from console import theme

        self.theme = theme.install(self.qt, config.theme)  # light or dark, following the desktop
        from console.languages import Languages

        self.languages = Languages(self.qt)  # before any widget: they are built in the agent's language
        self.languages.use(getattr(config, "language", "auto"))
        # the status bar's two lines, worded again on a language switch
        self._sip_words = lambda: QCoreApplication.translate("ConsoleApp", "SIP: starting…")
        self._crm_words = lambda: QCoreApplication.translate("ConsoleApp", "CRM: starting…")
        self.hub = EventHub()  # the public `ctl events` stream
        self.bridge = Bridge()  # the only way from the SIP thread and the CRM loop into the GUI thread
        self.background = Background(self.bridge)  # database work, off the GUI thread
        self.book = CallBook()  # every call, once: the desk writes it; the window, ctl and after-call work read it
        self.agent = AgentState(self.book, config.away_reasons, config.after_call.wrapup_max_s)
        self.agent.changed.connect(self._agent_changed)
        self.window = MainWindow(config.agent.name, self.book)
        self.window.follow_agent(self.agent)
        self._show_backends()
        self.crm = None
        self.phone_problem = ""
        self.desk = CallDesk(self.window, self.hub, None, config.default_region, self.bridge)
        # what features add: docks, sections, ctl commands, hotkeys (their keys from console/shortcuts.py's table)
        self.features = Features(effective_keys(config.keys))
        self.ctl = CtlServer(socket_name(config.ctl_name, config.path), self.features)
        from console import ctl_commands

        ctl_commands.install(self.features.by("console.ctl_commands"), self)
        self.installed: list[Any] = []  # what each feature's install returned
        self.window_shown_at: float | None = None  # wall-clock time the window was first painted
        self.hub.published.connect(self.ctl.broadcast)
        self.qt.aboutToQuit.connect(self.shutdown)
        self._down = False
        self.ready = False  # the CRMs and the phone have started (or said why not)

    def start(self) -> None:
        """The window goes on screen first; the after-call parts, the CRMs and the phone follow
        (their imports and database migrations take most of a second)."""
        self.ctl.listen()
        self.window.show()
        self.qt.processEvents()  # paint it now, before the slow parts
        from console.model.events import ConsoleStarted
        from console.public_events import PublicEvents

        # the `ctl events` stream: made after the first paint, its handlers still go first
        self.public_events = PublicEvents(self.bridge, self.hub, self.config.default_region)
        self.window_shown_at = time.time()
        self.bridge.post(ConsoleStarted(round((time.monotonic() - self.started) * 1000, 1)))
        self.installed = install_features(self)
        self.window.place(self.features, self.config.agent.role)
        QTimer.singleShot(0, self._start_backends)

    def _start_backends(self) -> None:
        """The CRMs (databases opened and migrated, adapters built) are made in the background;
        the phone starts once they are there, so the first call already gets its card."""
        from console.crm_setup import build_crm

        config = self.config
        self.background.run(lambda: build_crm(config, cards_on_disk=True), self._crm_ready, self._crm_failed,
                            name="starting the CRMs")

    def _crm_ready(self, crm) -> None:
        self.crm = crm
        self.desk.crm = crm
        crm.runtime.submit(crm.chain.warm_up())
        self._crm_words = lambda: QCoreApplication.translate("ConsoleApp", "CRM: %1").replace("%1", crm.summary())
        self._show_backends()
        self._backends_started()

    def _crm_failed(self, exc: BaseException) -> None:
        log.error("CRM start failed: %s", exc, exc_info=exc)
        reason = str(exc)
        self._crm_words = lambda: QCoreApplication.translate("ConsoleApp", "CRM: not available — %1").replace("%1",
                                                                                                       reason)
        self._show_backends()
        self._backends_started()

    def _backends_started(self) -> None:
        if self._down:  # closed while the CRMs were starting
            if self.crm is not None:
                self.crm.close()
            return
        if self.with_phone:
            self._start_phone()
        self.ready = True
        self.hub.backends_ready.emit()
        from console.model.events import BackendsReady

        self.bridge.post(BackendsReady(round((time.monotonic() - self.started) * 1000, 1)))

    def _start_phone(self) -> None:
        from dataclasses import replace

        from console.secrets import get_secret

        try:
            from cti.softphone import Softphone

            sip = self.config.sip
            if sip.registrar and not sip.password:
                sip = replace(sip, password=get_secret("sip") or "")
            # supervision (console/supervision.py): a MonitorDesk with the team secret on the phone;
            # monitoring legs go to the supervision feature, never to the desk
            host = next((f.phone_host(self.desk.on_phone_event) for f in self.installed if hasattr(f, "phone_host")),
                        None)
            phone = Softphone(sip, self.config.audio, host.on_event if host else self.desk.on_phone_event,
                              monitor_request=host.request if host else None)
            if host is not None:
                host.phone = phone
            phone.start()
            self.desk.phone = phone
            if sip.registrar:
                self._sip_words = lambda: (QCoreApplication.translate("ConsoleApp", "SIP: registering at %1 (%2)")
                                           .replace("%1", sip.registrar).replace("%2", sip.transport.upper()))
            else:
                self._sip_words = lambda: (QCoreApplication.translate("ConsoleApp", "SIP: direct calls on %1 (%2)")
                                           .replace("%1", sip.listen).replace("%2", sip.transport.upper()))
            self._show_backends()
        except Exception as exc:
            self.phone_problem = str(exc)
            log.error("phone did not start: %s", exc)
            reason = str(exc)  # (the name exc is gone after this block)
            self._sip_words = lambda: QCoreApplication.translate("ConsoleApp", "SIP: not running — %1").replace("%1",
                                                                                                       reason)
            self._show_backends()

    def _show_backends(self) -> None:
        self.window.sip_status.setText(self._sip_words())
        self.window.crm_status.setText(self._crm_words())

    def use_language(self, choice: str) -> str:
        """Switch the window's language (``ctl language``); calls, notes and drafts stay as they are."""
        code = self.languages.use(choice)
        self._show_backends()
        return code

    def _agent_changed(self, fields: dict[str, Any]) -> None:
        from console.model.events import AgentStateChanged

        self.bridge.post(AgentStateChanged(**fields))

    def status(self) -> dict[str, Any]:
        return {
            "agent": self.agent.fields(),
            "agent_id": self.config.agent.id,
            "ui_language": self.languages.code,
            "role": self.config.agent.role,
            "pid": os.getpid(),
            "sip": self.window.sip_status.text(),
            "crm": self.window.crm_status.text(),
            "phone_running": self.desk.phone is not None,
            "calls_refused": getattr(self.desk.phone, "refused_calls", 0),  # too many from one caller
            "calls": [  # the calls on the line
                {"call_id": c.call_id, "direction": c.direction, "state": c.state, "muted": c.muted,
                 "conference": list(c.conference)}
                for c in self.book.live()
            ],
            "current_call": self.book.current or None,
            "wrap_up": [c.call_id for c in self.book.in_wrap_up()],  # ended calls whose notes are not done
            "ready": self.ready,  # the CRMs and the phone are up (or said why not): calls can come
            "uptime_s": round(time.monotonic() - self.started, 1),
            "window_shown_at": self.window_shown_at,
            "team": next((f.team_status() for f in self.installed if hasattr(f, "team_status")), None),
            "supervision": next((f.supervision_status() for f in self.installed
                                 if hasattr(f, "supervision_status")), None),
            "desktop": next((f.desktop_status() for f in self.installed if hasattr(f, "desktop_status")), None),
        }

    def quit_soon(self) -> None:
        QTimer.singleShot(50, self.qt.quit)

    def shutdown(self) -> None:
        if self._down:
            return
        self._down = True
        self.ctl.close()
        self.languages.remove()  # (tests run several consoles in one application)
        self.theme.close()
        self.background.drain(5.0)  # saves the agent made last are on disk before the databases close
        if self.desk.phone is not None:
            try:
                self.desk.phone.stop()
            except Exception:
                log.exception("phone stop failed")
            self.desk.phone = None
        if self.crm is not None:
            self.crm.close()
        for feature in self.installed:  # features holding a connection close it (the team: offline at once)
            if hasattr(feature, "stop"):
                try:
                    feature.stop()
                except Exception:
                    log.exception("stopping %s failed", type(feature).__name__)


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    """Qt's own messages go to the log; the offscreen platform's chatter goes nowhere."""
    if "propagateSizeHints" in message:
        return
    level = logging.WARNING if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) else logging.DEBUG
    logging.getLogger("qt").log(level, "%s", message)


# The features, in order. Each adds its docks, sections, ctl commands and hotkeys to app.features
# (console/features.py). A module with install_feature(api) gets a FeatureApi: what a feature may
# use; one with install(app) still gets the whole console (after_call, until it is split up).
FEATURES = ["console.after_call", "console.tasks_view", "console.tray",
            "console.new_contact", "console.supervision", "console.team", "console.transfers",
            "console.shortcuts", "console.settings", "console.recording", "console.call_records",
            "console.first_run"]


def install_features(app: ConsoleApp) -> list[Any]:
    import importlib

    installed = []
    for name in FEATURES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        if hasattr(module, "install_feature"):
            installed.append(module.install_feature(feature_api(app, name)))
        else:
            installed.append(module.install(app))
    return installed


def feature_api(app: ConsoleApp, name: str) -> FeatureApi:
    return FeatureApi(name=name, features=app.features.by(name), config=app.config, book=app.book, agent=app.agent,
                      bridge=app.bridge, hub=app.hub, desk=app.desk, parent=app.window,
                      background=app.background,
                      _tell=lambda text, ms: app.window.statusBar().showMessage(text, ms), _crm=lambda: app.crm)


def run_console(config: Config, *, with_phone: bool = True, after_start=None) -> int:
    from console.lean_imports import skip_unused_extras

    skip_unused_extras()
    from console.display_check import platform_problem
    from console.private_files import make_private

    if (problem := platform_problem()) is not None:  # Qt would abort (exit 134) with the reason in the log
        print(f"error: {problem}", file=sys.stderr)
        return 1
    make_private(config.data_dir, config.log_dir, config.sip.record_dir)  # demo has its own folders
    app = ConsoleApp(config, with_phone=with_phone)
    try:
        app.start()
        if after_start is not None:
            after_start(app)
    except (CtlError, FeatureError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        app.shutdown()
        return 1
    except BaseException:  # stopped while starting (SIGTERM in the demo): its threads end before its folders go
        app.shutdown()
        raise
    stopper = None
    if os.name == "posix":  # Windows ends a desktop program through its window, not a signal
        from console.stop_signals import StopOnSignals

        stopper = StopOnSignals(app.qt.quit)
    code = app.qt.exec()
    app.shutdown()
    if stopper is not None:
        stopper.close()
    return code
