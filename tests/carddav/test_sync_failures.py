"""Sync when things go wrong: a wrong password, a failing server, a server that
goes away half-way; and a thousand cards. Nothing local is lost, nothing doubles."""
from __future__ import annotations

import http.server
import threading
import time

import pytest

from app.carddav import engine
from app.carddav import store as sync_store
from app.carddav.client import (
    BAD_PASSWORD,
    MULTIGET_BATCH,
    SERVER_FAILED,
    UNREACHABLE,
    CardDavProblem,
)
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.core.problems import describe
from tests.carddav.conftest import PASSWORD, free_port
from tests.carddav.test_sync import account_for, card, live, run


def test_a_wrong_password_is_told_and_changes_nothing(db, server_user):
    server_user.put("a.vcf", card("a", "Anna", "Berg"))
    contacts.create(ContactData(given_name="Ben"))
    account = account_for(server_user)
    with pytest.raises(CardDavProblem) as caught:
        engine.sync_account(account, "not the password")
    assert caught.value.code == BAD_PASSWORD
    assert server_user.name in describe(caught.value)
    assert [c.given_name for c in live()] == ["Ben"]
    assert server_user.names() == ["a.vcf"]


class _Failing(http.server.BaseHTTPRequestHandler):
    def _fail(self):
        self.send_response(500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PROPFIND = do_REPORT = do_GET = do_PUT = _fail  # noqa: N815 - http.server's names

    def log_message(self, *args):
        pass


def test_a_server_error_is_told_and_the_next_sync_retries(db):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), _Failing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/dav/book/"
        account = sync_store.add_account("broken", url, "u", [(url, "Book")])
        contacts.create(ContactData(given_name="Ben"))
        with pytest.raises(CardDavProblem) as caught:
            engine.sync_account(account, "pw")
        assert caught.value.code == SERVER_FAILED and "500" in describe(caught.value)
        assert [c.given_name for c in live()] == ["Ben"]
    finally:
        server.shutdown()
        server.server_close()


def test_an_unreachable_server_is_told(db):
    url = f"http://127.0.0.1:{free_port()}/book/"
    account = sync_store.add_account("gone", url, "u", [(url, "Book")])
    with pytest.raises(CardDavProblem) as caught:
        engine.sync_account(account, "pw")
    assert caught.value.code == UNREACHABLE


def _cards(n: int, start: int = 0) -> list[str]:
    return [card(f"uid-{i}", f"Given{i}", f"Family{i}", email=f"p{i}@example.org")
            for i in range(start, start + n)]


def _put_many(user, texts: list[str]) -> None:
    """All cards in one request: Radicale takes a whole address book in one PUT."""
    r = user.http().put(user.book_url(), data="".join(texts).encode(),
                        headers={"Content-Type": "text/vcard"})
    assert r.status_code == 201, r.text
    assert len(user.names()) == len(texts)


def test_a_sync_stopped_half_way_resumes_without_duplicates(db, radicale_server, server_user):
    _put_many(server_user, _cards(3 * MULTIGET_BATCH))
    for i in range(5):
        contacts.create(ContactData(given_name=f"Local{i}"))
    account = account_for(server_user)
    calls = {"n": 0}
    real = engine._BookSync._from_server

    def stop_the_server_half_way(self, href, etag, text):
        calls["n"] += 1
        if calls["n"] == MULTIGET_BATCH + 10:
            radicale_server.stop()
        return real(self, href, etag, text)

    engine._BookSync._from_server = stop_the_server_half_way
    try:
        with pytest.raises(CardDavProblem):
            engine.sync_account(account, PASSWORD)
    finally:
        engine._BookSync._from_server = real
        radicale_server.start()
    assert MULTIGET_BATCH <= len(live()) - 5 < 3 * MULTIGET_BATCH
    result = run(account)
    assert len(live()) == 3 * MULTIGET_BATCH + 5
    assert len(server_user.names()) == 3 * MULTIGET_BATCH + 5
    assert result.sent == 5
    assert run(account).received == 0


def test_an_upload_whose_answer_was_lost_is_not_made_twice(db, server_user):
    contacts.create(ContactData(given_name="Ben", uid="ben-uid"))
    account = account_for(server_user)
    real = sync_store.save_item
    sync_store.save_item = lambda *a: (_ for _ in ()).throw(KeyboardInterrupt())
    try:
        with pytest.raises(KeyboardInterrupt):  # killed right after the PUT
            engine.sync_account(account, PASSWORD)
    finally:
        sync_store.save_item = real
    assert len(server_user.names()) == 1
    run(account)
    assert len(server_user.names()) == 1 and len(live()) == 1


def test_a_thousand_cards_sync_in_a_few_seconds(db, server_user):
    _put_many(server_user, _cards(1000))
    account = account_for(server_user)
    started = time.monotonic()
    first = run(account)
    assert first.received == 1000 and len(live()) == 1000
    again = run(account)
    assert (again.received, again.sent) == (0, 0)
    assert time.monotonic() - started < 60  # a guard against a hang, not a benchmark
