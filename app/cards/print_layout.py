"""Printed matter of a card run, laid out in mm: labels, envelopes, the address list.

Each function returns app.cards.page_layout pages; app.cards.pdf writes them with
fpdf2 (command line) and ui/cards/printing.py paints them with QPainter
(print preview, printer, PDF), so both show the same thing.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.cards.labels import LabelSheet, placements
from app.cards.page_layout import PT_MM, Measure, Page, Rect, Text, dejavu_width, place_block, wrap


@dataclass(frozen=True)
class EnvelopeFormat:
    """An envelope, landscape, and where its window is (all mm from the top left)."""
    name: str
    width: float
    height: float
    window_x: float
    window_y: float
    window_w: float = 90.0
    window_h: float = 45.0


#: DL: DIN 680 window 90 x 45 mm, 20 mm from the left and 15 mm from the bottom,
#: which shows a DIN 5008 letter's address field. C6 and C5 windows sit where a
#: DIN 5008 letter folded into them shows its address field.
ENVELOPES = {
    "DL": EnvelopeFormat("DL", 220, 110, 20, 110 - 15 - 45),
    "C6": EnvelopeFormat("C6", 162, 114, 20, 114 - 15 - 45),
    "C5": EnvelopeFormat("C5", 229, 162, 20, 50),
}

# DIN 5008 address field: 5 mm return-address line, 12.7 mm for notes, 27.3 mm address.
RETURN_ZONE = 5.0
NOTES_ZONE = 12.7
ADDRESS_ZONE = 27.3
FIELD_INSET = 5.0  # text starts this far inside the window


def label_padding(sheet: LabelSheet) -> tuple[float, float]:
    """(left/right, top/bottom) space kept free inside each label."""
    h = max(sheet.margin, 4.0 if sheet.label_width >= 50 else 2.5)
    v = max(sheet.margin, 2.0)
    return min(h, sheet.label_width * 0.2), min(v, sheet.label_height * 0.2)


def label_pages(blocks: Sequence[Sequence[str]], sheet: LabelSheet, start: int = 1, *,
                outlines: bool = False, max_pt: float = 11.0,
                measure: Measure = dejavu_width) -> list[Page]:
    """One label per block of lines, from label ``start`` of the first sheet on."""
    pad_x, pad_y = label_padding(sheet)
    inner_w = sheet.label_width - 2 * pad_x
    inner_h = sheet.label_height - 2 * pad_y
    pages: list[Page] = []
    for block, spot in zip(blocks, placements(sheet, len(blocks), start)):
        while len(pages) <= spot.page:
            pages.append(_blank_sheet(sheet, outlines))
        pages[spot.page].texts += place_block(block, spot.x + pad_x, spot.y + pad_y, inner_w,
                                              inner_h, max_pt=max_pt, measure=measure)
    return pages


def _blank_sheet(sheet: LabelSheet, outlines: bool) -> Page:
    page = Page(sheet.page_width, sheet.page_height)
    if outlines:
        page.guides = [Rect(x, y, sheet.label_width, sheet.label_height, sheet.corner_radius)
                       for x, y in sheet.positions()]
    return page


def envelope_pages(blocks: Sequence[Sequence[str]], fmt: EnvelopeFormat | str = "DL",
                   sender_line: str = "", *, outlines: bool = False,
                   measure: Measure = dejavu_width) -> list[Page]:
    """One envelope per block: the sender line and the address where the window is."""
    fmt = ENVELOPES[fmt.upper()] if isinstance(fmt, str) else fmt
    x = fmt.window_x + FIELD_INSET
    width = fmt.window_w - 2 * FIELD_INSET
    pages = []
    for block in blocks:
        page = Page(fmt.width, fmt.height)
        if outlines:
            page.guides = [Rect(fmt.window_x, fmt.window_y, fmt.window_w, fmt.window_h, 2)]
        if sender_line:
            page.texts += place_block([sender_line], x, fmt.window_y + 1.0, width,
                                      RETURN_ZONE - 1.0, max_pt=7, measure=measure)
        page.texts += place_block(block, x, fmt.window_y + RETURN_ZONE + NOTES_ZONE, width,
                                  ADDRESS_ZONE, max_pt=11, measure=measure, valign="top")
        pages.append(page)
    return pages


def address_list_pages(title: str, entries: Sequence[tuple[Sequence[str], Sequence[str]]], *,
                       measure: Measure = dejavu_width) -> list[Page]:
    """A4 pages listing every envelope for checking.

    ``entries``: (address lines, detail lines such as the salutation and status)
    per envelope. Long lines wrap; entries never split across pages.
    """
    width, height, left, top, bottom = 210.0, 297.0, 18.0, 18.0, 16.0
    text_w = width - 2 * left - 10
    size, small = 9.5, 8.0
    pages: list[Page] = []

    def new_page() -> Page:
        page = Page(width, height)
        page.texts.append(Text(left, top, 13, title, True))
        pages.append(page)
        return page

    page = new_page()
    y = top + 9
    for number, (lines, details) in enumerate(entries, 1):
        rows: list[tuple[str, float, bool]] = []
        for k, line in enumerate(lines):
            rows += [(part, size, k == 0) for part in wrap(line, text_w, size, measure, k == 0)]
        for line in details:
            rows += [(part, small, False) for part in wrap(line, text_w, small, measure)]
        need = sum(s * PT_MM * 1.3 for _, s, _ in rows) + 3
        if y + need > height - bottom and page.texts[1:]:
            page = new_page()
            y = top + 9
        page.texts.append(Text(left, y + rows[0][1] * PT_MM * 1.3, size, f"{number}.", False))
        for text, s, bold in rows:
            y += s * PT_MM * 1.3
            page.texts.append(Text(left + 10, y, s, text, bold))
        y += 3
    total = len(pages)
    for n, p in enumerate(pages, 1):
        p.texts.append(Text(width - left - 25, height - 10, 8, f"Page {n} of {total}"))
    return pages
