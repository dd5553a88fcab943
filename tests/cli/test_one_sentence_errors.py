"""A full disk or a read-only file is told in one sentence, never a traceback,
and leaves the address book as it was (a small tmpfs stands for the full disk:
root only, skipped elsewhere)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.bench.vcard import generate
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage.connection import close_database, database, open_database

ROOT = Path(__file__).resolve().parents[2]


def hearth(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def _one_sentence(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB file system of its own."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    where = tmp_path / "disk"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def _address_book(path: Path) -> int:
    open_database(path)
    try:
        return contacts.create(ContactData(given_name="Anna", family_name="Muster"))
    finally:
        close_database()


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    # Unbuffered: a short last write must not stay in a buffer that close() fails to flush.
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    return filler


def _still_fine(path: Path, contacts_expected: int) -> None:
    open_database(path)
    try:
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert contacts.count() == contacts_expected
        assert database.execute_sql("SELECT count(*) FROM interaction").fetchone()[0] == 0
    finally:
        close_database()


def _says_full(done: subprocess.CompletedProcess, path: Path) -> None:
    sentence = _one_sentence(done)
    assert str(path) in sentence and "full" in sentence.replace(str(path), ""), sentence


def test_a_full_disk_is_one_sentence_and_nothing_is_half_written(small_disk, tmp_path):
    path = small_disk / "hearth.db"
    cid = _address_book(path)
    cards = tmp_path / "cards.vcf"
    generate(cards, 300)
    filler = _fill(small_disk)  # full before anyone has the file open ...
    _says_full(hearth(path, "log", "--channel", "call", str(cid)), path)
    _says_full(hearth(path, "import", str(cards)), path)
    filler.unlink()
    _still_fine(path, 1)
    open_database(path)  # ... and while a window has it open
    try:
        filler = _fill(small_disk)
        _says_full(hearth(path, "log", "--channel", "call", str(cid)), path)
        _says_full(hearth(path, "import", str(cards)), path)
        filler.unlink()
    finally:
        close_database()
    _still_fine(path, 1)


def test_a_read_only_folder_is_one_sentence_naming_the_file(small_disk):
    path = small_disk / "hearth.db"
    cid = _address_book(path)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    sentence = _one_sentence(hearth(path, "log", "--channel", "call", str(cid)))
    assert str(path) in sentence and "read-only" in sentence, sentence
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    _still_fine(path, 1)


def test_a_read_only_file_is_one_sentence_naming_the_file(tmp_path):
    path = tmp_path / "hearth.db"
    cid = _address_book(path)
    # Root writes a file whatever its mode: make it immutable for root instead.
    as_root = os.geteuid() == 0
    if as_root:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("root writes read-only files, and chattr +i is not available here")
    else:
        path.chmod(0o444)
    try:
        sentence = _one_sentence(hearth(path, "log", "--channel", "call", str(cid)))
        assert str(path) in sentence and "read-only" in sentence, sentence
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(0o644)
    _still_fine(path, 1)
