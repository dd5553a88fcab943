"""A demo batch as finished rows: everything storing it writes, worked out
before it reaches the storing process.

Storing a million contacts cost the storing process most of the build, and
most of that was Python: unpickling the contacts the helper process made,
turning each into its rows and search document, one INSERT per contact for
its id, then the temperatures, first-contact dates and conversation texts in
passes over the whole book. Ids are known ahead (the next free ones, as the
conversations' already were), so a batch becomes plain tuples in the helper
process (:class:`Finisher`); the storing process adds the conversations and
what follows from them (:class:`Conversations`) and only inserts
(app.demo.bulk_store.insert). Each value comes from the function the app
writes it with (app.contacts.store.new_row, child_store.child_rows,
search_index.document_for, warmth.inputs_rows), so the book is the one
create_many and recompute_all make: tests/demo/test_demo_rows.py compares.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from random import Random

from app.contacts.model import ContactData


@dataclass
class Rows:
    """One batch, ready to insert. Every field holds plain values only."""
    contacts: list[tuple]  # (id, *store.INSERT_COLUMNS), then (..., *WARMTH_COLUMNS)
    children: tuple  # child_store.ChildRows
    tag_names: dict[str, str]
    opt_outs: list[tuple]  # (contact id, since)
    documents: list[tuple]  # search_index.document_row()
    talks: list[tuple]  # (contact id, what was said), as search_index.interaction_texts()
    interactions: list[tuple]  # conversations.store.insert_bulk()'s rows and links
    links: list[tuple]


#: The stored temperature inputs, in warmth.inputs_rows()'s order.
WARMTH_COLUMNS = ("warmth_log", "last_contact_at", "last_channel", "last_two_way_at",
                  "prev_two_way_at", "touch_log")
_NO_WARMTH = (None, None, "", None, None, None)  # the columns' defaults


def phone_pairs(batch: list[ContactData], region: str, shapes) -> list[tuple]:
    """Every number of the batch parsed as storing it asks (app.contacts.store):
    in the region of the contact's address, with its international form (the
    list shows the first number in full); ``shapes`` (a
    app.demo.phone_shapes.ShapeParser, kept from batch to batch) parses each
    shape of number once. For app.contacts.phones.known_numbers."""
    from app.contacts.phones import region_for

    infos: dict = {}
    for c in batch:
        own = region_for((a.country for a in c.addresses), region)
        for p in c.phones:
            key, info = shapes.portable(p.number, own)
            infos[key] = info
    return list(infos.items())


class Finisher:
    """Batch after batch of contacts as :class:`Rows`, with ids from ``first_id``;
    their conversations are added by :class:`Conversations` (in the storing process).
    """

    def __init__(self, seed: int, region: str, first_id: int) -> None:
        from app.core import clock
        from app.demo.phone_shapes import ShapeParser

        self.referrals = Random(f"referrals-{seed}")
        self.region, self.first_id, self.next_id = region, first_id, first_id
        self.shapes = ShapeParser()
        self.stamp = clock.stamp()

    def rows(self, batch: list[ContactData]) -> Rows:
        from app.contacts.phones import known_numbers

        first = self.next_id
        self.next_id += len(batch)
        for c in batch:  # an earlier batch's contact referred them
            if c.origin == "referral" and first > self.first_id \
                    and self.referrals.random() < 0.6:
                c.referred_by_id = self.referrals.choice(range(self.first_id, first))
        with known_numbers(phone_pairs(batch, self.region, self.shapes)):
            return self._rows(batch, first)

    def _rows(self, batch: list[ContactData], first: int) -> Rows:
        from app.contacts import store
        from app.contacts.child_store import child_rows
        from app.storage import search_index as search

        region, stamp = self.region, self.stamp
        contacts, documents = [], []
        for cid, c in enumerate(batch, first):
            contacts.append((cid, *store.new_row(c, region, stamp)))
            documents.append(search.document_row(
                search.document_for(cid, c, store.phone_region(c, region))))
        pairs = list(enumerate(batch, first))
        children, tag_names = child_rows(pairs, region)
        return Rows(contacts, children, tag_names, [(i, stamp) for i, c in pairs if c.no_cards],
                    documents, [], [], [])


class Conversations:
    """Adds each batch's conversations (app.demo.conversations.Maker) and what
    follows from them to its rows: the contacts' stored temperature inputs,
    first-contact dates and conversation texts, as warmth.recompute_all,
    first_contact_store.fill_first_contacts and
    search_index.refresh_interaction_texts work them out once stored.

    The conversations come from their own ``Random`` and the contacts'
    profiles only, so they are made here, in the storing process, which
    would otherwise wait for the helper (and receive them pickled).
    ``talk`` (seed, today, first interaction id) or None: no conversations.
    """

    def __init__(self, talk: tuple | None, settings) -> None:
        from app.contacts.store import INSERT_COLUMNS
        from app.demo import conversations

        self.maker = conversations.Maker(*talk) if talk else None
        self.settings = settings
        at = {name: i + 1 for i, name in enumerate(INSERT_COLUMNS)}  # after the id
        self.profile = (at["relationship"], at["yearly_card"], at["language"])
        self.first_contact = at["first_contact"]

    def add(self, rows: Rows) -> None:
        if self.maker is None:
            rows.contacts = [row + _NO_WARMTH for row in rows.contacts]
            return
        rel, card, lang = self.profile
        rows.interactions, rows.links = self.maker.rows(
            [(row[0], row[rel], row[card], row[lang]) for row in rows.contacts])
        warmth, firsts, rows.talks = self._from_conversations(rows.interactions, rows.links)
        k = self.first_contact
        contacts = []
        for row in rows.contacts:
            cid = row[0]
            inputs = warmth.get(cid)
            if inputs is None:
                contacts.append(row + _NO_WARMTH)
                continue
            if not row[k] and inputs[1] is not None and cid in firsts:
                row = row[:k] + (firsts[cid],) + row[k + 1:]
            contacts.append(row + inputs)
        rows.contacts = contacts

    def _from_conversations(self, interactions: list[tuple], links: list[tuple]
                            ) -> tuple[dict[int, tuple], dict[int, str], list[tuple]]:
        """(stored temperature inputs, first-contact dates, texts) by contact."""
        from app.conversations import temperature, warmth

        touches, firsts = [], {}
        texts: dict[int, list[str]] = defaultdict(list)
        for row, (_, cid) in zip(interactions, links, strict=True):
            channel, when = row[1], row[3]
            touches.append((cid, channel, when))
            texts[cid].append(f"{row[4]} {row[5]} {row[6]}")
            if channel not in temperature.NOT_CONVERSATIONS \
                    and (cid not in firsts or when < firsts[cid]):
                firsts[cid] = when
        inputs = {r[-1]: r[:-1] for r in warmth.inputs_rows(touches, self.settings)}
        return (inputs, {cid: when[:10] for cid, when in firsts.items()},
                [(cid, " ".join(parts)) for cid, parts in texts.items()])
