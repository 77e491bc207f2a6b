"""The settings dialog: every part the console needs, each page with a "Test" that tries the
settings as typed (before they are saved), and Save, which writes only what changed into the
config file — the user's comments and order stay — and puts secrets into the OS keyring.

Pages come from console/settings_pages.py; features add their own (console/features.py
SettingsPage) after them.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .config import Config, ConfigError, default_config_path
from .config_edit import REMOVE, write_config
from .secrets import SecretNotKept, get_secret, set_secret
from .settings_check import Line, SettingsCheck, one_line
from .settings_pages import Field, Page, as_text, from_text, pages


def _tr(context: str, text: str) -> str:
    """A text of the settings, in the agent's language (lupdate reads it as QT_TRANSLATE_NOOP)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


MARKS = {True: "✓", False: "✗", None: "!"}


def mark_problem(label: QLabel, problem: bool) -> None:
    """Red text for what went wrong (theme.qss: QLabel[problem="true"]), in either theme."""
    label.setProperty("problem", problem)
    label.style().unpolish(label)
    label.style().polish(label)


class PageView(QWidget):
    """One page: its fields, its Test button and what the test found."""

    test_asked = Signal(str)  # the page's name

    def __init__(self, page: Page, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.inputs: dict[Field, QLineEdit | QComboBox] = {}
        self.initial: dict[Field, str] = {}
        layout = QVBoxLayout(self)
        title = QLabel(page.title)
        title.setObjectName("settingsPageTitle")
        layout.addWidget(title)
        if page.explain:
            explain = QLabel(page.explain)
            explain.setWordWrap(True)
            layout.addWidget(explain)
        form = QFormLayout()
        for f in page.fields:
            widget = self._input(f, config)
            widget.setAccessibleName(f.label)
            form.addRow(f.label, widget)
            self.inputs[f] = widget
            self.initial[f] = self.text_of(f)
        if page.test == "lookup":
            self.number = QLineEdit()
            self.number.setPlaceholderText("+421 905 123 456")
            self.number.setAccessibleName(_tr("Settings", "Number to look up"))
            form.addRow(_tr("Settings", "Number to look up"), self.number)
        layout.addLayout(form)
        self.results = QLabel()
        self.results.setTextFormat(Qt.TextFormat.PlainText)  # what a check says is outside text
        self.results.setWordWrap(True)
        self.results.setObjectName("settingsTestResult")
        self.results.setAccessibleName(_tr("Settings", "Test result"))
        if page.test:
            self.test_button = QPushButton(_tr("Settings", "Test"))
            self.test_button.setAccessibleName(_tr("Settings", "Test") + " " + page.title)
            self.test_button.clicked.connect(lambda: self.test_asked.emit(page.name))
            row = QHBoxLayout()
            row.addWidget(self.test_button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.results)
        layout.addStretch(1)

    def _input(self, f: Field, config: Config) -> QLineEdit | QComboBox:
        value = as_text(f.current(config))
        if f.kind == "choice":
            box = QComboBox()
            box.addItems(list(f.choices))
            if value and value not in f.choices:
                box.addItem(value)
            box.setCurrentText(value)
            return box
        if f.kind in ("device_in", "device_out"):
            box = QComboBox()
            box.setEditable(True)
            box.addItems(["default", "null"])
            box.setCurrentText(value)
            if box.lineEdit() is not None:
                box.lineEdit().setPlaceholderText(f.hint)
            return box
        line = QLineEdit(value)
        line.setPlaceholderText(f.hint)
        if f.is_secret:
            line.setEchoMode(QLineEdit.EchoMode.Password)
            if get_secret(f.key):
                line.setPlaceholderText(_tr("Settings", "kept in the keyring — type to replace it"))
        return line

    def text_of(self, f: Field) -> str:
        widget = self.inputs[f]
        return widget.currentText() if isinstance(widget, QComboBox) else widget.text()

    def set_text(self, f: Field, text: str) -> None:
        widget = self.inputs[f]
        if isinstance(widget, QComboBox):
            widget.setCurrentText(text)
        else:
            widget.setText(text)

    def changes(self, config: Config) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for f in self.page.fields:
            text = self.text_of(f)
            if f.is_secret or text == self.initial[f]:
                continue
            out.setdefault(f.table, {})[f.key] = from_text(f, text, f.current(config)) if text.strip() else REMOVE
        return out

    def secrets(self) -> dict[str, str]:
        return {f.key: self.text_of(f) for f in self.page.fields if f.is_secret and self.text_of(f)}

    def show_result(self, lines: list[Line]) -> None:
        marks = [f"{MARKS[None if (line.ok and line.warning) else line.ok]} {line.text}" for line in lines]
        self.results.setText("\n".join(marks))
        good = all(line.ok for line in lines)
        mark_problem(self.results, not good)

    def add_devices(self, inputs: list[str], outputs: list[str]) -> None:
        for f, names in ((f, inputs if f.kind == "device_in" else outputs) for f in self.page.fields
                         if f.kind in ("device_in", "device_out")):
            box = self.inputs[f]
            assert isinstance(box, QComboBox)
            current = box.currentText()
            for name in names[:64]:
                if box.findText(name) < 0:
                    box.addItem(one_line(name, 120))
            box.setCurrentText(current)


class SettingsDialog(QDialog):
    """Open with `SettingsDialog(config, extra_pages)`; `saved(Config)` after a save."""

    saved = Signal(object)

    def __init__(self, config: Config, extra: list[tuple[str, QWidget]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Settings", "Settings"))
        self.setObjectName("settingsDialog")
        self.config = config
        self.path = Path(config.path) if config.path else default_config_path()
        self.check = SettingsCheck(self)
        self.check.finished.connect(self._tested)
        self._testing: PageView | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Settings", "Settings pages"))
        self.list.setMaximumWidth(200)
        self.stack = QStackedWidget()
        self.views: dict[str, PageView] = {}
        for page in pages():
            view = PageView(page, config)
            view.test_asked.connect(self.run_test)
            self.views[page.name] = view
            self._add(page.title, view)
        for title, widget in extra or []:
            self._add(title, widget)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.list.setCurrentRow(0)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setObjectName("settingsMessage")
        self.message.setAccessibleName(_tr("Settings", "What happened"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.message)
        outer.addWidget(buttons)
        self.resize(760, 480)
        self._devices = QProcess(self)
        self._devices.finished.connect(self._devices_listed)
        program = sys.executable
        self._devices.start(program, ["-m", "cti.diagnostics", "devices"])

    def _add(self, title: str, widget: QWidget) -> None:
        self.list.addItem(title)
        self.stack.addWidget(widget)

    def view(self, name: str) -> PageView:
        return self.views[name]

    def show_page(self, name: str) -> None:
        self.list.setCurrentRow(list(self.views).index(name))

    def changes(self) -> dict[str, dict[str, Any]]:
        merged: dict[str, dict[str, Any]] = {}
        for view in self.views.values():
            for table, values in view.changes(self.config).items():
                merged.setdefault(table, {}).update(values)
        return merged

    def secrets(self) -> dict[str, str]:
        merged: dict[str, str] = {}
        for view in self.views.values():
            merged.update(view.secrets())
        return merged

    # -- Test ----------------------------------------------------------------------------------
    def run_test(self, name: str) -> None:
        view = self.views[name]
        if self.check.running:
            self.message.setText(_tr("Settings", "Another test is still running; wait for its answer."))
            return
        number = view.number.text().strip() if view.page.test == "lookup" else ""
        if view.page.test == "lookup" and not number:
            view.show_result([Line(False, _tr("Settings", "Type a number a customer calls from, then press Test."))])
            return
        self._testing = view
        view.results.setText(_tr("Settings", "Testing…"))
        mark_problem(view.results, False)
        view.test_button.setEnabled(False)
        self.check.start(self.path, self.changes(), self.secrets(), view.page.test, number)

    def _tested(self, lines: list[Line]) -> None:
        view, self._testing = self._testing, None
        if view is not None:
            view.test_button.setEnabled(True)
            view.show_result(lines)

    # -- Save ----------------------------------------------------------------------------------
    def save(self) -> bool:
        changes, secrets = self.changes(), self.secrets()
        try:
            config = write_config(self.path, changes) if changes else self.config
        except ConfigError as exc:
            self.message.setText(_tr("Settings", "Not saved: ") + str(exc))
            mark_problem(self.message, True)
            return False
        except OSError as exc:
            self.message.setText(_tr("Settings", "Not saved: the file {path} cannot be written ({reason}).")
                                 .format(path=self.path, reason=exc.strerror or exc))
            mark_problem(self.message, True)
            return False
        problems = []
        for name, value in secrets.items():
            try:
                set_secret(name, value)
            except SecretNotKept as exc:
                problems.append(str(exc))
        for view in self.views.values():
            for f in view.page.fields:
                view.initial[f] = "" if f.is_secret else view.text_of(f)
                if f.is_secret:
                    view.set_text(f, "")
        self.config = config
        if problems:
            self.message.setText(_tr("Settings", "Settings saved, but: ") + " ".join(problems))
            mark_problem(self.message, True)
        else:
            self.message.setText(_tr("Settings", "Saved to {path}. Phone, sound, CRM and team settings take effect when the "
                                    "console starts again.").format(path=self.path) if changes or secrets
                                 else _tr("Settings", "Nothing changed."))
            mark_problem(self.message, False)
        self.saved.emit(config)
        return not problems

    # -- devices -------------------------------------------------------------------------------
    def _devices_listed(self, *_args: object) -> None:
        raw = bytes(self._devices.readAllStandardOutput()[:65536]).decode("utf-8", "replace")
        try:
            answer = json.loads(raw.strip().splitlines()[-1]) if raw.strip() else {}
        except ValueError:
            answer = {}
        if not isinstance(answer, dict):
            return
        inputs = [str(x) for x in answer.get("inputs", []) if isinstance(x, str)]
        outputs = [str(x) for x in answer.get("outputs", []) if isinstance(x, str)]
        self.views["sound"].add_devices(inputs, outputs)

    def done(self, result: int) -> None:
        self.check.close()
        if self._devices.state() != QProcess.ProcessState.NotRunning:
            self._devices.kill()
            self._devices.waitForFinished(2000)
        super().done(result)
