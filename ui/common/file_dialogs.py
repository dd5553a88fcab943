"""Every file dialog in Hearth: open a file or several, save a file, choose a folder.

Why one helper: Qt's file dialog learns each listed file's type and icon by
opening it (``QMimeDatabase`` sniffs the content; a GTK or portal "native"
dialog does the same in our process). Closing that descriptor drops all of
this process's POSIX locks on the file, and when the file is the open
database (or its -wal or -shm) the next ``hearth`` command deletes the WAL
under the window and the file is damaged (see :mod:`app.storage`). So every
dialog here is Qt's own widget dialog with an icon provider that answers
from the file's name alone, and a file of the open database is never handed
back to be read or written.

Dialogs start in the folder last used for the same ``kind`` of file, else
in the user's documents folder.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QSettings, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyle, QWidget

from app.storage.connection import is_database_file

_SETTINGS_GROUP = "fileDialogs"
_TYPES = {  # suffix -> type shown in the dialog's Type column
    "vcf": "vCard file", "vcard": "vCard file", "pdf": "PDF document",
    "csv": "CSV table", "db": "Hearth database", "jpg": "JPEG image", "jpeg": "JPEG image",
    "png": "PNG image", "gif": "GIF image", "txt": "Text file",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and types from the file's name and ``stat`` only: opens no file."""

    def __init__(self):
        super().__init__()
        style = QApplication.style()
        sp = QStyle.StandardPixmap
        kinds = QAbstractFileIconProvider.IconType
        self._icons = {kind: style.standardIcon(pixmap) for kind, pixmap in (
            (kinds.Computer, sp.SP_ComputerIcon), (kinds.Desktop, sp.SP_DesktopIcon),
            (kinds.Trashcan, sp.SP_TrashIcon), (kinds.Network, sp.SP_DriveNetIcon),
            (kinds.Drive, sp.SP_DriveHDIcon), (kinds.Folder, sp.SP_DirIcon),
            (kinds.File, sp.SP_FileIcon))}
        self._types = {suffix: _tr(name) for suffix, name in _TYPES.items()}
        self._folder, self._file = _tr("Folder"), _tr("File")

    def icon(self, what: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        kinds = QAbstractFileIconProvider.IconType
        if isinstance(what, QFileInfo):
            what = kinds.Drive if what.isRoot() else (
                kinds.Folder if what.isDir() else kinds.File)
        return self._icons.get(what, self._icons[kinds.File])

    def type(self, info: QFileInfo) -> str:  # noqa: A003 - Qt's name
        if info.isDir():
            return self._folder
        return self._types.get(info.suffix().lower(), self._file)


_provider: NameOnlyIconProvider | None = None


def _icon_provider() -> NameOnlyIconProvider:
    # One for the whole application: Qt does not own it, and it must outlive
    # every dialog's model.
    global _provider
    if _provider is None:
        _provider = NameOnlyIconProvider()
    return _provider


def start_folder(kind: str) -> str:
    """The folder last used for ``kind``, else the documents folder."""
    last = QSettings().value(f"{_SETTINGS_GROUP}/{kind}", "", str)
    if last and Path(last).is_dir():
        return last
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def make_dialog(parent: QWidget | None, caption: str, mode: QFileDialog.FileMode, *,
                kind: str, filters: str = "", name: str = "",
                folder: str | Path | None = None,
                save: bool = False) -> QFileDialog:
    """A file dialog that opens none of the files it lists (not shown yet)."""
    dialog = QFileDialog(parent, caption)
    dialog.setOptions(QFileDialog.Option.DontUseNativeDialog
                      | QFileDialog.Option.DontUseCustomDirectoryIcons)
    dialog.setIconProvider(_icon_provider())
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                         else QFileDialog.AcceptMode.AcceptOpen)
    if filters:
        dialog.setNameFilters(filters.split(";;"))
    dialog.setDirectory(str(folder) if folder else start_folder(kind))
    if name:
        dialog.selectFile(name)
    dialog.setProperty("kind", kind)
    return dialog


def _run(dialog: QFileDialog, kind: str, guard: bool) -> list[str]:
    """Show ``dialog`` modally; the chosen paths, remembering their folder."""
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        chosen = dialog.selectedFiles()
        if guard and any(is_database_file(p) for p in chosen):
            QMessageBox.warning(dialog.parentWidget(), dialog.windowTitle(), _tr(
                "This file belongs to the address book Hearth has open, and Hearth does not "
                "read or write it as an ordinary file. Choose another file."))
            return []
        if chosen:
            first = Path(chosen[0])
            folder = first if dialog.fileMode() == QFileDialog.FileMode.Directory \
                else first.parent
            QSettings().setValue(f"{_SETTINGS_GROUP}/{kind}", str(folder))
        return chosen
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, caption: str, filters: str, *, kind: str) -> str:
    """One existing file chosen by the user, or "" when cancelled."""
    dialog = make_dialog(parent, caption, QFileDialog.FileMode.ExistingFile, kind=kind,
                         filters=filters)
    return next(iter(_run(dialog, kind, guard=True)), "")


def open_files(parent: QWidget | None, caption: str, filters: str, *, kind: str) -> list[str]:
    """Existing files chosen by the user, or [] when cancelled."""
    dialog = make_dialog(parent, caption, QFileDialog.FileMode.ExistingFiles, kind=kind,
                         filters=filters)
    return _run(dialog, kind, guard=True)


def save_file(parent: QWidget | None, caption: str, name: str, filters: str, *, kind: str,
              folder: str | Path | None = None, confirm_overwrite: bool = True,
              guard: bool = True) -> str:
    """A file name to write, suggested as ``name``, or "" when cancelled.

    ``guard=False`` only where the chosen file is meant to be opened as a
    database, through SQLite.
    """
    dialog = make_dialog(parent, caption, QFileDialog.FileMode.AnyFile, kind=kind,
                         filters=filters, name=name, folder=folder, save=True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    return next(iter(_run(dialog, kind, guard=guard)), "")


def choose_folder(parent: QWidget | None, caption: str, *, kind: str) -> str:
    """An existing folder chosen by the user, or "" when cancelled."""
    dialog = make_dialog(parent, caption, QFileDialog.FileMode.Directory, kind=kind)
    return next(iter(_run(dialog, kind, guard=False)), "")
