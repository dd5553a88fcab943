"""Exporting contacts as vCards: which contacts, one file or a folder, version, photos."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
)

from app.cards import recipients
from app.contacts import listing
from app.contacts import store as contacts
from app.vcard.writer import ExportCancelled, export_ids
from ui.common import file_dialogs
from ui.common.messages import message_for
from ui.common.tasks import Cancelled, run_task

SELECTION, SEARCH, TAG, EVERYTHING = "selection", "search", "tag", "everything"


class ExportDialog(QDialog):
    """Signals:
        exported(int, str): how many contacts were written, and where.
    """
    exported = Signal(int, str)

    def __init__(self, parent=None, selected_ids: list[int] | None = None,
                 search_text: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export vCards"))
        self.selected_ids = list(selected_ids or [])
        self.search_text = search_text.strip()
        self.task = None
        self._closing = False
        self.written: tuple[int, str] | None = None
        layout = QVBoxLayout(self)

        which = QGroupBox(self.tr("Which contacts"))
        which_layout = QVBoxLayout(which)
        self.scope = QButtonGroup(self)
        self.selection_button = QRadioButton(
            self.tr("The &selected contacts (%n)", "", len(self.selected_ids)))
        self.search_button = QRadioButton(self.tr("Those matching the current &search"))
        if self.search_text:
            n = len(listing.find_ids(self.search_text))
            self.search_button.setText(self.tr("Those matching the current &search "
                                               "“{0}” ({1})").format(self.search_text, n))
        self.tag_button = QRadioButton(self.tr("Those &tagged"))
        self.tag = QComboBox()
        self.tag.addItems(contacts.all_tags())
        self.tag.currentIndexChanged.connect(lambda: self.tag_button.setChecked(True))
        self.everything_button = QRadioButton(
            self.tr("&Every contact (%n)", "", contacts.count()))
        for button, key in ((self.selection_button, SELECTION), (self.search_button, SEARCH),
                            (self.tag_button, TAG), (self.everything_button, EVERYTHING)):
            button.setProperty("scope", key)
            self.scope.addButton(button)
        self.selection_button.setEnabled(bool(self.selected_ids))
        self.search_button.setEnabled(bool(self.search_text))
        self.tag_button.setEnabled(self.tag.count() > 0)
        self.tag.setEnabled(self.tag.count() > 0)
        which_layout.addWidget(self.selection_button)
        which_layout.addWidget(self.search_button)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tag_button)
        tag_row.addWidget(self.tag, 1)
        which_layout.addLayout(tag_row)
        which_layout.addWidget(self.everything_button)
        (self.selection_button if len(self.selected_ids) > 1 else
         self.search_button if self.search_text else self.everything_button).setChecked(True)
        layout.addWidget(which)

        how = QGroupBox(self.tr("How"))
        form = QFormLayout(how)
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("One .vcf file with every card"), False)
        self.layout_choice.addItem(self.tr("One file per contact, in a folder"), True)
        form.addRow(self.tr("&Files:"), self.layout_choice)
        self.version = QComboBox()
        self.version.addItem(self.tr("vCard 3.0 — read by nearly everything"), "3.0")
        self.version.addItem(self.tr("vCard 4.0"), "4.0")
        form.addRow(self.tr("&Version:"), self.version)
        self.photos = QCheckBox(self.tr("Include &photos"))
        self.photos.setChecked(True)
        form.addRow("", self.photos)
        layout.addWidget(how)

        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.export_button.setText(self.tr("&Export…"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen_scope(self) -> str:
        return self.scope.checkedButton().property("scope")

    def chosen_ids(self) -> list[int]:
        scope = self.chosen_scope()
        if scope == SELECTION:
            return self.selected_ids
        if scope == SEARCH:
            return listing.find_ids(self.search_text)
        if scope == TAG:
            return recipients.ids_by_tag(self.tag.currentText())
        return listing.ordered_ids()

    def _ask_target(self) -> str:
        if self.layout_choice.currentData():
            return file_dialogs.choose_folder(self, self.tr("Export into this folder"),
                                              kind="vcard-export")
        path = file_dialogs.save_file(self, self.windowTitle(), self.tr("contacts.vcf"),
                                      self.tr("vCard files (*.vcf)"), kind="vcard-export")
        if path and not Path(path).suffix:
            path += ".vcf"
        return path

    def export(self, target: str | None = None) -> None:
        ids = self.chosen_ids()
        if not ids:
            self.status.setText(self.tr("No contacts to export."))
            return
        target = target or self._ask_target()
        if not target:
            return
        per_contact = bool(self.layout_choice.currentData())
        version, photos = self.version.currentData(), self.photos.isChecked()
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Writing %n contact(s)…", "", len(ids)))
        self.export_button.setEnabled(False)

        def work(task):
            return export_ids(ids, Path(target), version, photos, per_contact,
                              progress=task.report, cancelled=lambda: task.cancelled)

        def done(n: int) -> None:
            self.task = None
            self.written = (n, target)
            self.exported.emit(n, target)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.task = None
            self.progress.hide()
            self.export_button.setEnabled(True)
            if isinstance(exc, (Cancelled, ExportCancelled)):
                self.status.setText(self.tr("The export was cancelled."))
                if self._closing:
                    super(ExportDialog, self).reject()
                return
            message = message_for(exc)
            self.status.setText(self.tr("Nothing was exported: {0} could not be written "
                                        "({1}).").format(target, message))
            QMessageBox.critical(self, self.windowTitle(), self.status.text())

        self.task = run_task(work, done, failed, lambda d, t: self.progress.setValue(d))

    def reject(self) -> None:
        if self.task is not None:  # Cancel stops the export first
            self._closing = True
            self.task.cancel()
            return
        super().reject()
