"""Text from outside — caller names from SIP, customer fields from a CRM, imported files,
notes — is shown as plain text, never as rich text, and never bigger than the screen.

Why: Qt guesses whether a label's or tooltip's text is HTML. A caller named
``<img src=/dev/zero>`` made the console read that file until memory ran out, and
``<h1 style='color:red'>POLICE</h1>`` showed a huge red POLICE on every call from that number.
Every widget that shows outside text goes through this module, so the rule lives in one place:

* ``shown(text)``: what may be shown of it: control characters and the invisible bidi
  overrides that reorder the rest of the line are dropped, the length is capped;
* ``PlainLabel``: a label that never interprets its text and never asks for more width than the
  window has (one line is elided with "…"; the full text is still its ``text()``);
* ``tooltip(text)``, ``tab_title(text)``, ``for_notification(text)``: the same for tooltips,
  tab titles and desktop notifications, which have their own ways of interpreting text.
"""
from __future__ import annotations

import html
import sys

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QWidget

from console.outside_text import MAX_LINE, MAX_TAB, MAX_TEXT, shown  # noqa: F401 - the widgets' rule

NARROWEST = 40  # pixels: the least width a label needs; it elides below its natural width
WIDEST_HINT = 480  # pixels: the most width a label asks for when there is room


def tooltip(text: object, limit: int = MAX_TEXT) -> str:
    """A tooltip that shows ``text`` literally. Qt guesses whether a tooltip is HTML (from a
    "<" tag or an "&lt;"), so text that could be guessed so is given as escaped HTML."""
    clean = shown(text, limit, keep_lines=True)
    if "<" not in clean and "&" not in clean:
        return clean  # nothing Qt could take for HTML
    return "<p style='white-space:pre-wrap'>" + html.escape(clean, quote=True) + "</p>"


def for_html(text: object, limit: int = MAX_TEXT) -> str:
    """Outside text to be put inside HTML we build ourselves (a list of earlier interactions)."""
    return html.escape(shown(text, limit), quote=True)


def tab_title(text: object) -> str:
    """A tab title: short, and "&" is not a keyboard shortcut marker."""
    return shown(text, MAX_TAB).replace("&", "&&")


def for_notification(text: object, limit: int = MAX_LINE) -> str:
    """Text for the desktop's notification. On Linux the notification server reads the body as
    markup (the freedesktop "body-markup"), so it is escaped there; elsewhere it is plain."""
    clean = shown(text, limit)
    return html.escape(clean, quote=False) if sys.platform.startswith("linux") else clean


class PlainLabel(QLabel):
    """A label for text from outside: shown literally, capped, and never wider than the space it
    is given (a single line elides with "…"; a wrapped one wraps and is clipped)."""

    def __init__(self, text: object = "", name: str = "", wrap: bool = False, limit: int = MAX_LINE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._limit = limit
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        if name:
            self.setObjectName(name)
        self.setText(text)

    def setText(self, text: object) -> None:  # noqa: N802 (Qt name)
        super().setText(shown(text, self._limit, keep_lines=self.wordWrap()))

    def setTextFormat(self, _format: Qt.TextFormat) -> None:  # noqa: N802 - always plain, whatever a caller asks
        super().setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), NARROWEST), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(min(hint.width(), WIDEST_HINT), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802
        # (every label of a new card paints on the ringing path: the usual cases, wrapped or a
        # line that fits, are decided with as few calls into Qt as can be)
        if self.wordWrap():
            super().paintEvent(event)
            return
        text = self.text()
        margin = self.margin()
        if self.fontMetrics().horizontalAdvance(text) <= self.contentsRect().width() - 2 * margin:
            super().paintEvent(event)
            return
        # too long for one line: draw it cut with "…" (the label's text() stays whole)
        room = self.contentsRect().adjusted(margin, margin, -margin, -margin)
        painter = QPainter(self)
        self.drawFrame(painter)
        elided = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room.width())
        self.style().drawItemText(painter, room, int(self.alignment()), self.palette(), self.isEnabled(),
                                  elided, self.foregroundRole())
