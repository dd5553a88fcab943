"""The conflict dialog: a contact was changed elsewhere while it was edited here,
and some fields were changed on both sides. Each such field is shown with
both values side by side; the user picks one (or, for lists and notes, both).
Everything that did not clash is already merged (app.contacts.three_way).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.contacts import store as contacts
from app.contacts.dates import display_date
from app.contacts.three_way import BOTH, MINE, PHOTO, THEIRS, Conflict
from ui.contacts.multi_value import label_text

#: Longest text a value shows in full; the rest is in its tooltip.
_SHOWN_CHARS = 400


class _Choice(QFrame):
    """One value to keep: a click anywhere on it chooses it."""

    def __init__(self, button: QRadioButton):
        super().__init__()
        self.button = button

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.button.setChecked(True)
        super().mousePressEvent(event)


class ConflictDialog(QDialog):
    """Choose, per field changed on both sides, which value to keep."""

    def __init__(self, name: str, conflicts: list[Conflict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed elsewhere"))
        self._groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<b>{0}</b> was changed elsewhere while you were editing it. Changes that do "
            "not clash have been merged. These fields were changed on both sides: choose "
            "what to keep.").format(_html(name)))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        for col, text in ((1, self.tr("Your version")), (2, self.tr("Saved elsewhere"))):
            head = QLabel(f"<b>{_html(text)}</b>")
            grid.addWidget(head, 0, col)
        row = 1
        for conflict in conflicts:
            label = QLabel(f"<b>{_html(self._field_name(conflict.field))}</b>")
            before = self._shown(conflict.field, conflict.base)
            if "\n" not in before and len(before) <= 40:
                label.setText(label.text() + "<br><span style='color: palette(mid)'>"
                              + _html(self.tr("was: {0}").format(before)) + "</span>")
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            self._groups[conflict.field] = group
            for col, choice in ((1, MINE), (2, THEIRS)):
                grid.addWidget(self._option(group, conflict, choice), row, col)
            if BOTH in conflict.choices:
                row += 1
                grid.addWidget(self._option(group, conflict, BOTH), row, 1, 1, 2)
            group.buttons()[0].setChecked(True)
            row += 1
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Save nothing now; your edits stay in the form"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, min(220 + 110 * len(conflicts), 640))

    def _option(self, group: QButtonGroup, conflict: Conflict, choice: str) -> QWidget:
        titles = {MINE: self.tr("Keep yours"), THEIRS: self.tr("Keep the other"),
                  BOTH: self.tr("Keep both")}
        button = QRadioButton(titles[choice])
        box = _Choice(button)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        v = QVBoxLayout(box)
        v.setContentsMargins(8, 6, 8, 6)
        button.setProperty("choice", choice)
        group.addButton(button)
        v.addWidget(button)
        text = self._shown(conflict.field, conflict.value(choice))
        value = QLabel(text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + " …")
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setToolTip(text if len(text) > _SHOWN_CHARS else "")
        value.setContentsMargins(22, 0, 0, 0)
        v.addWidget(value)
        v.addStretch(1)
        return box

    def choices(self) -> dict[str, str]:
        """The choice (mine, theirs or both) for each conflicting field."""
        return {name: group.checkedButton().property("choice")
                for name, group in self._groups.items()}

    def choose(self, field: str, choice: str) -> None:
        for button in self._groups[field].buttons():
            if button.property("choice") == choice:
                button.setChecked(True)

    # --- how values read ------------------------------------------------------
    def _field_name(self, name: str) -> str:
        names = {
            "kind": self.tr("Kind"), "prefix": self.tr("Title / prefix"),
            "given_name": self.tr("Given name"), "additional_names": self.tr("Middle names"),
            "family_name": self.tr("Family name"), "suffix": self.tr("Suffix"),
            "nickname": self.tr("Nickname"), "organisation": self.tr("Organisation"),
            "department": self.tr("Department"), "job_title": self.tr("Job title"),
            "role": self.tr("Role"), "phones": self.tr("Phones"), "emails": self.tr("E-mail"),
            "addresses": self.tr("Postal addresses"), "urls": self.tr("Web"),
            "birthday": self.tr("Birthday"), "anniversary": self.tr("Anniversary"),
            PHOTO: self.tr("Photo"), "notes": self.tr("Notes"), "tags": self.tr("Tags"),
            "origin": self.tr("How we met"), "referred_by_id": self.tr("Referred by"),
            "first_contact": self.tr("First contact"),
            "relationship": self.tr("Relationship"), "salutation": self.tr("Salutation"),
            "formal": self.tr("Formal address"), "gender": self.tr("Gender"),
            "language": self.tr("Language"), "cadence_days": self.tr("Keep in touch"),
            "yearly_card": self.tr("Yearly card"), "no_cards": self.tr("Never send cards"),
            "uid": self.tr("vCard UID"), "extra_vcard": self.tr("Other vCard lines"),
        }
        return names.get(name, name)

    def _shown(self, name: str, value) -> str:
        empty = self.tr("(empty)")
        if name == PHOTO:
            data = value[0]
            return self.tr("A photo ({0} KB)").format(len(data) // 1024 + 1) if data else \
                self.tr("(no photo)")
        if name in ("phones", "emails", "urls"):
            attr = {"phones": "number", "emails": "address", "urls": "url"}[name]
            return "\n".join(f"{getattr(v, attr)} ({label_text(v.label)})"
                             for v in value) or empty
        if name == "addresses":
            return "\n".join(", ".join(p for p in (a.street, a.extended, a.po_box,
                                                   f"{a.postal_code} {a.city}".strip(),
                                                   a.region, a.country) if p)
                             + f" ({label_text(a.label)})" for a in value) or empty
        if name == "tags":
            return ", ".join(value) or empty
        if name == "extra_vcard":
            return "\n".join(value) or empty
        if name in ("birthday", "anniversary", "first_contact"):
            return display_date(value) or empty
        if name == "referred_by_id":
            rows = contacts.list_rows([value]) if value else {}
            return rows[value].display_name if value in rows else empty
        if name == "cadence_days":
            return self.tr("every %n day(s)", "", value) if value else empty
        if name in ("relationship", "origin") and value:
            # the form's own words for these (its translation context)
            return QCoreApplication.translate("ContactForm", value)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return str(value) if value not in ("", None) else empty


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def choose_in_dialog(parent: QWidget | None, name: str,
                     conflicts: list[Conflict]) -> dict[str, str] | None:
    """Ask the user; their choice per field, or None when they cancelled."""
    dialog = ConflictDialog(name, conflicts, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choices()
