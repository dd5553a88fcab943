"""What an erasure will take, in words, for the command line's confirmation."""
from __future__ import annotations

from app.core.i18n import N_, gettext
from app.privacy.erase_store import Reach

KEEP_DAILY_BACKUPS_NOTE = N_(
    "otherwise they go as newer backups replace them (the newest {keep} daily backups "
    "are kept; copies taken before a schema update stay until you delete them)")


def reach_lines(r: Reach, backups: int, keep_daily: int) -> list[str]:
    """One line per kind of thing the erasure removes or changes."""
    lines = [
        gettext(N_("phones: {phones}, e-mail addresses: {emails}, postal addresses: "
                   "{addresses}, photo: {photo}, tags: {tags}")).format(
            phones=r.phones, emails=r.emails, addresses=r.addresses,
            photo=gettext(N_("yes")) if r.has_photo else gettext(N_("no")), tags=r.tags),
        gettext(N_("conversations only with them: {own} (conversations shared with others: "
                   "{shared}, kept without them and their name)")).format(
            own=len(r.own_conversations), shared=len(r.shared_conversations)),
        gettext(N_("greeting-card entries: {entries}, cards received from them: {received}")
                ).format(entries=r.card_entries, received=r.cards_received),
    ]
    if r.referred:
        lines.append(gettext(N_("contacts they referred: {count} (kept, marked “referred by: "
                                "erased contact”)")).format(count=len(r.referred)))
    if r.journal_copies:
        lines.append(gettext(N_("copies in an unfinished import's journal: {count}")).format(
            count=r.journal_copies))
    lines.append(gettext(N_("backups that hold them: {count}")).format(count=backups))
    return lines
