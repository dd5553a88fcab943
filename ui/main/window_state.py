"""Where the main window was and how its list and splitter looked, kept between runs."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

PREFERRED = QSize(1200, 760)
FRAME_ALLOWANCE = QSize(16, 40)  # the window manager's title bar and borders, roughly


def restore_window_state(window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> None:
    s = QSettings()
    geometry = s.value("main/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        fit_first_window(window)
    splitter.setSizes([int(window.width() * 0.58), int(window.width() * 0.42)])
    for key, widget in (("main/splitter", splitter), ("main/header", header)):
        state = s.value(key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            widget.restoreState(state)


def first_size(available: QRect, frame: QSize = FRAME_ALLOWANCE) -> QRect:
    """Where a first window goes on a screen whose free area is ``available``:
    the preferred size, shrunk so that it and its title bar fit, centred."""
    width = min(PREFERRED.width(), available.width() - frame.width())
    height = min(PREFERRED.height(), available.height() - frame.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def fit_first_window(window: QMainWindow) -> None:
    """Size a window without a remembered geometry to the screen's free area
    (QScreen.availableGeometry: without panels and docks), so that the status
    bar stays on screen on a 1366×768 laptop."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(PREFERRED)
        return
    rect = first_size(screen.availableGeometry())
    window.resize(rect.size())
    window.move(rect.topLeft())


def save_window_state(window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> None:
    s = QSettings()
    s.setValue("main/geometry", window.saveGeometry())
    s.setValue("main/splitter", splitter.saveState())
    s.setValue("main/header", header.saveState())
