"""What can go wrong with a database file, as one leaf every storage module
may import without cycles: Hearth's file markers and :class:`DatabaseProblem`."""
from __future__ import annotations

from pathlib import Path

#: Marks a SQLite file as Hearth's (PRAGMA application_id), so that we never
#: migrate somebody else's database into ours.
APPLICATION_ID = 0x48525448  # "HRTH"

SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseProblem(Exception):
    """The database cannot be used; the message says what and which file."""

    def __init__(self, message: str, path: Path | str | None = None):
        super().__init__(message)
        self.path = Path(path) if path else None


def explain(error: Exception, path: Path | str) -> DatabaseProblem:
    """Turn an sqlite3/peewee error into a message a user can act on."""
    if isinstance(error, DatabaseProblem):
        return error
    text = str(error)
    low = text.lower()
    if "locked" in low or "busy" in low:
        msg = (f"The database {path} is locked by another program "
               "(another Hearth window, a backup tool or a sync client). "
               "Close it and try again.")
    elif "not a database" in low or "malformed" in low or "corrupt" in low:
        msg = (f"The database {path} is damaged or is not a database ({text}). "
               "It has not been changed. Restore a backup or choose another file.")
    elif "readonly" in low or "read-only" in low:
        msg = f"The database {path} cannot be written: the file or its folder is read-only."
    elif "unable to open" in low:
        msg = (f"The database {path} cannot be opened: the folder does not exist "
               "or is not accessible.")
    elif "disk" in low and "full" in low:
        msg = f"The disk holding {path} is full; nothing was saved."
    else:
        msg = f"The database {path} could not be used: {text}"
    return DatabaseProblem(msg, path)
