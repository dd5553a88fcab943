"""vCard import and export.

The pipeline, one module per step:

- :mod:`app.vcard.split` reads a .vcf file as a stream and finds its cards
  (byte-order marks, UTF-16, line endings, nested and truncated cards, cards
  over the size limit), remembering each card's file, number and first line.
- :mod:`app.vcard.repair` turns each card's raw bytes into clean vCard text
  (encodings, quoted-printable, folding, base64, junk lines, control
  characters, parameters vobject's pattern would backtrack on, oversized
  values), saying what it had to guess or leave out.
- :mod:`app.vcard.reader` lets vobject parse that text and maps it, in worker
  processes when there are many cards (:mod:`app.vcard.workers`: each card
  under a time limit, workers that die with their parent).
- :mod:`app.vcard.to_contact` is the one place that maps a vobject component
  to :class:`app.contacts.model.ContactData`, :mod:`app.vcard.from_contact`
  the one that maps it back; :mod:`app.vcard.syntax` holds the value syntax
  (escaping, structured values, content lines) both share.
- :mod:`app.vcard.writer` serialises contacts as vCard 3.0 or 4.0.
- :mod:`app.vcard.importer` matches cards against the address book, plans
  and applies an import in one transaction, and reports per file.
"""
