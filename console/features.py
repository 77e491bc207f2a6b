"""What a feature adds to the console, and the one list of it (issue 10, "typed extension points").

A feature (a module named in ``console.app.FEATURES``) does not reach into the window or the
control socket. It adds *points* to the registry; the main window places the docks, card
sections, notes sections and hotkeys, and the control socket answers the ``ctl`` commands.

    Dock          a panel around the card and the call (the agent can move or hide it)
    CardSection   a part under the customer card
    NotesSection  a part at the foot of the notes panel (the disposition picker)
    CtlCommand    a command of ``agent-console ctl``
    Hotkey        a key combination in the window; console/shortcuts.py's table and [keys] decide the key
    SettingsPage  a page of the settings dialog
    TrayAction    an entry of the tray icon's menu

Each kind has its own names: a second point with a name already taken is an error that names
both features, so a feature can never silently replace another one's command or panel.
No Qt here: factories get the window and return a widget, and the window does the placing.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if TYPE_CHECKING:  # for readers and type checkers only: this module loads no Qt
    from PySide6.QtWidgets import QMainWindow, QWidget

ROLES = ("agent", "trainee", "lead")  # [agent] role
DOCK_AREAS = ("left", "right", "top", "bottom")
_NAME = re.compile(r"[a-z][a-z0-9_.-]{0,63}")


class FeatureError(Exception):
    """A feature added something the console cannot take; the text says which and what to fix."""


class DuplicateName(FeatureError):
    """Two points of one kind share a name."""


@dataclass(frozen=True)
class Dock:
    """A panel docked to the window, built once by ``factory(window)``."""

    kind: ClassVar[str] = "dock"
    name: str
    title: str
    factory: Callable[[QMainWindow], QWidget]
    area: str = "bottom"  # left | right | top | bottom
    shown_for: frozenset[str] = frozenset()  # roles that get it; empty = everyone
    size: int = 0  # first height (top, bottom) or width (left, right) in pixels; 0 = Qt's choice
    owner: str = ""  # the feature that added it (set by the registry)
    front: bool = False  # sharing its place with other docks (as tabs), this one is shown first


@dataclass(frozen=True)
class CardSection:
    """A part under the customer card, built once by ``factory(window)``."""

    kind: ClassVar[str] = "card section"
    name: str
    factory: Callable[[QMainWindow], QWidget]
    owner: str = ""


@dataclass(frozen=True)
class NotesSection:
    """A part at the foot of the notes panel, built once by ``factory(window)``."""

    kind: ClassVar[str] = "notes section"
    name: str
    factory: Callable[[QMainWindow], QWidget]
    owner: str = ""


@dataclass(frozen=True)
class CtlCommand:
    """``agent-console ctl NAME ARGS…``: ``handler(args)`` returns the answer's fields (or a
    background job that yields them) or raises ``console.ctl_server.CtlError`` with a sentence
    for the caller."""

    kind: ClassVar[str] = "ctl command"
    name: str
    handler: Callable[[list[str]], Any]
    help: str = ""  # one line: what it does
    args: str = ""  # the argument spec as the user types it, e.g. "TEXT… [--call ID]"
    owner: str = ""


@dataclass(frozen=True)
class Hotkey:
    """A key combination in the window (Qt's portable text, e.g. "Ctrl+Shift+A")."""

    kind: ClassVar[str] = "hotkey"
    name: str
    keys: str
    action: Callable[[], object]
    description: str = ""
    owner: str = ""


@dataclass(frozen=True)
class SettingsPage:
    kind: ClassVar[str] = "settings page"
    name: str
    title: str
    factory: Callable[[QWidget], QWidget]
    owner: str = ""


@dataclass(frozen=True)
class TrayAction:
    kind: ClassVar[str] = "tray action"
    name: str
    text: str
    callback: Callable[[], object]
    owner: str = ""


Point = Dock | CardSection | NotesSection | CtlCommand | Hotkey | SettingsPage | TrayAction
KINDS: tuple[type, ...] = (Dock, CardSection, NotesSection, CtlCommand, Hotkey, SettingsPage, TrayAction)
P = TypeVar("P", Dock, CardSection, NotesSection, CtlCommand, Hotkey, SettingsPage, TrayAction)


class _Adding:
    """The typed ways to add a point; each ends in ``add``."""

    def add(self, point: P) -> P:
        raise NotImplementedError

    def add_dock(self, name: str, title: str, factory: Callable[[QMainWindow], QWidget], *, area: str = "bottom",
                 shown_for: tuple[str, ...] | frozenset[str] = (), size: int = 0, front: bool = False) -> Dock:
        return self.add(Dock(name, title, factory, area, frozenset(shown_for), size, front=front))

    def add_card_section(self, name: str, factory: Callable[[QMainWindow], QWidget]) -> CardSection:
        return self.add(CardSection(name, factory))

    def add_notes_section(self, name: str, factory: Callable[[QMainWindow], QWidget]) -> NotesSection:
        return self.add(NotesSection(name, factory))

    def add_ctl_command(self, name: str, handler: Callable[[list[str]], Any], *, help: str = "",
                        args: str = "") -> CtlCommand:
        return self.add(CtlCommand(name, handler, help, args))

    def add_hotkey(self, name: str, keys: str, action: Callable[[], object], description: str = "") -> Hotkey:
        return self.add(Hotkey(name, keys, action, description))

    def add_settings_page(self, name: str, title: str, factory: Callable[[QWidget], QWidget]) -> SettingsPage:
        return self.add(SettingsPage(name, title, factory))

    def add_tray_action(self, name: str, text: str, callback: Callable[[], object]) -> TrayAction:
        return self.add(TrayAction(name, text, callback))


class Features(_Adding):
    """Every point every feature added, by kind and name, in the order they came."""

    def __init__(self, keys: dict[str, str] | None = None) -> None:
        self._points: dict[type, dict[str, Point]] = {kind: {} for kind in KINDS}
        self.keys = dict(keys or {})  # [keys] in the config: a hotkey's keys by its name ("" = no key)
        self._placed: dict[type, str] = {}  # kinds already placed -> by whom (adding more would go unseen)

    def add(self, point: P) -> P:
        kind = type(point)
        if kind not in self._points:
            raise FeatureError(f"{point!r} is not an extension point (one of: "
                               f"{', '.join(k.__name__ for k in KINDS)})")
        owner = point.owner or "console"
        point = replace(point, owner=owner)
        _check(point)
        if isinstance(point, Hotkey) and point.name in self.keys:  # the site's own key wins
            point = replace(point, keys=self.keys[point.name])
        if kind in self._placed:
            raise FeatureError(f'{owner} adds the {kind.kind} "{point.name}" after the {self._placed[kind]} '
                               f"placed them: add it while the feature is installed")
        taken = self._points[kind].get(point.name)
        if taken is not None:
            if taken.owner == owner:
                raise DuplicateName(f'{owner} adds the {kind.kind} "{point.name}" twice: each needs its own name')
            raise DuplicateName(f'Two features add a {kind.kind} named "{point.name}": {taken.owner} and {owner}. '
                                f"Rename one of them, or leave one feature out of console.app.FEATURES.")
        self._points[kind][point.name] = point
        return point

    def by(self, owner: str) -> Owned:
        """The registry as one feature sees it: what it adds carries its name."""
        return Owned(self, owner)

    def all(self, kind: type[P]) -> list[P]:
        return list(self._points[kind].values())

    def get(self, kind: type[P], name: str) -> P | None:
        return self._points[kind].get(name)

    def names(self, kind: type) -> list[str]:
        return list(self._points[kind])

    def placed(self, kind: type, by: str) -> None:
        """`by` has placed every point of `kind`: a later one would never be seen, so it is refused."""
        self._placed[kind] = by

    def __iter__(self) -> Iterator[Point]:
        for points in self._points.values():
            yield from points.values()


@dataclass(frozen=True)
class Owned(_Adding):
    features: Features
    owner: str

    def add(self, point: P) -> P:
        return self.features.add(replace(point, owner=self.owner))


def _check(point: Point) -> None:
    where = f'{point.owner}: the {point.kind} "{point.name}"'
    if not isinstance(point.name, str) or not _NAME.fullmatch(point.name):
        raise FeatureError(f"{point.owner}: a {point.kind} is named {point.name!r}; a name is lower-case letters, "
                           f"digits, '_', '-' or '.', starting with a letter (at most 64)")
    for attr in ("factory", "handler", "action", "callback"):
        if hasattr(point, attr) and not callable(getattr(point, attr)):
            raise FeatureError(f"{where} has a {attr} that cannot be called")
    if isinstance(point, Dock):
        if point.area not in DOCK_AREAS:
            raise FeatureError(f"{where} wants the area {point.area!r}; it is one of {', '.join(DOCK_AREAS)}")
        unknown = sorted(point.shown_for - set(ROLES))
        if unknown:
            raise FeatureError(f"{where} is shown for unknown roles {', '.join(unknown)}; roles are "
                               f"{', '.join(ROLES)}")
    if isinstance(point, Hotkey) and not point.keys.strip():
        raise FeatureError(f"{where} has no keys")


@dataclass
class FeatureApi:
    """What a feature may use: the calls, the agent's state, the bridge into the GUI thread, the
    public event stream, the settings and the registry; the CRM and the phone once they run."""

    name: str  # the feature's module: the owner of what it adds
    features: Owned
    config: Any  # console.config.Config
    book: Any  # console.model.calls.CallBook
    agent: Any  # console.model.agent_state.AgentState
    bridge: Any  # console.bridge.Bridge
    hub: Any  # console.event_hub.EventHub: backends_ready; public events are posted on the bridge (console/public_events.py)
    desk: Any  # console.call_desk.CallDesk: its signals and look-ups
    parent: Any  # QWidget to own dialogs (the main window)
    background: Any = None  # console.background.Background: database and network work off the GUI thread
    _tell: Callable[[str, int], None] = field(repr=False, default=lambda text, ms: None)
    _crm: Callable[[], Any] = field(repr=False, default=lambda: None)

    @property
    def crm(self) -> Any:
        """The CRMs (console.crm_setup), None until they started or when they could not."""
        return self._crm()

    def tell(self, text: str, ms: int = 8000) -> None:
        """A sentence in the window's status bar for `ms` milliseconds."""
        self._tell(text, ms)
