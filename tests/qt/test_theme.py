"""Light and dark (issue 14): the dark theme is the light sheet with each colour swapped for its
dark partner, so every text colour must still read — WCAG AA, 4.5:1 — on what it is drawn on,
in both themes; "system" follows the desktop when it switches, without a restart."""
from __future__ import annotations

import re
from importlib import resources

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from console import theme

LIGHT_PANEL = "#ffffff"
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


def luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def colour(value: str) -> str | None:
    value = value.strip().lower()
    named = {"white": "#ffffff", "black": "#000000"}
    if value in named:
        return named[value]
    return value if re.fullmatch(r"#[0-9a-f]{6}", value) else None


def text_pairs(qss: str, panel: str):
    """(selector, text colour, background) for every rule that sets a text colour."""
    for selector, body in RULE.findall(re.sub(r"/\*.*?\*/", "", qss, flags=re.S)):
        props = dict(p.split(":", 1) for p in body.split(";") if ":" in p)
        props = {k.strip(): v for k, v in props.items()}
        text = colour(props.get("color", ""))
        if text is None:
            continue
        back = colour(props.get("background", "")) or panel
        yield selector.strip(), text, back


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_colour_reads_on_its_background(dark):
    qss = theme.sheet_for(resources.files("resources").joinpath("theme.qss").read_text(encoding="utf-8"), dark)
    panel = theme.DARK[LIGHT_PANEL] if dark else LIGHT_PANEL
    poor = []
    for selector, text, back in text_pairs(qss, panel):
        need = 3.0 if ":disabled" in selector or "emptyHint" in selector else 4.5  # WCAG: large/disabled text
        if contrast(text, back) < need:
            poor.append(f"{selector}: {text} on {back} = {contrast(text, back):.2f}")
    assert not poor, "\n".join(poor)


def test_every_light_colour_of_the_sheet_has_a_dark_partner():
    qss = resources.files("resources").joinpath("theme.qss").read_text(encoding="utf-8")
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", qss)}
    keep = {"#94600f", "#187a42", "#c53030", "#0f766e"}  # white on colour in both: the VIP badge, the call buttons
    assert used - keep - set(theme.DARK) == set()


def test_the_console_follows_the_desktop_and_a_chosen_theme(qapp, qtbot):
    look = theme.Theme(qapp, "system")
    label = QLabel("Board")
    qtbot.addWidget(label)
    look.own_sheet(label, "QLabel { color: #17212f; background: #ffffff; }")
    desktop = qapp.styleHints().colorSchemeChanged  # what the platform sends when the desktop switches
    try:
        desktop.emit(Qt.ColorScheme.Dark)
        assert look.dark
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
        assert "#e6ebf2" in label.styleSheet() and "#14181e" in qapp.styleSheet()
        desktop.emit(Qt.ColorScheme.Light)
        assert not look.dark
        assert "#17212f" in label.styleSheet() and "#f4f6f9" in qapp.styleSheet()
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
        assert look.choose("dark") == "dark"
        desktop.emit(Qt.ColorScheme.Light)
        assert look.dark, "a chosen theme stays whatever the desktop does"
        with pytest.raises(ValueError):
            look.choose("purple")
    finally:
        look.choose("light")
        look.close()
        qapp.setStyleSheet("")
