"""File > Connect to Office Database…: where the office's PostgreSQL server is.

Server, port, database and user name, or one ``postgresql://`` address (it
wins when filled in). The connection is tried off the GUI thread; a password
is asked for only when the server wants one, kept for this session, and
never stored (app.storage.pg_login).
"""
from __future__ import annotations

import getpass
from urllib.parse import unquote, urlsplit

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.storage import engine, pg_login
from ui.common.messages import message_for
from ui.common.tasks import run_task

DEFAULT_PORT = 5432


class ConnectDialog(QDialog):
    """Asks for the server; ``url`` holds the address that connected (with the
    password when one was asked for) once the dialog is accepted."""

    def __init__(self, parent=None, remembered: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to Office Database"))
        self.url = ""
        intro = QLabel(self.tr("An office shares one address book on a PostgreSQL server. "
                               "Ask whoever set it up for these details."))
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("server name or address"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.dbname = QLineEdit("hearth")
        self.user = QLineEdit(_login_name())
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://user@server:5432/hearth")
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.dbname)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("or &address:"), self.address)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("connect-status")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if remembered and engine.is_url(remembered):
            self._fill_from(remembered)
        self.resize(480, self.sizeHint().height())

    def _fill_from(self, url: str) -> None:
        """The fields from a remembered address, or the address itself when
        the fields cannot say it (options in the query, a socket path)."""
        parts = urlsplit(url)
        if parts.query or not parts.hostname or not parts.path.strip("/"):
            self.address.setText(engine.shown_url(url))
            return
        self.host.setText(parts.hostname)
        self.port.setValue(parts.port or DEFAULT_PORT)
        self.dbname.setText(unquote(parts.path.strip("/")))
        if parts.username:
            self.user.setText(unquote(parts.username))

    def typed_url(self) -> str:
        """The address typed in, or built from the fields; "" when incomplete."""
        address = self.address.text().strip()
        if address:
            return address if engine.is_url(address) else ""
        if not self.host.text().strip() or not self.dbname.text().strip():
            return ""
        return pg_login.url_for(self.host.text(), self.port.value(), self.dbname.text(),
                                self.user.text())

    def try_connect(self) -> None:
        url = self.typed_url()
        if not url:
            self._tell(self.tr("Fill in the server and the database, or an address that "
                               "starts with postgresql://."))
            return
        self._check(url, asked=False)

    def _check(self, url: str, asked: bool) -> None:
        self._busy(True)
        run_task(lambda task: pg_login.needs_password(url),
                 lambda needs: self._checked(url, needs, asked), self._failed, owner=self)

    def _checked(self, url: str, needs_password: bool, asked: bool) -> None:
        self._busy(False)
        if not needs_password:
            self.url = url
            self.accept()
            return
        if asked:
            self._tell(self.tr("The server did not accept the password for {0}.").format(
                engine.shown_url(url)))
        password, ok = QInputDialog.getText(
            self, self.tr("Password"), self.tr("Password for {0}:").format(
                engine.shown_url(url)), QLineEdit.EchoMode.Password)
        if ok:
            self._check(pg_login.with_password(url, password), asked=True)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._tell(message_for(exc))

    def _busy(self, busy: bool) -> None:
        self.connect_button.setEnabled(not busy)
        if busy:
            self._tell(self.tr("Connecting…"))

    def _tell(self, text: str) -> None:
        self.status.setText(text)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this user id
        return ""
