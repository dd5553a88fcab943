"""What changed, as :mod:`app.storage.changes` reports it: the answer and the
interface, apart from the engines' watchers so that each can import them."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Protocol


@dataclass(frozen=True)
class Changes:
    """Which areas of the database changed since the last poll."""
    contacts: bool = False
    conversations: bool = False
    card_runs: bool = False
    settings: bool = False

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def list_affected(self) -> bool:
        """Whether the contact list (names, order, temperature) may show something else."""
        return self.contacts or self.conversations or self.settings


NOTHING = Changes()
EVERYTHING = Changes(contacts=True, conversations=True, card_runs=True, settings=True)


class ChangeWatcher(Protocol):
    """What a window subscribes to: poll() on its own thread, about once a second."""

    def poll(self) -> Changes:
        """What other writers changed since the last poll (NOTHING if nothing)."""
        ...

    def forget(self) -> None:
        """Take the database as it is now as seen (after reloading everything)."""
        ...

    def close(self) -> None:
        """Stop watching (a PostgreSQL watcher's own connection closes)."""
        ...
