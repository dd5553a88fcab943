"""A person's data on request (GDPR): everything stored about one contact
exported (export.py: JSON, vCard, photo; report.py: the readable PDF) or
erased for good (erase.py, its SQL in erase_store.py: from the tables, the
search indexes, the file's free pages and WAL, and on request the backups),
with an erasure log that keeps nothing personal. lookup.py finds the one
contact a request is about."""
