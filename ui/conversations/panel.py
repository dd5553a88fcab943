"""Below the detail pane: the contact's temperature (with pin) and the conversation timeline."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.conversations import store as interactions
from app.conversations import temperature as t
from app.conversations import warmth
from app.conversations.store import Interaction
from app.core import clock
from ui.common import formats
from ui.conversations.log_dialog import LogDialog, channel_names
from ui.conversations.temperature_look import band_icon, band_name, chip_style, look_of


class TimelineModel(QAbstractListModel):
    """A contact's conversations, newest first: one entry per conversation."""
    InteractionRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Interaction] = []
        self._channels = channel_names(self, short=True)

    def set_items(self, items: list[Interaction]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._items)

    def item(self, row: int) -> Interaction | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        i = self.item(index.row()) if index.isValid() else None
        if i is None:
            return None
        if role == self.InteractionRole:
            return i.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            direction = (self.tr("we reached out") if i.direction == interactions.OUT
                         else self.tr("they reached out"))
            channel = self._channels.get(i.channel, i.channel)
            head = f"{formats.date_time(i.happened_at)} · {channel}"
            if i.channel != "note":
                head += f" ({direction})"
            if i.subject:
                head += f" · {i.subject}"
            if i.logged_by:
                head += " · " + self.tr("logged by {0}").format(i.logged_by)
            lines = [head]
            if i.notes:
                lines.append(i.notes)
            if i.outcome:
                lines.append(self.tr("Outcome: {0}").format(i.outcome))
            if i.follow_up:
                state = self.tr("done") if i.follow_up_done else self.tr("open")
                lines.append(self.tr("Follow-up {0} ({1})").format(formats.date(i.follow_up),
                                                                  state))
            return "\n".join(lines)
        return None


class _TrashConversation(QUndoCommand):
    def __init__(self, panel: ConversationPanel, item: Interaction):
        super().__init__(panel.tr("Move conversation “{0}” to the trash").format(
            item.subject or item.channel))
        self.panel, self.item = panel, item

    def redo(self) -> None:
        interactions.trash([self.item.id])
        self.panel._after_change()

    def undo(self) -> None:
        interactions.restore([self.item.id])
        self.panel._after_change()


class ConversationPanel(QWidget):
    """Signals:
        changed(int): conversations or the pin of this contact changed (list must refresh).
        briefingRequested(int): the user asked for this contact's briefing.
    """
    changed = Signal(int)
    briefingRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._contact_id: int | None = None
        self.undo_stack: QUndoStack | None = None  # the window's, so Ctrl+Z restores
        self.chip = QLabel()
        self.chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.chip_icon = QLabel()
        self.chip_icon.setFixedSize(16, 16)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.pin = QComboBox()
        self.pin.addItem(self.tr("Computed"), "")
        for band in reversed(t.BANDS):
            self.pin.addItem(band_icon(band), self.tr("Pin as {0}").format(band_name(band)), band)
        self.pin.setToolTip(self.tr("Pin the temperature, or let Hearth compute it"))
        self.pin.activated.connect(self._pin_chosen)
        top = QHBoxLayout()
        top.addWidget(self.chip_icon)
        top.addWidget(self.chip)
        top.addWidget(self.reason, 1)
        top.addWidget(self.pin)

        self.model = TimelineModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _: self.edit_selected())
        self.empty = QLabel(self.tr("No conversations logged yet. Press Ctrl+L to log one."))
        self.empty.setStyleSheet("color: palette(mid);")

        self.log_button = QPushButton(self.tr("Log conversation…"))
        self.log_button.setToolTip(self.tr("Ctrl+L"))
        self.log_button.clicked.connect(self.log_new)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.trash_button = QPushButton(self.tr("Move to trash"))
        self.trash_button.clicked.connect(self.trash_selected)
        self.briefing_button = QPushButton(self.tr("Briefing (F9)"))
        self.briefing_button.clicked.connect(
            lambda: self._contact_id and self.briefingRequested.emit(self._contact_id))
        buttons = QHBoxLayout()
        for b in (self.log_button, self.edit_button, self.trash_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.briefing_button)

        title = QLabel("<b>{}</b>".format(self.tr("Temperature and conversations")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_contact(None)

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def show_contact(self, contact_id: int | None, now: dt.datetime | None = None) -> None:
        self._contact_id = contact_id
        self.setEnabled(contact_id is not None)
        if contact_id is None:
            self.model.set_items([])
            self.chip.setText("")
            self.chip.setStyleSheet("")
            self.chip_icon.clear()
            self.reason.setText("")
            self._update_buttons()
            return
        now = now or clock.local_now()
        temp = warmth.temperatures([contact_id], now).get(contact_id)
        if temp is None:  # trashed or deleted since the selection moved: nothing to show
            self.show_contact(None)
            return
        self.chip_icon.setPixmap(band_icon(look_of(temp)).pixmap(14, 14))
        self.chip.setStyleSheet(chip_style(look_of(temp)))
        self.chip.setText(band_name(look_of(temp)))
        self.chip.ensurePolished()  # the style sheet's padding counts in the size
        self.chip.setMinimumWidth(self.chip.sizeHint().width() + 4)
        self.reason.setText(temp.reason)
        self.pin.setCurrentIndex(max(0, self.pin.findData(temp.band if temp.pinned else "")))
        items = interactions.for_contact(contact_id)
        self.model.set_items(items)
        self.empty.setVisible(not items)
        self._update_buttons()

    def refresh(self) -> None:
        """Show the contact's conversations as stored now, keeping the selected one."""
        chosen = self.selected()
        self.show_contact(self._contact_id)
        if chosen is not None:
            for row in range(self.model.rowCount()):
                if self.model.item(row).id == chosen.id:
                    self.view.setCurrentIndex(self.model.index(row))
                    break

    def _update_buttons(self, *args) -> None:
        has = bool(self.view.selectionModel().selectedIndexes())
        self.edit_button.setEnabled(has)
        self.trash_button.setEnabled(has)

    def selected(self) -> Interaction | None:
        rows = self.view.selectionModel().selectedIndexes()
        return self.model.item(rows[0].row()) if rows else None

    def _after_change(self) -> None:
        cid = self._contact_id
        self.show_contact(cid)
        if cid is not None:
            self.changed.emit(cid)

    def log_new(self) -> None:
        if self._contact_id is None:
            return
        dialog = LogDialog([self._contact_id], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = LogDialog([], self, interaction=interactions.get(item.id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def trash_selected(self) -> None:
        """Move the selected conversation to the trash; Ctrl+Z brings it back."""
        item = self.selected()
        if item is None:
            return
        command = _TrashConversation(self, item)
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()

    def _pin_chosen(self, index: int) -> None:
        if self._contact_id is None:
            return
        warmth.pin(self._contact_id, self.pin.itemData(index) or "")
        self._after_change()
