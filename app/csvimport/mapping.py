"""Which field each column of a CSV feeds: guessed from the headers,
changed by the user, remembered for the next file with the same headers.

A mapping is a list of targets, one per column ("" ignores the column):

- a single field: ``given_name``, ``family_name``, ``full_name`` (split into
  given and family name when those are empty), ``organisation``, ``birthday``,
  ``notes``, ``tags``, ... (see SCALARS);
- a labelled phone, e-mail or web address: ``phone.mobile``, ``email.home``,
  ``url.work``; several columns may feed one: each gives its own entry;
- a part of a labelled postal address: ``address.home.city``;
- Google's numbered groups: ``phone.g2`` whose label is in the column
  ``phone.g2.label``; ``address.g1.street`` with ``address.g1.label``.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from app.core.i18n import N_, gettext
from app.csvimport import headers as h
from app.csvimport import notes as n
from app.csvimport.notes import CsvProblem
from app.storage import settings

IGNORE = ""
SCALARS = {
    "prefix": N_("Title (Dr., Frau, Mr)"), "given_name": N_("Given name"),
    "additional_names": N_("Middle names"), "family_name": N_("Family name"),
    "suffix": N_("Name suffix"), "full_name": N_("Full name"), "nickname": N_("Nickname"),
    "organisation": N_("Organisation"), "department": N_("Department"),
    "job_title": N_("Job title"), "birthday": N_("Birthday"),
    "anniversary": N_("Anniversary"), "first_contact": N_("First contact (customer since)"),
    "notes": N_("Notes"), "tags": N_("Tags"), "gender": N_("Gender"), "uid": N_("UID"),
    "kind": N_("Person or organisation"),
}
LIST_KINDS = {"phone": N_("Phone"), "email": N_("E-mail"), "url": N_("Web address")}
LABELS = {"phone": ("mobile", "work", "home", "fax", "other"),
          "email": ("work", "home", "other"), "url": ("work", "home", "other"),
          "address": ("work", "home", "other")}
LABEL_NAMES = {"mobile": N_("mobile"), "work": N_("work"), "home": N_("home"),
               "fax": N_("fax"), "other": N_("other")}
ADDRESS_PARTS = {"street": N_("street"), "extended": N_("c/o, building"),
                 "po_box": N_("PO box"), "postal_code": N_("postal code"),
                 "city": N_("town"), "region": N_("region"), "country": N_("country")}
_GROUP = re.compile(r"^g([1-9]\d?)$")

_LABELLED = N_("{kind} ({label})")
_GROUPED = N_("{kind} {number} (labelled by its column)")
_GROUP_LABEL = N_("{kind} {number}: its label")
_ADDRESS = N_("Address ({label}): {part}")
_ADDRESS_GROUP = N_("Address {number}: {part}")
_ADDRESS_GROUP_LABEL = N_("Address {number}: its label")


def is_target(target: str) -> bool:
    if target == IGNORE or target in SCALARS:
        return True
    parts = target.split(".")
    if parts[0] in LIST_KINDS and len(parts) == 2:
        return parts[1] in LABELS[parts[0]] or bool(_GROUP.match(parts[1]))
    if parts[0] in LIST_KINDS and len(parts) == 3:
        return bool(_GROUP.match(parts[1])) and parts[2] == "label"
    if parts[0] == "address" and len(parts) == 3:
        if _GROUP.match(parts[1]):
            return parts[2] in ADDRESS_PARTS or parts[2] == "label"
        return parts[1] in LABELS["address"] and parts[2] in ADDRESS_PARTS
    return False


def target_name(target: str) -> str:
    """What the mapping preview shows for a target, in the user's language."""
    if target in SCALARS:
        return gettext(SCALARS[target])
    parts = target.split(".")
    group = _GROUP.match(parts[1]) if len(parts) > 1 else None
    number = group.group(1) if group else ""
    if parts[0] == "address":
        if parts[2] == "label":
            return gettext(_ADDRESS_GROUP_LABEL).format(number=number)
        part = gettext(ADDRESS_PARTS[parts[2]])
        if group:
            return gettext(_ADDRESS_GROUP).format(number=number, part=part)
        return gettext(_ADDRESS).format(label=gettext(LABEL_NAMES[parts[1]]), part=part)
    kind = gettext(LIST_KINDS[parts[0]])
    if len(parts) == 3:
        return gettext(_GROUP_LABEL).format(kind=kind, number=number)
    if group:
        return gettext(_GROUPED).format(kind=kind, number=number)
    return gettext(_LABELLED).format(kind=kind, label=gettext(LABEL_NAMES[parts[1]]))


