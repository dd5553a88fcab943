"""The sync's status line: "Synchronised 2 min ago: 3 received, 1 sent"."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject


class SyncStatus(QObject):
    """The words of the status line; a QObject so that its tr() has one context."""

    def ago(self, when: dt.datetime, now: dt.datetime) -> str:
        """How long ago, in words: the one place the sync shows a time."""
        minutes = int((now - when).total_seconds() // 60)
        if minutes < 1:
            return self.tr("just now")
        if minutes < 120:
            return self.tr("%n min ago", "", minutes)
        return self.tr("%n h ago", "", minutes // 60)

    def text(self, when: dt.datetime | None, result: dict | None, now: dt.datetime) -> str:
        if when is None or result is None:
            return self.tr("Not synchronised yet")
        if "error" in result:
            return self.tr("Sync failed {0}: {1}").format(self.ago(when, now), result["error"])
        received, sent = result.get("received", 0), result.get("sent", 0)
        deleted, conflicts = result.get("deleted", 0), result.get("conflicts", 0)
        failed = len(result.get("errors") or ())
        if failed:  # cards the server refused or sent unreadable: never silently
            return self.tr("Synchronised {0}: {1} received, {2} sent, {3} deleted, "
                           "{4} to choose, {5} failed").format(
                self.ago(when, now), received, sent, deleted, conflicts, failed)
        if not (deleted or conflicts):
            return self.tr("Synchronised {0}: {1} received, {2} sent").format(
                self.ago(when, now), received, sent)
        return self.tr("Synchronised {0}: {1} received, {2} sent, {3} deleted, "
                       "{4} to choose").format(self.ago(when, now), received, sent, deleted,
                                               conflicts)


def ago(when: dt.datetime, now: dt.datetime) -> str:
    return SyncStatus().ago(when, now)


def status_text(when: dt.datetime | None, result: dict | None, now: dt.datetime) -> str:
    return SyncStatus().text(when, result, now)
