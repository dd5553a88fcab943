"""The greeting-card run: runs and recipients (their tables, in store.py),
households, addressee lines and salutations, envelopes and the run's
problems, label sheets, page layout, PDF and mail-merge CSV."""
