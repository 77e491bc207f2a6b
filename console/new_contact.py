"""'Create contact with this number': an unknown caller becomes a customer in the local CRM.

The number is filled in; the agent types the name (and company). The card is looked up again
so it shows the new customer at once.
"""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from console.plain_text import PlainLabel, shown
from crm_adapters.local.import_sources import CustomerRecord
from crm_adapters.local.importer import import_records

log = logging.getLogger(__name__)


class NewContactDialog(QDialog):
    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New contact")
        self.name = QLineEdit()
        self.name.setObjectName("contactName")
        self.company = QLineEdit()
        self.company.setObjectName("contactCompany")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.addRow("Number", PlainLabel(number))
        form.addRow("Name", self.name)
        form.addRow("Company", self.company)
        form.addRow(buttons)


def create_contact(database, number_e164: str, name: str, company: str, region: str) -> str:
    """Store the contact; returns "" on success, else the reason for the agent."""
    record = CustomerRecord(line=1, name=name.strip(), company=company.strip(), phones=[(number_e164, "")])
    report = import_records(database, [record], region)
    if report.imported == 1:
        return ""
    return "; ".join(str(p) for p in report.problems) or "the contact could not be stored"


def install(app) -> None:
    """Wire every card's 'Create contact' button to the dialog and the local CRM."""

    def on_request(call_id: str, number: str) -> None:
        if app.crm is None or app.crm.database is None:
            app.window.statusBar().showMessage("The local CRM is not available.", 8000)
            return
        dialog = NewContactDialog(number, app.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        problem = create_contact(app.crm.database, number, dialog.name.text(), dialog.company.text(),
                                 app.config.default_region)
        if problem:
            app.window.statusBar().showMessage(shown(f"Contact not saved: {problem}", 1000), 10000)
            return
        app.crm.chain.cache.forget(number) if app.crm.chain.cache is not None else None
        app.desk.look_up_again(call_id)

    app.desk.create_contact_requested.connect(on_request)
