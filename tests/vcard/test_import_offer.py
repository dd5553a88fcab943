"""After an import the window offers to list just the imported contacts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.contacts import store as contacts
from app.contacts.model import ContactData, Email
from ui.contacts import paged_rows

ANNA = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:anna-1\r\nN:Müller;Anna;;;\r\nFN:Anna Müller\r\n"
        "EMAIL:anna@example.com\r\nEND:VCARD\r\n")
CARL = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Carl;;;\r\nFN:Carl Doe\r\n"
        "EMAIL:carl@example.com\r\nEND:VCARD\r\n")
BERTA = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bauer;Berta;;;\r\nFN:Berta Bauer\r\n"
         "EMAIL:berta@example.com\r\nNOTE:met at the fair\r\nEND:VCARD\r\n")


def _names(w) -> list[str]:
    m = w.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


@pytest.mark.parametrize("big_book", [False, True])
def test_show_imported_contacts_lists_the_new_and_the_updated(window, qtbot, tmp_path,
                                                              monkeypatch, big_book):
    if big_book:  # the list read only as far as shown, as in a big book
        monkeypatch.setattr(paged_rows, "LAZY_LIST_FROM", 0)
    for name in ("Zora Alt", "Yves Alt"):
        contacts.create(ContactData(given_name=name.split()[0], family_name="Alt"))
    contacts.create(ContactData(given_name="Berta", family_name="Bauer",
                                emails=[Email("berta@example.com")]))  # updated by the import
    window.contacts_changed()
    path = tmp_path / "new.vcf"
    path.write_text(ANNA + CARL + BERTA, encoding="utf-8")
    window.import_vcards([str(path)])
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    dialog.preview_page.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=10000)
    assert dialog.show_button.isVisible()
    qtbot.waitUntil(lambda: window.count_label.text() == "5 contacts", timeout=10000)
    listed = _names(window)
    assert len(listed) == 5

    dialog.show_button.click()
    imported = {"Anna Müller", "Berta Bauer", "Carl Doe"}
    assert _names(window) == [name for name in listed if name in imported]  # in list order
    assert window.selected_ids() and window.editor.contact_id == window.selected_ids()[0]
    assert "3 imported of 5" in window.count_label.text()

    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert len(_names(window)) == 5
