"""The "Open in … CRM" link on a customer's card.

The address comes from the CRM record, so it is outside text like any other: it opens only if
it is a web address (http or https, a host, no user name or password in it), only in the
browser, and only after the agent has seen the whole address and said yes. Anything else
(``file:``, ``smb:``, ``javascript:`` …) is shown as text with a note that it was not opened.
"""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from console.plain_text import MAX_TEXT, PlainLabel, shown

log = logging.getLogger(__name__)

MAX_ADDRESS = 2048
WEB_SCHEMES = ("http", "https")
OWN_RECORDS = "agent-console:"  # the local CRM's own records: shown as a reference, nothing to open


def check_address(text: str) -> tuple[QUrl | None, str]:
    """(the address to open, "") when it is a plain web address, else (None, why not: in English,
    marked for :func:`said`)."""
    text = (text or "").strip()
    if not text:
        return None, QT_TRANSLATE_NOOP("RecordLink", "the address is empty")
    if len(text) > MAX_ADDRESS:
        return None, QT_TRANSLATE_NOOP("RecordLink", "the address is longer than 2048 characters")
    if any(ch.isspace() or not ch.isprintable() for ch in text):
        return None, QT_TRANSLATE_NOOP("RecordLink", "the address contains spaces or invisible characters")
    url = QUrl(text, QUrl.ParsingMode.TolerantMode)
    if not url.isValid():
        return None, QT_TRANSLATE_NOOP("RecordLink", "it is not a valid address")
    if url.scheme().lower() not in WEB_SCHEMES:
        return None, QT_TRANSLATE_NOOP("RecordLink", "only http and https addresses are opened from the card")
    if not url.host():
        return None, QT_TRANSLATE_NOOP("RecordLink", "the address names no web server")
    if url.userInfo():
        return None, QT_TRANSLATE_NOOP("RecordLink", "the address carries a user name or password")
    return url, ""


def said(reason: str) -> str:
    """A reason of :func:`check_address` in the agent's language."""
    return QCoreApplication.translate("RecordLink", reason)


class OpenAddressDialog(QDialog):
    """"Open this address in your browser?" with the whole address shown as plain text."""

    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open the CRM record"))
        question = QLabel(self.tr("Open this address in your browser?"))
        question.setTextFormat(Qt.TextFormat.PlainText)
        self.address = QPlainTextEdit()  # plain text by nature; wraps anywhere, so all of it is seen
        self.address.setObjectName("linkAddress")
        self.address.setReadOnly(True)
        self.address.setPlainText(address)
        self.address.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.address.setMaximumHeight(120)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.address)
        layout.addWidget(buttons)
        self.resize(520, 200)


class RecordLink(QWidget):
    """The link to the record, or — when the address is not a web address — the address as text
    and a note that it was not opened."""

    def __init__(self, address: str, crm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self.url, self.refused = check_address(address)
        self.dialog: OpenAddressDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if address.strip().lower().startswith(OWN_RECORDS):
            self.url, self.refused = None, "this console's own record"
            record = address.strip().rsplit("/", 1)[-1]
            self.link = PlainLabel(self.tr("Kept in this console's own CRM (record %1)").replace("%1", record), wrap=True,
                                   limit=MAX_TEXT)
        elif self.url is not None:
            self.link = QLabel(f'<a href="{html.escape(address, quote=True)}">'
                               + html.escape(self.tr("Open in %1 CRM").replace("%1", shown(crm)), quote=True) + "</a>")
            self.link.setTextFormat(Qt.TextFormat.RichText)
            self.link.setOpenExternalLinks(False)  # never straight to the desktop: ask first
            self.link.linkActivated.connect(lambda _href: self.ask())
        else:
            self.link = PlainLabel(self.tr("Record address from %1 not opened — %2: %3").replace("%1", crm)
                                   .replace("%2", said(self.refused)).replace("%3", address), wrap=True, limit=MAX_TEXT)
            # the customer's data stays out of the log: which CRM, and why
            log.warning("a link from the %s CRM was not offered: %s", shown(crm, 40), self.refused)
        self.link.setObjectName("crmLink")
        layout.addWidget(self.link)

    def ask(self) -> OpenAddressDialog | None:
        """Show the whole address and open it in the browser only if the agent says so."""
        if self.url is None:  # a refused address has no link; nothing to open
            log.warning("a refused CRM link was activated; not opened")
            return None
        self.dialog = OpenAddressDialog(self.address, self.window())
        self.dialog.accepted.connect(self._open)
        self.dialog.open()
        return self.dialog

    def _open(self) -> None:
        if self.url is not None:
            log.info("opening a CRM record in the browser")
            QDesktopServices.openUrl(self.url)
