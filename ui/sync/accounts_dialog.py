"""Edit › Accounts…: the CardDAV accounts, adding one (with discovery of its
address books) and removing one. Passwords go to the keyring, or are kept
for this session only; never into the database."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.carddav import passwords
from app.carddav import store as sync_store
from app.carddav.client import AddressBook, Client, server_url
from ui.common.messages import message_for
from ui.common.tasks import run_task


class AccountsDialog(QDialog):
    """The list of accounts with Add… and Remove."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync Accounts"))
        self.resize(560, 320)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Contacts in these CardDAV address books (a phone's, "
                               "Nextcloud, iCloud, …) are kept in step with Hearth."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add Account…"))
        self.add_button.clicked.connect(self.add_account)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_account)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _: self._update())
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for a in sync_store.accounts():
            books = ", ".join(b.name for b in sync_store.books(a.id))
            item = QListWidgetItem(self.tr("{0} — {1} at {2} ({3})").format(
                a.name, a.username, a.url, books))
            item.setData(Qt.ItemDataRole.UserRole, a.name)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def add_account(self) -> None:
        if AddAccountDialog(self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def remove_account(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self, self.tr("Remove Account"),
            self.tr("Stop syncing with {0}? Its contacts stay in Hearth and on the "
                    "server.").format(name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        account = sync_store.account(name)
        sync_store.remove_account(name)
        passwords.forget(account.name, account.username)
        self.reload()


class AddAccountDialog(QDialog):
    """Server, user and password; Find Address Books; choose which to sync."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Sync Account"))
        self.resize(520, 420)
        self.books: list[AddressBook] = []
        self._task = None
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Phone"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("e.g. cloud.example.com"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Server:"), self.url)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.find_button = QPushButton(self.tr("&Find Address Books"))
        self.find_button.clicked.connect(self.find_books)
        layout.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel(self.tr("Enter the server and your login, then find the "
                                      "address books to sync."))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.book_list = QListWidget()
        layout.addWidget(self.book_list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.book_list.itemChanged.connect(lambda _: self._update())
        for edit in (self.name, self.url, self.user, self.password):
            edit.textChanged.connect(lambda _: self._update())
        self._update()

    def _chosen(self) -> list[AddressBook]:
        return [self.books[i] for i in range(self.book_list.count())
                if self.book_list.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        ready = all(e.text().strip() for e in (self.url, self.user, self.password))
        self.find_button.setEnabled(ready and self._task is None)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()) and bool(self._chosen()))

    def find_books(self) -> None:
        url, user, password = self.url.text().strip(), self.user.text().strip(), \
            self.password.text()

        def work(task):
            client = Client(url, user, password)
            try:
                return client.discover()
            finally:
                client.close()

        self.message.setText(self.tr("Looking for address books…"))
        self._task = run_task(work, self._found, self._failed, owner=self)
        self._update()

    def _found(self, books: list[AddressBook]) -> None:
        self._task = None
        self.books = books
        self.book_list.clear()
        for b in books:
            item = QListWidgetItem(b.name)
            item.setToolTip(b.url)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.book_list.addItem(item)
        self.message.setText(self.tr("Choose the address books to sync:"))
        if not self.name.text().strip():
            self.name.setText(self.user.text().strip())
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.message.setText(message_for(exc))
        self._update()

    def accept(self) -> None:
        chosen = self._chosen()
        name = self.name.text().strip()
        try:
            sync_store.add_account(name, server_url(self.url.text()),
                                   self.user.text().strip(), [(b.url, b.name) for b in chosen])
        except sync_store.AccountProblem as exc:
            self.message.setText(message_for(exc))
            return
        passwords.remember(name, self.user.text().strip(), self.password.text())
        super().accept()
