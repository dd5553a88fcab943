"""Running the sync from the window: on demand (File › Sync Now, F5, the
toolbar) and every few minutes while the window is open, off the GUI thread
with progress and Cancel; the status bar says how the last one went."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QProgressDialog

from app.carddav import conflicts, engine, passwords
from app.carddav import store as sync_store
from app.carddav.client import BAD_PASSWORD, CardDavProblem
from app.core import clock
from app.storage import settings
from ui.common.messages import message_for
from ui.common.tasks import Cancelled, run_task
from ui.sync.accounts_dialog import AccountsDialog
from ui.sync.conflict_words import choose_sync_conflict
from ui.sync.status import status_text

#: Minutes between syncs while the window is open (the setting "sync_minutes").
DEFAULT_MINUTES = 15


class SyncController(QObject):
    """Signals:
        finished(object): a sync ended; its results by account name (a dict).
    """
    finished = Signal(object)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.task = None
        self.progress: QProgressDialog | None = None
        self.last: tuple[dt.datetime, dict] | None = None
        self.sync_now = QAction(self.tr("&Sync Now"), window)
        self.sync_now.setShortcut(QKeySequence("F5"))
        self.sync_now.setStatusTip(self.tr("Exchange changes with the CardDAV accounts"))
        self.sync_now.triggered.connect(lambda: self.run(interactive=True))
        self.accounts = QAction(self.tr("Sync &Accounts…"), window)
        self.accounts.triggered.connect(self.edit_accounts)
        a = window.main_actions
        window.file_menu.insertAction(a.back_up, self.sync_now)
        window.file_menu.insertSeparator(a.back_up)
        window.edit_menu.insertAction(a.preferences, self.accounts)
        window.toolbar.addAction(self.sync_now)
        self.label = QLabel()
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.run(interactive=False))
        minutes = int(settings.get("sync_minutes", DEFAULT_MINUTES) or DEFAULT_MINUTES)
        self.timer.start(minutes * 60_000)
        self.clock = QTimer(self)  # "2 min ago" moves on
        self.clock.timeout.connect(self.show_status)
        self.clock.start(60_000)
        self._load_last()
        self.show_status()

    def _load_last(self) -> None:
        done = [a for a in sync_store.accounts() if a.last_sync_at and a.last_result]
        if done:
            latest = max(done, key=lambda a: a.last_sync_at)
            self.last = (clock.parse_stamp(latest.last_sync_at), latest.last_result)

    def show_status(self) -> None:
        if not sync_store.accounts():
            self.label.setText("")
            return
        when, result = self.last if self.last else (None, None)
        self.label.setText(status_text(when, result, clock.utc_now()))

    def edit_accounts(self) -> None:
        AccountsDialog(self.window).exec()
        self.show_status()

    def run(self, interactive: bool = True) -> None:
        if self.task is not None:
            return
        accounts = sync_store.accounts()
        if not accounts:
            if interactive:
                self.edit_accounts()
            return
        todo = []
        for a in accounts:
            password = passwords.lookup(a.name, a.username)
            if password is None and interactive:
                password = self._ask_password(a)
            if password is not None:
                todo.append((a, password))
        if not todo:
            if not interactive:
                self.label.setText(self.tr("Sync waits for the password: press F5."))
            return
        if interactive:
            self.progress = QProgressDialog(self.tr("Synchronising contacts…"),
                                            self.tr("Cancel"), 0, 0, self.window)
            self.progress.setWindowTitle(self.tr("Sync"))
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(500)
            self.progress.canceled.connect(lambda: self.task and self.task.cancel())
        self.label.setText(self.tr("Synchronising…"))

        def work(task):
            totals = {"received": 0, "sent": 0, "deleted": 0, "conflicts": 0, "errors": []}
            failed = []  # one account's server down or password refused: the others still sync
            for account, password in todo:
                try:
                    result = engine.sync_account(account, password, progress=task.report)
                except CardDavProblem as exc:
                    if exc.code == BAD_PASSWORD:
                        exc.account = account  # its password is forgotten afterwards
                    failed.append(exc)
                    continue
                for key, value in result.to_json().items():
                    if key in totals:
                        totals[key] += value
            if failed and len(failed) == len(todo):
                raise failed[0]
            totals["failed_accounts"] = failed
            return totals

        self.task = run_task(work, self._done, self._failed, self._progress, owner=self)

    def _ask_password(self, account) -> str | None:
        password, ok = QInputDialog.getText(
            self.window, self.tr("Sync Password"),
            self.tr("Password of {0} for {1}:").format(account.username, account.name),
            QLineEdit.EchoMode.Password)
        if not ok or not password:
            return None
        passwords.remember(account.name, account.username, password)
        return password

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, totals: dict) -> None:
        interactive = self.progress is not None
        self._close_progress()
        failed = totals.pop("failed_accounts", [])
        for exc in failed:
            self._forget_refused(exc)
        self.last = (clock.utc_now(), totals)
        self.show_status()
        if failed:
            reasons = " ".join(message_for(problem) for problem in failed)
            self.label.setText(self.tr("{0} Not synchronised: {1}").format(
                self.label.text(), reasons))
        if hasattr(self.window, "contacts_changed"):
            self.window.contacts_changed()
        if interactive:
            self.choose_conflicts()
        self.finished.emit(totals)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            self.label.setText(self.tr("Sync cancelled; the next one picks up from there."))
        else:
            self._forget_refused(exc)
            self.last = (clock.utc_now(), {"error": message_for(exc)})
            self.show_status()
        if hasattr(self.window, "contacts_changed"):
            self.window.contacts_changed()
        self.finished.emit(None)

    @staticmethod
    def _forget_refused(exc: BaseException) -> None:
        refused = getattr(exc, "account", None)
        if refused is not None:
            # Forgotten (keyring too), so the next F5 asks for it again instead of
            # sending the refused one for ever.
            passwords.forget(refused.name, refused.username)

    def choose_conflicts(self) -> None:
        """Each contact changed on both sides in the same field: the user chooses."""
        for waiting in conflicts.pending():
            choices = choose_sync_conflict(self.window, waiting.name, waiting.account,
                                           waiting.merge.conflicts)
            if choices is None:
                continue  # asked again after the next sync
            conflicts.resolve(waiting.book_id, waiting.href, waiting.merge.resolved(choices))
        if hasattr(self.window, "contacts_changed"):
            self.window.contacts_changed()

