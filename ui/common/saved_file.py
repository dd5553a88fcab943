"""After writing a file (CSV, PDF, vCards): say where it went, with a button
that opens its folder in the desktop's file manager."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def folder_url(path: str | Path) -> QUrl:
    """The folder holding ``path`` (``path`` itself when it is a folder)."""
    p = Path(path)
    return QUrl.fromLocalFile(str(p if p.is_dir() else p.parent))


def tell_saved(parent: QWidget | None, path: str | Path, text: str = "") -> QMessageBox:
    """A non-blocking note that ``path`` was written; "Open Folder" shows it.

    ``text`` says what was written (already translated); by default "Saved to
    {path}". Returns the box (it deletes itself when closed).
    """
    title = QCoreApplication.translate("SavedFile", "Saved")
    text = text or QCoreApplication.translate("SavedFile", "Saved to {0}").format(str(path))
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Close, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_folder = box.addButton(QCoreApplication.translate("SavedFile", "Open Folder"),
                                QMessageBox.ButtonRole.ActionRole)
    open_folder.clicked.connect(lambda: QDesktopServices.openUrl(folder_url(path)))
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
