"""At start-up, a database SQLite cannot open because it is damaged: the
offer to restore one of its backups or to repair it, instead of only
choosing another file.

Both put a new file in the database's place and keep the damaged original
beside it, renamed and never opened (app.storage.restore.restore_unopenable,
app.storage.recover); both run off the GUI thread while a busy dialog shows.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QProgressDialog

from app.storage import backup, check, restore
from app.storage.connection import DatabaseProblem, close_database, open_database
from app.storage.errors import DB_DAMAGED, DB_NOT_SQLITE
from ui.common.messages import message_for
from ui.main.backups import backup_label


def _tr(text: str) -> str:
    return QApplication.translate("Startup", text)


def add_offers(box: QMessageBox, path: Path, problem: DatabaseProblem) -> dict:
    """Add "Restore a Backup…" and "Repair…" to ``box`` where they can help;
    returns {button: action}, each action taking the path and returning True
    when a new file is in place (then open it again)."""
    offers = {}
    if problem.code in (DB_DAMAGED, DB_NOT_SQLITE) and backup.all_backups(path):
        offers[box.addButton(_tr("Restore a Backup…"),
                             QMessageBox.ButtonRole.ActionRole)] = restore_a_backup
    if problem.code == DB_DAMAGED:
        offers[box.addButton(_tr("Repair…"), QMessageBox.ButtonRole.ActionRole)] = repair
    if offers:
        box.setInformativeText(_tr(
            "You can restore one of its backups or repair it (the damaged file is kept "
            "beside the new one), open another address book file, or quit."))
    return offers


def restore_a_backup(path: Path) -> bool:
    found = backup.all_backups(path)
    labels = [backup_label(f) for f in found]
    label, ok = QInputDialog.getItem(
        None, _tr("Restore a backup"),
        _tr("Put this backup in the place of the damaged address book (the damaged file "
            "is kept beside it):"), labels, 0, False)
    if not ok:
        return False
    chosen = found[labels.index(label)].path
    done = _run_waiting(_tr("Restoring {0}…").format(chosen.name),
                        lambda: restore.restore_unopenable(chosen, path))
    if done is None:
        return False
    _tell(_tr("Restore a backup"), _tr("Restored {0}. The damaged file is kept as {1}.").format(
        chosen.name, done))
    return True


def repair(path: Path) -> bool:
    answer = QMessageBox.question(
        None, _tr("Repair"), _tr(
            "Recover every row that can still be read from {0} into a new file in its "
            "place? The damaged file is kept beside it, unchanged.").format(path))
    if answer != QMessageBox.StandardButton.Yes:
        return False

    def work():
        found = check.repair_file(path)
        open_database(path)  # this worker's connection: the task closes it
        try:
            check.repair_invariants()  # the search index is rebuilt, orphans removed
        finally:
            close_database()
        return found

    done = _run_waiting(_tr("Repairing {0}…").format(path.name), work)
    if done is None:
        return False
    _tell(_tr("Repair"), message_for(done))
    return True


def _tell(title: str, text: str) -> None:
    QMessageBox.information(None, title, text)


def _run_waiting(text: str, fn: Callable[[], Any]) -> Any:
    """``fn()`` off the GUI thread behind a busy dialog; its result, or None
    after telling its failure."""
    from ui.common.tasks import run_task

    progress = QProgressDialog(text, "", 0, 0)
    progress.setWindowTitle("Hearth")
    progress.setCancelButton(None)  # neither can stop half-way: a new file, or none
    progress.setMinimumDuration(0)
    progress.show()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    run_task(lambda task: fn(), on_done=lambda r: finish("result", r),
             on_error=lambda exc: finish("error", exc))
    loop.exec()
    progress.close()
    progress.deleteLater()
    if "error" in outcome:
        QMessageBox.critical(None, "Hearth", message_for(outcome["error"]))
        return None
    return outcome["result"]
