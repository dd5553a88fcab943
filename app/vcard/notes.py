"""What reading vCards has to say, as data: each note or reason is a
:class:`VcardNote` with a code registered here and its parameters (the
property, the charset, ...); the file, card number and line travel beside it
in the reports (``Note`` is ``(line, VcardNote)``). The command line and the
import dialog turn them into sentences late (app.core.problems.describe).
"""
from __future__ import annotations

from app.core.i18n import N_
from app.core.problems import Problem, problem_code


class VcardNote(Problem):
    """Something repaired or left out, or why a file or card was not read."""


class CardRejected(VcardNote, ValueError):
    """The card was read but holds nothing Hearth can keep."""


# --- files (app.vcard.split, app.vcard.reader) -----------------------------------------
UTF16_DAMAGED = problem_code("vcard.utf16_damaged", N_(
    "the file is UTF-16 with damaged characters; they were replaced by \ufffd"))
END_WITHOUT_BEGIN = problem_code("vcard.end_without_begin", N_(
    "END:VCARD without a BEGIN:VCARD before it; ignored"))
NO_END = problem_code("vcard.no_end", N_(
    "the file ends before this card's END:VCARD; read as far as it goes"))
NO_VCARD = problem_code("vcard.no_vcard", N_("no vCard in this file (no BEGIN:VCARD line)"))
FILE_UNREADABLE = problem_code("vcard.file_unreadable", N_("cannot be read: {reason}"))
IS_THE_DATABASE = problem_code("vcard.is_the_database", N_(
    "is the open address book itself, not a vCard file; it was not read"))
THE_FILE = problem_code("vcard.the_file", N_("the file {problem}"))

# --- lines and values (app.vcard.repair.repair_card) ---------------------------------
INDENT_FIRST = problem_code("vcard.indent_first", N_(
    "an indented line before any property; ignored"))
NOT_A_PROPERTY = problem_code("vcard.not_a_property", N_(
    "ignored a line that is not a vCard property: {line!r}"))
BAD_BYTES = problem_code("vcard.bad_bytes", N_(
    "bytes that are not valid {charset} were replaced by \ufffd"))
UNKNOWN_CHARSET = problem_code("vcard.unknown_charset", N_(
    "unknown CHARSET {charset!r}; read as UTF-8 if possible"))
GUESSED_CHARSET = problem_code("vcard.guessed_charset", N_(
    "characters not in UTF-8 and not declared; read as {charset}"))
BAD_BASE64 = problem_code("vcard.bad_base64", N_(
    "the {property} data is not valid base64; left out"))
BAD_QUOTED_PRINTABLE = problem_code("vcard.bad_quoted_printable", N_(
    "the {property} value is not valid quoted-printable; read as it stands"))
NO_PROPERTIES = problem_code("vcard.no_properties", N_("the card has no properties"))
CONTROL_CHARACTERS = problem_code("vcard.control_characters", N_(
    "control characters (such as NUL) in {property} were left out"))
BAD_PARAMETERS = problem_code("vcard.bad_parameters", N_(
    "the {property} parameters have an unclosed quote or a bad name; repaired"))
TOO_MANY_PARAMETERS = problem_code("vcard.too_many_parameters", N_(
    "{property} has {count} parameters; only the first {limit} were read"))
VALUE_TOO_LARGE = problem_code("vcard.value_too_large", N_(
    "the {property} value is larger than {limit} MB; left out"))
NOTE_CUT = problem_code("vcard.note_cut", N_(
    "the note is larger than {limit} MB; only its first {limit} MB were kept"))

# --- cards (app.vcard.reader, app.vcard.mapping) ---------------------------------------
CARD_TOO_LARGE = problem_code("vcard.card_too_large", N_(
    "the card is {size} MB, larger than the {limit} MB a card may have; skipped"))
TOO_SLOW = problem_code("vcard.too_slow", N_(
    "reading it took longer than {seconds} seconds; skipped"))
READER_STOPPED = problem_code("vcard.reader_stopped", N_(
    "the process reading it stopped unexpectedly; skipped"))
READ_FAILED = problem_code("vcard.read_failed", N_("it could not be read: {detail}"))
VOBJECT_FAILED = problem_code("vcard.vobject_failed", N_("vobject cannot read it: {detail}"))
NOT_MAPPED = problem_code("vcard.not_mapped", N_("{detail}"))
NOTHING_TO_SHOW = problem_code("vcard.nothing_to_show", N_(
    "nothing Hearth can show: no name, organisation, phone, e-mail, address or note"))
UNKNOWN_COUNTRY = problem_code("vcard.unknown_country", N_(
    "country {country!r} is not known; the address was kept without it"))
BAD_PHOTO = problem_code("vcard.bad_photo", N_("the photo could not be decoded; left out"))

# --- the import report (app.vcard.importer) -------------------------------------------
SKIPPED_KNOWN = problem_code("vcard.skipped_known", N_(
    "skipped: already in the address book ({name})"))
SKIPPED_UNCHOSEN = problem_code("vcard.skipped_unchosen", N_("skipped: not chosen for import"))
SKIPPED_NOTHING_NEW = problem_code("vcard.skipped_nothing_new", N_(
    "skipped: already in the address book ({name}), nothing new"))
IMPORTED_BUT = problem_code("vcard.imported_but", N_("imported, but {note}"))
