"""The schema step of issue 10's domain fixes, listed in ``app.storage.schema_steps.STEPS``
(kept here to keep that module readable): greeting cards told from
conversations, and the name a vCard's author chose (FN) kept.

Until this step a greeting card counted like any conversation: it lifted a
contact to warm and became "the last contact" its reason named. From here on
``warmth_log`` and the last contact count conversations only, and the new
``touch_log`` holds the sum with cards included (which is what ``warmth_log``
held before). The arithmetic is that of app/conversations/temperature.py at
the time of this step, copied so that the step never changes with today's code.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict

import peewee as pw

_CARD, _NOTE = "greeting card", "note"
_WEIGHTS = {"meeting": 1.0, "call": 0.8, "video call": 0.8, "trade fair": 0.6, "e-mail": 0.5,
            "referral": 0.5, "letter": 0.3, "greeting card": 0.3, "note": 0.0}
_EPOCH = dt.datetime(2000, 1, 1)


def _settings(db: pw.Database) -> tuple[float, dict]:
    row = db.execute_sql("SELECT value FROM setting WHERE key = 'temperature'").fetchone()
    data = json.loads(row[0]) if row else {}
    weights = dict(_WEIGHTS)
    weights.update({k: float(v) for k, v in (data.get("weights") or {}).items()
                    if k in _WEIGHTS})
    weights[_NOTE] = 0.0
    return float(data.get("half_life_days", 90.0)), weights


def _v_touches_and_chosen_names(db: pw.Database) -> None:
    """Greeting cards are touches, not conversations (touch_log apart from warmth_log);
    a contact keeps the name its vCard's author chose (formatted_name)."""
    # "" = the name composed of prefix, given, additional, family names and suffix
    db.execute_sql("ALTER TABLE contact ADD COLUMN formatted_name TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE contact ADD COLUMN touch_log REAL")
    db.execute_sql("UPDATE contact SET touch_log = warmth_log")
    # The list sorts and filters by band from this covering index; touch_log
    # decides cold or cool, so it joins the index.
    db.execute_sql("DROP INDEX contact_live_temperature")
    db.execute_sql("CREATE INDEX contact_live_temperature ON contact(sort_key, id, warmth_log, "
                   "pinned_band, prev_two_way_at, relationship, touch_log, trashed_at) "
                   "WHERE trashed_at IS NULL")
    # Only contacts with a live card change: their sum and last contact without cards.
    half_life, weights = _settings(db)
    rows = db.execute_sql(
        "SELECT ic.contact_id, i.channel, i.happened_at FROM interaction_contact ic "
        "JOIN interaction i ON i.id = ic.interaction_id WHERE i.trashed_at IS NULL "
        "AND ic.contact_id IN (SELECT ic2.contact_id FROM interaction_contact ic2 "
        "JOIN interaction i2 ON i2.id = ic2.interaction_id "
        "WHERE i2.trashed_at IS NULL AND i2.channel = ?)", (_CARD,)).fetchall()
    terms: dict[int, list[float]] = defaultdict(list)
    last: dict[int, tuple[str | None, str]] = {}
    for cid, channel, when in rows:
        last.setdefault(cid, (None, ""))
        if channel in (_CARD, _NOTE):
            continue
        if last[cid][0] is None or when >= last[cid][0]:
            last[cid] = (when, channel)
        w = weights.get(channel, 0.0)
        if w > 0:
            d = dt.datetime.fromisoformat(when) - _EPOCH
            terms[cid].append(math.log2(w) + (d.days + d.seconds / 86400.0) / half_life)
    out = []
    for cid, (when, channel) in last.items():
        value = None
        if terms[cid]:
            top = max(terms[cid])
            value = top + math.log2(sum(2.0 ** (x - top) for x in terms[cid]))
        out.append((value, when, channel, cid))
    db.cursor().executemany("UPDATE contact SET warmth_log = ?, last_contact_at = ?, "
                            "last_channel = ? WHERE id = ?", out)
