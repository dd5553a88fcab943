"""The detail pane: shows and edits every field of one contact.

The pane holds the photo, the title, Save and Revert, and whether there are
unsaved edits; the fields themselves are the ContactForm (ui.contacts.contact_form).
A save never overwrites what it did not see: when the contact was changed
elsewhere since it was loaded, the edits are merged with those changes
(app.contacts.saving), and fields changed on both sides are put to the user
(ui.contacts.conflict_dialog).
"""
from __future__ import annotations

import sqlite3

import peewee as pw
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.contacts import saving
from app.contacts import store as contacts
from app.contacts.model import ORGANISATION, PERSON, ContactData
from app.contacts.three_way import as_loaded
from app.storage.connection import DatabaseProblem, database_path, explain
from app.storage.errors import PG_CANNOT_CONNECT, PG_CONNECTION_LOST
from ui.common import file_dialogs
from ui.common.messages import message_for
from ui.contacts.conflict_dialog import choose_in_dialog
from ui.contacts.contact_form import ContactForm

PHOTO_SIZE = 88


class ContactEditor(QWidget):
    """Signals:
        saved(int): the contact with this id was written to the database.
        dirtyChanged(bool): there are (or no longer are) unsaved edits.
        notice(str): a line for the status bar (a save merged with changes made elsewhere).
    """
    saved = Signal(int)
    dirtyChanged = Signal(bool)
    notice = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._contact: ContactData | None = None  # as loaded: the base of a merge
        self._shown: ContactData | None = None  # the form's reading of it, just filled in
        self._dirty = False
        self._loading = False
        self._photo: bytes | None = None
        self._photo_mime = ""
        self._build()
        self.setEnabled(False)

    # --- building -----------------------------------------------------------
    @property
    def form(self) -> ContactForm:
        """The fields, built when first used: at the start after the window is on
        screen (a fifth of a second of widgets), with the first contact."""
        if self._form is None:
            self._form = ContactForm()
            self._form.changed.connect(self._mark_dirty)
            self._scroll.setWidget(self._form)
        return self._form

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        header = QHBoxLayout()
        header.setContentsMargins(12, 10, 12, 6)
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.photo_label.setToolTip(self.tr("Photo"))
        header.addWidget(self.photo_label)
        title_box = QVBoxLayout()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: palette(mid);")
        title_box.addWidget(self.title)
        title_box.addWidget(self.subtitle)
        photo_buttons = QHBoxLayout()
        self.photo_button = QPushButton(self.tr("Photo…"))
        self.photo_button.clicked.connect(self._choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.remove_photo_button.clicked.connect(self._remove_photo)
        photo_buttons.addWidget(self.photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        title_box.addLayout(photo_buttons)
        title_box.addStretch(1)
        header.addLayout(title_box, 1)
        buttons = QVBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Discard unsaved changes"))
        self.revert_button.clicked.connect(self.revert)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        header.addLayout(buttons)
        outer.addLayout(header)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll, self._form = scroll, None  # the form: built when first used (form)
        outer.addWidget(scroll, 1)

        self._update_buttons()

    # --- state --------------------------------------------------------------
    @property
    def contact(self) -> ContactData | None:
        return self._contact

    @property
    def contact_id(self) -> int | None:
        return self._contact.id if self._contact else None

    def is_dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self, *args) -> None:
        if self._loading or self._dirty:
            return
        self._dirty = True
        self._update_buttons()
        self.dirtyChanged.emit(True)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty and self._contact is not None)
        self.remove_photo_button.setEnabled(self._photo is not None)

    def _set_clean(self) -> None:
        was = self._dirty
        self._dirty = False
        self._update_buttons()
        if was:
            self.dirtyChanged.emit(False)

    # --- load / read --------------------------------------------------------
    def clear(self) -> None:
        self._contact = None
        self._loading = True
        try:
            self._fill(ContactData())
        finally:
            self._loading = False
        self.title.setText("")
        self.subtitle.setText("")
        self.setEnabled(False)
        self._set_clean()

    def load(self, contact: ContactData) -> None:
        self._contact = contact
        self._loading = True
        try:
            self._fill(contact)
        finally:
            self._loading = False
        try:
            self._shown = self.data() if contact.id is not None else None
        except ValueError:  # stored data the form cannot read back (a bad date)
            self._shown = None
        self.setEnabled(True)
        self._set_clean()

    def load_id(self, contact_id: int) -> None:
        self.load(contacts.get(contact_id))

    def _fill(self, c: ContactData) -> None:
        self.form.fill(c)
        self._photo, self._photo_mime = c.photo, c.photo_mime
        self._show_photo()
        self.title.setText(c.display_name() if c.id else self.tr("New contact"))
        sub = [p for p in (c.job_title, c.organisation if c.kind != ORGANISATION else "") if p]
        self.subtitle.setText(" · ".join(sub))

    def _show_photo(self) -> None:
        pix = QPixmap()
        if self._photo and pix.loadFromData(self._photo):
            self.photo_label.setPixmap(pix.scaled(
                QSize(PHOTO_SIZE, PHOTO_SIZE), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.form.initials().upper())
        self._update_buttons()

    def _choose_photo(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose a photo"),
                                      self.tr("Images (*.jpg *.jpeg *.png *.gif)"),
                                      kind="photo")
        if not path:
            return
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Photo"),
                                self.tr("{0} cannot be read: {1}").format(path, message_for(exc)))
            return
        if not QPixmap().loadFromData(data):
            QMessageBox.warning(self, self.tr("Photo"),
                                self.tr("{0} is not an image Hearth can show.").format(path))
            return
        self._photo = data
        self._photo_mime = "image/png" if data[:8] == b"\x89PNG\r\n\x1a\n" else "image/jpeg"
        self._show_photo()
        self._mark_dirty()

    def _remove_photo(self) -> None:
        self._photo, self._photo_mime = None, ""
        self._show_photo()
        self._mark_dirty()

    def data(self) -> ContactData:
        """The edited contact; raises ValueError with a message for bad input."""
        return self.form.contact(self._contact or ContactData(), self._photo, self._photo_mime)

    # --- actions ------------------------------------------------------------
    def start_new(self, kind: str = PERSON) -> None:
        """Begin a contact that is not in the database until saved."""
        self.load(ContactData(kind=kind))
        self._dirty = True
        self._update_buttons()
        self.dirtyChanged.emit(True)
        (self.form.organisation if kind == ORGANISATION else self.form.given_name).setFocus()

    def save(self) -> bool:
        """Write the edits; returns False (after telling the user) when input is bad."""
        if not self._dirty or not self.isEnabled():
            return True
        try:
            c = self.data()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), message_for(exc))
            return False
        try:
            outcome = self._save_merging(c)
        except (sqlite3.Error, pw.PeeweeException, DatabaseProblem) as exc:
            problem = explain(exc, database_path() or self.tr("the address book"))
            if problem.code in (PG_CANNOT_CONNECT, PG_CONNECTION_LOST):
                # One sentence; the server's own words are in the status bar's tooltip.
                QMessageBox.critical(self, self.tr("Cannot save"), self.tr(
                    "Nothing was lost: the database server for {0} cannot be reached, so "
                    "your edits stay in the form; save again once it is back."
                ).format(problem.path))
                return False
            QMessageBox.critical(self, self.tr("Cannot save"),
                                 self.tr("Nothing was lost: your edits are still in the form. "
                                         "{0}").format(message_for(problem)))
            return False
        except (contacts.ContactNotFound, contacts.ContactChanged) as exc:
            QMessageBox.critical(self, self.tr("Cannot save"),
                                 self.tr("Nothing was lost: your edits are still in the form. "
                                         "{0}").format(message_for(exc)))
            return False
        if outcome is None:  # conflicts, and the user cancelled: the form stays as it is
            return False
        self.load(contacts.get(outcome.saved.id))
        if outcome.merge is not None:
            self.notice.emit(self.tr("Saved {0}, merged with changes made elsewhere.").format(
                outcome.saved.display_name()))
        self.saved.emit(outcome.saved.id)
        return True

    def _save_merging(self, c: ContactData) -> saving.SaveOutcome | None:
        """Save ``c``, merged with what was written elsewhere since it was loaded;
        None when fields clashed and the user cancelled the choice."""
        if c.id is None or self._contact is None:
            return saving.save(c)
        mine = as_loaded(self._contact, self._shown, c) if self._shown else c
        outcome = saving.save(mine, self._contact)
        while outcome.conflicts:
            choices = choose_in_dialog(self, c.display_name(), outcome.conflicts)
            if choices is None:
                return None
            outcome = saving.save_resolved(outcome, choices)
        return outcome

    def revert(self) -> None:
        if self._contact is not None and self._contact.id is not None:
            self.load_id(self._contact.id)
        else:
            self.clear()

    # --- other writers ------------------------------------------------------
    def reload_if_unchanged(self) -> str:
        """Another window or command may have changed the shown contact.

        Shows the stored contact again when the form holds no unsaved edits;
        with edits, leaves every field as typed and only says, above the form,
        that the contact changed elsewhere. Returns "same", "reloaded", "kept"
        (edits left alone) or "gone" (no longer in the database).
        """
        if self._contact is None or self._contact.id is None:
            return "same"
        try:
            stored = contacts.get(self._contact.id)
        except contacts.ContactNotFound:
            stored = None
        if stored == self._contact:
            return "same"
        if self._dirty:
            self._changed_elsewhere_hint().show()
            return "kept"
        if stored is None:
            return "gone"
        self.load(stored)
        return "reloaded"

    def _changed_elsewhere_hint(self) -> QLabel:
        hint = getattr(self, "changed_elsewhere", None)
        if hint is None:
            hint = QLabel(self.tr("This contact was changed in another window or by a "
                                  "command while you were editing. Your edits are "
                                  "still here."))
            hint.setWordWrap(True)
            hint.setContentsMargins(12, 0, 12, 4)
            hint.setStyleSheet("color: palette(highlight);")
            self.layout().insertWidget(1, hint)
            self.dirtyChanged.connect(lambda dirty: dirty or hint.hide())
            self.changed_elsewhere = hint
        return hint
