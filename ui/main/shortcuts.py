"""The window's keyboard shortcuts, read from its actions themselves: for
Help › Keyboard Shortcuts (so the list cannot go stale) and for finding two
owners of one key (Qt then does nothing but log "Ambiguous shortcut overload").
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.close_keys import CLOSE_KEYS

WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@dataclass
class Binding:
    keys: QKeySequence
    text: str  # what it does, as the menu says it ("Save Contact")
    context: Qt.ShortcutContext
    widgets: list  # where it is installed (an action may sit on several widgets)
    owner: QObject


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker or trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def bindings(window: QWidget) -> list[Binding]:
    """Every action and QShortcut of ``window`` and its children that has keys."""
    out = []
    for action in window.findChildren(QAction):
        widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        for keys in action.shortcuts():
            if not keys.isEmpty():
                out.append(Binding(keys, _plain(action.text()), action.shortcutContext(),
                                   widgets, action))
    for shortcut in window.findChildren(QShortcut):
        for keys in shortcut.keys():
            if not keys.isEmpty():
                parent = shortcut.parent()
                out.append(Binding(keys, shortcut.whatsThis() or shortcut.objectName(),
                                   shortcut.context(),
                                   [parent] if isinstance(parent, QWidget) else [], shortcut))
    return out


def _related(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def _windows(b: Binding) -> set:
    """The windows a binding listens in (a menu's: the window it belongs to)."""
    found = set()
    for w in [*b.widgets, b.owner.parent()]:
        while isinstance(w, QMenu) and w.parentWidget() is not None:
            w = w.parentWidget()
        if isinstance(w, QWidget) and not isinstance(w, QMenu):
            found.add(w.window())
    return found


def _overlap(a: Binding, b: Binding) -> bool:
    """Could one key press reach both? Window-wide ones meet everything in
    their window; widget ones only their own widget and its family."""
    if not (a.owner.isEnabled() if isinstance(a.owner, QAction) else True):
        return False
    if a.context in WIDE or b.context in WIDE:
        return bool(_windows(a) & _windows(b))
    return any(_related(x, y) for x in a.widgets for y in b.widgets)


def clashes(window: QWidget) -> list[tuple[str, str, str]]:
    """(keys, one owner, the other) for every key two commands answer to at once."""
    found = []
    items = bindings(window)
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a.owner is not b.owner and a.keys.matches(b.keys) == \
                    QKeySequence.SequenceMatch.ExactMatch and _overlap(a, b):
                found.append((a.keys.toString(), a.text, b.text))
    return found


class ShortcutsDialog(QDialog):
    """Help › Keyboard Shortcuts: every command with keys, as the menus name it."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = {}
        for b in bindings(window):
            if b.text and window in _windows(b):  # not an open card run's own keys
                keys = b.keys.toString(QKeySequence.SequenceFormat.NativeText)
                rows.setdefault(b.text, [])
                if keys not in rows[b.text]:
                    rows[b.text].append(keys)
        rows[self.tr("Close a secondary window (Today, briefing, card run, …)")] = [
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in CLOSE_KEYS]
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        for text, keys in sorted(rows.items(), key=lambda r: r[0].lower()):
            self.model.appendRow([QStandardItem(text),
                                  QStandardItem(self.tr("{0} or {1}").format(*keys)
                                                if len(keys) == 2 else ", ".join(keys))])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # As wide as both columns (German commands and keys are long), so
        # nothing is cut off behind a horizontal scroll bar; never past the screen.
        margins = layout.contentsMargins()
        wanted = (header.length() + 2 * self.table.frameWidth()
                  + self.table.verticalScrollBar().sizeHint().width()
                  + margins.left() + margins.right() + 8)
        screen = window.screen() if window is not None else None
        room = screen.availableGeometry().width() - 40 if screen is not None else wanted
        self.resize(max(460, min(wanted, room)), 520)
