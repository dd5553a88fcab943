"""What an import could not read, or read with a repair: the problems table and its rows."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.vcard import importer
from app.vcard.notes import THE_FILE, VcardNote
from ui.common.messages import message_for
from ui.common.row_list_model import RowListModel
from ui.vcard.import_preview_model import SORT_ROLE


class ProblemsModel(RowListModel):
    """What could not be read, or was read with a repair: file, card, line, name, reason."""
    FILE, CARD, LINE, NAME, REASON = range(5)

    def __init__(self, problems: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self.problems = problems or []
        self._headers = [self.tr("File"), self.tr("Card"), self.tr("Line"), self.tr("Name"),
                         self.tr("Problem")]

    def row_list(self):
        return self.problems

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.problems[index.row()]
        col = index.column()
        reason = message_for(p["reason"])
        if role == SORT_ROLE:
            return (Path(p["file"]).name, p["card"], p["line"], p["name"], reason)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.FILE:
                return Path(p["file"]).name
            if col in (self.CARD, self.LINE):
                value = p["card"] if col == self.CARD else p["line"]
                return str(value) if value else ""
            return p["name"] if col == self.NAME else reason
        if role == Qt.ItemDataRole.ToolTipRole:
            return p["file"] if col == self.FILE else (reason if col == self.REASON else None)
        return None


def reading_problems(plan: importer.ImportPlan) -> list[dict]:
    """Everything the reader had to say about the files, card by card."""
    out = []
    for f in plan.files:
        if f.error:
            out.append(_problem(f.file, 0, 0, "", VcardNote(THE_FILE, problem=f.error)))
        out += [_problem(f.file, 0, line, "", reason) for line, reason in f.notes]
        for card in f.cards:
            if card.contact is None:
                out.append(_problem(f.file, card.number, card.reason_line or card.line,
                                    card.name, card.reason))
            out += [_problem(f.file, card.number, line, card.name, note)
                    for line, note in card.notes]
    return out


def report_problems(report: importer.ImportReport) -> list[dict]:
    return [dict(p, file=f.file) for f in report.files for p in f.problems]


def _problem(file: str, card: int, line: int, name: str, reason: VcardNote) -> dict:
    return {"file": file, "card": card, "line": line, "name": name, "reason": reason}
