"""The confirmation before an erasure: it names what goes, and which backups hold the person."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from app.privacy.erase import BackupHit
from app.privacy.erase_store import Reach


class EraseDialog(QDialog):
    """Asks before erasing; ``from_backups()`` says whether the backups go too."""

    def __init__(self, reach: Reach, hits: list[BackupHit], keep_daily: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase Personal Data"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<p><b>Erase {0} for good?</b></p><p>Everything Hearth stores about this person "
            "is removed at once, not moved to the trash, and cannot be undone. Export their "
            "data first if they asked for it.</p>").format(escape(reach.name)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        yes, no = self.tr("yes"), self.tr("no")
        rows = [
            (self.tr("Phone numbers:"), str(reach.phones)),
            (self.tr("E-mail addresses:"), str(reach.emails)),
            (self.tr("Postal addresses:"), str(reach.addresses)),
            (self.tr("Photo:"), yes if reach.has_photo else no),
            (self.tr("Tags:"), str(reach.tags)),
            (self.tr("Conversations only with them:"), str(len(reach.own_conversations))),
            (self.tr("Conversations shared with others:"),
             self.tr("%n kept without them and their name", "",
                     len(reach.shared_conversations))),
            (self.tr("Greeting-card entries:"), str(reach.card_entries)),
            (self.tr("Cards received from them:"), str(reach.cards_received)),
        ]
        if reach.referred:
            rows.append((self.tr("Contacts they referred:"), self.tr(
                "%n kept, marked “referred by: erased contact”", "", len(reach.referred))))
        if reach.journal_copies:
            rows.append((self.tr("Copies in an unfinished import:"), str(reach.journal_copies)))
        rows.append((self.tr("Backups that hold them:"), "\n".join(
            [str(len(hits))] + [h.path.name for h in hits])))  # which ones, by name
        for label, value in rows:
            form.addRow(label, QLabel(value))
        layout.addLayout(form)
        self.backups_box = QCheckBox(self.tr("Also erase them from the backups that hold them "
                                             "(%n)", "", len(hits)))
        self._has_backups = bool(hits)
        self.backups_box.setChecked(bool(hits))
        self.backups_box.setVisible(bool(hits))
        self.backups_box.setToolTip("\n".join(h.path.name for h in hits))
        layout.addWidget(self.backups_box)
        if hits:
            note = QLabel(self.tr(
                "Backups left as they are still hold the person until newer backups replace "
                "them (the newest %n daily backups are kept; copies taken before a schema "
                "update stay until you delete them).", "", keep_daily))
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("Erase for Good"),
                                              QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(buttons)

    def from_backups(self) -> bool:
        return self._has_backups and self.backups_box.isChecked()
