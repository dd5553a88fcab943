"""Before `make run` opens a window on X11: are the libraries that Qt's xcb
platform plugin loads installed? Without them Qt only says "could not load the
Qt platform plugin xcb" and aborts. This says, in one line, which Debian
packages are missing and the apt-get line that installs them; run as root, it
installs them.

Runs before Qt is loaded (`python -m ui.main.xcb_check`), so it imports no
Qt module; it asks `ldd` which of the plugin's libraries cannot be found.
Keep README.md's X11 package list in step with WINDOW_PACKAGES (a test does).
"""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from app.core.i18n import N_, gettext

#: The shared library file -> the Debian (and Ubuntu) package that ships it.
LIBRARY_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
#: What README.md tells a desktop user to install for a real window on X11.
WINDOW_PACKAGES = ("libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
                   "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0",
                   "libxcb-render-util0", "libxcb-image0")

MISSING = N_("Hearth cannot open a window: Qt's X11 (xcb) plugin needs {libraries}. "
             "Install them with: sudo apt-get install {packages}")
INSTALLING = N_("Installing what Qt's X11 (xcb) plugin needs: apt-get install {packages}")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` could not find, in its order, each once."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """(Debian packages to install, libraries no known package provides)."""
    packages = list(dict.fromkeys(LIBRARY_PACKAGES[lib] for lib in libraries
                                  if lib in LIBRARY_PACKAGES))
    unknown = [lib for lib in libraries if lib not in LIBRARY_PACKAGES]
    return packages, unknown


def advice(libraries: list[str]) -> str:
    """The one line for the terminal."""
    packages, unknown = packages_for(libraries)
    return gettext(MISSING).format(libraries=", ".join(libraries),
                                   packages=" ".join(packages + unknown))


def wants_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Will Qt pick its xcb plugin? (Linux, an X display, no other platform asked for.)"""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(environ.get("DISPLAY"))


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def main() -> int:
    plugin = xcb_plugin() if wants_xcb() else None
    if plugin is None or shutil.which("ldd") is None:
        return 0
    found = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    libraries = missing_libraries(found.stdout)
    if not libraries:
        return 0
    packages, unknown = packages_for(libraries)
    if os.geteuid() == 0 and packages and not unknown and shutil.which("apt-get"):
        print(gettext(INSTALLING).format(packages=" ".join(packages)), file=sys.stderr)
        return subprocess.run(["apt-get", "install", "-y", *packages], check=False).returncode
    print(advice(libraries), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
