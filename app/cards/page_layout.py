"""Pages laid out in millimetres, once, for any writer (fpdf2 here, QPainter in ui/).

A page is plain data: text runs placed by their baseline, in points of the
DejaVu Sans font both writers use, and optional guide rectangles (label or
window outlines for a preview, never printed unless asked). Text is fitted
by shrinking, never clipped.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

PT_MM = 25.4 / 72
LEADING = 1.22  # line pitch / font size
ASCENT = 0.80  # baseline below a line's top, as a fraction of the font size
#: Qt and fpdf2 may differ a hair in spacing: fit text to this share of the width.
WIDTH_SAFETY = 0.97

#: below this, a long line is rather wrapped than shrunk further
COMFORTABLE_PT = 7.5

#: text -> width in mm at 1 pt (regular or bold)
Measure = Callable[[str, bool], float]


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    size: float  # points
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    radius: float = 0.0


@dataclass
class Page:
    width: float
    height: float
    texts: list[Text] = field(default_factory=list)
    guides: list[Rect] = field(default_factory=list)


_measure_lock = threading.Lock()


@lru_cache(maxsize=1)
def _measuring_document():
    from app.core.pdf import new_document

    return new_document()


@lru_cache(maxsize=65536)
def dejavu_width(text: str, bold: bool = False) -> float:
    """Width in mm of ``text`` at 1 pt in DejaVu Sans (what both writers print with)."""
    from app.core.pdf import FONT

    with _measure_lock:  # one shared document; printing may run off the GUI thread
        pdf = _measuring_document()
        pdf.set_font(FONT, "B" if bold else "", 100)
        return pdf.get_string_width(text) / 100


def fit_size(lines: Sequence[str], width: float, height: float, *, max_pt: float = 11.0,
             measure: Measure = dejavu_width, bold_first: bool = False) -> float:
    """The largest font size (<= max_pt) at which every line fits the box.

    There is no lower limit: a very long name gets small print, never a cut.
    """
    if not lines:
        return max_pt
    widest = max(measure(line, bold_first and i == 0) for i, line in enumerate(lines))
    by_width = (width * WIDTH_SAFETY) / widest if widest > 0 else max_pt
    by_height = height / (PT_MM * (LEADING * (len(lines) - 1) + 1.0))
    size = min(max_pt, by_width, by_height)
    return max(0.5, int(size * 4) / 4) if size >= 0.5 else size  # quarter points, no rounding up


def place_block(lines: Sequence[str], x: float, y: float, width: float, height: float, *,
                max_pt: float = 11.0, measure: Measure = dejavu_width, valign: str = "middle",
                bold_first: bool = False) -> list[Text]:
    """Lines fitted into a box, left-aligned, vertically centred (or top)."""
    lines = [line for line in lines if line.strip()]
    if not lines:
        return []
    size = fit_size(lines, width, height, max_pt=max_pt, measure=measure, bold_first=bold_first)
    if size < COMFORTABLE_PT < max_pt:
        # A very long line: break it at spaces when the box has room for more lines.
        wrapped = [part for k, line in enumerate(lines)
                   for part in wrap(line, width * WIDTH_SAFETY, COMFORTABLE_PT, measure,
                                    bold_first and k == 0)]
        wrapped_size = fit_size(wrapped, width, height, max_pt=max_pt, measure=measure)
        if wrapped_size > size:
            lines, size, bold_first = wrapped, wrapped_size, False
    pitch = size * PT_MM * LEADING
    block = size * PT_MM * (LEADING * (len(lines) - 1) + 1.0)
    top = y + (height - block) / 2 if valign == "middle" else y
    return [Text(x, top + size * PT_MM * ASCENT + k * pitch, size, line, bold_first and k == 0)
            for k, line in enumerate(lines)]


def wrap(text: str, width: float, size: float, measure: Measure = dejavu_width,
         bold: bool = False) -> list[str]:
    """Break ``text`` at spaces into lines no wider than ``width`` mm at ``size`` pt."""
    words = text.split()
    lines: list[str] = []
    line = ""
    for word in words:
        trial = f"{line} {word}" if line else word
        if line and measure(trial, bold) * size > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines
