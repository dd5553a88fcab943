"""The conflict dialog (ui/contacts/conflict_dialog.py) worded for a sync: the
two sides are Hearth and the server, not two editors of one form."""
from __future__ import annotations

from html import escape as _html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QWidget

from app.contacts.three_way import MINE, THEIRS, Conflict
from ui.contacts.conflict_dialog import ConflictDialog


def _theirs(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


class SyncConflictDialog(ConflictDialog):
    """Choose, per field changed both in Hearth and on the server, what to keep."""

    def __init__(self, name: str, account: str, conflicts: list[Conflict], parent=None):
        super().__init__(name, conflicts, parent)
        self.setWindowTitle(self.tr("Changed in Hearth and on the Server"))
        labels = self.findChildren(QLabel)
        labels[0].setText(self.tr(
            "<b>{0}</b> was changed both in Hearth and on the server of {1} since the last "
            "sync. Changes that do not clash have been merged. These fields were changed on "
            "both sides: choose what to keep.").format(_html(name), _html(account)))
        heads = {_theirs("Your version"): self.tr("In Hearth"),
                 _theirs("Saved elsewhere"): self.tr("On the server")}
        for label in labels:
            for old, new in heads.items():
                if label.text() == f"<b>{_html(old)}</b>":
                    label.setText(f"<b>{_html(new)}</b>")
        words = {MINE: self.tr("Keep Hearth's"), THEIRS: self.tr("Keep the server's")}
        for button in self.findChildren(QRadioButton):
            if button.property("choice") in words:
                button.setText(words[button.property("choice")])
        cancel = self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Change nothing now; you are asked again after the next "
                                  "sync"))


def choose_sync_conflict(parent: QWidget | None, name: str, account: str,
                         conflicts: list[Conflict]) -> dict[str, str] | None:
    """The user's choice per field, or None when they put it off."""
    dialog = SyncConflictDialog(name, account, conflicts, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choices()
