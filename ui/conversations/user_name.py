"""Your name in the conversation log: asked once per installation, changeable later.

Each conversation records who logged it (app.core.user keeps the name on this
computer, not in the shared database). The first time someone logs a
conversation here, :func:`ask_once` proposes the OS account's full name;
Cancel still logs, with no name, and the question comes back next time.
Conversations > Your Name in the Log… changes it (:func:`change_name`).
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import user


class UserNameDialog(QDialog):
    """Asks for the name this installation signs logged conversations with."""

    def __init__(self, parent: QWidget | None = None, *, first_time: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your name in the log"))
        intro = QLabel(
            self.tr("Each conversation records who logged it, so that colleagues "
                    "reading a briefing know whom to ask. Which name should the "
                    "conversations logged on this computer carry?") if first_time else
            self.tr("The name the conversations you log on this computer carry. "
                    "Conversations logged before keep the name they have."))
        intro.setWordWrap(True)
        self.name = QLineEdit(user.name() if user.is_chosen() else user.proposed())
        self.name.setMaxLength(user.MAX_LENGTH)
        self.name.setPlaceholderText(self.tr("e.g. Anna Schmidt"))
        self.name.selectAll()
        hint = QLabel(self.tr("Kept on this computer only. Leave it empty to log without "
                              "a name."))
        hint.setWordWrap(True)
        hint.setEnabled(False)  # greyed: a remark, not a field
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name)
        layout.addWidget(hint)
        layout.addStretch(1)  # the remark stays under the field, not halfway down
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def accept(self) -> None:
        user.choose(self.name.text())
        super().accept()


def ask_once(parent: QWidget | None) -> None:
    """Before the first conversation logged on this installation: ask for the name."""
    if not user.is_chosen():
        UserNameDialog(parent).exec()


def change_name(parent: QWidget | None) -> None:
    """The settings entry: change the name conversations logged from now on carry."""
    UserNameDialog(parent, first_time=False).exec()
