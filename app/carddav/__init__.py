"""Two-way CardDAV sync: Hearth's contacts and a server's address books in step.

- ``client``: a small CardDAV client over requests (discovery, ETag listing,
  sync-collection, multiget, PUT/DELETE with preconditions); its problems.
- ``cards``: a server card read into a contact and back, and the hash of the
  fields Hearth keeps (so a server's PRODID/REV rewrite is no change).
- ``store``: accounts, address books and per-card sync state (SQL).
- ``engine``: the three-way sync of one account against its stored state.
- ``tombstones``: what deletion paths call so the server deletes a card too.
- ``passwords``: the system keyring where there is one; never the database.
"""
