"""The contact form under keyboard and mouse: tab order, removing rows with
data, the wheel over unfocused fields, address defaults, field widths."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from app.contacts.model import ORGANISATION, ContactData, Email, Phone, PostalAddress


@pytest.fixture
def editor(db, qtbot):
    from ui.contacts.detail_pane import ContactEditor
    from ui.main.application import make_application

    make_application()  # installs the wheel guard, as the window does
    e = ContactEditor()
    qtbot.addWidget(e)
    e.resize(560, 700)
    e.show()
    qtbot.waitExposed(e)
    return e


ANNA = ContactData(given_name="Anna", family_name="Muster",
                   phones=[Phone("+49 30 1234567", "work")],
                   emails=[Email("anna@example.com", "work")],
                   addresses=[PostalAddress(street="Hauptstr. 1", postal_code="50667",
                                            city="Köln", country="DE", label="home")],
                   cadence_days=30)


def _tab_walk(start, steps: int) -> list:
    seen, w = [start], start
    for _ in range(steps):
        w = w.nextInFocusChain()
        while not (w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                   and w.focusProxy() is None):
            w = w.nextInFocusChain()
        seen.append(w)
    return seen


def test_tab_goes_through_an_address_in_reading_order_remove_last(editor, qtbot):
    editor.load(ANNA)
    _, label, edits, country, remove = editor.form.addresses.rows()[0]
    qtbot.waitUntil(remove.isVisible)  # rows added to a shown form appear on the next turn
    edits["street"].setFocus()
    order = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [edits["extended"], edits["postal_code"], edits["city"], edits["region"],
                     country, remove]
    # And on after the remove button to Add address, not back to the top or the end.
    qtbot.keyClick(remove, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.form.addresses.add_button


def test_tab_from_the_last_phone_reaches_add_phone_then_the_e_mails(editor, qtbot):
    editor.load(ANNA)
    phones = editor.form.phones
    qtbot.waitUntil(phones.line_edits()[0].isVisible)
    phones.line_edits()[0].setFocus()
    qtbot.keyClick(phones.line_edits()[0], Qt.Key.Key_Tab)  # the row's remove button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is phones.add_button
    qtbot.keyClick(phones.add_button, Qt.Key.Key_Tab)
    email_type = editor.form.emails.focus_widgets()[0]
    assert QApplication.focusWidget() in (email_type, email_type.lineEdit())


def test_removing_an_address_with_data_can_be_undone(editor, qtbot):
    editor.load(ANNA)
    addresses = editor.form.addresses
    remove = addresses.rows()[0][4]
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    assert addresses.addresses() == [] and editor.is_dirty()
    assert addresses.removed_bar.isVisible()
    assert "Hauptstr. 1" in addresses.removed_bar.label.text()
    addresses.removed_bar.undo_button.click()
    assert addresses.addresses() == ANNA.addresses
    assert not addresses.removed_bar.isVisible()
    # An empty row goes without an offer to undo.
    addresses.add_button.click()
    addresses.rows()[-1][4].click()
    assert not addresses.removed_bar.isVisible()


def test_removing_a_phone_with_data_can_be_undone_in_place(editor):
    editor.load(ContactData(given_name="A", phones=[Phone("+49 30 1111111", "work"),
                                                    Phone("+49 30 2222222", "home")]))
    phones = editor.form.phones
    phones.focus_widgets()[2].click()  # the first row's remove button
    assert [v for v, _ in phones.values()] == ["+49 30 2222222"]
    phones.removed_bar.undo_button.click()
    assert phones.values() == [("+49 30 1111111", "work"), ("+49 30 2222222", "home")]
    editor.load(ANNA)  # another contact: nothing left to undo
    assert not phones.removed_bar.isVisible()


def test_new_address_defaults_to_home_for_a_person_work_for_an_organisation(editor):
    editor.start_new()
    editor.form.addresses.add_button.click()
    editor.form.addresses.rows()[0][2]["city"].setText("Köln")
    assert editor.form.addresses.addresses()[0].label == "home"
    editor.start_new(ORGANISATION)
    editor.form.addresses.add_button.click()
    editor.form.addresses.rows()[0][2]["city"].setText("Köln")
    assert editor.form.addresses.addresses()[0].label == "work"


def _wheel(widget, down: bool = True) -> None:
    pos = QPointF(widget.rect().center())
    delta = QPoint(0, -120 if down else 120)
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(), delta,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_over_unfocused_fields_scrolls_the_form(editor):
    editor.load(ANNA)
    form = editor.form
    scroll = editor.findChild(QScrollArea).verticalScrollBar()
    label = form.addresses.rows()[0][1]
    for widget, value in ((label, lambda: label.currentText()),
                          (form.cadence, form.cadence.value),
                          (form.relationship, form.relationship.currentIndex)):
        before, position = value(), scroll.value()
        _wheel(widget)
        assert value() == before, widget
        assert scroll.value() > position or scroll.value() == scroll.maximum()
    assert not editor.is_dirty()
    # With the focus, the wheel is the field's: that is how a user asks for it.
    form.cadence.setFocus()
    _wheel(form.cadence, down=False)
    assert form.cadence.value() == 31


def test_postal_code_and_placeholders_fit(editor):
    editor.load(ANNA)
    code = editor.form.addresses.rows()[0][2]["postal_code"]
    metrics = code.fontMetrics()
    room = code.width() - 2 * code.style().pixelMetric(
        code.style().PixelMetric.PM_DefaultFrameWidth) - 8
    assert metrics.horizontalAdvance("12345-6789") <= room
    assert metrics.horizontalAdvance(code.placeholderText()) <= room


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_address_placeholder_fits_in_either_language(db, qtbot, language):
    from ui.main.language import apply_language

    apply_language(language)
    try:
        from ui.contacts.detail_pane import ContactEditor
        e = ContactEditor()
        qtbot.addWidget(e)
        e.resize(560, 700)
        e.show()
        qtbot.waitExposed(e)
        e.load(ANNA)
        qtbot.wait(50)  # laid out
        for name, edit in e.form.addresses.rows()[0][2].items():
            room = edit.width() - 2 * edit.style().pixelMetric(
                edit.style().PixelMetric.PM_DefaultFrameWidth) - 8
            assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room, \
                (language, name, edit.placeholderText())
    finally:
        apply_language("en")
