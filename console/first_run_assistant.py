"""The first-run assistant: from nothing to a working console in four pages — who you are, how
calls reach you (the office phone system, or direct calls between desks), where customers come
from (your own list imported from a CSV/vCard file, the demo customers, a REST service or a
vendor CRM), and a test call to yourself after the console restarts with the new settings.

It writes the same config file and keyring entries as the settings dialog (console/config_edit.py,
console/secrets.py), and its Test and Import buttons run child processes, never on the GUI thread.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .config import Config, ConfigError, default_config_path
from .config_edit import write_config
from .secrets import SecretNotKept, set_secret
from .settings_check import Line, SettingsCheck, console_command, one_line

MAX_REPORT = 64 * 1024


def _tr(context: str, text: str) -> str:
    """A text of the assistant, in the agent's language (lupdate reads it as QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(context, text)


def agent_id_for(name: str) -> str:
    """"Jana Nováková" -> "jana.novakova": an id a team store and a SIP user part accept."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", ".", plain).strip(".")[:64] or "agent"


def _line(placeholder: str = "", secret: bool = False, name: str = "") -> QLineEdit:
    line = QLineEdit()
    line.setPlaceholderText(placeholder)
    line.setAccessibleName(name or placeholder)
    if secret:
        line.setEchoMode(QLineEdit.EchoMode.Password)
    return line


def _result_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _show(label: QLabel, lines: list[Line]) -> None:
    label.setText("\n".join(f"{'✓' if line.ok else '✗'} {line.text}" for line in lines))


class YouPage(QWizardPage):
    def __init__(self, config: Config) -> None:
        super().__init__()
        self.setTitle(_tr("FirstRun", "Who you are"))
        self.setSubTitle(_tr("FirstRun", "Colleagues and team leads see you under this name."))
        self.name = _line("Jana Nováková", name=_tr("FirstRun", "Your name"))
        self.agent_id = _line("jana.novakova", name=_tr("FirstRun", "Agent id"))
        self.role = QComboBox()
        self.role.setAccessibleName(_tr("FirstRun", "Role"))
        self.role.addItem(_tr("FirstRun", "Agent"), "agent")
        self.role.addItem(_tr("FirstRun", "Trainee"), "trainee")
        self.role.addItem(_tr("FirstRun", "Team lead"), "lead")
        self.role.setCurrentIndex(max(0, self.role.findData(config.agent.role)))
        if config.path is not None:  # run again from the menu: start from what is set
            self.name.setText(config.agent.name)
            self.agent_id.setText(config.agent.id)
        self._id_typed = False
        self.name.textEdited.connect(self._suggest_id)
        self.agent_id.textEdited.connect(lambda _t: setattr(self, "_id_typed", True))
        form = QFormLayout(self)
        form.addRow(_tr("FirstRun", "Your name"), self.name)
        form.addRow(_tr("FirstRun", "Agent id"), self.agent_id)
        form.addRow(_tr("FirstRun", "Role"), self.role)
        self.registerField("name*", self.name)

    def _suggest_id(self, name: str) -> None:
        if not self._id_typed:
            self.agent_id.setText(agent_id_for(name))

    def changes(self) -> dict[str, dict[str, Any]]:
        return {"agent": {"name": self.name.text().strip(), "id": self.agent_id.text().strip() or
                          agent_id_for(self.name.text()), "role": self.role.currentData()}}


class PhonePage(QWizardPage):
    def __init__(self, assistant: FirstRunAssistant) -> None:
        super().__init__()
        self.assistant = assistant
        self.setTitle(_tr("FirstRun", "How calls reach you"))
        self.setSubTitle(_tr("FirstRun", "Through your office phone system, or straight from desk to desk without one."))
        self.use_pbx = QRadioButton(_tr("FirstRun", "Through the office phone system (SIP account)"))
        self.direct = QRadioButton(_tr("FirstRun", "Direct calls between desks (no phone system)"))
        self.use_pbx.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_pbx)
        group.addButton(self.direct)
        self.registrar = _line("pbx.example.com:5060", name=_tr("FirstRun", "Registrar"))
        self.user = _line("101", name=_tr("FirstRun", "User"))
        self.password = _line(_tr("FirstRun", "kept in the system keyring"), secret=True, name=_tr("FirstRun", "Password"))
        self.listen = _line("0.0.0.0:5060", name=_tr("FirstRun", "Listen on"))
        self.listen.setText("0.0.0.0:5060")
        sip = assistant.config.sip
        if assistant.config.path is not None:
            self.registrar.setText(sip.registrar)
            self.user.setText(sip.user)
            self.listen.setText(sip.listen)
            self.direct.setChecked(not sip.registrar)
        self.test = QPushButton(_tr("FirstRun", "Test"))
        self.test.setAccessibleName(_tr("FirstRun", "Test the phone settings"))
        self.result = _result_label()
        pbx = QWidget()
        form = QFormLayout(pbx)
        form.addRow(_tr("FirstRun", "Registrar"), self.registrar)
        form.addRow(_tr("FirstRun", "User"), self.user)
        form.addRow(_tr("FirstRun", "Password"), self.password)
        desk = QWidget()
        desk_form = QFormLayout(desk)
        desk_form.addRow(_tr("FirstRun", "Listen on"), self.listen)
        desk_form.addRow(QLabel(_tr("FirstRun", "Colleagues call you at sip:YOUR-ID@THIS-COMPUTER:PORT.")))
        self.stack = QStackedWidget()
        self.stack.addWidget(pbx)
        self.stack.addWidget(desk)
        self.use_pbx.toggled.connect(lambda on: self.stack.setCurrentIndex(0 if on else 1))
        self.test.clicked.connect(self._test)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_pbx)
        layout.addWidget(self.direct)
        layout.addWidget(self.stack)
        row = QHBoxLayout()
        row.addWidget(self.test)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def changes(self) -> dict[str, dict[str, Any]]:
        if self.direct.isChecked():
            return {"sip": {"registrar": "", "user": "", "listen": self.listen.text().strip() or "0.0.0.0:5060"}}
        return {"sip": {"registrar": self.registrar.text().strip(), "user": self.user.text().strip()}}

    def secrets(self) -> dict[str, str]:
        return {"sip": self.password.text()} if self.use_pbx.isChecked() and self.password.text() else {}

    def _test(self) -> None:
        self.test.setEnabled(False)
        self.result.setText(_tr("FirstRun", "Testing…"))
        self.assistant.run_check("sip", self.changes(), self.secrets(), self._tested)

    def _tested(self, lines: list[Line]) -> None:
        self.test.setEnabled(True)
        _show(self.result, lines)


def vendors() -> dict[str, tuple[str, tuple[tuple[str, str, str, str], ...]]]:
    """choice -> (adapter, fields: (key, label, secret name or "", placeholder)), in the agent's language."""
    return {
        "rest": ("rest", (("template", _tr("FirstRun", "Template file"), "", "acme.toml"),
                          ("base_url", _tr("FirstRun", "Address"), "", "https://crm.example.com/api"),
                          ("token", _tr("FirstRun", "Token"), "rest_token", ""))),
        "hubspot": ("hubspot", (("token", _tr("FirstRun", "Private app token"), "hubspot_token", ""),)),
        "zendesk": ("zendesk", (("subdomain", _tr("FirstRun", "Subdomain"), "", "mycompany"),
                                ("email", _tr("FirstRun", "Agent e-mail"), "", "agent@mycompany.com"),
                                ("token", _tr("FirstRun", "API token"), "zendesk_token", ""))),
        "odoo": ("odoo", (("base_url", _tr("FirstRun", "Address"), "", "https://mycompany.odoo.com"),
                          ("database", _tr("FirstRun", "Database"), "", "mycompany"),
                          ("login", _tr("FirstRun", "Login"), "", "agent@mycompany.com"),
                          ("api_key", _tr("FirstRun", "API key"), "odoo_api_key", ""))),
    }


