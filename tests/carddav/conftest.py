"""A real CardDAV server for the sync tests: Radicale in a subprocess.

One server per test module (starting one costs about half a second) on a
free port of 127.0.0.1, with its own storage folder and htpasswd file; each
test gets a fresh user, so tests share the server but never an address book.
The tests are skipped only when Radicale is not installed (the test extra
installs it).
"""
from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

radicale = pytest.importorskip("radicale")
requests = pytest.importorskip("requests")

# Never the developer's own keyring: as on a headless machine, there is none.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
PASSWORD = "correct horse"
_users = itertools.count(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Radicale:
    """A running Radicale: ``url`` is its root; ``start()``/``stop()`` for outages."""
    root: Path
    port: int
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def htpasswd(self) -> Path:
        return self.root / "users"

    def start(self) -> None:
        # Radicale's own tests turn fsync off (a private option, hence this
        # small launcher): a test server's files need not survive a power cut,
        # and an fsync per card makes 1,000 cards take minutes.
        settings = {
            "server": {"hosts": f"127.0.0.1:{self.port}"},
            "storage": {"filesystem_folder": str(self.root / "collections")},
            "auth": {"type": "htpasswd", "htpasswd_filename": str(self.htpasswd),
                     "htpasswd_encryption": "plain", "delay": "0"},
            "logging": {"level": "error"},
        }
        launcher = ("import sys, radicale.config as c, radicale.server as s\n"
                    "conf = c.load()\n"
                    f"conf.update({settings!r}, 'test')\n"
                    "conf.update({'storage': {'_filesystem_fsync': 'False'}}, 'test', "
                    "privileged=True)\n"
                    "s.serve(conf)\n")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", launcher],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"radicale did not start: {self.proc.stderr.read()!r}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("radicale did not listen within 20 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
            self.proc.stderr.close()
        self.proc = None

    def new_user(self, book: str = "contacts") -> ServerUser:
        """A new user with one empty address book ``/USER/BOOK/``."""
        name = f"user{next(_users)}"
        with self.htpasswd.open("a", encoding="utf-8") as fh:
            fh.write(f"{name}:{PASSWORD}\n")
        user = ServerUser(self, name)
        if book:
            user.make_book(book)
        return user


@dataclass
class ServerUser:
    """A user on the server and a plain HTTP client for playing "the phone"."""
    server: Radicale
    name: str
    password: str = PASSWORD

    def http(self):
        s = requests.Session()
        s.auth = (self.name, self.password)
        return s

    def book_url(self, book: str = "contacts") -> str:
        return f"{self.server.url}{self.name}/{book}/"

    def make_book(self, book: str) -> None:
        body = ('<?xml version="1.0"?><mkcol xmlns="DAV:" '
                'xmlns:C="urn:ietf:params:xml:ns:carddav"><set><prop><resourcetype>'
                '<collection/><C:addressbook/></resourcetype><displayname>'
                f'{book.title()}</displayname></prop></set></mkcol>')
        # The principal collection comes into being on the first request.
        self.http().request("PROPFIND", f"{self.server.url}{self.name}/",
                            headers={"Depth": "0"})
        r = self.http().request("MKCOL", self.book_url(book), data=body.encode())
        assert r.status_code == 201, r.text

    def put(self, name: str, text: str, book: str = "contacts") -> str:
        r = self.http().put(self.book_url(book) + name, data=text.encode(),
                            headers={"Content-Type": "text/vcard; charset=utf-8"})
        assert r.status_code in (201, 204), r.text
        return r.headers.get("ETag", "")

    def get(self, name: str, book: str = "contacts") -> str | None:
        r = self.http().get(self.book_url(book) + name)
        return r.text if r.status_code == 200 else None

    def delete(self, name: str, book: str = "contacts") -> None:
        r = self.http().delete(self.book_url(book) + name)
        assert r.status_code in (200, 204), r.text

    def names(self, book: str = "contacts") -> list[str]:
        r = self.http().request("PROPFIND", self.book_url(book), headers={"Depth": "1"},
                                data=b'<propfind xmlns="DAV:"><prop><getetag/></prop>'
                                     b'</propfind>')
        import re
        hrefs = re.findall(r"<(?:\w+:)?href>([^<]+)</(?:\w+:)?href>", r.text)
        return sorted(h.rsplit("/", 1)[1] for h in hrefs if h.endswith(".vcf"))


@pytest.fixture(scope="module")
def radicale_server(tmp_path_factory):
    server = Radicale(tmp_path_factory.mktemp("radicale"), free_port())
    server.htpasswd.write_text("", encoding="utf-8")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def server_user(radicale_server) -> ServerUser:
    if radicale_server.proc is None:  # a test that stopped it failed half-way
        radicale_server.start()
    return radicale_server.new_user()