def all_targets(extra: list[str] = ()) -> list[str]:
    """Every target the preview offers (and ``extra`` ones, such as Google's groups)."""
    out = list(SCALARS)
    for kind in LIST_KINDS:
        out += [f"{kind}.{label}" for label in LABELS[kind]]
    for label in LABELS["address"]:
        out += [f"address.{label}.{part}" for part in ADDRESS_PARTS]
    out += [t for t in extra if t and t not in out]
    return out


def guess(header: list[str]) -> list[str]:
    """The target of each column: Outlook, Google and Hearth's own headers
    first, then the aliases of home-made lists for what is still free."""
    out = [h.product_target(col) or IGNORE for col in header]
    taken = {t for t in out if t}
    product = h.is_product_file(header)
    for i, col in enumerate(header):
        if out[i] or product:
            continue
        target = h.alias_target(col)
        if target is None:
            continue
        repeating = target.startswith(("phone.", "email.", "url.")) or \
            target in ("notes", "tags") or target.endswith(".street")
        if target in taken and not repeating:
            continue
        part = "." + target.split(".")[-1]
        if target.startswith("address.") and target not in taken and any(
                t.startswith("address.") and t.endswith(part) for t in taken):
            continue  # Outlook's "Ort" beside "Ort geschäftlich": not the town
        out[i] = target
        taken.add(target)
    # "Name; Vorname": a list with a given-name column means the family name by "Name".
    if "full_name" in out and "given_name" in out and "family_name" not in out:
        out[out.index("full_name")] = "family_name"
    return out


def _key(header: list[str]) -> str:
    digest = hashlib.sha1("\x1f".join(header).encode("utf-8")).hexdigest()[:16]
    return f"csv_mapping.{digest}"


def remembered(header: list[str]) -> list[str] | None:
    """The mapping the user chose last time for a file with these headers."""
    saved = settings.get(_key(header), {})
    if not isinstance(saved, dict) or saved.get("header") != header:
        return None
    targets = saved.get("targets")
    if not isinstance(targets, list) or len(targets) != len(header) \
            or not all(isinstance(t, str) and is_target(t) for t in targets):
        return None
    return targets


def remember(header: list[str], targets: list[str]) -> None:
    settings.put(_key(header), {"header": header, "targets": targets})


def mapping_for(header: list[str]) -> list[str]:
    """The remembered mapping for these headers, else the guess."""
    return remembered(header) or guess(header)


def from_json_file(path: Path | str, header: list[str]) -> list[str]:
    """A mapping from a JSON file {"column header": "target", ...}; columns it
    does not name keep their guessed target. Raises CsvProblem."""
    path = Path(path)
    try:
        given = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        detail = getattr(exc, "strerror", None) or type(exc).__name__
        raise CsvProblem(n.BAD_MAPPING_FILE, file=str(path), detail=detail) from None
    if not isinstance(given, dict) or not all(isinstance(v, str) for v in given.values()):
        raise CsvProblem(n.BAD_MAPPING_FILE, file=str(path), detail="not an object of strings")
    for col, target in given.items():
        if not is_target(target.strip()):
            raise CsvProblem(n.UNKNOWN_TARGET, target=target, header=col,
                             known=", ".join(all_targets()))
    out = guess(header)
    for i, col in enumerate(header):
        if col in given:
            out[i] = given[col].strip()
    return out
