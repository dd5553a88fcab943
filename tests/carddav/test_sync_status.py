"""The status line's words for a sync where some cards failed: said, never hidden."""
from __future__ import annotations

import datetime as dt

from ui.sync.status import status_text


def test_cards_that_failed_are_counted_in_the_status_line():
    now = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    result = {"received": 3, "sent": 1, "deleted": 0, "conflicts": 0,
              "errors": ["http://h/a.vcf", "http://h/b.vcf"]}
    assert status_text(now - dt.timedelta(minutes=2), result, now) == \
        "Synchronised 2 min ago: 3 received, 1 sent, 0 deleted, 0 to choose, 2 failed"
    result["errors"] = []
    assert status_text(now, result, now) == "Synchronised just now: 3 received, 1 sent"


def test_the_failed_cards_read_in_german(qapp):
    from ui.main.language import apply_language

    now = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    try:
        apply_language("de")
        text = status_text(now - dt.timedelta(minutes=2),
                           {"received": 3, "sent": 1, "errors": ["x"]}, now)
    finally:
        apply_language("en")
    assert text == ("Synchronisiert vor 2 Minuten: 3 empfangen, 1 gesendet, 0 gelöscht, "
                    "0 zu entscheiden, 1 fehlgeschlagen")
