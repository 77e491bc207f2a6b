"""Light and dark, following the system: resources/theme.qss is written in the light colours;
the dark theme is the same sheet with each colour swapped for its dark partner (one table,
DARK below), and Qt's Fusion palette for the widgets the sheet does not colour (dialogs, tables,
text fields). `[desktop] theme = "system" | "light" | "dark"`; with "system" the console follows
the desktop when it switches (QStyleHints.colorSchemeChanged), without a restart.

Widgets with a sheet of their own (the team board) register it with `own_sheet(widget, qss)` so
they change with the rest. Every text colour of the dark theme reads at least WCAG AA (4.5:1)
on the dark panel (tests/qt/test_theme.py checks the table).
"""
from __future__ import annotations

import re
import weakref
from importlib import resources

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEMES = ("system", "light", "dark")

# light colour (as written in the sheets) -> its dark partner
DARK: dict[str, str] = {
    "#f4f6f9": "#14181e",  # window
    "#ffffff": "#1c222b",  # panels, cards, text boxes
    "#dde2ea": "#2c3440",  # panel borders
    "#17212f": "#e6ebf2",  # main text
    "#3c4757": "#c3cbd6",  # secondary text
    "#5b6778": "#9aa6b6",  # muted text, titles
    "#8792a2": "#8b96a6",  # hints
    "#a7b0bd": "#6b7685",  # disabled text
    "#e6ebf2": "#2a323d",  # tabs, chips
    "#eef2f7": "#262d37",  # hover, chips
    "#e9edf3": "#1a1f27",  # status bar
    "#c9d1dc": "#3a4452",  # button borders
    "#e1e6ed": "#2c3440",  # disabled borders
    "#e3f4e8": "#173524", "#1d6b37": "#7fd6a0",  # a CRM that answered
    "#fde8e8": "#3d1a1a", "#9b1c1c": "#ff9b9b",  # a CRM that failed, overdue
    "#bfe0cc": "#1f3d2c", "#f1c4c4": "#4a2323",  # disabled answer / hang up
    "#fff8e6": "#3a3116", "#5c4400": "#f2d68a", "#f0dba8": "#6b5a26",  # the customer's CRM notes
    "#1d4ed8": "#60a5fa",  # the keyboard focus ring
    "#b3261e": "#ff8a80",  # a problem said in text
    # the team board
    "#fdf3e1": "#3a2e14", "#8a5a12": "#f0c674",  # a warning cell (long call, late customer)
    "#f8fafc": "#20262f", "#dbe7f7": "#2a3b55",  # alternate rows, selection
    "#e8f0fb": "#1e2a3b", "#b6cbe8": "#34507a",  # the "join the line" banner
}
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def sheet_for(qss: str, dark: bool) -> str:
    """The sheet in the light colours (as written) or with each swapped for its dark partner."""
    if not dark:
        return qss
    return _HEX.sub(lambda m: DARK.get(m.group(0).lower(), m.group(0)), qss)


def colour(light: str) -> str:
    """A colour written in the light theme, as the current theme shows it (for cells and charts
    that are painted in code, not by a sheet; they pick it up at their next paint or refresh)."""
    if _current is not None and _current.dark:
        return DARK.get(light.lower(), light)
    return light


def _dark_palette() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#14181e", QPalette.ColorRole.WindowText: "#e6ebf2",
        QPalette.ColorRole.Base: "#1c222b", QPalette.ColorRole.AlternateBase: "#222933",
        QPalette.ColorRole.Text: "#e6ebf2", QPalette.ColorRole.Button: "#222933",
        QPalette.ColorRole.ButtonText: "#e6ebf2", QPalette.ColorRole.Highlight: "#2f5fd0",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#222933",
        QPalette.ColorRole.ToolTipText: "#e6ebf2", QPalette.ColorRole.PlaceholderText: "#7d8898",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.Mid: "#3a4452",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7685"))
    return p


class Theme(QObject):
    """The application's look; one per console."""

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self.app = app
        self.choice = choice if choice in THEMES else "system"
        self.base = resources.files("resources").joinpath("theme.qss").read_text(encoding="utf-8")
        global _original_palette
        if _original_palette is None:  # the desktop's own, before any theme of ours changed it
            _original_palette = QPalette(app.palette())
        self._light_palette = _original_palette
        self._own: list[tuple[weakref.ref, str]] = []
        self.dark = False
        self._closed = False
        self.system_scheme = app.styleHints().colorScheme()
        app.styleHints().colorSchemeChanged.connect(self._desktop_switched)
        self.apply()

    def _desktop_switched(self, scheme: Qt.ColorScheme) -> None:
        """The desktop went light or dark (the platform tells; the value comes with the signal)."""
        self.system_scheme = scheme
        self.apply()

    @property
    def name(self) -> str:
        return "dark" if self.dark else "light"

    def choose(self, choice: str) -> str:
        if choice not in THEMES:
            raise ValueError(f"the theme is one of {', '.join(THEMES)}, not {choice!r}")
        self.choice = choice
        return self.apply()

    def apply(self) -> str:
        if self.choice == "system":
            self.dark = self.system_scheme == Qt.ColorScheme.Dark
        else:
            self.dark = self.choice == "dark"
        if self.dark:
            self.app.setStyle("Fusion")  # the native styles ignore a dark palette on some desktops
            self.app.setPalette(_dark_palette())
        else:
            self.app.setPalette(self._light_palette)
        self.app.setStyleSheet(sheet_for(self.base, self.dark))
        alive = []
        for ref, qss in self._own:
            widget = ref()
            if widget is not None and shiboken6.isValid(widget):  # (Qt may have deleted it already)
                widget.setStyleSheet(sheet_for(qss, self.dark))
                alive.append((ref, qss))
        self._own = alive
        return self.name

    def close(self) -> None:
        """This console's look ends (it shuts down, or another is installed): no longer follow."""
        if self._closed:
            return
        self._closed = True
        try:
            self.app.styleHints().colorSchemeChanged.disconnect(self._desktop_switched)
        except (RuntimeError, TypeError):
            pass
        self._own = []

    def own_sheet(self, widget: QWidget, qss: str) -> None:
        """A widget's own sheet, in the light colours; it follows the theme from now on."""
        self._own.append((weakref.ref(widget), qss))
        widget.setStyleSheet(sheet_for(qss, self.dark))


_current: Theme | None = None
_original_palette: QPalette | None = None


def install(app: QApplication, choice: str = "system") -> Theme:
    global _current
    if _current is not None:
        _current.close()
    _current = Theme(app, choice)
    return _current


def own_sheet(widget: QWidget, qss: str) -> None:
    """Give `widget` its own sheet (written in the light colours) that follows the theme."""
    if _current is not None:
        _current.own_sheet(widget, qss)
    else:
        widget.setStyleSheet(qss)


def current() -> Theme | None:
    return _current
