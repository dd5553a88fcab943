"""The Today view: follow-ups due, contacts going cold, birthdays in the next 14 days.

Every entry opens its contact on a double click or Enter; the buttons log a
conversation, mark a follow-up done or move it to another day.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.conversations import store as interactions
from app.conversations import today
from app.core import clock
from ui.common import formats
from ui.common.messages import message_for
from ui.common.tasks import run_task
from ui.conversations.log_dialog import channel_names
from ui.conversations.temperature_look import band_icon, band_name, look_of

SHOWN = 500  # per list; the rest is counted, not listed
ContactRole = Qt.ItemDataRole.UserRole + 1
InteractionRole = Qt.ItemDataRole.UserRole + 2


def _table(headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)  # wrapped cells let ResizeToContents squeeze a column to "2…"
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, model


def _item(text: str, contact_id: int, interaction_id: int | None = None) -> QStandardItem:
    it = QStandardItem(text)
    it.setData(contact_id, ContactRole)
    if interaction_id is not None:
        it.setData(interaction_id, InteractionRole)
    return it


class TodayView(QWidget):
    """Signals:
        openContact(int): show this contact in the main window.
        logFor(int): log a conversation with this contact.
        changed(): a follow-up was marked done or moved.
    """
    openContact = Signal(int)
    logFor = Signal(int)
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Today"))
        self.heading = QLabel()
        self.follow_view, self.follow_model = _table(
            [self.tr("Due"), self.tr("Contact"), self.tr("About"), self.tr("State")])
        self.cold_view, self.cold_model = _table(
            [self.tr("Temperature"), self.tr("Contact"), self.tr("Why")])
        self.birthday_view, self.birthday_model = _table(
            [self.tr("Date"), self.tr("Contact"), self.tr("Turns")])
        self.follow_title, self.cold_title, self.birthday_title = QLabel(), QLabel(), QLabel()

        self.open_button = QPushButton(self.tr("Open contact"))
        self.log_button = QPushButton(self.tr("Log conversation…"))
        self.done_button = QPushButton(self.tr("Mark done"))
        self.move_date = QDateEdit(QDate.currentDate().addDays(7))
        self.move_date.setCalendarPopup(True)
        self.move_date.setDisplayFormat(formats.date_pattern())
        self.move_button = QPushButton(self.tr("Move to"))
        self.open_button.clicked.connect(self._open)
        self.log_button.clicked.connect(self._log)
        self.done_button.clicked.connect(self._done)
        self.move_button.clicked.connect(self._move)
        follow_buttons = QHBoxLayout()
        for w in (self.done_button, self.move_button, self.move_date):
            follow_buttons.addWidget(w)
        follow_buttons.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.log_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.follow_title)
        layout.addWidget(self.follow_view, 3)
        layout.addLayout(follow_buttons)
        layout.addWidget(self.cold_title)
        layout.addWidget(self.cold_view, 3)
        layout.addWidget(self.birthday_title)
        layout.addWidget(self.birthday_view, 2)
        layout.addLayout(buttons)
        self._views = (self.follow_view, self.cold_view, self.birthday_view)
        for view in self._views:
            # activated: a double click, and Enter or Return on the current row
            view.activated.connect(lambda index, v=view: self._open_from(v, index))
            view.selectionModel().currentRowChanged.connect(
                lambda cur, prev, v=view: self._selected_in(v))
        self._active: QTableView | None = None
        # Wide enough for a long name beside a whole German reason ("überfällig:
        # Kontakt alle 365 Tage halten, letzter Kontakt vor 13 Monaten"), but
        # never past a laptop's screen.
        room = self.screen().availableGeometry()
        self.resize(min(1040, room.width() - 40), min(640, room.height() - 60))
        self._update_buttons()

    def refresh(self, now: dt.datetime | None = None) -> None:
        now = now or clock.local_now()
        self._show(today.today(now), now)

    def refresh_in_background(self, *, quietly: bool = False) -> None:
        """Gather Today off the GUI thread: at 100,000 contacts it takes ~1.5 s.

        ``quietly`` (another writer changed something): keep showing the old
        lists, without a busy heading, until the new ones are ready.
        """
        now = clock.local_now()
        if not quietly:
            self.heading.setText("<h2>{}</h2>".format(self.tr("Today — looking through your "
                                                              "contacts…")))
            self.setCursor(Qt.CursorShape.BusyCursor)

        def shown(data):
            self.unsetCursor()
            self._show(data, now)

        def failed(exc):
            self.unsetCursor()
            self.heading.setText("<h2>{}</h2><p>{}</p>".format(
                self.tr("Today could not be gathered"), message_for(exc)))

        run_task(lambda task: today.today(now), shown, failed, owner=self)

    def _show(self, data, now: dt.datetime) -> None:
        self.heading.setText("<h2>{}</h2>".format(
            self.tr("Today, {0}").format(formats.long_date(now))))
        self._fill_follow_ups(data.follow_ups)
        self._fill_going_cold(data.going_cold)
        self._fill_birthdays(data.birthdays, now.date())
        for view in self._views:  # fit the columns to what was just filled in;
            for column in range(view.model().columnCount() - 1):  # the last one stretches
                view.resizeColumnToContents(column)
        self._active = None
        self._update_buttons()

    def _title(self, label: QLabel, text: str, count: int) -> None:
        more = self.tr(" (showing the first {0})").format(SHOWN) if count > SHOWN else ""
        label.setText(f"<b>{text}</b> — {count}{more}")

    def _fill_follow_ups(self, items) -> None:
        self.follow_model.removeRows(0, self.follow_model.rowCount())
        self._title(self.follow_title, self.tr("Follow-ups due"), len(items))
        channels = channel_names(self, short=True)
        for f in items[:SHOWN]:
            if f.days_overdue == 0:
                state = self.tr("due today")
            elif f.days_overdue == 1:
                state = self.tr("1 day overdue")
            else:
                state = self.tr("{0} days overdue").format(f.days_overdue)
            cid = f.contact_ids[0]
            self.follow_model.appendRow([
                _item(formats.date(f.due), cid, f.interaction_id),
                _item(", ".join(f.names), cid, f.interaction_id),
                _item(f.subject or channels.get(f.channel, f.channel), cid, f.interaction_id),
                _item(state, cid, f.interaction_id)])

    def _fill_going_cold(self, items) -> None:
        self.cold_model.removeRows(0, self.cold_model.rowCount())
        self._title(self.cold_title, self.tr("Going cold"), len(items))
        for g in items[:SHOWN]:
            chip = _item(band_name(look_of(g.temperature)), g.contact_id)
            chip.setIcon(band_icon(look_of(g.temperature)))
            chip.setToolTip(g.temperature.reason)
            self.cold_model.appendRow([chip, _item(g.name, g.contact_id),
                                       _item(g.why, g.contact_id)])

    def _fill_birthdays(self, items, day: dt.date) -> None:
        self.birthday_model.removeRows(0, self.birthday_model.rowCount())
        self._title(self.birthday_title, self.tr("Birthdays in the next 14 days"), len(items))
        for b in items[:SHOWN]:
            when = self.tr("today") if b.date == day else formats.short_day(b.date)
            self.birthday_model.appendRow([_item(when, b.contact_id),
                                           _item(b.name, b.contact_id),
                                           _item(str(b.age) if b.age else "", b.contact_id)])

    # --- acting on the selection ------------------------------------------------
    def _selected_in(self, view: QTableView) -> None:
        self._active = view
        for other in self._views:
            if other is not view:
                other.selectionModel().clearSelection()
        self._update_buttons()

    def _current(self, role) -> int | None:
        if self._active is None:
            return None
        index = self._active.currentIndex()
        return index.data(role) if index.isValid() else None

    def _update_buttons(self) -> None:
        has_contact = self._current(ContactRole) is not None
        has_follow = self._active is self.follow_view and self._current(InteractionRole)
        self.open_button.setEnabled(has_contact)
        self.log_button.setEnabled(has_contact)
        self.done_button.setEnabled(bool(has_follow))
        self.move_button.setEnabled(bool(has_follow))

    def _open_from(self, view: QTableView, index) -> None:
        cid = index.data(ContactRole)
        if cid is not None:
            self.openContact.emit(cid)

    def _open(self) -> None:
        cid = self._current(ContactRole)
        if cid is not None:
            self.openContact.emit(cid)

    def _log(self) -> None:
        cid = self._current(ContactRole)
        if cid is not None:
            self.logFor.emit(cid)

    def _done(self) -> None:
        iid = self._current(InteractionRole)
        if iid is not None:
            interactions.set_follow_up(iid, done=True)
            self.refresh()
            self.changed.emit()

    def _move(self) -> None:
        iid = self._current(InteractionRole)
        if iid is not None:
            d = self.move_date.date()
            interactions.set_follow_up(iid, due=dt.date(d.year(), d.month(), d.day()))
            self.refresh()
            self.changed.emit()
