"""Which contact a privacy request is about: one, exactly.

An erasure must never hit the wrong person, so a reference is an id, a vCard
UID, an exact e-mail address or an exact name (trashed contacts included);
only when none of these matches is it taken as a search. Anything but one
match is a problem that lists the candidates.
"""
from __future__ import annotations

from app.contacts import listing
from app.contacts import store as contacts
from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.privacy import export_store

NO_MATCH = problem_code("privacy.no_match", N_("No contact matches “{ref}”."))
MANY_MATCH = problem_code("privacy.many_match", N_(
    "“{ref}” matches {count} contacts; give the id of the one you mean:\n{lines}"))
SHOWN = 20


class LookupProblem(Problem, LookupError):
    """No contact, or more than one, for a reference."""


def candidates(reference: str) -> list[int]:
    ref = reference.strip()
    if ref.isdigit() and contacts.exists(int(ref)):
        return [int(ref)]
    by_uid = contacts.find_by_uid(ref)
    if by_uid is not None:
        return [by_uid]
    if "@" in ref:
        found = export_store.ids_by_email(ref)
        if found:
            return found
    found = export_store.ids_by_name(ref)
    if found:
        return found
    return sorted(set(listing.find_ids(ref)) | set(listing.find_ids(ref, trashed=True)))


def one_contact(reference: str) -> int:
    """The one contact ``reference`` means, else a LookupProblem naming the candidates."""
    ids = candidates(reference)
    if not ids:
        raise LookupProblem(NO_MATCH, ref=reference)
    if len(ids) > 1:
        rows = contacts.list_rows(ids[:SHOWN])
        lines = [f"  {i:>7}  {rows[i].display_name}"
                 + (f"  ({rows[i].organisation})" if rows[i].organisation
                    and rows[i].organisation != rows[i].display_name else "")
                 for i in ids[:SHOWN] if i in rows]
        if len(ids) > SHOWN:
            lines.append("  …")
        raise LookupProblem(MANY_MATCH, ref=reference, count=len(ids), lines="\n".join(lines))
    return ids[0]
