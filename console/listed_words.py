"""Words from the lists the console ships, for translation: the disposition labels of
resources/dispositions.toml, the away reasons of ``[presence] away_reasons``, and the standard
dialog buttons Qt itself does not translate into every language.

lupdate reads no TOML, so the shipped labels are listed here (tests/unit/test_translation_files.py
fails when resources/dispositions.toml has a label that is missing). A site's own label or reason
has no translation and is shown as it is written.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

DISPOSITIONS = (
    QT_TRANSLATE_NOOP("dispositions", "Resolved"),
    QT_TRANSLATE_NOOP("dispositions", "Information given"),
    QT_TRANSLATE_NOOP("dispositions", "Change made (address, tariff, contact)"),
    QT_TRANSLATE_NOOP("dispositions", "Complaint settled"),
    QT_TRANSLATE_NOOP("dispositions", "Sale"),
    QT_TRANSLATE_NOOP("dispositions", "New contract"),
    QT_TRANSLATE_NOOP("dispositions", "Upgrade / upsell"),
    QT_TRANSLATE_NOOP("dispositions", "Offer declined"),
    QT_TRANSLATE_NOOP("dispositions", "Follow-up needed"),
    QT_TRANSLATE_NOOP("dispositions", "Call-back promised"),
    QT_TRANSLATE_NOOP("dispositions", "Escalated to team lead / 2nd level"),
    QT_TRANSLATE_NOOP("dispositions", "Waiting for the customer's documents"),
    QT_TRANSLATE_NOOP("dispositions", "No conversation"),
    QT_TRANSLATE_NOOP("dispositions", "Wrong number"),
    QT_TRANSLATE_NOOP("dispositions", "Call dropped"),
    QT_TRANSLATE_NOOP("dispositions", "Voicemail / answering machine"),
    QT_TRANSLATE_NOOP("dispositions", "Spam / abusive caller"),
)

# keyed by the reason's code: English shows the code itself, as `ctl state` takes it
AWAY_REASONS = (
    QT_TRANSLATE_NOOP("away_reasons", "break"),
    QT_TRANSLATE_NOOP("away_reasons", "lunch"),
    QT_TRANSLATE_NOOP("away_reasons", "training"),
    QT_TRANSLATE_NOOP("away_reasons", "meeting"),
    QT_TRANSLATE_NOOP("away_reasons", "back_office"),
)

# Qt's standard dialog buttons: Qt ships no Romanian for them (qtbase_ro.qm), so ours has them
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
)


def disposition_label(label: str) -> str:
    """A disposition's label in the agent's language (a site's own label as it is)."""
    return QCoreApplication.translate("dispositions", label)


def away_reason(reason: str) -> str:
    """An away reason in the agent's language: "lunch" -> "obed" (a site's own reason as it is)."""
    return QCoreApplication.translate("away_reasons", reason)
