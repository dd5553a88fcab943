"""What an import did, per file: counts and the problems met (card, line, reason)."""
from __future__ import annotations

from dataclasses import dataclass, field

from app.core.problems import describe


@dataclass
class FileReport:
    file: str
    cards: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    #: {"card", "line", "name", "reason"}: the reason a VcardNote (code and parameters)
    problems: list[dict] = field(default_factory=list)
    unreadable: int = 0  # cards that could not be read (counted in skipped too)
    merged: int = 0  # cards merged into a contact (counted in updated too)

    def to_json(self) -> dict:
        return {"file": self.file, "cards": self.cards, "created": self.created,
                "updated": self.updated, "skipped": self.skipped,
                "problems": [dict(p, reason=describe(p["reason"])) for p in self.problems]}


@dataclass
class ImportReport:
    files: list[FileReport]

    @property
    def created(self) -> int:
        return sum(f.created for f in self.files)

    @property
    def updated(self) -> int:
        return sum(f.updated for f in self.files)

    @property
    def merged(self) -> int:
        return sum(f.merged for f in self.files)

    @property
    def readable(self) -> int:
        return sum(f.cards - f.unreadable for f in self.files)

    @property
    def skipped(self) -> int:
        return sum(f.skipped for f in self.files)

    def to_json(self) -> dict:
        return {"files": [f.to_json() for f in self.files]}
