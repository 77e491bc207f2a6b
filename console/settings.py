"""The settings feature: opens the settings dialog from a key (Ctrl+,), the tray and `ctl settings`.

`ctl settings [PAGE]` opens it (on that page) and answers at once with the pages it has;
`ctl settings --close` closes it. Pages: console/settings_pages.py, then every feature's
SettingsPage.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .features import CtlCommand, FeatureApi, SettingsPage
from .settings_pages import pages


class SettingsFeature:
    def __init__(self, api: FeatureApi) -> None:
        self.api = api
        self.dialog: Any = None
        api.features.add_ctl_command("settings", self.ctl_settings, help="open the settings dialog (or --close it)",
                                     args="[PAGE] [--close]")
        api.features.add_ctl_command("theme", self.ctl_theme, help="the window's theme: follow the desktop, light or "
                                     "dark (until the console restarts; Settings → Window keeps it)",
                                     args="[system|light|dark]")
        api.features.add_hotkey("settings", "Ctrl+,", self.open, QT_TRANSLATE_NOOP("Shortcuts", "Settings"))
        api.features.add_tray_action("settings", QT_TRANSLATE_NOOP("Tray", "Settings…"), self.open)

    def open(self, page: str = "") -> Any:
        from .settings_dialog import SettingsDialog

        if self.dialog is None:
            extra = [(p.title, p.factory(self.api.parent)) for p in self.api.features.features.all(SettingsPage)]
            self.dialog = SettingsDialog(self.api.config, extra, self.api.parent)
            self.dialog.saved.connect(self._saved)
            self.dialog.finished.connect(self._closed)
        if page:
            self.dialog.show_page(page)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _saved(self, config: Any) -> None:
        from . import theme

        if theme.current() is not None and config.theme != theme.current().choice:
            theme.current().choose(config.theme)
        switch = self.api.features.features.get(CtlCommand, "language")  # the console's own switch (ctl language)
        if switch is not None and config.language != getattr(self.api.config, "language", config.language):
            switch.handler([config.language])
        self.api.config = config
        self.api.tell(self.dialog.message.text() if self.dialog else "", 10000)

    def ctl_theme(self, args: list[str]) -> dict[str, Any]:
        from . import theme
        from .ctl_server import CtlError

        look = theme.current()
        if look is None:
            raise CtlError("this console has no theme")
        if args:
            try:
                look.choose(args[0])
            except ValueError as exc:
                raise CtlError(str(exc)) from None
        return {"choice": look.choice, "theme": look.name}

    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def ctl_settings(self, args: list[str]) -> dict[str, Any]:
        from .ctl_server import CtlError

        names = [p.name for p in pages()]
        if args[:1] == ["--close"]:
            if self.dialog is not None:
                self.dialog.reject()
            return {"open": False}
        page = args[0] if args else ""
        if page and page not in names:
            raise CtlError(f"no settings page {page!r}; the pages are {', '.join(names)}")
        self.open(page)
        return {"open": True, "pages": names}


def install_feature(api: FeatureApi) -> SettingsFeature:
    return SettingsFeature(api)
