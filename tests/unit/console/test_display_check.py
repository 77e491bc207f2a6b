"""The sentence a user gets when Qt's X11 platform cannot start names the right Debian package."""
from __future__ import annotations

import pytest

from console.display_check import package_for, platform_problem, wanted_platform


@pytest.mark.parametrize(("library", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libGL.so.1", "libgl1"), ("libglib-2.0.so.0", "libglib2.0-0"), ("libxcb.so.1", "libxcb1"),
])
def test_each_library_is_named_with_its_package(library, package):
    assert package_for(library) == package


def test_the_platform_checked_is_the_one_qt_will_pick(monkeypatch):
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert (wanted_platform(), platform_problem()) == ("offscreen", None)  # nothing to check
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb;offscreen")
    assert wanted_platform() == "xcb"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    assert wanted_platform() == "xcb"
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert wanted_platform() == "wayland"


def test_xcb_without_display_says_what_to_set(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    assert platform_problem() == ("the desktop cannot be opened: QT_QPA_PLATFORM is xcb but DISPLAY is not set; "
                                  "set DISPLAY to your X display (such as :0), or run with QT_QPA_PLATFORM=offscreen")
