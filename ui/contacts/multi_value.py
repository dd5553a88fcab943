"""Editors for fields a contact has any number of: phones, e-mails, URLs, addresses."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.contacts import phones
from app.contacts.model import PostalAddress
from ui.contacts.countries import countries
from ui.contacts.removed_row import RemovedRowBar


def label_text(label: str) -> str:
    """The user's word for a stored label ("mobile", "work", ...)."""
    names = {"mobile": QCoreApplication.translate("Labels", "mobile"),
             "work": QCoreApplication.translate("Labels", "work"),
             "home": QCoreApplication.translate("Labels", "home"),
             "fax": QCoreApplication.translate("Labels", "fax"),
             "other": QCoreApplication.translate("Labels", "other")}
    return names.get(label, label)


def _label_combo(labels: tuple[str, ...], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for label in labels:
        combo.addItem(label_text(label), label)
    idx = combo.findData(current)
    if idx >= 0:
        combo.setCurrentIndex(idx)
    else:
        combo.setEditText(current)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(7)
    return combo


def _combo_value(combo: QComboBox) -> str:
    idx = combo.findText(combo.currentText())
    if idx >= 0 and combo.itemData(idx):
        return combo.itemData(idx)
    return combo.currentText().strip()


class ValueListEditor(QWidget):
    """Rows of (label, value) with an Add button; for phones, e-mails and URLs.

    Signals:
        changed(): any row was edited, added or removed.
        rowsChanged(): a row was added or removed (the form's tab order follows).
    """
    changed = Signal()
    rowsChanged = Signal()

    def __init__(self, labels: tuple[str, ...], add_text: str, placeholder: str,
                 kind: str = "text", parent=None):
        super().__init__(parent)
        self._labels = labels
        self._placeholder = placeholder
        self._kind = kind
        self._region = "DE"
        self._private = False  # see set_private
        self._rows: list[tuple[QWidget, QComboBox, QLineEdit, QLabel, QToolButton]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        layout.addLayout(self._rows_box)
        self.removed_bar = RemovedRowBar()
        layout.addWidget(self.removed_bar)
        self.add_button = QPushButton(add_text)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(lambda: self._add_row("", self._labels[0], focus=True))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_region(self, region: str) -> None:
        self._region = region or "DE"

    def _add_row(self, value: str, label: str, focus: bool = False,
                 at: int | None = None) -> None:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        combo = _label_combo(self._labels, label)
        # a new row's label follows the number typed (a landline is not "mobile")
        # until the user picks one; a stored row keeps its label
        combo.setProperty("suggest", not value)
        combo.activated.connect(lambda _=0, c=combo: c.setProperty("suggest", False))
        edit = QLineEdit(value)
        edit.setPlaceholderText(self._placeholder)
        marker = QLabel()
        marker.setFixedWidth(18)
        remove = QToolButton()
        remove.setText("−")
        remove.setToolTip(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove"))
        h.addWidget(combo)
        h.addWidget(edit, 1)
        h.addWidget(marker)
        h.addWidget(remove)
        entry = (row, combo, edit, marker, remove)
        at = len(self._rows) if at is None else at
        self._rows.insert(at, entry)
        self._rows_box.insertWidget(at, row)
        combo.currentTextChanged.connect(self.changed)
        edit.textEdited.connect(self.changed)
        edit.editingFinished.connect(lambda: self._tidy(edit, marker, combo))
        remove.clicked.connect(lambda: self._remove(entry))
        self._tidy(edit, marker)
        self.rowsChanged.emit()
        if focus:
            edit.setFocus()
            self.changed.emit()

    def set_private(self, private: bool) -> None:
        """A private person's landline is suggested as "home", others' as "work"."""
        self._private = private

    def _tidy(self, edit: QLineEdit, marker: QLabel, combo: QComboBox | None = None) -> None:
        """Phones: show the international form; mark what cannot be parsed; a new
        row's label follows the kind of number (phones.suggested_label)."""
        if self._kind != "phone":
            return
        text = edit.text().strip()
        if not text:
            marker.clear()
            marker.setToolTip("")
            return
        info = phones.parse(text, self._region)
        suggested = phones.suggested_label(text, self._region,
                                           private=self._private)
        if combo is not None and combo.property("suggest") and suggested:
            index = combo.findData(suggested)
            if index >= 0 and index != combo.currentIndex():
                combo.setCurrentIndex(index)  # emits changed
        if info.e164:
            if edit.text() != info.international:
                edit.setText(info.international)
                self.changed.emit()
            marker.clear()
            marker.setToolTip("")
            edit.setToolTip("")
        else:
            marker.setPixmap(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16))
            tip = self.tr("Not a recognised phone number; kept as typed.")
            marker.setToolTip(tip)
            edit.setToolTip(tip)

    def is_marked(self, row: int) -> bool:
        return bool(self._rows[row][3].toolTip())

    def _remove(self, entry) -> None:
        at = self._rows.index(entry)
        value, label = entry[2].text(), _combo_value(entry[1])
        self._rows.remove(entry)
        entry[0].setParent(None)
        entry[0].deleteLater()
        if value.strip():
            self.removed_bar.offer(value.strip(), lambda: self._restore(value, label, at))
        self.rowsChanged.emit()
        self.changed.emit()

    def _restore(self, value: str, label: str, at: int) -> None:
        self._add_row(value, label, at=min(at, len(self._rows)))
        self._rows[min(at, len(self._rows) - 1)][2].setFocus()
        self.changed.emit()

    def focus_widgets(self) -> list[QWidget]:
        """Reading order: each row's type, value and remove button, then Add."""
        out: list[QWidget] = []
        for _, combo, edit, _, remove in self._rows:
            out += [combo, edit, remove]
        return out + [self.removed_bar.undo_button, self.add_button]

    def set_values(self, values: list[tuple[str, str]]) -> None:
        self.removed_bar.forget()
        for entry in list(self._rows):
            entry[0].setParent(None)
            entry[0].deleteLater()
        self._rows.clear()
        for value, label in values:
            self._add_row(value, label)

    def values(self) -> list[tuple[str, str]]:
        """(value, label) for every non-empty row, in order."""
        out = []
        for _, combo, edit, _, _ in self._rows:
            if edit.text().strip():
                out.append((edit.text().strip(), _combo_value(combo)))
        return out

    def line_edits(self) -> list[QLineEdit]:
        return [r[2] for r in self._rows]


class AddressListEditor(QWidget):
    """Postal addresses with street, postal code, city, region and country.

    Signals:
        changed(): any address was edited, added or removed.
        rowsChanged(): an address was added or removed (the form's tab order follows).
    """
    changed = Signal()
    rowsChanged = Signal()
    FIELDS = ("street", "extended", "postal_code", "city", "region")

    def __init__(self, labels: tuple[str, ...], parent=None):
        super().__init__(parent)
        self._labels = labels
        self._default_country = "DE"
        self.default_label = "home"  # the form sets "work" for an organisation
        self._rows: list[tuple[QWidget, QComboBox, dict, QComboBox, QToolButton]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows_box = QVBoxLayout()
        layout.addLayout(self._rows_box)
        self.removed_bar = RemovedRowBar()
        layout.addWidget(self.removed_bar)
        self.add_button = QPushButton(self.tr("Add address"))
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(lambda: self._add_row(
            PostalAddress(country=self._default_country, label=self.default_label), focus=True))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_default_country(self, code: str) -> None:
        self._default_country = code or "DE"

    def _add_row(self, a: PostalAddress, focus: bool = False, at: int | None = None) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 6)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(3)
        label = _label_combo(self._labels, a.label)
        edits = {}
        placeholders = {"street": self.tr("Street and number"),
                        "extended": self.tr("c/o, building, floor"),
                        "postal_code": self.tr("Postal code"), "city": self.tr("City"),
                        "region": self.tr("State / region")}
        for name in self.FIELDS:
            e = QLineEdit(getattr(a, name))
            e.setPlaceholderText(placeholders[name])
            e.setAccessibleName(placeholders[name])
            e.textEdited.connect(self.changed)
            edits[name] = e
        # Wide enough for "50667", "SW1A 1AA", "12345-6789" and its placeholder,
        # and for the region's placeholder below it ("Bundesland / Region").
        metrics = edits["postal_code"].fontMetrics()
        edits["postal_code"].setMinimumWidth(24 + max(
            metrics.horizontalAdvance(t) for t in ("12345-6789", placeholders["postal_code"],
                                                   placeholders["region"])))
        edits["postal_code"].setMaximumWidth(edits["postal_code"].minimumWidth() + 20)
        country = QComboBox()
        country.addItem(self.tr("(no country)"), "")
        for code, name in countries():
            country.addItem(name, code)
        idx = country.findData(a.country.upper())
        if idx < 0 and a.country:
            country.addItem(a.country, a.country)
            idx = country.count() - 1
        country.setCurrentIndex(max(idx, 0))
        # Not as wide as the longest country name: that pushed the form past a laptop's pane.
        country.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        country.setMinimumContentsLength(14)
        country.currentIndexChanged.connect(self.changed)
        country.setAccessibleName(self.tr("Country"))
        remove = QToolButton()
        remove.setText("−")
        remove.setToolTip(self.tr("Remove this address"))
        grid.addWidget(label, 0, 0)
        grid.addWidget(edits["street"], 0, 1, 1, 2)
        grid.addWidget(remove, 0, 3)
        grid.addWidget(edits["extended"], 1, 1, 1, 2)
        grid.addWidget(edits["postal_code"], 2, 1)
        grid.addWidget(edits["city"], 2, 2)
        grid.addWidget(edits["region"], 3, 1)
        grid.addWidget(country, 3, 2)
        grid.setColumnStretch(2, 1)
        entry = (box, label, edits, country, remove)
        at = len(self._rows) if at is None else at
        self._rows.insert(at, entry)
        self._rows_box.insertWidget(at, box)
        label.currentTextChanged.connect(self.changed)
        remove.clicked.connect(lambda: self._remove(entry))
        self.rowsChanged.emit()
        if focus:
            edits["street"].setFocus()
            self.changed.emit()

    def _remove(self, entry) -> None:
        at = self._rows.index(entry)
        address = self._address(entry)
        self._rows.remove(entry)
        entry[0].setParent(None)
        entry[0].deleteLater()
        if not address.is_empty():
            where = ", ".join(p for p in (address.street, address.city) if p) or self.tr(
                "an address")
            self.removed_bar.offer(where, lambda: self._restore(address, at))
        self.rowsChanged.emit()
        self.changed.emit()

    def _restore(self, address: PostalAddress, at: int) -> None:
        at = min(at, len(self._rows))
        self._add_row(address, at=at)
        self._rows[at][2]["street"].setFocus()
        self.changed.emit()

    def focus_widgets(self) -> list[QWidget]:
        """Reading order: type, street, c/o, postal code, city, region, country,
        and only then the remove button (Tab, Space must not remove an address)."""
        out: list[QWidget] = []
        for _, label, edits, country, remove in self._rows:
            out += [label, *(edits[name] for name in self.FIELDS), country, remove]
        return out + [self.removed_bar.undo_button, self.add_button]

    def set_addresses(self, addresses: list[PostalAddress]) -> None:
        self.removed_bar.forget()
        for entry in list(self._rows):
            entry[0].setParent(None)
            entry[0].deleteLater()
        self._rows.clear()
        for a in addresses:
            self._add_row(a)

    @staticmethod
    def _address(entry) -> PostalAddress:
        _, label, edits, country, _ = entry
        return PostalAddress(label=_combo_value(label), country=country.currentData() or "",
                             **{k: e.text().strip() for k, e in edits.items()})

    def addresses(self) -> list[PostalAddress]:
        return [a for a in map(self._address, self._rows) if not a.is_empty()]

    def rows(self):
        return self._rows
