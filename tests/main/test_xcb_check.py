"""`make run` on a desktop without Qt's X11 libraries: one line that names the
missing packages and the apt-get line, and the README's list in step."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from ui.main import xcb_check

ROOT = Path(__file__).resolve().parents[2]

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd1b3f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0e8c000000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f0e8bfd0000)
\tlibfoo-unheard-of.so.3 => not found
"""


def test_missing_libraries_map_to_debian_packages():
    libraries = xcb_check.missing_libraries(LDD)
    assert libraries == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0",
                         "libfoo-unheard-of.so.3"]
    packages, unknown = xcb_check.packages_for(libraries)
    assert packages == ["libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0"]
    assert unknown == ["libfoo-unheard-of.so.3"]


def test_the_advice_is_one_line_with_the_apt_get_line():
    line = xcb_check.advice(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert "\n" not in line
    assert line.endswith("sudo apt-get install libxcb-cursor0 libxcb-icccm4")
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in line


def test_nothing_missing_says_nothing():
    assert xcb_check.missing_libraries(LDD.replace("not found", "/lib/x.so (0x1)")) == []


def test_only_an_x11_start_is_checked():
    assert xcb_check.wants_xcb({"DISPLAY": ":0"}, "linux")
    assert not xcb_check.wants_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert xcb_check.wants_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not xcb_check.wants_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0",
                                    "XDG_SESSION_TYPE": "wayland"}, "linux")
    assert not xcb_check.wants_xcb({}, "linux")
    assert not xcb_check.wants_xcb({"DISPLAY": ":0"}, "darwin")


def test_the_readme_lists_what_the_check_installs():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("for a real window on an X11 desktop", 1)[1].split("```", 1)[0]
    listed = re.findall(r"\b(lib[\w.+-]+)", block)
    assert listed == list(xcb_check.WINDOW_PACKAGES)
    assert set(listed) <= set(xcb_check.LIBRARY_PACKAGES.values())


def test_the_check_runs_before_qt_is_loaded():
    # This machine has the libraries (the suite's windows open offscreen, but the
    # plugin's libraries are what `make run` needs); no Qt module gets imported.
    code = ("import sys, ui.main.xcb_check as c; c.main(); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "DISPLAY": ":0"}, check=True,
                         cwd=ROOT)
    assert out.stdout.strip() == "False"
