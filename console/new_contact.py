"""'Create contact with this number': an unknown caller becomes a customer in the local CRM.

The number is filled in; the agent types the name (and company). The card is looked up again
so it shows the new customer at once.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from crm_adapters.local.adapter import LocalCrmAdapter
from crm_adapters.local.import_sources import CustomerRecord
from crm_adapters.local.importer import import_records

from console.features import FeatureApi
from console.plain_text import PlainLabel, shown

log = logging.getLogger(__name__)


class NewContactDialog(QDialog):
    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New contact"))
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
        form.addRow(self.tr("Number"), PlainLabel(number))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(buttons)


def create_contact(database, number_e164: str, name: str, company: str, region: str) -> str:
    """Store the contact; returns "" on success, else the reason for the agent."""
    record = CustomerRecord(line=1, name=name.strip(), company=company.strip(), phones=[(number_e164, "")])
    report = import_records(database, [record], region)
    if report.imported + report.updated + report.unchanged == 1:  # (already there: the same card, now current)
        return ""
    return "; ".join(str(p) for p in report.problems) or "the contact could not be stored"


def contact_book(crm) -> object | None:
    """Where a new contact goes: the database of the first configured local CRM (the one its
    ``url`` names, or the workstation file), so the next lookup finds it. None = no local CRM."""
    for _name, adapter in (crm.adapters if crm is not None else []):
        if isinstance(adapter, LocalCrmAdapter):
            return adapter.db
    return None


def _not_saved() -> str:
    return QCoreApplication.translate("NewContactDialog", "Contact not saved: %1")


def install_feature(api: FeatureApi) -> None:
    """Wire every card's 'Create contact' button to the dialog and the local CRM."""

    def on_request(call_id: str, number: str) -> None:
        crm = api.crm
        book = contact_book(crm)
        if book is None:
            api.tell(QCoreApplication.translate("NewContactDialog", "Contacts can only be created in the local CRM, "
                                                "and it is not running: add \"local\" to [crm] adapters in the "
                                                "settings."), 8000)
            return
        dialog = NewContactDialog(number, api.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, company, region = dialog.name.text(), dialog.company.text(), api.config.default_region

        def saved(problem: str) -> None:
            if problem:
                api.tell(shown(_not_saved().replace("%1", problem), 1000), 10000)
                return
            if crm.chain.cache is not None:
                crm.chain.cache.forget(number)
            api.desk.look_up_again(call_id)

        # written in the background (the CRM's database may be busy or far away), then looked up again
        api.background.run(lambda: create_contact(book, number, name, company, region), saved,
                           lambda exc: api.tell(shown(_not_saved().replace("%1", str(exc)), 1000), 10000),
                           name="creating a contact")

    api.desk.create_contact_requested.connect(on_request)
