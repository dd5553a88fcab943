"""Before marking envelopes sent: a card without a postal address cannot have gone out.

The run window asks here; the command line leaves such recipients out and says so
(app/cli/cards.py). When it asks, cards whose labels or envelopes were never
printed are named too.
"""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.cards import envelopes as ce
from app.cards import runs as cards


class MarkSentQuestion(QMessageBox):
    """"Mark the N with an address" (the default), "Mark all", or Cancel."""

    def __init__(self, envs: list[ce.Envelope], parent: QWidget | None = None):
        super().__init__(parent)
        self.ids = [i for e in envs for i in e.contact_ids]
        missing = set(ce.unaddressed_ids(envs))
        unprinted = [i for e in ce.with_address(envs)
                     for i, s in zip(e.contact_ids, e.statuses) if s == cards.PLANNED]
        self.others = [i for i in self.ids if i not in missing]
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Mark Sent"))
        sentences = [self.tr("%n selected recipient(s) without a postal address: no card "
                             "can have gone out to them.", "", len(missing))]
        if unprinted:
            sentences.append(self.tr(
                "%n selected recipient(s) with an address still planned: no label or "
                "envelope was printed for them.", "", len(unprinted)))
        self.setText("\n\n".join(sentences))
        self.only = self.addButton(self.tr("Mark the %n with an Address", "", len(self.others)),
                                   QMessageBox.ButtonRole.AcceptRole)
        self.only.setEnabled(bool(self.others))
        self.every = self.addButton(self.tr("Mark All %n", "", len(self.ids)),
                                    QMessageBox.ButtonRole.DestructiveRole)
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.only if self.others else cancel)
        self.setEscapeButton(cancel)

    def chosen_ids(self) -> list[int] | None:
        """After exec(): the contact ids to mark sent, or None (cancelled)."""
        clicked = self.clickedButton()
        if clicked is self.only:
            return self.others
        if clicked is self.every:
            return self.ids
        return None


def ask_before_marking_sent(parent: QWidget, envs: list[ce.Envelope]) -> list[int] | None:
    """The contact ids to mark sent (None: cancelled). Asks only when some envelope has
    no postal address: hand-written envelopes are never printed, so "planned" alone
    is no reason to ask."""
    if not ce.unaddressed_ids(envs):
        return [i for e in envs for i in e.contact_ids]
    question = MarkSentQuestion(envs, parent)
    question.exec()
    return question.chosen_ids()
