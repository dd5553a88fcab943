"""Figures for conversations and temperature, on the bench's demo database.

Called by `hearth bench` (app/bench/runner.py) after it has built the demo database
(contacts and their demo conversations). Prints ``name: value unit`` lines;
asserts nothing.
"""
from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from itertools import islice
from pathlib import Path

#: typed key by key, as in the core bench, plus words only conversations contain
QUERIES = ["m", "mü", "müller", "schmi", "an", "berlin", "gmbh", "0171", "kunde", "angebot",
           "offer", "liefer", "samples", "rahmenvertrag"]
PAGE = 200


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _timed(fn, *args, **kw):
    start = time.perf_counter()
    result = fn(*args, **kw)
    return time.perf_counter() - start, result


def _page_with_temperature(ids: list[int], now: dt.datetime, settings) -> int:
    """What the list does for the visible rows: one query, then pure functions."""
    from app.contacts import store as contacts
    from app.conversations import temperature, warmth

    rows = contacts.list_rows(ids[:PAGE])
    temps = [temperature.temperature(warmth.inputs_of(r), now, settings) for r in rows.values()]
    return len(temps)


def run(print_line: Callable[[str], None], db_path: Path | str) -> None:
    from app.contacts import listing
    from app.contacts import store as contacts
    from app.conversations import briefing, today, warmth
    from app.conversations import store as interactions
    from app.conversations.store import Interaction
    from app.demo import conversations as demo_interactions
    from app.storage.connection import close_database, open_database
    from app.storage.engine import is_postgres

    open_database(db_path)
    try:
        now = dt.datetime.now().replace(microsecond=0)
        settings = warmth.load_settings()
        n_contacts = contacts.count()
        n_talks = interactions.count_all()
        print_line(f"crm_contacts: {n_contacts} count")
        print_line(f"crm_interactions: {n_talks} count")

        def list_start():
            ids = listing.ordered_ids("name")
            _page_with_temperature(ids, now, settings)
            return ids

        def lists():
            times = [_timed(list_start)[0] for _ in range(3)]
            print_line(f"crm_list_with_temperature: {_ms(statistics.median(times))}")
            ids = listing.ordered_ids("name")
            times = [_timed(_page_with_temperature, ids[k * PAGE:], now, settings)[0]
                     for k in range(0, 50, 5)]
            print_line(f"crm_list_page_{PAGE}_rows_temperature: {_ms(statistics.median(times))}")
            sec, _ = _timed(listing.ordered_ids, "warmth")
            print_line(f"crm_sort_by_warmth: {_ms(sec)}")
            if not is_postgres():  # what a big book's window reads: its first rows
                sec, _ = _timed(lambda: list(islice(warmth.warmth_order_stream(), PAGE)))
                print_line(f"crm_sort_by_warmth_first_{PAGE}_rows: {_ms(sec)}")
            sec, hot = _timed(warmth.ids_in_bands, ["hot"], now, settings)
            print_line(f"crm_filter_band_hot: {_ms(sec)} ({len(hot)} contacts)")
            # the biggest bands: cold and cool (customers and cards keep many cool)
            sec, cool = _timed(warmth.ids_in_bands, ["cold", "cool"], now, settings)
            print_line(f"crm_filter_band_cold_cool: {_ms(sec)} ({len(cool)} contacts)")

        def search():
            keystrokes, short = [], []
            base = listing.ordered_ids("name")
            for query in QUERIES:
                for k in range(1, len(query) + 1):
                    def search_step(text=query[:k]):
                        # What the list model does: the result read as far as shown.
                        found = listing.find_shown(text, base=base, pageable=True)
                        _page_with_temperature(found[:PAGE], now, settings)
                    keystrokes.append(_timed(search_step)[0])
                    if k <= 2:
                        short.append(keystrokes[-1])
            short.sort()
            print_line(f"crm_search_short_median: {_ms(statistics.median(short))}")
            print_line(f"crm_search_short_p95: {_ms(short[int(0.95 * (len(short) - 1))])}")
            keystrokes.sort()
            print_line(f"crm_search_with_temperature_median: "
                       f"{_ms(statistics.median(keystrokes))}")
            print_line(f"crm_search_with_temperature_p95: "
                       f"{_ms(keystrokes[int(0.95 * (len(keystrokes) - 1))])}")
            print_line(f"crm_search_with_temperature_max: {_ms(keystrokes[-1])}")

        def today_and_briefing():
            sec, data = _timed(today.today, now, settings)
            print_line(f"crm_today: {_ms(sec)} ({len(data.follow_ups)} follow-ups, "
                       f"{len(data.going_cold)} going cold, {len(data.birthdays)} birthdays)")
            busiest = interactions.busiest_contact()
            sec, _ = _timed(briefing.briefing, busiest, now)
            print_line(f"crm_briefing: {_ms(sec)}")

        def log_and_recompute():
            busiest = interactions.busiest_contact()
            # The first write of a process waits for the file's integrity verdict
            # (PRAGMA quick_check, app.storage.health); later writes do not.
            sec, _ = _timed(interactions.log, Interaction("call", [busiest], now, notes="bench"),
                            now=now)
            print_line(f"crm_log_first_after_open_with_integrity_check: {_ms(sec)}")
            sec, _ = _timed(interactions.log, Interaction("call", [busiest], now, notes="bench"),
                            now=now)
            print_line(f"crm_log_one_conversation: {_ms(sec)}")
            # What a new half-life costs (warmth.save_settings: the sums in SQL), then
            # every stored input from the conversations (a repair), back to the settings.
            sec, _ = _timed(warmth.recompute_sums, replace(settings, half_life_days=60.0))
            print_line(f"crm_recompute_all_after_settings_change: {sec:.2f} s")
            sec, _ = _timed(warmth.recompute_all, settings)
            print_line(f"crm_recompute_all_inputs: {sec:.2f} s")

        def generate():
            live = listing.ordered_ids("name")[:20000]
            first = interactions.next_id()
            info = list(contacts.profiles(live))
            sec, (rows, _) = _timed(demo_interactions.rows_for, info, 2, now.date(), first)
            print_line(f"crm_generate_demo_conversations: {len(rows) / sec:.0f} per s")

        for section in (lists, search, today_and_briefing, log_and_recompute, generate):
            _guarded(print_line, section)
    finally:
        close_database()


def _guarded(print_line: Callable[[str], None], section: Callable[[], None]) -> None:
    """Run one group of figures; a failure is printed and the next group still runs
    (a part of the PostgreSQL port that is not there yet must not hide the rest)."""
    try:
        section()
    except Exception as exc:  # noqa: BLE001 - a figure that failed is reported, not raised
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        print_line(f"error: crm {section.__name__}: {type(exc).__name__}: {first}")
