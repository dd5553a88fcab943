"""Importing contacts from CSV files (Outlook, Google, Excel lists), and
writing them as CSV.

The pipeline, one module per step:

- :mod:`app.csvimport.source` turns a file's bytes into a table: it guesses
  the encoding (UTF-8 with or without BOM, UTF-16, Windows-1252) and the
  delimiter (``,`` ``;`` tab), and keeps each row's line number.
- :mod:`app.csvimport.headers` holds the header tables as data: Outlook's
  English and German export, Google's current and old layout, and the
  aliases of home-made Excel lists.
- :mod:`app.csvimport.mapping` decides what each column feeds (a field, a
  labelled phone, e-mail or address part, or nothing), and remembers the
  user's choice for the next file with the same headers.
- :mod:`app.csvimport.values` reads the values (dates, countries, lists).
- :mod:`app.csvimport.rows` turns each row into the same
  :class:`app.vcard.reader.ParsedCard` the vCard reader makes, so that a CSV
  goes through the vCard import's matching, merge, journal and report
  (:mod:`app.vcard.importer`); :mod:`app.csvimport.importing` runs it.
- :mod:`app.csvimport.export` writes contacts as CSV whose columns read back
  through this import unchanged (cells made safe by app.core.csv_safety).
"""
