"""vCard import and export.

The pipeline, one module per step:

- :mod:`app.vcard.repair` turns the raw bytes of a .vcf file into one clean
  vCard text per card (encodings, quoted-printable, folding, base64, junk
  lines, nested and truncated cards), remembering each card's file, number
  and first line, and what it had to guess.
- :mod:`app.vcard.reader` lets vobject parse that text and maps it, in worker
  processes when there are many cards.
- :mod:`app.vcard.to_contact` is the one place that maps a vobject component
  to :class:`app.contacts.model.ContactData`, :mod:`app.vcard.from_contact`
  the one that maps it back; :mod:`app.vcard.syntax` holds the value syntax
  (escaping, structured values, content lines) both share.
- :mod:`app.vcard.writer` serialises contacts as vCard 3.0 or 4.0.
- :mod:`app.vcard.importer` matches cards against the address book, plans
  and applies an import in one transaction, and reports per file.
"""
