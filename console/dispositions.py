"""Disposition codes: a tree the site configures, and a picker the agent drives by keyboard.

Why a tree: sites have dozens of codes; grouping ("Sale" → "New contract") plus a search box
lets an agent find one in two keystrokes without the mouse. The tree is read from TOML
(``resources/dispositions.toml`` or ``[dispositions] file``) with clear errors for bad files.
Why compact: between calls the picker is one line (the search box and an "All codes" button);
the tree opens under it while the agent types or browses, and closes once a code is chosen.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.languages import follow_language
from console.listed_words import disposition_label
from console.plain_text import PlainLabel, shown, tooltip


class DispositionError(Exception):
    """The dispositions file cannot be used; the message names the file and the problem."""


@dataclass
class Disposition:
    code: str
    label: str
    keywords: str = ""
    children: list[Disposition] = field(default_factory=list)

    def matches(self, words: list[str]) -> bool:
        hay = f"{self.code} {self.label} {disposition_label(self.label)} {self.keywords}".lower()  # either language
        return all(w in hay for w in words)


def load_dispositions(path: str | Path = "") -> list[Disposition]:
    """The tree from ``path`` ("" = the built-in default)."""
    where = str(path) if path else "resources/dispositions.toml"
    try:
        text = Path(path).read_text(encoding="utf-8") if path else \
            resources.files("resources").joinpath("dispositions.toml").read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except OSError as exc:
        raise DispositionError(f"{where}: cannot read the dispositions file ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise DispositionError(f"{where}: not valid TOML: {exc}") from None
    seen: set[str] = set()

    def build(items: object, trail: str) -> list[Disposition]:
        if not isinstance(items, list):
            raise DispositionError(f"{where}: {trail} must be a list of [[disposition]] tables")
        out = []
        for i, item in enumerate(items, 1):
            if not isinstance(item, dict) or not str(item.get("code", "")).strip():
                raise DispositionError(f"{where}: {trail} #{i} needs a code = \"…\"")
            code = str(item["code"]).strip()
            if code in seen:
                raise DispositionError(f"{where}: code {code!r} appears twice")
            seen.add(code)
            out.append(Disposition(code, str(item.get("label") or code), str(item.get("keywords", "")),
                                   build(item.get("children", []), f"children of {code!r}")))
        return out

    tree = build(data.get("disposition", []), "disposition")
    if not tree:
        raise DispositionError(f"{where}: no [[disposition]] codes in the file")
    return tree


def all_codes(tree: list[Disposition]) -> dict[str, Disposition]:
    found: dict[str, Disposition] = {}
    for item in tree:
        found[item.code] = item
        found.update(all_codes(item.children))
    return found


class DispositionPicker(QFrame):
    """Search box over the tree. Type to filter, arrows to move, Enter to choose; Escape closes
    the tree."""

    chosen = Signal(str)  # the code

    def __init__(self, tree: list[Disposition], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.codes = all_codes(tree)
        self.title = title = QLabel()
        title.setObjectName("panelTitle")
        self._code = ""  # the code shown as chosen
        self.current = PlainLabel("")  # labels come from the site's file: plain text
        self.search = QLineEdit()
        self.search.setProperty("hotkey", "disposition")
        self.browse = QToolButton()
        self.browse.setObjectName("browseCodes")
        self.browse.setCheckable(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMaximumHeight(150)
        self.tree.setTabKeyNavigation(False)
        self.tree.hide()  # compact until needed
        self.browse.toggled.connect(self._browse)
        self.search.textEdited.connect(lambda text: self.tree.setVisible(bool(text) or self.browse.isChecked()))
        self._items: dict[str, QTreeWidgetItem] = {}
        self._fill(tree, self.tree.invisibleRootItem())
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._choose_current)
        self.tree.itemActivated.connect(lambda item, _col: self.choose(item.data(0, Qt.ItemDataRole.UserRole)))
        self.search.installEventFilter(self)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.current, 1)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(row)
        layout.addWidget(self.tree)
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.title.setText(self.tr("DISPOSITION"))
        self.search.setPlaceholderText(self.tr("Search codes… (Enter chooses)"))
        self.search.setAccessibleName(self.tr("Search disposition codes"))
        self.search.setToolTip(self.tr("Type part of a code's name; arrows move, Enter chooses"))
        self.browse.setText(self.tr("All codes ▾"))
        self.browse.setAccessibleName(self.tr("Show all disposition codes"))
        self.browse.setToolTip(self.tr("Show all disposition codes"))
        self.tree.setAccessibleName(self.tr("Disposition codes"))
        for code, node in self._items.items():
            node.setText(0, shown(disposition_label(self.codes[code].label)))
        self.show_choice(self._code)

    def _fill(self, items: list[Disposition], parent: QTreeWidgetItem) -> None:
        for d in items:
            node = QTreeWidgetItem(parent, [shown(disposition_label(d.label))])
            node.setData(0, Qt.ItemDataRole.UserRole, d.code)
            node.setToolTip(0, tooltip(d.code))
            self._items[d.code] = node
            self._fill(d.children, node)
        self.tree.expandAll()

    def filter(self, text: str) -> None:
        """Show codes whose code/label/keywords contain every typed word (and their parents)."""
        words = text.lower().split()
        first: QTreeWidgetItem | None = None
        for code, node in self._items.items():
            node.setHidden(bool(words) and not self.codes[code].matches(words))
        for code, node in self._items.items():  # keep the path to a visible child visible
            if not node.isHidden():
                parent = node.parent()
                while parent is not None:
                    parent.setHidden(False)
                    parent = parent.parent()
                if first is None and (not words or self.codes[code].matches(words)):
                    first = node
        self.tree.setCurrentItem(first)

    def open_search(self) -> None:
        """The disposition key: into the search box, with the tree open under it."""
        self.tree.show()
        self.search.setFocus()
        self.search.selectAll()

    def _browse(self, on: bool) -> None:
        self.tree.setVisible(on or bool(self.search.text()))

    def close_tree(self) -> None:
        self.browse.setChecked(False)
        self.tree.hide()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - arrows in the search box move in the tree
        if obj is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape \
                and self.tree.isVisible():
            self.close_tree()
            return True
        if obj is self.search and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.tree.show()
            visible = [n for n in self._items.values() if not n.isHidden()]
            if visible:
                at = visible.index(self.tree.currentItem()) if self.tree.currentItem() in visible else -1
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self.tree.setCurrentItem(visible[max(0, min(len(visible) - 1, at + step))])
            return True
        return super().eventFilter(obj, event)

    def _choose_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None and not item.isHidden():
            self.choose(item.data(0, Qt.ItemDataRole.UserRole))

    def choose(self, code: str) -> None:
        self.show_choice(code)
        self.search.clear()
        self.filter("")
        self.close_tree()
        self.chosen.emit(code)

    def show_choice(self, code: str) -> None:
        d = self.codes.get(code)
        self._code = code
        self.current.setText(f"{disposition_label(d.label)}  ({d.code})" if d else self.tr("none chosen"))
