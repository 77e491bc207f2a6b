"""The window's keys: every action an agent takes from the keyboard, its key, and `[keys]`.

Why one table: the "Call" menu, the buttons' tooltips and the check of the config file read the
same list, so a key the window shows is a key that works. A site changes a key in the config
file (``[keys] note = "F4"``; ``""`` takes the key away); a sequence Qt cannot read, one that
would fire while the agent types (no Ctrl, Alt or Meta and not a function key) or one that two
actions share is refused at start with a sentence naming the line.

The keys of answer, hang up, hold and mute are added with their ``ctl`` commands
(console/ctl_commands.py), the supervision keys by console/supervision.py; this module adds the
rest. A key calls the same path as its button: pressing it and clicking are one thing.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence

from console.features import FeatureApi, Hotkey
from console.messages import say

PORTABLE = QKeySequence.SequenceFormat.PortableText


@dataclass(frozen=True)
class KeyAction:
    name: str  # the Hotkey's name, and the key in [keys]
    keys: str  # the default, in Qt's portable text
    text: str  # what the menu says


# In the order of the "Call" menu; a separator goes before each group's first action.
ACTIONS: tuple[KeyAction, ...] = (
    KeyAction("answer", "Ctrl+Shift+A", QT_TRANSLATE_NOOP("Shortcuts", "Answer")),
    KeyAction("hangup", "Ctrl+Shift+E", QT_TRANSLATE_NOOP("Shortcuts", "Hang up")),
    KeyAction("hold", "Ctrl+Shift+H", QT_TRANSLATE_NOOP("Shortcuts", "Hold / resume")),
    KeyAction("mute", "Ctrl+Shift+M", QT_TRANSLATE_NOOP("Shortcuts", "Mute / unmute")),
    KeyAction("transfer", "Ctrl+Shift+T", QT_TRANSLATE_NOOP("Shortcuts", "Transfer…")),
    KeyAction("dial", "Ctrl+Shift+D", QT_TRANSLATE_NOOP("Shortcuts", "Dial a number")),
    KeyAction("note", "Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "Write in the notes")),
    KeyAction("disposition", "Ctrl+Shift+C", QT_TRANSLATE_NOOP("Shortcuts", "Choose the disposition")),
    KeyAction("task", "Ctrl+Shift+F", QT_TRANSLATE_NOOP("Shortcuts", "New follow-up task…")),
    KeyAction("wrapup_done", "Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Wrap-up done")),
    KeyAction("ready", "Ctrl+Shift+R", QT_TRANSLATE_NOOP("Shortcuts", "Ready")),
    KeyAction("away", "Ctrl+Shift+P", QT_TRANSLATE_NOOP("Shortcuts", "Away (pause)")),
    KeyAction("supervision.listen", "Ctrl+Alt+1", QT_TRANSLATE_NOOP("Shortcuts", "Supervision: listen")),
    KeyAction("supervision.whisper", "Ctrl+Alt+2", QT_TRANSLATE_NOOP("Shortcuts", "Supervision: whisper")),
    KeyAction("supervision.barge", "Ctrl+Alt+3", QT_TRANSLATE_NOOP("Shortcuts", "Supervision: barge in")),
    KeyAction("supervision.stop", "Ctrl+Alt+0", QT_TRANSLATE_NOOP("Shortcuts", "Supervision: stop")),
)
NO_TASKS = QT_TRANSLATE_NOOP("Shortcuts", "Follow-up tasks need the tasks feature, which this console does not have")
GROUP_STARTS = ("answer", "note", "ready", "supervision.listen")
DEFAULTS: dict[str, str] = {a.name: a.keys for a in ACTIONS}
TEXTS: dict[str, str] = {a.name: a.text for a in ACTIONS}
ORDER: dict[str, int] = {a.name: i for i, a in enumerate(ACTIONS)}
# keys that belong to something else in the window
RESERVED: dict[str, str] = {
    "Ctrl+J": "join the line when the team lead asks",
    "Ctrl+Tab": "a tab character in the notes",
}
TAB_IN_NOTES = "tab_in_notes"
_MODIFIERS = 0xFE000000  # Qt.KeyboardModifierMask
_NEEDS_ONE_OF = 0x04000000 | 0x08000000 | 0x10000000  # Ctrl, Alt, Meta
_F1, _F35 = 0x01000030, 0x01000052
_UNKNOWN = 0x01FFFFFF


def readable(text: str) -> str:
    """One key combination in Qt's portable text ("ctrl+shift+a" -> "Ctrl+Shift+A"), or a
    ValueError saying what is wrong with it."""
    sequence = QKeySequence.fromString(text.strip(), PORTABLE)
    if sequence.count() != 1:
        raise ValueError("must be one key combination such as \"Ctrl+Shift+N\" or \"F4\", "
                         "not a sequence of several")
    combined = sequence[0].toCombined()
    key = combined & ~_MODIFIERS
    if key in (0, _UNKNOWN) or not sequence.toString(PORTABLE):
        raise ValueError("is not a key combination Qt knows; write it like \"Ctrl+Shift+N\", \"Alt+F2\" or \"F4\"")
    if not combined & _NEEDS_ONE_OF and not _F1 <= key <= _F35:
        raise ValueError("would fire while the agent types: use Ctrl, Alt or Meta with it, or a function key "
                         "(F1…F35)")
    return sequence.toString(PORTABLE)


def parse_keys(table: Mapping[str, Any], fail: Callable[[str, str, str], Exception]) -> tuple[dict[str, str], bool]:
    """The [keys] table of the config file, checked: the changed keys and tab_in_notes.
    ``fail(section, key, problem)`` makes the error that names the file and line."""
    changed: dict[str, str] = {}
    tab = False
    for name, value in table.items():
        if name == TAB_IN_NOTES:
            if not isinstance(value, bool):
                raise fail("keys", name, f"must be true or false (got {value!r:.40})")
            tab = value
            continue
        if name not in DEFAULTS:
            raise fail("keys", name, "is not an action with a key (actions: " + ", ".join(DEFAULTS) + ")")
        if not isinstance(value, str) or len(value) > 64:
            raise fail("keys", name, f"must be a key combination in quotes such as \"Ctrl+Shift+N\" (got {value!r:.40})")
        if not value.strip():
            changed[name] = ""  # no key for this action
            continue
        try:
            changed[name] = readable(value)
        except ValueError as exc:
            raise fail("keys", name, f"= \"{value[:40]}\" {exc}") from None
    taken: dict[str, str] = {}
    for name, keys in {**DEFAULTS, **changed}.items():
        if not keys:
            continue
        if keys in RESERVED:
            raise fail("keys", name, f"= \"{keys}\" is already the key for {RESERVED[keys]}; choose another one")
        if keys in taken:
            other = taken[keys]
            mine = name if name in changed else other
            raise fail("keys", mine, f"= \"{keys}\" is also the key for {other if mine == name else name} "
                                     f"({TEXTS[other if mine == name else name]}); give each action its own key")
        taken[keys] = name
    return changed, tab


def effective_keys(settings: Any = None) -> dict[str, str]:
    """Every action's key after the config file's changes (console.config.KeySettings; "" = none)."""
    return {**DEFAULTS, **(dict(settings.keys) if settings else {})}


def describe_controls(window: Any, hotkeys: Mapping[str, Any]) -> None:
    """A control that does what a key does (its property ``hotkey`` names the key) says the key
    in its tooltip: "Answer the ringing call (Ctrl+Shift+A)". Tables let Tab move on. A button or
    a table a feature left unnamed gets the name a screen reader would guess (its text, its
    dock's title); a control with nothing to go by stays unnamed, and the tests say so. Run again
    after a language change: a tooltip its view worded again gets its key again."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractScrollArea,
        QDockWidget,
        QTabBar,
        QWidget,  # (the config check needs no widgets: loaded here)
    )

    for widget in window.findChildren(QWidget):
        if not widget.accessibleName():
            if isinstance(widget, QAbstractButton) and widget.text().strip():
                widget.setAccessibleName(widget.text().replace("&", "").strip())
            elif isinstance(widget, QTabBar) and widget.parent() is window:  # docks sharing a place
                widget.setAccessibleName(QCoreApplication.translate("Shortcuts", "Panels"))
            elif isinstance(widget, QAbstractScrollArea):
                dock = widget.parent()
                while dock is not None and not isinstance(dock, QDockWidget):
                    dock = dock.parent()
                if dock is not None and dock.windowTitle():
                    widget.setAccessibleName(dock.windowTitle())
        action = hotkeys.get(widget.property("hotkey") or "")
        if action is None or action.shortcut().isEmpty():
            continue
        # the control's own tooltip (worded again by its view after a language change), else the action's
        own = widget.toolTip() if widget.toolTip() != widget.property("hotkeyTipShown") else widget.property("hotkeyTip")
        tip = f"{own or action.toolTip()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        widget.setProperty("hotkeyTip", own or "")
        widget.setProperty("hotkeyTipShown", tip)
        widget.setToolTip(tip)
    for table in window.findChildren(QAbstractItemView):
        table.setTabKeyNavigation(False)  # arrows move inside a table; Tab goes to the next control


