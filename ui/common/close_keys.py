"""Esc and Ctrl+W close every secondary window (briefing, run window, Today,
duplicates, import, ...), installed once for the whole application.

An application-wide event filter gives each secondary window, when it is first
shown, the two shortcuts: a dialog rejects (Esc already does), any other window
closes. The main window (a window without a parent) is left alone: Ctrl+W must
not quit Hearth, and Esc in its search box clears the search.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QWidget

CLOSE_KEYS = ("Esc", "Ctrl+W")
_DONE = "_hearthCloseKeys"


def add_close_keys(window: QWidget) -> None:
    """Give ``window`` Esc and Ctrl+W to close it (a dialog: to reject it)."""
    if window.property(_DONE):
        return
    window.setProperty(_DONE, True)
    close = window.reject if isinstance(window, QDialog) else window.close
    for keys in CLOSE_KEYS:
        if keys == "Esc" and isinstance(window, QDialog):
            continue  # QDialog rejects on Esc itself (and its buttons may say otherwise)
        shortcut = QShortcut(QKeySequence(keys), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(close)


def is_secondary_window(widget: QWidget) -> bool:
    return (widget.isWindow() and widget.parentWidget() is not None
            and widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog))


class _CloseKeysInstaller(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) \
                and is_secondary_window(obj) and not obj.property(_DONE):
            add_close_keys(obj)
        return False


def install(app: QApplication) -> None:
    """Once per application: every secondary window shown gets the close keys."""
    if getattr(app, "_hearth_close_keys", None) is None:
        app._hearth_close_keys = _CloseKeysInstaller(app)
        app.installEventFilter(app._hearth_close_keys)
