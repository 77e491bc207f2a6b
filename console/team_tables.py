"""The board's tables: one row per agent, call or waiting customer, kept by its id.

A table is filled from a team view many times a minute and its clocks tick every second, so a
row is made once and then only the cells whose text changed are touched: the selection, the
scroll position and a double-click in progress survive every update.

Text from other consoles (agent names, customer names, numbers) is outside text: it is shown
literally and capped (:func:`console.outside_text.shown`); a table cell never reads HTML.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from console import theme
from console.listed_words import away_reason
from console.model.agent_state import clock
from console.outside_text import MAX_LINE, shown
from console.plain_text import tooltip

MAX_ROWS = 500  # a team view from a broken or hostile store cannot make a table endless
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's id, on its first cell
STANDS_OUT_ROLE = Qt.ItemDataRole.UserRole + 2  # (on, alert, why) on a row that must catch the eye
INK_ROLE = Qt.ItemDataRole.UserRole + 4  # the cell's own text colour ("" = the theme's)
TIP_ROLE = Qt.ItemDataRole.UserRole + 3  # the cell's own tooltip (a row that stands out shows why instead)

# the theme's colours (resources/theme.qss)
INK, MUTED, FAINT = "#17212f", "#5b6778", "#8792a2"
WARN_BG, WARN_INK = "#fdf3e1", "#8a5a12"
ALERT_BG, ALERT_INK = "#fde8e8", "#9b1c1c"

STATE_COLOURS = {
    "ready": "#1f8f4e", "ringing": "#2b6cb0", "on_call": "#c05621", "wrap_up": "#b7791f",
    "away": "#8792a2", "monitoring": "#2c7a7b", "offline": "#c9d1dc",
}


def state_words(state: str, reason: str = "") -> str:
    """"Ready", "On a call", "Away — lunch", "Offline"."""
    words = {
        "ready": QCoreApplication.translate("TeamBoard", "Ready"), "ringing": QCoreApplication.translate("TeamBoard", "Ringing"), "on_call": QCoreApplication.translate("TeamBoard", "On a call"),
        "wrap_up": QCoreApplication.translate("TeamBoard", "Wrap-up"), "away": QCoreApplication.translate("TeamBoard", "Away"), "monitoring": QCoreApplication.translate("TeamBoard", "Monitoring"),
        "offline": QCoreApplication.translate("TeamBoard", "Offline"),
    }.get(state, shown(state, 40))
    if state == "away" and reason:
        return f"{words} — {shown(away_reason(reason), 40).replace('_', ' ')}"
    return words


def direction_words(direction: str) -> str:
    return {"inbound": QCoreApplication.translate("TeamBoard", "Inbound"), "outbound": QCoreApplication.translate("TeamBoard", "Outbound")}.get(direction, shown(direction, 40))


def call_state_words(state: str) -> str:
    return {"ringing": QCoreApplication.translate("TeamBoard", "Ringing"), "connected": QCoreApplication.translate("TeamBoard", "Talking"), "held": QCoreApplication.translate("TeamBoard", "On hold"),
            "wrap_up": QCoreApplication.translate("TeamBoard", "Wrap-up")}.get(state, shown(state, 40))


_dots: dict[str, QIcon] = {}


def state_dot(state: str) -> QIcon:
    """A small coloured dot for a state (made once per state)."""
    if state not in _dots:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATE_COLOURS.get(state, FAINT)))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _dots[state] = QIcon(pixmap)
    return _dots[state]


@dataclass
class Cell:
    """What one cell shows. ``since`` makes it a live clock (UNIX seconds it counts from)."""

    text: str = ""
    tip: str = ""
    since: float | None = None
    icon: str = ""  # a state whose dot to show
    align_right: bool = False
    ink: str = ""  # a colour for the text ("" = the theme's)
    bold: bool = False


class KeyedTable(QTableWidget):
    """A read-only table whose rows are kept by id and updated in place."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setObjectName("teamTable")
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.verticalHeader().setDefaultSectionSize(26)
        self._keys: list[str] = []
        self._clocks: dict[str, dict[int, float]] = {}  # row id → column → since
        self.elapsed = lambda since: 0.0  # set by the board: seconds from ``since`` to now

    # -- rows ---------------------------------------------------------------------------------
    def keys(self) -> list[str]:
        return list(self._keys)

    def row_of(self, key: str) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def key_at(self, row: int) -> str:
        return self._keys[row] if 0 <= row < len(self._keys) else ""

    def cell(self, key: str, column: int) -> QTableWidgetItem | None:
        row = self.row_of(key)
        return self.item(row, column) if row >= 0 else None

    def sync(self, rows: list[tuple[str, list[Cell]]]) -> None:
        """Show exactly ``rows``: gone ids lose their row, new ids get one at the end, kept ids
        keep their row (and its items) and only changed cells are set."""
        rows = rows[:MAX_ROWS]
        wanted = {key for key, _ in rows}
        for row in range(len(self._keys) - 1, -1, -1):
            if self._keys[row] not in wanted:
                self._clocks.pop(self._keys[row], None)
                del self._keys[row]
                self.removeRow(row)
        for key, cells in rows:
            row = self.row_of(key)
            if row < 0:
                row = len(self._keys)
                self._keys.append(key)
                self.insertRow(row)
            clocks = {}
            for column, cell in enumerate(cells):
                if cell.since is not None:
                    clocks[column] = cell.since
                    cell.text = clock(self.elapsed(cell.since))
                self._set(row, column, cell)
            self._clocks[key] = clocks

    def _set(self, row: int, column: int, cell: Cell) -> None:
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if column == 0:
                item.setData(KEY_ROLE, self._keys[row])
            self.setItem(row, column, item)
        text = shown(cell.text, MAX_LINE)  # outside text: literal (an item never reads HTML), capped
        if item.text() != text:
            item.setText(text)
        tip = tooltip(cell.tip) if cell.tip else ""
        item.setData(TIP_ROLE, tip)
        mark = self.item(row, 0).data(STANDS_OUT_ROLE) if self.item(row, 0) is not None else None
        if mark and mark[0]:
            tip = tooltip(mark[2])
        if item.toolTip() != tip:
            item.setToolTip(tip)
        if cell.icon and item.data(Qt.ItemDataRole.UserRole) != cell.icon:
            item.setData(Qt.ItemDataRole.UserRole, cell.icon)
            item.setIcon(state_dot(cell.icon))
        if (item.data(INK_ROLE) or "") != cell.ink:
            item.setData(INK_ROLE, cell.ink)
            if not (mark and mark[0]):
                item.setForeground(QBrush(QColor(theme.colour(cell.ink))) if cell.ink else QBrush())
        if item.font().bold() != cell.bold:
            font = item.font()
            font.setBold(cell.bold)
            item.setFont(font)
        align = (Qt.AlignmentFlag.AlignRight if cell.align_right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        if item.textAlignment() != int(align.value):
            item.setTextAlignment(align)

    def tick(self) -> None:
        """Move the clocks on: only cells whose text changes are set."""
        for row, key in enumerate(self._keys):
            for column, since in self._clocks.get(key, {}).items():
                item = self.item(row, column)
                text = clock(self.elapsed(since))
                if item is not None and item.text() != text:
                    item.setText(text)

    # -- standing out -------------------------------------------------------------------------
    def stand_out(self, key: str, why: str, alert: bool = False) -> None:
        """Colour the row ``key`` and give it a tooltip saying why; ``why`` "" makes it plain."""
        row = self.row_of(key)
        if row < 0:
            return
        first = self.item(row, 0)
        on = bool(why)
        if first is not None and first.data(STANDS_OUT_ROLE) == (on, alert, why):
            return  # nothing changed
        background = QBrush(QColor(theme.colour(ALERT_BG if alert else WARN_BG))) if on else QBrush()
        ink = QBrush(QColor(theme.colour(ALERT_INK if alert else WARN_INK))) if on else QBrush()
        for column in range(self.columnCount()):
            item = self.item(row, column)
            if item is None:
                continue
            item.setBackground(background)
            own = item.data(INK_ROLE) or ""
            item.setForeground(ink if on else (QBrush(QColor(theme.colour(own))) if own else QBrush()))
            item.setToolTip(tooltip(why) if on else (item.data(TIP_ROLE) or ""))
        if first is not None:
            first.setData(STANDS_OUT_ROLE, (on, alert, why))

    def stands_out(self, key: str) -> bool:
        item = self.cell(key, 0)
        return bool(item is not None and item.data(STANDS_OUT_ROLE) and item.data(STANDS_OUT_ROLE)[0])


def mask_name(name: str, role: str) -> str:
    """Leads see a customer's name whole; everyone else sees initials ("Peter Horváth" → "P. H.")."""
    if role == "lead" or not name:
        return name
    return " ".join(part[0] + "." for part in shown(name).split()[:3] if part)


class ViewClock:
    """Seconds since a moment in a team view, counted on this machine's steady clock from when
    the view was taken (so consoles whose wall clocks disagree still show the same clocks)."""

    def __init__(self, monotonic, wall) -> None:
        self.monotonic = monotonic
        self.wall = wall
        self.view_time = wall()
        self.seen_at = monotonic()

    def seen(self, taken_at: float) -> None:
        self.view_time = taken_at or self.wall()
        self.seen_at = self.monotonic()

    def elapsed(self, since: float) -> float:
        if not since:
            return 0.0
        return max(0.0, self.view_time - since + self.monotonic() - self.seen_at)


def fit_columns(table: KeyedTable, widths: list[int], right: tuple[int, ...] = (), stretch: int = -1) -> None:
    """Column widths; ``right``: columns of numbers and clocks (their titles align right too);
    ``stretch``: the column that takes the room left (default: the last)."""
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    for column in right:
        title = table.horizontalHeaderItem(column)
        if title is not None:
            title.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if stretch >= 0:
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
