"""Who uses this installation: the name each logged conversation is signed with.

The name belongs to the installation, not to the database: several people
share one PostgreSQL address book, and each signs the conversations they log
with their own name. It is kept in ``user.json`` in the user's config folder
(platformdirs: ``~/.config/Hearth`` on Linux), beside nothing else of the
database's. Until someone chooses, there is no name (:func:`is_chosen` is
False) and the window asks when its user first logs a conversation; an empty
name chosen on purpose is a choice too, and is not asked again.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

FILE_NAME = "user.json"
MAX_LENGTH = 80


def path() -> Path:
    """Where the installation's user name is kept (read when asked: tests and
    benchmarks point XDG_CONFIG_HOME elsewhere)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("Hearth", "Hearth")) / FILE_NAME


def _stored() -> dict:
    try:
        data = json.loads(path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and isinstance(data.get("name"), str) else {}


def is_chosen() -> bool:
    """Whether a name (or, on purpose, none) has been chosen on this installation."""
    return "name" in _stored()


def name() -> str:
    """The name conversations logged here are signed with; "" when there is none."""
    return clean(_stored().get("name", ""))


def clean(text: str) -> str:
    """A name as stored: one line, spaces collapsed, at most MAX_LENGTH characters."""
    return " ".join(str(text).split())[:MAX_LENGTH]


def choose(text: str) -> str:
    """Keep ``text`` as this installation's name ("" = sign with no name); returns it.

    Written to a temporary file first and renamed, so a crash never leaves half a file.
    """
    chosen = clean(text)
    target = path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps({"name": chosen}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)
    return chosen


def proposed() -> str:
    """A name to propose: the OS account's full name (the GECOS field), else the login."""
    try:
        import pwd

        entry = pwd.getpwuid(os.getuid())
    except (ImportError, KeyError, AttributeError):  # Windows has no pwd
        return clean(os.environ.get("USERNAME", ""))
    full = entry.pw_gecos.split(",")[0].strip()
    return clean(full or entry.pw_name)
