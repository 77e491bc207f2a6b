"""Today's calls per hour, as a bar chart (pyqtgraph).

pyqtgraph (and numpy under it) is imported the first time the chart is shown, not when the
console starts: most agents never open the board.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from console import theme

BAR = "#3b6fb6"  # a calm blue that sits with the theme's greys
AXIS = "#5b6778"
WORKDAY = (8, 18)  # hours always on the axis, so a quiet morning does not squeeze the chart


def hours_shown(calls_per_hour: tuple[tuple[int, int], ...]) -> tuple[list[int], list[int]]:
    """The hours on the axis (the working day, widened to any hour with calls) and their calls."""
    counts = {int(h): max(0, int(n)) for h, n in calls_per_hour if 0 <= int(h) <= 23}
    busy = [h for h, n in counts.items() if n]
    first = min([WORKDAY[0], *busy])
    last = max([WORKDAY[1], *busy])
    hours = list(range(first, last + 1))
    return hours, [counts.get(h, 0) for h in hours]


class CallsPerHourChart(QFrame):
    """A bar chart of calls per hour; the plotting library loads when it is first shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callsPerHour")
        self.setMinimumHeight(100)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 6, 8, 4)
        self._data: tuple[tuple[int, int], ...] = ()
        self._shown_data: tuple | None = None
        self.plot = None  # the pyqtgraph PlotWidget, once made
        self._bars = None

    def set_data(self, calls_per_hour: tuple[tuple[int, int], ...]) -> None:
        self._data = tuple(calls_per_hour)
        if self.plot is not None:
            self._draw()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.ensure_plot()
        super().showEvent(event)

    def ensure_plot(self) -> None:
        if self.plot is not None:
            return
        import pyqtgraph as pg  # here, not at start-up: it pulls in numpy

        plot = pg.PlotWidget(background=theme.colour("#ffffff"))
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        item = plot.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.15)
        for side, label in (("bottom", QCoreApplication.translate("TeamBoard", "Hour of day")), ("left", QCoreApplication.translate("TeamBoard", "Calls"))):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(theme.colour(AXIS)))
            axis.setTextPen(pg.mkPen(theme.colour(AXIS)))
            axis.setLabel(label, color=theme.colour(AXIS))
        self.plot = plot
        self._pg = pg
        self._layout.addWidget(plot)
        self._draw()

    def _draw(self) -> None:
        hours, counts = hours_shown(self._data)
        if (hours, counts) == self._shown_data:
            return
        self._shown_data = (hours, counts)
        pg = self._pg
        item = self.plot.getPlotItem()
        if self._bars is not None:
            item.removeItem(self._bars)
        self._bars = pg.BarGraphItem(x=hours, height=counts, width=0.7, brush=pg.mkBrush(BAR), pen=pg.mkPen(None))
        item.addItem(self._bars)
        item.getAxis("bottom").setTicks([[(h, f"{h:02d}") for h in hours]])
        item.setXRange(hours[0] - 0.6, hours[-1] + 0.6, padding=0)
        item.setYRange(0, max([*counts, 4]) * 1.1, padding=0)

    def bars(self) -> list[tuple[int, int]]:
        """(hour, calls) as drawn, for tests and screen readers."""
        if self._bars is None:
            return []
        opts = self._bars.opts
        return [(int(x), int(h)) for x, h in zip(opts["x"], opts["height"])]