SECRET_KEYS = {"token": "token_secret", "api_key": "api_key_secret"}  # the key naming the keyring entry


class CustomersPage(QWizardPage):
    def __init__(self, assistant: FirstRunAssistant) -> None:
        super().__init__()
        self.assistant = assistant
        self.setTitle(_tr("FirstRun", "Where your customers come from"))
        self.setSubTitle(_tr("FirstRun", "The console recognises callers from these. You can add more CRMs later in Settings."))
        self.choice = QComboBox()
        self.choice.setAccessibleName(_tr("FirstRun", "Customers from"))
        for data, text in (("file", _tr("FirstRun", "My own list: import a CSV or vCard file")),
                           ("demo", _tr("FirstRun", "The demo customers (to try the console)")),
                           ("rest", _tr("FirstRun", "Our own CRM with a REST API (a template)")),
                           ("hubspot", "HubSpot"), ("zendesk", "Zendesk"), ("odoo", "Odoo")):
            self.choice.addItem(text, data)
        self.stack = QStackedWidget()
        self.file = _line(_tr("FirstRun", "customers.csv or contacts.vcf"), name=_tr("FirstRun", "File to import"))
        browse = QPushButton(_tr("FirstRun", "Browse…"))
        browse.clicked.connect(self._browse)
        self.import_button = QPushButton(_tr("FirstRun", "Import now"))
        self.import_button.clicked.connect(self._import)
        file_page = QWidget()
        file_row = QHBoxLayout(file_page)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        file_row.addWidget(self.import_button)
        self.stack.addWidget(file_page)
        demo_page = QWidget()
        demo_row = QHBoxLayout(demo_page)
        self.demo_button = QPushButton(_tr("FirstRun", "Load the demo customers"))
        self.demo_button.clicked.connect(self._load_demo)
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        self.stack.addWidget(demo_page)
        self.vendor_inputs: dict[str, dict[str, QLineEdit]] = {}
        for choice, (_adapter, fields) in vendors().items():
            page = QWidget()
            form = QFormLayout(page)
            inputs = {}
            for key, label, secret, placeholder in fields:
                inputs[key] = _line(placeholder, secret=bool(secret), name=label)
                form.addRow(label, inputs[key])
            self.vendor_inputs[choice] = inputs
            self.stack.addWidget(page)
        self.choice.currentIndexChanged.connect(self.stack.setCurrentIndex)
        self.result = _result_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.stack)
        layout.addWidget(self.result)
        self._process: QProcess | None = None

    @property
    def picked(self) -> str:
        return str(self.choice.currentData())

    def changes(self) -> dict[str, dict[str, Any]]:
        if self.picked in ("file", "demo"):
            return {"crm": {"adapters": ["local"]}}
        adapter, fields = vendors()[self.picked]
        table: dict[str, Any] = {"type": adapter}
        for key, _label, secret, _placeholder in fields:
            if secret:
                table[SECRET_KEYS[key]] = secret
            elif self.vendor_inputs[self.picked][key].text().strip():
                table[key] = self.vendor_inputs[self.picked][key].text().strip()
        return {"crm": {"adapters": [adapter, "local"]}, f"crm.{adapter}": table}

    def secrets(self) -> dict[str, str]:
        if self.picked not in vendors():
            return {}
        _adapter, fields = vendors()[self.picked]
        return {secret: self.vendor_inputs[self.picked][key].text() for key, _l, secret, _p in fields
                if secret and self.vendor_inputs[self.picked][key].text()}

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, _tr("FirstRun", "Customers to import"), str(Path.home()),
                                              _tr("FirstRun", "Customer lists (*.csv *.vcf)"))
        if name:
            self.file.setText(name)

    def _import(self) -> None:
        path = self.file.text().strip()
        if not path:
            self.result.setText(_tr("FirstRun", "Choose the file first."))
            return
        self._run(["crm", "import", path])

    def _load_demo(self) -> None:
        self._run(["crm", "load-demo"])

    def _run(self, args: list[str]) -> None:
        if self._process is not None:
            return
        config_args = ["--config", str(self.assistant.path)] if self.assistant.path.exists() else []
        program, *rest = console_command(*config_args, *args)
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.finished.connect(self._ran)
        self._process = process
        self.import_button.setEnabled(False)
        self.demo_button.setEnabled(False)
        self.result.setText(_tr("FirstRun", "Working…"))
        process.start(program, rest)

    def _ran(self, code: int, _status: object) -> None:
        process, self._process = self._process, None
        self.import_button.setEnabled(True)
        self.demo_button.setEnabled(True)
        if process is None:
            return
        text = bytes(process.readAll()[:MAX_REPORT]).decode("utf-8", "replace")
        lines = [one_line(line, 300) for line in text.splitlines() if line.strip()][:12]
        self.result.setText(("✓ " if code in (0, 3) else "✗ ") + "\n".join(lines or [f"exit {code}"]))
        process.deleteLater()


class FinishPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_tr("FirstRun", "A test call"))
        self.setSubTitle(_tr("FirstRun", "Finish saves the settings and restarts the console with them."))
        self.test_call = QCheckBox(_tr("FirstRun", "Then ring me with a test call, so I can check I hear and am heard"))
        self.test_call.setChecked(True)
        self.message = _result_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.test_call)
        layout.addWidget(self.message)
        layout.addStretch(1)


class FirstRunAssistant(QWizard):
    """`finished_with(config, test_call)` is called after Finish saved everything."""

    def __init__(self, config: Config, on_done: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("FirstRun", "Set up Agent Console"))
        self.setObjectName("firstRunAssistant")
        self.config = config
        self.path = Path(config.path) if config.path else default_config_path()
        self.on_done = on_done
        self.check = SettingsCheck(self)
        self._checked: Any = None
        self.check.finished.connect(self._check_done)
        self.you = YouPage(config)
        self.phone = PhonePage(self)
        self.customers = CustomersPage(self)
        self.finish = FinishPage()
        for page in (self.you, self.phone, self.customers, self.finish):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, _tr("FirstRun", "Finish and restart"))
        self.resize(720, 460)

    def run_check(self, area: str, changes: dict, secrets: dict, done: Any) -> None:
        if self.check.running:
            return
        self._checked = done
        self.check.start(self.path, changes, secrets, area)

    def _check_done(self, lines: list[Line]) -> None:
        done, self._checked = self._checked, None
        if done is not None:
            done(lines)

    def changes(self) -> dict[str, dict[str, Any]]:
        merged: dict[str, dict[str, Any]] = {}
        for page in (self.you, self.phone, self.customers):
            for table, values in page.changes().items():
                merged.setdefault(table, {}).update(values)
        return merged

    def secrets(self) -> dict[str, str]:
        return {**self.phone.secrets(), **self.customers.secrets()}

    def accept(self) -> None:
        try:
            config = write_config(self.path, self.changes())
        except (ConfigError, OSError) as exc:
            self.finish.message.setText(_tr("FirstRun", "Not saved: ") + str(exc))
            return
        problems = []
        for name, value in self.secrets().items():
            try:
                set_secret(name, value)
            except SecretNotKept as exc:
                problems.append(str(exc))
        if problems:
            self.finish.message.setText(_tr("FirstRun", "Saved, but: ") + " ".join(problems))
        self.check.close()
        super().accept()
        if self.on_done is not None:
            self.on_done(config, self.finish.test_call.isChecked())
