"""The window in German: every visible text, tooltip and menu entry of the main
window and each dialog is German, none left in English by accident.

A text is "left in English" when it is one of Hearth's English sources (a tr()
string or an app/ catalogue message, templates included) whose German differs.
Set HEARTH_SCREENSHOTS=/some/folder to also save each view as a PNG at 1366x768.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.cards import recipients
from app.demo import contacts as demo
from ui.main.language import apply_language

ROOT = Path(__file__).resolve().parents[2]
#: Texts that are the same words in both languages or names, not sentences.
EXCEPTIONS = {"Hearth", "Ctrl+L", "vCard 4.0", "CSV…", "PDF", "UID"}
#: Texts left in English on purpose in one view: the language menu names each
#: language in its own words.
VIEW_EXCEPTIONS = {("preferences", "English")}


def _norm(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text or "").replace("&nbsp;", " ")
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _pattern(source: str) -> re.Pattern:
    parts = re.split(r"(\{\w*(?:![rs])?(?::[^}]*)?\}|%n)", _norm(source))
    return re.compile("".join(".+?" if i % 2 else re.escape(p)
                              for i, p in enumerate(parts)) + "$", re.S)


def _english_sources() -> list[re.Pattern]:
    pairs = []
    for m in ET.parse(ROOT / "resources/translations/hearth_de.ts").iter("message"):
        tr = m.find("translation")
        german = " ".join(f.text or "" for f in tr.iter("numerusform")) or tr.text or ""
        pairs.append((m.findtext("source"), german))
    po = ROOT / "app/locale/de/LC_MESSAGES/hearth.po"
    for m in read_po(io.BytesIO(po.read_bytes())):
        if m.id:
            ids = [m.id] if isinstance(m.id, str) else list(m.id)
            strings = [m.string] if isinstance(m.string, str) else list(m.string)
            pairs += [(i, " ".join(strings)) for i in ids]
    return [_pattern(s) for s, g in pairs
            if _norm(s) not in _norm(g) and re.search(r"[A-Za-z]{3}", re.sub(r"\{[^}]*\}", "", s))]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what a user can read in ``root``."""
    out = [("title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        name = type(w).__name__
        out.append((f"{name} tooltip", w.toolTip()))
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((name, w.text()))
        if isinstance(w, QTextEdit):  # the briefing: every line of what it shows
            out += [(f"{name} line", line) for line in w.toPlainText().splitlines()]
        if isinstance(w, QLineEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
        if isinstance(w, QGroupBox):
            out.append((name, w.title()))
        if isinstance(w, QTabWidget):
            out += [(name, w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QComboBox):
            out += [(name, w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QMenu):
            out.append((name, w.title()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model, top = w.model(), QModelIndex()
            try:
                columns = range(model.columnCount(top))
            except TypeError:  # a list model: one column, its count private
                columns = range(1)
            out += [(f"{name} header", str(model.headerData(c, _horizontal()) or ""))
                    for c in columns]
            out += [(f"{name} cell", str(model.index(r, c).data() or ""))
                    for r in range(min(model.rowCount(top), 20)) for c in columns]
    for action in root.findChildren(QAction):
        out += [("action", action.text()), ("action tooltip", action.toolTip())]
    return [(where, t) for where, t in out if _norm(t)]


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def english_left(root: QWidget, patterns) -> list[str]:
    left = []
    for where, text in visible_texts(root):
        shown = _norm(text)
        if shown in EXCEPTIONS:
            continue
        for line in shown.split("\n"):
            if any(p.match(line) for p in patterns):
                left.append(f"{where}: {line!r}")
    return left


@pytest.fixture
def german(qapp):
    apply_language("de")
    yield
    apply_language("en")


def _views(qtbot):
    """The main window with a contact open, and each dialog, in turn."""
    from ui.cards.csv_dialog import CsvExportDialog
    from ui.cards.new_run_wizard import NewRunWizard
    from ui.cards.run_window import CardRunWindow
    from ui.contacts.duplicates_dialog import DuplicatesDialog
    from ui.conversations.briefing_window import BriefingWindow
    from ui.conversations.log_dialog import LogDialog
    from ui.conversations.temperature_settings import TemperatureSettingsDialog
    from ui.conversations.today_view import TodayView
    from ui.main.main_window import MainWindow
    from ui.main.preferences_dialog import PreferencesDialog
    from ui.vcard.export_dialog import ExportDialog
    from ui.vcard.import_dialog import ImportDialog

    demo.fill(25, seed=2, today=dt.date.today())
    main = MainWindow()
    main.select_contact(main.model.contact_id(0))
    yield "main-window", main
    yield "log-dialog", LogDialog([main.model.contact_id(0)], main)
    today = TodayView()
    today.refresh()
    qtbot.waitUntil(lambda: "…" not in today.heading.text(), timeout=5000)  # gathered
    yield "today", today
    yield "briefing", BriefingWindow(main.model.contact_id(0), main)
    yield "preferences", PreferencesDialog(main)
    yield "temperature-settings", TemperatureSettingsDialog(main)
    yield "card-wizard", NewRunWizard()
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True)
    run = CardRunWindow(run_id)
    qtbot.waitUntil(lambda: run.state is not None, timeout=5000)
    yield "card-run", run
    yield "csv-dialog", CsvExportDialog(run.state["run"], run.state["envelopes"], run)
    yield "import", ImportDialog(main)
    yield "export", ExportDialog(main)
    yield "duplicates", DuplicatesDialog(main)


def test_every_view_speaks_german(db, qtbot, german):
    patterns = _english_sources()
    shots = os.environ.get("HEARTH_SCREENSHOTS")
    left, seen = [], 0
    for name, view in _views(qtbot):
        qtbot.addWidget(view)
        view.resize(1366, 768) if name in ("main-window", "card-run", "today") else None
        view.show()
        qtbot.wait(50)
        if shots:
            view.grab().save(str(Path(shots) / f"{name}.png"))
        seen += len(visible_texts(view))
        left += [f"{name}: {entry}" for entry in english_left(view, patterns)
                 if not any(entry.endswith(f"{text!r}") for v, text in VIEW_EXCEPTIONS
                            if v == name)]
        view.close()
    assert seen > 300
    assert not left, "left in English:\n" + "\n".join(left)


def test_the_main_window_menus_are_german(db, qtbot, german):
    from ui.main.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    titles = [a.text() for a in w.menuBar().actions()]
    assert "&Datei" in titles and "&Bearbeiten" in titles


def _pseudo_qm(tmp_path: Path) -> Path:
    """hearth_de.ts with every translation replaced by ⟦source⟧, compiled."""
    tree = ET.parse(ROOT / "resources/translations/hearth_de.ts")
    for m in tree.iter("message"):
        tr, source = m.find("translation"), m.findtext("source")
        for child in list(tr):
            tr.remove(child)
        tr.attrib.pop("type", None)
        tr.text = None if m.get("numerus") == "yes" else f"⟦{source}⟧"
        if m.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = f"⟦{source}⟧"
    ts, qm = tmp_path / "pseudo.ts", tmp_path / "pseudo.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_every_button_action_and_header_reaches_tr(db, qtbot, qapp, tmp_path):
    """Under a pseudo-translation (⟦source⟧) every piece of chrome is wrapped:
    a text without ⟦ never went through tr(). Labels and combo boxes show data
    (names, countries, tags) and Qt's standard buttons come from qtbase."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    from ui.main.language import AliasContexts

    apply_language("en")
    for old in qapp._hearth_translators:
        qapp.removeTranslator(old)
    pseudo = QTranslator(qapp)
    assert pseudo.load(str(_pseudo_qm(tmp_path)))
    fallback = AliasContexts(pseudo, qapp)
    qapp.installTranslator(fallback)
    qapp.installTranslator(pseudo)
    try:
        bare = []
        for name, view in _views(qtbot):
            qtbot.addWidget(view)
            view.show()
            standard = {b.text() for box in view.findChildren(QDialogButtonBox)
                        for b in box.buttons() if box.standardButton(b) !=
                        QDialogButtonBox.StandardButton.NoButton}
            if isinstance(view, QWizard):  # Qt's own Next, Back, Cancel
                standard |= {view.buttonText(b) for b in QWizard.WizardButton
                             if b.value <= QWizard.WizardButton.HelpButton.value}
            for where, text in visible_texts(view):
                if where.split()[0] in ("QLabel", "QComboBox", "QLineEdit", "QTextBrowser") \
                        or where.endswith(("cell", "line")) or text in standard:
                    continue
                if "⟦" not in text and re.search(r"[A-Za-z]{2}", text):
                    bare.append(f"{name}: {where}: {text!r}")
            view.close()
    finally:
        qapp.removeTranslator(pseudo)
        qapp.removeTranslator(fallback)
        apply_language("en")
    assert not bare, "never reached tr():\n" + "\n".join(sorted(set(bare)))
