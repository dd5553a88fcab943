"""Contacts: the data model, their tables (store.py, match_store.py), the
list order and search (listing.py), phone numbers, dates, postal addresses,
matching the same person (matching.py) and finding and merging duplicates."""
