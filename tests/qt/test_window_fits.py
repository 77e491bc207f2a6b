"""The whole console — every dock a lead or an agent has — fits a 1280×720 screen, in the light
and the dark theme, and the dark theme really darkens the window a lead looks at all day
(issue 14)."""
from __future__ import annotations

import pytest

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QDockWidget, QLineEdit, QPushButton

from console.config import AgentSettings


@pytest.fixture
def start(console_apps, tmp_path):
    def start_(role: str, theme: str):
        return console_apps(agent=AgentSettings(role=role), team_url=f"sqlite:///{tmp_path / 'team.db'}", theme=theme)

    yield start_
    QApplication.instance().setStyleSheet("")


def mean_lightness(widget) -> float:
    image = widget.grab().toImage()
    step = 16
    values = [QColor(image.pixel(x, y)).lightness() for x in range(0, image.width(), step)
              for y in range(0, image.height(), step)]
    return sum(values) / len(values)


@pytest.mark.parametrize("role", ["agent", "lead"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_part_of_the_window_fits_1280_by_720(qtbot, start, role, theme):
    app = start(role, theme)
    window = app.window
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, f"the window needs {hint.width()}×{hint.height()}"
    assert (window.width(), window.height()) == (1280, 720)
    for dock in window.findChildren(QDockWidget):
        if dock.isVisible() and not window.tabifiedDockWidgets(dock):
            assert dock.width() >= 150 and dock.height() >= 100, f"{dock.objectName()} is squeezed to " \
                                                                 f"{dock.width()}×{dock.height()}"
    squeezed = [f"{type(w).__name__} {w.accessibleName() or w.objectName()}: {w.height()} px of "
                f"{w.minimumSizeHint().height()}"
                for kind in (QLineEdit, QPushButton, QComboBox) for w in window.centralWidget().findChildren(kind)
                if w.isVisible() and w.height() < w.minimumSizeHint().height() - 2]
    assert not squeezed, "controls cut short:\n" + "\n".join(squeezed)
    lightness = mean_lightness(window)
    assert (lightness < 80) if theme == "dark" else (lightness > 170), lightness
