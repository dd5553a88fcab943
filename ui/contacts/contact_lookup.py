"""A line edit that finds one contact as you type and says which one was picked
(referred by, someone else who took part in a conversation)."""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.contacts import listing
from app.contacts import store as contacts

SUGGESTIONS = 20


class ContactLookupEdit(QLineEdit):
    """Signals:
        picked(int): the user chose this contact from the suggestions.
        cleared(): the user edited the text, so no contact is chosen any more.
    """
    picked = Signal(int)
    cleared = Signal()

    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.exclude: set[int] = set()
        self._choices: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The search already matched (diacritics, prefixes, phones): show all it found.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self.cleared.emit()
        text = text.strip()
        if len(text) < 2:
            self._model.setStringList([])
            return
        # The best matches only, read as far as needed (not all of a big book's).
        found = listing.find_shown(text, pageable=True)
        ids = [i for i in found[:SUGGESTIONS + len(self.exclude)]
               if i not in self.exclude][:SUGGESTIONS]
        rows = contacts.list_rows(ids)
        self._choices = {}
        for i in ids:
            label = rows[i].display_name
            if rows[i].organisation and rows[i].organisation != label:
                label += f" ({rows[i].organisation})"
            self._choices[label] = i
        self._model.setStringList(list(self._choices))

    def _chosen(self, text: str) -> None:
        cid = self._choices.get(text)
        if cid is not None:
            self.picked.emit(cid)
