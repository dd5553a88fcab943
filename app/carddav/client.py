"""A small CardDAV client (RFC 6352, RFC 6578) over requests.

Every answer that is not what was asked for becomes a :class:`CardDavProblem`
with a code: the server cannot be reached, refuses the password, fails (5xx)
or refuses the request. The server's XML is read with defusedxml.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit

import requests
from defusedxml import ElementTree

from app.core.i18n import N_
from app.core.problems import Problem, problem_code

DAV = "{DAV:}"
CARD = "{urn:ietf:params:xml:ns:carddav}"
MULTIGET_BATCH = 100
#: Connecting, and waiting for an answer: a server's first listing of a large
#: address book (Radicale, 10,000 cards) takes half a minute and more.
TIMEOUT = (10, 300)


class CardDavProblem(Problem):
    """The server could not do what the sync asked: ``url`` and more."""


UNREACHABLE = problem_code(
    "carddav.unreachable",
    N_("The CardDAV server at {url} cannot be reached; nothing was lost, and the next "
       "sync tries again."))
BAD_PASSWORD = problem_code(
    "carddav.bad_password",
    N_("The CardDAV server at {url} refused the password of user {user}."))
SERVER_FAILED = problem_code(
    "carddav.server_failed",
    N_("The CardDAV server at {url} failed (HTTP {status}); nothing was lost, and the next "
       "sync tries again."))
REFUSED = problem_code(
    "carddav.refused",
    N_("The CardDAV server refused {method} on {url} (HTTP {status})."))
NO_SERVER = problem_code(
    "carddav.no_server",
    N_("No server answers at {url}; check the server address."))
NOT_CARDDAV = problem_code(
    "carddav.no_address_book",
    N_("No CardDAV address book was found at {url}."))


class PreconditionFailed(Exception):
    """412: the card is not (or no longer) what the request expected."""


class TokenRejected(Exception):
    """The server no longer knows the sync token (or has no sync-collection)."""


@dataclass
class AddressBook:
    url: str
    name: str


def href_for(uid: str) -> str:
    """The card's file name from its UID: the same UID always gives the same name,
    so a PUT retried after a lost answer finds its own card instead of adding one."""
    name = re.sub(r"[^A-Za-z0-9_-]", "-", uid)[:60].strip("-") or "card"
    if name != uid:
        name += "-" + hashlib.sha1(uid.encode("utf-8")).hexdigest()[:10]
    return quote(name) + ".vcf"


def same_href(a: str, b: str) -> bool:
    return unquote(urlsplit(a).path) == unquote(urlsplit(b).path)


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>' + body).encode("utf-8")


_ETAGS = _xml('<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop>'
              '</d:propfind>')


#: Hosts of this machine: a server here ("localhost:5232", Radicale's default)
#: speaks plain http, and the password never leaves the machine.
_THIS_MACHINE = {"localhost", "127.0.0.1", "::1"}


def server_url(url: str) -> str:
    """A URL as typed ("cloud.example.com") made whole: https (http for a server on
    this machine), ending in "/"."""
    url = url.strip()
    if "://" not in url:
        try:
            here = urlsplit("//" + url).hostname in _THIS_MACHINE
        except ValueError:
            here = False
        url = ("http://" if here else "https://") + url
    return url if url.endswith("/") else url + "/"


class Client:
    """One account's connection: ``url`` (any URL on the server), user and password."""

    def __init__(self, url: str, user: str, password: str,
                 timeout: float | tuple[float, float] = TIMEOUT):
        self.url = server_url(url)
        self.user = user
        self.session = requests.Session()
        self.session.auth = (user, password)
        self.session.headers["User-Agent"] = "Hearth"
        self.timeout = timeout

    def close(self) -> None:
        self.session.close()

    # --- requests ----------------------------------------------------------------------

    def request(self, method: str, url: str, body: bytes | None = None,
                ok: tuple[int, ...] = (200, 207), **headers: str) -> requests.Response:
        if body is not None and "Content-Type" not in headers:
            headers["Content-Type"] = "application/xml; charset=utf-8"
        try:
            r = self.session.request(method, url, data=body, headers=headers,
                                     timeout=self.timeout, allow_redirects=False)
        except requests.RequestException as exc:
            raise CardDavProblem(UNREACHABLE, url=self._host()) from exc
        if r.status_code in ok:
            return r
        if r.status_code == 401:
            raise CardDavProblem(BAD_PASSWORD, url=self._host(), user=self.user)
        if r.status_code == 412:
            raise PreconditionFailed(url)
        if r.status_code >= 500:
            raise CardDavProblem(SERVER_FAILED, url=self._host(), status=r.status_code)
        raise CardDavProblem(REFUSED, method=method, url=url, status=r.status_code)

    def _host(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    def _propfind(self, url: str, props: str, depth: str = "0") -> list[tuple[str, dict]]:
        body = _xml(f'<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
                    f'<d:prop>{props}</d:prop></d:propfind>')
        r = self.request("PROPFIND", url, body, Depth=depth)
        return [(urljoin(url, href), props) for href, props, _ in _responses(r.content)]

    # --- discovery ---------------------------------------------------------------------

    def discover(self) -> list[AddressBook]:
        """The address books at or under ``url``: the URL itself, or via
        /.well-known/carddav, current-user-principal and addressbook-home-set.
        Nothing answering here is a wrong address, not an outage to retry."""
        try:
            return self._discover()
        except CardDavProblem as exc:
            if exc.code == UNREACHABLE:
                raise CardDavProblem(NO_SERVER, url=self._host()) from exc
            raise

    def _discover(self) -> list[AddressBook]:
        start = self.url
        found = self._books_at(start)
        if found:
            return found
        if urlsplit(start).path in ("", "/"):
            r = self.request("PROPFIND", urljoin(start, "/.well-known/carddav"), _ETAGS,
                             ok=(200, 207, 301, 302, 303, 307, 308, 404, 405), Depth="0")
            if r.is_redirect and r.headers.get("Location"):
                start = urljoin(start, r.headers["Location"])
        principal = self._href_prop(start, "d:current-user-principal",
                                    DAV + "current-user-principal") or start
        home = self._href_prop(principal, "c:addressbook-home-set",
                               CARD + "addressbook-home-set") or principal
        found = self._books_at(home)
        if not found:
            raise CardDavProblem(NOT_CARDDAV, url=self.url)
        return found

    def _href_prop(self, url: str, prop: str, tag: str) -> str | None:
        for _, props in self._propfind(url, f"<{prop}/>"):
            el = props.get(tag)
            href = el.find(DAV + "href") if el is not None else None
            if href is not None and href.text:
                return urljoin(url, href.text.strip())
        return None

    def _books_at(self, url: str) -> list[AddressBook]:
        books = []
        for href, props in self._propfind(url, "<d:resourcetype/><d:displayname/>", "1"):
            kind = props.get(DAV + "resourcetype")
            if kind is not None and kind.find(CARD + "addressbook") is not None:
                name = props.get(DAV + "displayname")
                label = (name.text or "").strip() if name is not None else ""
                books.append(AddressBook(href, label or unquote(href.rstrip("/").rsplit(
                    "/", 1)[-1])))
        return books

    # --- listing changes -----------------------------------------------------------------

    def etags(self, book: str) -> dict[str, str]:
        """Every card of the address book: href -> ETag."""
        r = self.request("PROPFIND", book, _ETAGS, Depth="1")
        out = {}
        for href, props, _ in _responses(r.content):
            etag = props.get(DAV + "getetag")
            kind = props.get(DAV + "resourcetype")
            if etag is not None and (kind is None or kind.find(DAV + "collection") is None):
                out[urljoin(book, href)] = (etag.text or "").strip()
        return out

    def changes_since(self, book: str, token: str) -> tuple[dict[str, str | None], str]:
        """RFC 6578 sync-collection: href -> ETag (None: deleted), and the new token.
        Raises TokenRejected when the server does not know ``token`` or has no
        sync-collection (the caller lists ETags instead)."""
        body = _xml('<d:sync-collection xmlns:d="DAV:"><d:sync-token>'
                    f'{_escape(token)}</d:sync-token><d:sync-level>1</d:sync-level>'
                    '<d:prop><d:getetag/></d:prop></d:sync-collection>')
        try:
            r = self.request("REPORT", book, body, Depth="1")
        except CardDavProblem as exc:
            if exc.code == REFUSED:
                raise TokenRejected(book) from exc
            raise
        root = ElementTree.fromstring(r.content)
        out: dict[str, str | None] = {}
        for href, props, status in _responses(r.content):
            url = urljoin(book, href)
            if same_href(url, book):
                continue
            etag = props.get(DAV + "getetag")
            out[url] = None if status == 404 or etag is None else (etag.text or "").strip()
        new_token = root.findtext(DAV + "sync-token") or ""
        return out, new_token.strip()

    def cards(self, book: str, hrefs: list[str]) -> dict[str, tuple[str, str]]:
        """addressbook-multiget in batches: href -> (ETag, card text)."""
        out = {}
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            batch = hrefs[start:start + MULTIGET_BATCH]
            refs = "".join(f"<d:href>{_escape(urlsplit(h).path)}</d:href>" for h in batch)
            body = _xml('<c:addressbook-multiget xmlns:d="DAV:" '
                        'xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/>'
                        f'<c:address-data/></d:prop>{refs}</c:addressbook-multiget>')
            r = self.request("REPORT", book, body, Depth="1")
            for href, props, _ in _responses(r.content):
                etag, data = props.get(DAV + "getetag"), props.get(CARD + "address-data")
                if etag is not None and data is not None and data.text:
                    out[urljoin(book, href)] = ((etag.text or "").strip(), data.text)
        return out

    # --- writing -------------------------------------------------------------------------

    def put(self, url: str, text: str, etag: str | None = None) -> str:
        """Create (``etag`` None: If-None-Match: *) or replace (If-Match) a card;
        returns its new ETag. Raises PreconditionFailed on 412."""
        cond = {"If-Match": etag} if etag else {"If-None-Match": "*"}
        r = self.request("PUT", url, text.encode("utf-8"), ok=(200, 201, 204),
                         **{"Content-Type": "text/vcard; charset=utf-8"}, **cond)
        return r.headers.get("ETag") or self.etag_of(url)

    def etag_of(self, url: str) -> str:
        """The card's ETag, for servers that answer a PUT without one."""
        for _, props in self._propfind(url, "<d:getetag/>"):
            el = props.get(DAV + "getetag")
            if el is not None and el.text:
                return el.text.strip()
        return ""

    def get(self, url: str) -> tuple[str, str] | None:
        r = self.request("GET", url, ok=(200, 404, 410))
        if r.status_code != 200:
            return None
        return r.headers.get("ETag") or self.etag_of(url), r.text

    def delete(self, url: str, etag: str) -> None:
        """Delete a card if it is still at ``etag`` (gone already is fine)."""
        self.request("DELETE", url, ok=(200, 204, 404, 410),
                     **({"If-Match": etag} if etag else {}))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _responses(content: bytes) -> list[tuple[str, dict, int]]:
    """Each <response> of a multistatus: href, its found properties, its status."""
    root = ElementTree.fromstring(content)
    out = []
    for resp in root.iter(DAV + "response"):
        href = (resp.findtext(DAV + "href") or "").strip()
        props: dict = {}
        for ps in resp.findall(DAV + "propstat"):
            found = ps.find(DAV + "prop")
            if found is not None and _status(ps.findtext(DAV + "status")) == 200:
                for prop in found:
                    props[prop.tag] = prop
        out.append((href, props, _status(resp.findtext(DAV + "status")) or 200))
    return out


def _status(line: str | None) -> int:
    m = re.match(r"HTTP/\S+\s+(\d{3})", (line or "").strip())
    return int(m.group(1)) if m else 0