# -- the keys this module adds ---------------------------------------------------------------------
class AgentKeys:
    """Dial, notes, disposition, task, wrap-up done, ready, away and transfer as keys."""

    def __init__(self, api: FeatureApi) -> None:
        self.api = api
        self.window = api.parent
        # "task" is the tasks feature's key (console/tasks_view.py opens the task dialog); its key
        # comes from this table all the same, and without that feature the menu shows it disabled
        for name, action in (("transfer", self.transfer), ("dial", self.dial), ("note", self.note),
                             ("disposition", self.disposition), ("wrapup_done", self.wrapup_done),
                             ("ready", lambda: self.choose("ready")), ("away", lambda: self.choose("away"))):
            api.features.add(Hotkey(name, DEFAULTS[name], action, TEXTS[name]))
        panel = self.window.call_panel  # its buttons say their keys in their tooltips
        for name in ("answer", "hangup", "hold", "mute", "transfer"):
            panel.buttons[name].setProperty("hotkey", name)
        panel.dial_box.setProperty("hotkey", "dial")
        self.window.notes.set_tab_inserts(api.config.keys.tab_in_notes)

    def _say(self, code: str, **params: object) -> None:
        self.api.tell(say(code, **params), 6000)

    def transfer(self) -> None:
        button = self.window.call_panel.buttons["transfer"]
        if button.isEnabled():
            button.click()  # the transfer dialog: a colleague, a number or an address
        else:
            self._say("keys.no_call_to_transfer")

    def dial(self) -> None:
        box = self.window.call_panel.dial_box
        box.setFocus()
        box.selectAll()

    def note(self) -> None:
        editor = self.window.notes.editor
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def disposition(self) -> None:
        picker = self.window.sections.get("disposition")
        if picker is None:
            self._say("keys.no_dispositions")
            return
        picker.open_search()

    def wrapup_done(self) -> None:
        button = self.window.notes.wrapup_button
        if button.isEnabled():
            button.click()  # the button's own path: the call log is saved, then the agent is ready
        else:
            self._say("keys.not_in_wrapup")

    def choose(self, state: str) -> None:
        fields = self.api.agent.choose(state)
        if fields.get("next") == state:  # a call or a wrap-up comes first
            self._say("keys.ready_after_calls" if state == "ready" else "keys.away_after_calls")

    def show_task_key(self) -> None:
        """The window placed the keys; no feature took "task": its place in the menu, disabled."""
        window = self.window
        menu = getattr(window, "call_menu", None)
        if menu is None or "task" in window.hotkeys:
            return
        action = QAction(QCoreApplication.translate("Shortcuts", TEXTS["task"]), window)
        action.setObjectName("hotkey.task")
        action.setShortcut(QKeySequence(self.api.features.features.keys.get("task", DEFAULTS["task"])))
        action.setToolTip(QCoreApplication.translate("Shortcuts", NO_TASKS))
        action.setEnabled(False)
        after = window.hotkeys.get("wrapup_done")
        menu.insertAction(after, action) if after is not None else menu.addAction(action)


def install_feature(api: FeatureApi) -> AgentKeys:
    keys = AgentKeys(api)
    QTimer.singleShot(0, keys.show_task_key)  # (the window places the keys once every feature is in)
    return keys
