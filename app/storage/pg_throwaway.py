"""A throwaway PostgreSQL server, from Debian's ``postgresql`` package: for the
tests and for ``bench --db-engine postgresql``, never for an office's data.

Started once per test session (or bench run) on a free port on 127.0.0.1 (``initdb`` and
``pg_ctl``; as the ``postgres`` user through ``runuser`` when the tests run as
root, since ``initdb`` refuses root), stopped and removed at the end. Each test
gets a database of its own, copied from a template that already holds Hearth's
schema, and dropped after the test.
"""
from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PASSWORD = "hearth-test"  # only for the password tests; trust is the default


class NotInstalled(RuntimeError):
    """No PostgreSQL server programs on this machine."""


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One running server: its port, and fresh databases on it."""

    def __init__(self) -> None:
        bindir = _bindir()
        if bindir is None:
            raise NotInstalled("PostgreSQL is not installed (Debian: apt-get install "
                               "postgresql postgresql-contrib); .ci/run installs it")
        self.bindir = bindir
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="hearth-pg-"))
        self.data = self.root / "data"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "hearth",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        self._options = options
        self.start()
        self._names = itertools.count(1)
        self.admin = self.connect("postgres")
        self.admin.execute("CREATE DATABASE hearth_template")
        from app.storage.pg import make_database
        from app.storage.pg_schema import install

        template = make_database(self.url("hearth_template"))
        template.connect()
        install(template)
        template.close()

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bindir / tool), *args]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> None:
        """Start the server (again, after :meth:`halt`), on the same port."""
        self._run("pg_ctl", "-D", str(self.data), "-o", self._options, "-l",
                  str(self.root / "log"), "-w", "start")
        if getattr(self, "admin", None) is not None:  # the old one died with the server
            self.admin.close()
            self.admin = self.connect("postgres")

    def halt(self) -> None:
        """Stop the server as its administrator would (``pg_ctl stop -m fast``): every
        connection is dropped, and no new one is taken until :meth:`start`."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, name: str, user: str = "hearth") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{name}"

    def connect(self, name: str):
        import psycopg

        return psycopg.connect(self.url(name), autocommit=True)

    def fresh_database(self, *, empty: bool = False) -> str:
        """The URL of a new database: Hearth's schema in it unless ``empty``."""
        name = f"t{next(self._names)}"
        template = "template0" if empty else "hearth_template"
        self.admin.execute(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            self.admin.close()
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
