"""A save in the window never overwrites what it did not see: the command line
(a real second process) changes the contact while the window shows its old copy."""
from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QDialog

from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone, PostalAddress
from tests.conftest import ROOT
from ui.contacts.conflict_dialog import ConflictDialog


def _jurgen() -> int:
    return contacts.create(ContactData(
        given_name="Jürgen", family_name="Weiß", phones=[Phone("030 1234567", "work")],
        addresses=[PostalAddress("Hauptstr. 1", "10115", "Berlin", country="DE")],
        notes="Met at the fair."))


def _open(window, cid: int) -> None:
    window.contacts_changed(select=cid)
    assert window.editor.contact_id == cid


def _hearth(db_path, *args: str) -> None:
    """The command line, as a user runs it, in its own process."""
    done = subprocess.run([sys.executable, "-m", "app", *args, "--db", str(db_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def _import_from_command_line(db_path, tmp_path, uid: str) -> None:
    card = tmp_path / "juergen.vcf"
    card.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nN:Weiß;Jürgen;;;\r\nFN:Jürgen Weiß\r\n"
        "TEL;TYPE=CELL:+49 170 5555555\r\nEMAIL;TYPE=HOME:juergen@weiss.example\r\n"
        "NOTE:Called about the offer.\r\nEND:VCARD\r\n", encoding="utf-8")
    _hearth(db_path, "import", str(card))


def test_a_nickname_saved_from_an_old_copy_keeps_what_the_command_line_added(
        window, db_path, tmp_path):
    cid = _jurgen()
    _open(window, cid)
    _import_from_command_line(db_path, tmp_path, contacts.get(cid).uid)
    window.editor.form.nickname.setText("Jogi")
    window.editor.form.nickname.textEdited.emit("Jogi")
    assert window.editor.is_dirty()
    assert window.editor.save()
    stored = contacts.get(cid)
    assert stored.nickname == "Jogi"
    assert [p.number for p in stored.phones] == ["030 1234567", "+49 170 5555555"]
    assert [e.address for e in stored.emails] == ["juergen@weiss.example"]
    assert "Met at the fair." in stored.notes and "Called about the offer." in stored.notes
    # The window shows the merged contact and says so.
    assert window.editor.form.emails.values() == [("juergen@weiss.example", "home")]
    assert not window.editor.is_dirty()
    assert "merged with changes made elsewhere" in window.statusBar().currentMessage()


def _choose(monkeypatch, seen: list, **choices) -> None:
    def exec_(dialog):
        seen.append(dialog)
        for field, choice in choices.items():
            dialog.choose(field, choice)
        return QDialog.DialogCode.Accepted if choices else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConflictDialog, "exec", exec_)


def test_a_field_changed_on_both_sides_is_chosen_in_the_dialog(
        window, db_path, tmp_path, monkeypatch):
    cid = _jurgen()
    _open(window, cid)
    # elsewhere: the family name corrected and an e-mail added (a second process)
    _hearth(db_path, "log", str(cid), "--channel", "call")  # a derived write: no conflict
    subprocess.run([sys.executable, "-c", (
        "import sys\n"
        "from app.contacts import saving\n"
        "from app.contacts.model import Email\n"
        "from app.storage.connection import open_database\n"
        "open_database(sys.argv[1])\n"
        "def change(c):\n"
        "    c.family_name = 'Weiss'\n"
        "    c.emails.append(Email('jw@weiss.example'))\n"
        "saving.edit(int(sys.argv[2]), change)\n"), str(db_path), str(cid)],
        cwd=ROOT, check=True, timeout=60)
    window.editor.form.family_name.setText("Weiß-Meier")
    window.editor.form.family_name.textEdited.emit("Weiß-Meier")
    seen: list[ConflictDialog] = []
    _choose(monkeypatch, seen)  # first the user cancels: nothing saved, nothing typed lost
    assert not window.editor.save()
    assert len(seen) == 1 and list(seen[0].choices()) == ["family_name"]
    assert contacts.get(cid).family_name == "Weiss"
    assert window.editor.form.family_name.text() == "Weiß-Meier" and window.editor.is_dirty()
    _choose(monkeypatch, seen, family_name="mine")
    assert window.editor.save()
    stored = contacts.get(cid)
    assert stored.family_name == "Weiß-Meier"
    assert [e.address for e in stored.emails] == ["jw@weiss.example"]
    assert window.editor.form.family_name.text() == "Weiß-Meier"


def test_choosing_the_other_value_stores_it_and_keeps_my_other_edits(
        window, db_path, monkeypatch):
    cid = _jurgen()
    _open(window, cid)
    subprocess.run([sys.executable, "-c", (
        "import sys\n"
        "from app.contacts import saving\n"
        "from app.storage.connection import open_database\n"
        "open_database(sys.argv[1])\n"
        "saving.edit(int(sys.argv[2]), lambda c: setattr(c, 'notes', 'Prefers letters.'))\n"),
        str(db_path), str(cid)], cwd=ROOT, check=True, timeout=60)
    window.editor.form.notes.setPlainText("Met at the fair. Two kids.")
    window.editor.form.job_title.setText("Einkauf")
    window.editor.form.job_title.textEdited.emit("Einkauf")
    seen: list[ConflictDialog] = []
    _choose(monkeypatch, seen, notes="theirs")
    assert window.editor.save()
    stored = contacts.get(cid)
    assert (stored.notes, stored.job_title) == ("Prefers letters.", "Einkauf")


def test_the_dialog_shows_both_values_side_by_side(qtbot, db, tmp_path):
    from app.contacts.three_way import merge

    long_note = "Sehr geehrter Herr Weiß, " * 40
    base = contacts.get(_jurgen())
    mine, theirs = contacts.get(base.id), contacts.get(base.id)
    mine.family_name, theirs.family_name = "Weiß-Müller", "Weiss"
    mine.notes, theirs.notes = "Größere Bestellung im Frühjahr.", long_note
    mine.phones[0].label, theirs.phones[0].number = "mobile", "+49 30 7654321"
    theirs.emails = [Email("jw@weiss.example")]
    conflicts = merge(base, mine, theirs).conflicts
    dialog = ConflictDialog("Jürgen Weiß", conflicts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [c.field for c in conflicts] == ["family_name", "notes", "phones"]
    assert dialog.choices() == {"family_name": "mine", "notes": "mine", "phones": "mine"}
    dialog.choose("phones", "both")
    assert dialog.choices()["phones"] == "both"
    dialog.grab().save(str(tmp_path / "conflict.png"))
