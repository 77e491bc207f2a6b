"""The language the console speaks: English, Slovak, Czech, Romanian or Russian.

``[desktop] language`` chooses it ("auto" = the computer's own, English when that is none of
the five). Choosing one installs the console's translation (``resources/translations/
agent_console_XX.qm``, made by ``scripts/update-translations``) and Qt's own (the standard
dialog buttons), and makes it the default locale, so console/format.py writes dates, money and
numbers the language's way. ``ctl language XX`` switches while calls go on: Qt sends every widget
a LanguageChange event, and a widget built in code words itself again through ``follow_language``.

The pattern for a view: put every ``tr()`` text in one method and call it from ``__init__`` and
on a language change::

    class TeamList(QWidget):
        def __init__(self):
            ...
            follow_language(self, self.retranslate)   # calls it now and on every switch

        def retranslate(self):
            self.title.setText(self.tr("Colleagues"))

Qt is imported inside the functions: the configuration reads CHOICES without starting Qt.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGES = ("en", "sk", "cs", "ro", "ru")  # English is the source language: its .qm has plural forms only
CHOICES = ("auto", *LANGUAGES)
NAMES = {"en": "English", "sk": "Slovenčina", "cs": "Čeština", "ro": "Română", "ru": "Русский"}


class UnknownLanguage(ValueError):
    pass


def translation_file(code: str):
    """The compiled translation of ``code`` in the package (a Traversable)."""
    return resources.files("resources").joinpath(f"translations/agent_console_{code}.qm")


def resolve(choice: str, system_name: str | None = None) -> str:
    """The language for ``choice``: itself, or for "auto" the system's ("sk_SK" -> "sk"), English
    when the system speaks none of the five."""
    choice = (choice or "auto").strip().lower()
    if choice not in CHOICES:
        raise UnknownLanguage(f"{choice!r} is not a console language: choose one of {', '.join(CHOICES)}")
    if choice != "auto":
        return choice
    if system_name is None:
        from PySide6.QtCore import QLocale

        system_name = QLocale.system().name()
    code = (system_name or "").split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def locale_for(code: str, system):
    """How ``code`` writes dates and numbers: the system's own way when it speaks that language
    (Romanian in Moldova stays Moldovan), else the language's usual country; English on a bare
    "C" system is British (day first, grouped thousands)."""
    from PySide6.QtCore import QLocale

    if system.language() != QLocale.Language.C and system.name().split("_")[0] == code:
        return system
    if code == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(code)


class Languages:
    """The installed translators of the running application; one per console."""

    def __init__(self, app) -> None:  # app: the QCoreApplication
        self.app = app
        self.code = "en"
        self._installed: list = []

    def use(self, choice: str) -> str:
        """Switch to ``choice`` ("auto" or a code); returns the language now spoken. Widgets get a
        LanguageChange event. A missing .qm leaves that part in English and says so in the log."""
        from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

        code = resolve(choice)
        self.remove()
        # English too: its .qm holds the plural forms ("1 agent" / "2 agents"). Qt's own (the
        # standard buttons) goes second, so it is asked first; Qt has none for Romanian: those
        # buttons are in ours (console/listed_words.py).
        files = [str(translation_file(code))]
        qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{code}.qm"
        if code != "en" and qt_own.exists():
            files.append(str(qt_own))
        for path in files:
            translator = QTranslator(self.app)
            if translator.load(path):
                self.app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("translation %s could not be loaded: that part stays in English", path)
        QLocale.setDefault(locale_for(code, QLocale.system()))
        self.code = code
        log.info("language: %s", code)
        return code

    def remove(self) -> None:
        """Take this console's translations out of the application (English source texts again)."""
        for old in self._installed:
            self.app.removeTranslator(old)
        self._installed = []


def follow_language(widget, retranslate: Callable[[], None], *, now: bool = True):
    """Call ``retranslate`` now and whenever ``widget`` hears of a new language. The watcher is a
    child of the widget: it goes when the widget goes."""
    from PySide6.QtCore import QEvent, QObject

    class _Watch(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if watched is widget and event.type() == QEvent.Type.LanguageChange:
                retranslate()
            return False

    watch = _Watch(widget)
    widget.installEventFilter(watch)
    if now:
        retranslate()
    return watch
