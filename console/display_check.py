"""Before the window opens: can Qt's X11 platform (xcb) start here?

When a library the xcb platform plugin needs is missing, Qt writes its reason to the log and
aborts the process ("Aborted", exit 134). This check runs first and turns that into a sentence
on stderr naming the missing libraries and the Debian/Ubuntu packages that provide them.
It also tells when the X display named in DISPLAY cannot be reached. Only Linux's xcb platform
is checked; offscreen, Wayland, macOS and Windows go straight on.
"""
from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Libraries Qt's xcb plugin loads whose Debian package name does not follow from the file name.
PACKAGES = {
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libGLX.so.0": "libglx0", "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
}
_ELF_NAME = re.compile(r"^(?P<stem>lib[\w.+-]*?)\.so\.(?P<version>\d+)")


def package_for(library: str) -> str:
    """The Debian package that usually ships `library`: libxcb-icccm.so.4 -> libxcb-icccm4."""
    if library in PACKAGES:
        return PACKAGES[library]
    match = _ELF_NAME.match(library)
    if not match:
        return library
    stem, version = match["stem"].lower(), match["version"]
    return f"{stem}-{version}" if stem[-1].isdigit() else f"{stem}{version}"


def wanted_platform() -> str:
    """The platform Qt will pick: QT_QPA_PLATFORM's first choice, else xcb on an X11 desktop."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if not sys.platform.startswith("linux"):
        return ""
    if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb" if os.environ.get("DISPLAY") else ""


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin as Qt would find it (QT_QPA_PLATFORM_PLUGIN_PATH first)."""
    folders = [os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "")]
    folders += [str(Path(p) / "platforms") for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    try:
        from PySide6.QtCore import QLibraryInfo

        folders.append(str(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"))
    except ImportError:
        pass
    for folder in filter(None, folders):
        plugin = Path(folder) / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_libraries(plugin: Path) -> list[str]:
    """Shared libraries `plugin` needs that the dynamic loader cannot find (all of them, via ldd;
    the first one from the loader's own error when ldd is not there)."""
    ldd = shutil.which("ldd")
    if ldd:
        try:
            out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20,
                                 errors="replace").stdout
        except (OSError, subprocess.TimeoutExpired):
            out = None
        if out is not None:
            missing = [line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line]
            return list(dict.fromkeys(missing))
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as exc:
        name = str(exc).split(":")[0].strip()
        return [name or str(exc)]
    return []


def _display_reachable(display: str) -> bool:
    """True when libxcb can open `display` (or when libxcb itself cannot be asked)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # reported as a missing library instead
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(conn) == 0
    finally:
        xcb.xcb_disconnect(conn)


def platform_problem() -> str | None:
    """None when the window can open; otherwise what to fix, in sentences."""
    if wanted_platform() != "xcb":
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return ("the desktop cannot be opened: Qt's X11 platform plugin (libqxcb.so) is not installed; "
                "reinstall PySide6, or run with QT_QPA_PLATFORM=offscreen")
    missing = missing_libraries(plugin)
    if missing:
        packages = " ".join(dict.fromkeys(package_for(lib) for lib in missing))
        names = " and ".join([", ".join(missing[:-1]), missing[-1]] if len(missing) > 1 else missing)
        return (f"the desktop cannot be opened: Qt's X11 platform needs {names}, which "
                f"{'is' if len(missing) == 1 else 'are'} not installed. On Debian or Ubuntu install "
                f"{'it' if len(missing) == 1 else 'them'} with: sudo apt-get install {packages}")
    display = os.environ.get("DISPLAY", "")
    if not display:
        return ("the desktop cannot be opened: QT_QPA_PLATFORM is xcb but DISPLAY is not set; "
                "set DISPLAY to your X display (such as :0), or run with QT_QPA_PLATFORM=offscreen")
    if not _display_reachable(display):
        return (f"the desktop cannot be opened: the X display {display} does not answer; check DISPLAY "
                "and that you may use that display (xauth), or run with QT_QPA_PLATFORM=offscreen")
    return None
