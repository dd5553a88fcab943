""""Log conversation" (Ctrl+L): channel, direction, when, subject, notes, outcome, follow-up.

The same dialog edits a logged conversation. When the contact's "how we met"
is still empty, the dialog offers to fill it.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.contacts import saving
from app.contacts import store as contacts
from app.contacts.model import ORIGINS
from app.conversations import store as interactions
from app.conversations import temperature as t
from app.conversations.store import ConversationChanged, Interaction, InteractionProblem
from app.core import clock
from ui.common import formats
from ui.common.messages import message_for
from ui.contacts.contact_lookup import ContactLookupEdit
from ui.conversations.user_name import ask_once

FOLLOW_UP_DAYS = 7


def channel_names(widget, short: bool = False) -> dict[str, str]:
    return {t.CALL: widget.tr("Call"), t.MEETING: widget.tr("Meeting"),
            t.VIDEO: widget.tr("Video call"), t.EMAIL: widget.tr("E-mail"),
            t.LETTER: widget.tr("Letter"), t.CARD: widget.tr("Greeting card"),
            t.FAIR: widget.tr("Trade fair"), t.REFERRAL: widget.tr("Referral"),
            t.NOTE: widget.tr("Note") if short else widget.tr("Note (not a conversation)")}


def origin_names(widget) -> dict[str, str]:
    return {"": widget.tr("(leave empty)"), "trade fair": widget.tr("Trade fair"),
            "referral": widget.tr("Referral"), "mailing": widget.tr("Mailing"),
            "website": widget.tr("Website"), "event": widget.tr("Event"),
            "cold list": widget.tr("Cold list"), "other": widget.tr("Other")}


def _qdatetime(when: dt.datetime) -> QDateTime:
    return QDateTime(QDate(when.year, when.month, when.day),
                     QTime(when.hour, when.minute, when.second))


def _py_datetime(q: QDateTime) -> dt.datetime:
    d, tm = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), tm.hour(), tm.minute())


class LogDialog(QDialog):
    """Log a new conversation with ``contact_ids``, or edit ``interaction``.

    After ``exec()`` returns Accepted, ``saved_id`` holds the conversation's id.
    """

    def __init__(self, contact_ids: list[int], parent=None, *,
                 interaction: Interaction | None = None, now: dt.datetime | None = None):
        super().__init__(parent)
        self._editing = interaction
        self._contact_ids = list(interaction.contact_ids if interaction else contact_ids)
        self._now = now or clock.local_now().replace(second=0)
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit conversation") if interaction
                            else self.tr("Log conversation"))
        self._build()
        if interaction:
            self._fill(interaction)

    def _build(self) -> None:
        rows = contacts.list_rows(self._contact_ids)
        names = [rows[i].display_name for i in self._contact_ids if i in rows]
        form = QFormLayout()
        self.with_label = QLabel("<b>{}</b>".format(", ".join(names)))
        form.addRow(self.tr("With"), self.with_label)
        # A meeting with two people of one company is one conversation with both.
        self.also_with = ContactLookupEdit(self.tr("Add someone else who took part"))
        self.also_with.exclude = set(self._contact_ids)
        self.also_with.picked.connect(self._add_contact)
        form.addRow(self.tr("Also with"), self.also_with)

        self.channel = QComboBox()
        for value, text in channel_names(self).items():
            self.channel.addItem(text, value)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("We reached out"), interactions.OUT)
        self.direction.addItem(self.tr("They reached out"), interactions.IN)
        how = QHBoxLayout()
        how.addWidget(self.channel, 1)
        how.addWidget(self.direction, 1)
        form.addRow(self.tr("Channel"), how)

        self.when = QDateTimeEdit(_qdatetime(self._now))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(formats.datetime_pattern())
        form.addRow(self.tr("When"), self.when)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("What it was about"))
        form.addRow(self.tr("Subject"), self.subject)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What was said"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        form.addRow(self.tr("Notes"), self.notes)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("e.g. offer requested"))
        form.addRow(self.tr("Outcome"), self.outcome)

        self.follow_up_on = QCheckBox(self.tr("Remind me on"))
        self.follow_up = QDateEdit(QDate.currentDate().addDays(FOLLOW_UP_DAYS))
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat(formats.date_pattern())
        self.follow_up.setEnabled(False)
        self.follow_up_on.toggled.connect(self.follow_up.setEnabled)
        self.follow_up_done = QCheckBox(self.tr("done"))
        self.follow_up_done.setVisible(self._editing is not None)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_on)
        follow.addWidget(self.follow_up, 1)
        follow.addWidget(self.follow_up_done)
        form.addRow(self.tr("Follow-up"), follow)

        # How we met, offered when it is still empty.
        self.origin = None
        if self._editing is None and len(self._contact_ids) == 1:
            c = contacts.get(self._contact_ids[0])
            if not c.origin:
                self.origin = QComboBox()
                names = origin_names(self)
                for value in ORIGINS:
                    self.origin.addItem(names.get(value, value), value)
                self.origin.setToolTip(self.tr("How we met is still empty for this contact"))
                form.addRow(self.tr("How did we meet?"), self.origin)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.notes.setFocus()

    def _add_contact(self, contact_id: int) -> None:
        if contact_id not in self._contact_ids:
            self._contact_ids.append(contact_id)
            self.also_with.exclude.add(contact_id)
        rows = contacts.list_rows(self._contact_ids)
        self.with_label.setText("<b>{}</b>".format(
            ", ".join(rows[i].display_name for i in self._contact_ids if i in rows)))
        self.also_with.clear()

    def _fill(self, i: Interaction) -> None:
        self.channel.setCurrentIndex(max(0, self.channel.findData(i.channel)))
        self.direction.setCurrentIndex(max(0, self.direction.findData(i.direction)))
        self.when.setDateTime(_qdatetime(i.happened_at))
        self.subject.setText(i.subject)
        self.notes.setPlainText(i.notes)
        self.outcome.setText(i.outcome)
        if i.follow_up:
            self.follow_up_on.setChecked(True)
            self.follow_up.setDate(QDate(i.follow_up.year, i.follow_up.month, i.follow_up.day))
        self.follow_up_done.setChecked(i.follow_up_done)

    def interaction(self) -> Interaction:
        follow = None
        if self.follow_up_on.isChecked():
            d = self.follow_up.date()
            follow = dt.date(d.year(), d.month(), d.day())
        base = self._editing
        return Interaction(
            channel=self.channel.currentData(), contact_ids=list(self._contact_ids),
            happened_at=_py_datetime(self.when.dateTime()),
            direction=self.direction.currentData(), subject=self.subject.text().strip(),
            notes=self.notes.toPlainText().strip(), outcome=self.outcome.text().strip(),
            follow_up=follow, follow_up_done=self.follow_up_done.isChecked() and bool(follow),
            id=base.id if base else None, version=base.version if base else 0)

    def accept(self) -> None:
        item = self.interaction()
        try:
            if self._editing is not None:
                interactions.update(item)
                self.saved_id = item.id
            else:
                ask_once(self)  # whose name it carries: asked the first time only
                self.saved_id = interactions.log(item)
        except (InteractionProblem, ConversationChanged) as exc:
            # Changed elsewhere: nothing saved, the dialog stays open with the text typed.
            QMessageBox.warning(self, self.windowTitle(), message_for(exc))
            return
        if self.origin is not None and self.origin.currentData():
            origin = self.origin.currentData()
            saving.edit(self._contact_ids[0],
                        lambda c: setattr(c, "origin", c.origin or origin))
        super().accept()


def log_conversation(parent: QWidget, contact_id: int | None) -> int | None:
    """Open the dialog for ``contact_id``; the new conversation's id, or None."""
    if contact_id is None:
        QMessageBox.information(parent, parent.tr("Log conversation"),
                                parent.tr("Choose a contact in the list first."))
        return None
    dialog = LogDialog([contact_id], parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.saved_id
    return None

