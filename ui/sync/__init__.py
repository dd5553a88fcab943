"""CardDAV sync in the window: Edit › Accounts…, File › Sync Now (F5), a sync
every few minutes while the window is open, and its status in the status bar.

:func:`install_sync` adds it all to a main window; the work runs off the GUI
thread (ui.common.tasks) and conflicts open the conflict dialog.
"""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow


def install_sync(window: QMainWindow):
    """Add the sync's actions, timer and status to ``window``; returns the controller."""
    from ui.sync.controller import SyncController

    window.sync = SyncController(window)
    return window.sync
