"""Where the main window was and how its list and splitter looked, kept between runs."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter


def restore_window_state(window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> None:
    s = QSettings()
    geometry = s.value("main/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(1200, 760)
    splitter.setSizes([int(window.width() * 0.58), int(window.width() * 0.42)])
    for key, widget in (("main/splitter", splitter), ("main/header", header)):
        state = s.value(key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            widget.restoreState(state)


def save_window_state(window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> None:
    s = QSettings()
    s.setValue("main/geometry", window.saveGeometry())
    s.setValue("main/splitter", splitter.saveState())
    s.setValue("main/header", header.saveState())
