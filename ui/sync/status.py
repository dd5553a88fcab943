"""The sync's status line: "Synchronised 2 min ago: 3 received, 1 sent"."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SyncStatus", text, None, n)


def ago(when: dt.datetime, now: dt.datetime) -> str:
    """How long ago, in words: the one place the sync shows a time."""
    minutes = int((now - when).total_seconds() // 60)
    if minutes < 1:
        return _tr("just now")
    if minutes < 120:
        return _tr("%n min ago", minutes)
    return _tr("%n h ago", minutes // 60)


def status_text(when: dt.datetime | None, result: dict | None, now: dt.datetime) -> str:
    if when is None or result is None:
        return _tr("Not synchronised yet")
    if "error" in result:
        return _tr("Sync failed {0}: {1}").format(ago(when, now), result["error"])
    received, sent = result.get("received", 0), result.get("sent", 0)
    deleted, conflicts = result.get("deleted", 0), result.get("conflicts", 0)
    if not (deleted or conflicts):
        return _tr("Synchronised {0}: {1} received, {2} sent").format(
            ago(when, now), received, sent)
    return _tr("Synchronised {0}: {1} received, {2} sent, {3} deleted, {4} to choose").format(
        ago(when, now), received, sent, deleted, conflicts)
