"""The two-way sync of one account: a three-way comparison of the server, Hearth
and the state both had at the last sync (the pattern of vdirsyncer's sync).

Per address book: the server's changes come from sync-collection with the
stored token (a full listing when there is none, the server forgot it or has
no sync-collection), and Hearth's from the contacts' versions. Then:

- changed on the server only: taken into Hearth; a card the server merely
  rewrote (PRODID, REV) has the same hash and changes nothing;
- new on the server: matched by UID, then like the importer (e-mail, phone,
  name), so an address book imported earlier makes no duplicates;
- changed on both sides: merged field by field (app.contacts.three_way); the
  same field changed on both sides is a conflict kept for the user (or
  settled by ``prefer``);
- deleted on the server: the contact goes to Hearth's trash (kept if it was
  edited here since: then it is sent again);
- changed or new in Hearth: PUT with If-Match, or If-None-Match: * at a name
  made from the UID, so a retried upload never makes a second card;
- trashed or deleted for good in Hearth: DELETE with If-Match.

Each card's state is committed with the change it records, so an interrupted
sync resumes where it stopped; the token is stored only when a book is done.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from app.carddav import store
from app.carddav.cards import card_hash, parse_card, text_for, with_local_fields
from app.carddav.client import (
    REFUSED,
    CardDavProblem,
    Client,
    PreconditionFailed,
    TokenRejected,
    href_for,
)
from app.contacts import store as contacts
from app.contacts.matching import MatchIndex, merge_data
from app.contacts.model import ContactData
from app.contacts.three_way import MINE, THEIRS, merge
from app.storage.connection import database

LOCAL, SERVER = "local", "server"
Progress = Callable[[int, int], None]


@dataclass
class SyncResult:
    received: int = 0
    sent: int = 0
    deleted_here: int = 0
    deleted_there: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def deleted(self) -> int:
        return self.deleted_here + self.deleted_there

    def to_json(self) -> dict:
        data = asdict(self)
        data["deleted"] = self.deleted
        return data


def sync_account(account: store.Account, password: str, prefer: str | None = None,
                 progress: Progress | None = None, client: Client | None = None) -> SyncResult:
    """Sync every address book of ``account``; see the module."""
    client = client or Client(account.url, account.username, password)
    result = SyncResult()
    try:
        syncs = [_BookSync(client, account, book, result, prefer, progress)
                 for book in store.books(account.id)]
        for one in syncs:
            one.run()
        if syncs:
            syncs[0].send_new()
    finally:
        client.close()
    store.record_result(account.id, result.to_json())
    return result


class _BookSync:
    def __init__(self, client: Client, account: store.Account, book: store.Book,
                 result: SyncResult, prefer: str | None, progress: Progress | None):
        self.client, self.account, self.book = client, account, book
        self.result, self.prefer = result, prefer
        self.progress = progress or (lambda done, total: None)
        self.items = store.items(book.id)
        self.linked = {i.contact_id for i in self.items.values() if i.contact_id}
        self.index: MatchIndex | None = None

    def run(self) -> None:
        if self.prefer:
            self._settle_conflicts()
        changes, token = self._server_changes()
        fetch = [h for h, etag in changes.items()
                 if etag is not None and (h not in self.items or self.items[h].etag != etag)]
        total = len(fetch) + len(changes)
        done = 0
        for start in range(0, len(fetch), 100):
            batch = self.client.cards(self.book.url, fetch[start:start + 100])
            with database.atomic():  # one commit per batch; a stop loses at most one
                for href, (etag, text) in batch.items():
                    self._from_server(href, etag, text)
            done += len(batch)
            self.progress(done, total)
        for href, etag in changes.items():
            if etag is None and href in self.items:
                self._deleted_on_server(self.items[href])
        self._to_server()
        if token:
            store.set_token(self.book.id, token)

    # --- the server's side -----------------------------------------------------------

    def _server_changes(self) -> tuple[dict[str, str | None], str]:
        token = self.book.sync_token
        if token:
            try:
                return self.client.changes_since(self.book.url, token)
            except TokenRejected:
                pass
        try:
            listed, token = self.client.changes_since(self.book.url, "")
        except TokenRejected:
            listed, token = self.client.etags(self.book.url), ""
        changes: dict[str, str | None] = dict(listed)
        for href in self.items:
            if href not in listed:
                changes[href] = None
        return changes, token

    def _from_server(self, href: str, etag: str, text: str) -> None:
        card = parse_card(text, href)
        it = self.items.get(href)
        if card is None:
            self.result.errors.append(href)
            return
        if it is None:
            self._new_from_server(href, etag, text, card)
        elif it.contact_id is None:
            self._keep(store.Item(href, None, etag, "", "", 0, None))  # still to delete
        elif it.pending is not None:
            it.pending = {"etag": etag, "card": text}
            self._keep(it)
        else:
            self._changed_on_server(it, etag, text, card)

    def _changed_on_server(self, it: store.Item, etag: str, text: str,
                           card: ContactData) -> None:
        new_hash = card_hash(card)
        with database.atomic():  # read and write under one lock: no edit slips between
            local = contacts.get(it.contact_id)
            if new_hash == it.hash:  # a rewrite (PRODID, REV): nothing of Hearth's changed
                it.etag, it.card = etag, text
                self._keep(it)
                return
            if local.trashed_at:
                contacts.restore([local.id])
                local = contacts.get(local.id)
            if card_hash(local) == it.hash or local.version == it.contact_version:
                taken = with_local_fields(card, local)
                contacts.update(taken)
                self._record(it.href, etag, text, taken, taken)
                self.result.received += 1
                return
            base = with_local_fields(parse_card(it.card, it.href) or ContactData(), local)
            merged = merge(base, local, with_local_fields(card, local))
            if merged.conflicts and not self.prefer:
                it.pending = {"etag": etag, "card": text}
                self._keep(it)
                self.result.conflicts += 1
                return
            choice = MINE if self.prefer == LOCAL else THEIRS
            out = merged.resolved({c.field: choice for c in merged.conflicts})
            contacts.update(out)
            # The server's card is the new base; Hearth's merge goes up next.
            self._record(it.href, etag, text, card, out, send=True)
            self.result.received += 1

    def _new_from_server(self, href: str, etag: str, text: str, card: ContactData) -> None:
        with database.atomic():
            found = self._match(card)
            if found is None:
                if card.uid and contacts.find_by_uid(card.uid) is not None:
                    card.uid = ""  # that UID is another card's here: this one gets its own
                contacts.create(card)
                self._record(href, etag, text, card, card)
                self.result.received += 1
                return
            local = contacts.get(found)
            if local.trashed_at:
                contacts.restore([found])
                local = contacts.get(found)
            taken = merge_data(local, card)
            for name in ("prefix", "given_name", "additional_names", "family_name", "suffix",
                         "nickname", "organisation", "department", "job_title", "role",
                         "birthday", "anniversary", "notes"):
                if getattr(card, name):
                    setattr(taken, name, getattr(card, name))
            if card.photo is not None:
                taken.photo, taken.photo_mime = card.photo, card.photo_mime
            taken.extra_vcard = list(dict.fromkeys(local.extra_vcard + card.extra_vcard))
            if card.uid and card.uid != local.uid and contacts.find_by_uid(card.uid) is None:
                taken.uid = card.uid  # servers refuse a card whose UID changes
            if taken != local:
                contacts.update(taken)
            self._record(href, etag, text, card, taken, send=card_hash(taken) != card_hash(card))
            self.result.received += 1

    def _match(self, card: ContactData) -> int | None:
        linked = self.linked
        if card.uid:
            hit = contacts.find_by_uid(card.uid)
            if hit is not None and hit not in linked:
                return hit
        if self.index is None:
            self.index = MatchIndex.from_database()
        hit = self.index.match(card)
        if hit is None or hit.contact_id in linked or hit.contact_id in self.index.trashed:
            return None
        return hit.contact_id

    def _deleted_on_server(self, it: store.Item) -> None:
        with database.atomic():
            store.drop_item(self.book.id, it.href)
            self.items.pop(it.href, None)
            if it.contact_id is None:
                return
            local = contacts.get_many([it.contact_id], with_photos=False)
            if local and local[0].version == it.contact_version and not local[0].trashed_at:
                contacts.trash([it.contact_id])
                self.result.deleted_here += 1
            # Edited here since: kept, and sent again as a new card below.

    # --- Hearth's side -----------------------------------------------------------------

    def _to_server(self) -> None:
        for it in [i for i in self.items.values() if i.contact_id is None]:
            self._delete_there(it)
        for href, contact_id, _version, trashed in store.local_changes(self.book.id):
            it = self.items[href]
            if trashed:
                self._delete_there(it)
                continue
            local = contacts.get(contact_id)
            if card_hash(local) == it.hash:
                with database.atomic():
                    it.contact_version = local.version
                    self._keep(it)
                continue
            self._put(local, href, it)

    def send_new(self) -> None:
        """Contacts no address book of the account holds yet go into this one."""
        for contact_id in store.unsynced_contacts(self.account.id):
            local = contacts.get(contact_id)
            self._put(local, self.book.url + href_for(local.uid), None)

    def _put(self, local: ContactData, href: str, it: store.Item | None) -> None:
        text = text_for(local, it.card if it else "")
        try:
            etag = self.client.put(href, text, it.etag if it else None)
        except PreconditionFailed:
            if it is not None:
                return  # changed on the server meanwhile: the next sync merges it
            there = self.client.get(href)  # our own card from an interrupted sync
            if there is None:
                return
            etag = self.client.put(href, text, there[0])
        except CardDavProblem as exc:
            if exc.code != REFUSED:
                raise
            self.result.errors.append(href)  # this card only (too big, say); the rest go on
            return
        with database.atomic():
            self._record(href, etag, text, local, local)
        self.result.sent += 1

    def _delete_there(self, it: store.Item) -> None:
        try:
            self.client.delete(it.href, it.etag)
        except PreconditionFailed:
            there = self.client.get(it.href)
            if there is not None:
                self.client.delete(it.href, there[0])
        except CardDavProblem as exc:
            if exc.code != REFUSED:
                raise
            self.result.errors.append(it.href)
            return
        with database.atomic():
            store.drop_item(self.book.id, it.href)
        self.items.pop(it.href, None)
        self.result.deleted_there += 1

    # --- state -------------------------------------------------------------------------

    def _record(self, href: str, etag: str, text: str, synced: ContactData,
                local: ContactData, send: bool = False) -> None:
        """The server has ``synced`` (its text, ``etag``) for the stored contact
        ``local``; ``send``: Hearth's contact differs and goes up next."""
        self._keep(store.Item(href, local.id, etag, text, card_hash(synced),
                              -1 if send else local.version, None))

    def _keep(self, it: store.Item) -> None:
        store.save_item(self.book.id, it)
        self.items[it.href] = it
        if it.contact_id:
            self.linked.add(it.contact_id)

    def _settle_conflicts(self) -> None:
        for it in [i for i in self.items.values() if i.pending and i.contact_id]:
            pending = it.pending
            it.pending = None
            self._changed_on_server(it, pending["etag"], pending["card"],
                                    parse_card(pending["card"], it.href) or ContactData())

