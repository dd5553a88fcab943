"""Label sheets: page size, label size and where every label sits, in mm.

The geometry comes from the gLabels template files shipped in
resources/labels/ (MIT licence beside them). A template gives the sheet size
(a named paper size or width/height) and one label shape with one or more
``<Layout>`` grids: ``nx`` x ``ny`` labels, the first one's top-left corner at
``x0``,``y0`` and the pitch ``dx``,``dy``. Bare numbers are points.

Labels are numbered the way the sheets' packaging does: 1 is top left, then
along the row, then the next row down. A start position (1-based) skips the
labels already used on a partly used sheet.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.core.resources import resource

#: Template files Hearth ships (copied unchanged from gLabels).
TEMPLATE_FILES = ("zweckform-iso-templates.xml", "avery-iso-templates.xml",
                  "avery-us-templates.xml")
PAPER_FILE = "paper-sizes.xml"

_MM_PER = {"pt": 25.4 / 72, "in": 25.4, "mm": 1.0, "cm": 10.0, "pc": 25.4 / 6}
_LENGTH = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(pt|in|mm|cm|pc)?\s*$")

#: Sheets an office in Germany, Britain or the US most likely has in the drawer.
COMMON_PARTS = ("Zweckform 3475", "Zweckform 3474", "Zweckform 3490", "Avery L7160",
                "Avery L7161", "Avery L7163", "Avery 5160", "Avery 5163")


class SheetProblem(Problem, ValueError):
    """A sheet name that is not known, or a template / custom size that cannot work."""


NOT_A_LENGTH = problem_code("sheet.not_a_length", N_("{text!r} is not a length"))
BAD_START = problem_code("sheet.bad_start", N_(
    "The start position must be between 1 and {per} on {sheet} (it was {start})."))
UNKNOWN_SHAPE = problem_code("sheet.unknown_shape", N_("unknown label shape {tag}"))
AMBIGUOUS_PART = problem_code("sheet.ambiguous_part", N_(
    "{name!r} is the part number of several sheets ({names}); add the brand."))
UNKNOWN_SHEET = problem_code("sheet.unknown", N_(
    "No label sheet is called {name!r}. Try e.g. {examples}, or "
    "custom:COLSxROWS:WxH[:LEFT,TOP]."))
CUSTOM_NO_GRID = problem_code("sheet.custom_no_grid", N_(
    "A custom sheet needs at least one column and one row."))
CUSTOM_NO_SIZE = problem_code("sheet.custom_no_size", N_(
    "Label width and height must be more than 0 mm."))
CUSTOM_OVERLAP = problem_code("sheet.custom_overlap", N_(
    "The distance between labels is smaller than the labels: they would overlap."))
CUSTOM_TOO_BIG = problem_code("sheet.custom_too_big", N_(
    "{columns} x {rows} labels of {width:g} x {height:g} mm do not fit on a "
    "{page_width:g} x {page_height:g} mm page."))
NOT_A_SPEC = problem_code("sheet.not_a_spec", N_(
    "{spec!r} is not a custom sheet. Write custom:COLSxROWS:WIDTHxHEIGHT"
    "[:LEFT,TOP][:HPITCH,VPITCH][:a4|letter], all in mm, e.g. custom:3x8:70x36:0,4.5"))


def length_mm(text: str | None) -> float:
    """A gLabels length ("12.5mm", "0.5in", "36", "") in millimetres."""
    if text is None or not text.strip():
        return 0.0
    m = _LENGTH.match(text)
    if not m:
        raise SheetProblem(NOT_A_LENGTH, text=text)
    return float(m.group(1)) * _MM_PER[m.group(2) or "pt"]


@dataclass(frozen=True)
class Layout:
    nx: int
    ny: int
    x0: float
    y0: float
    dx: float
    dy: float


@dataclass(frozen=True)
class LabelSheet:
    """One sheet of labels, every length in millimetres."""
    brand: str
    part: str
    description: str
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    corner_radius: float
    margin: float  # the template's markup margin: keep text this far inside
    layouts: tuple[Layout, ...]
    shape: str = "rectangle"

    @property
    def name(self) -> str:
        return f"{self.brand} {self.part}".strip()

    @property
    def per_sheet(self) -> int:
        return sum(lay.nx * lay.ny for lay in self.layouts)

    def positions(self) -> list[tuple[float, float]]:
        """Top-left corner of every label, in label-number order (rows, then columns)."""
        return _positions(self)

    def summary(self) -> str:
        return (f"{self.name}: {self.per_sheet} labels of {self.label_width:.1f} x "
                f"{self.label_height:.1f} mm on {self.page_width:.0f} x "
                f"{self.page_height:.0f} mm")


@lru_cache(maxsize=64)
def _positions(sheet: LabelSheet) -> list[tuple[float, float]]:
    spots = [(lay.x0 + i * lay.dx, lay.y0 + j * lay.dy)
             for lay in sheet.layouts for j in range(lay.ny) for i in range(lay.nx)]
    # Reading order; rounding keeps labels of one row together despite tiny
    # floating-point differences between layouts.
    return sorted(spots, key=lambda p: (round(p[1], 1), round(p[0], 1)))


@dataclass(frozen=True)
class Placement:
    """Where one label of a print run goes."""
    page: int  # 0-based
    number: int  # 1-based label number on its sheet
    x: float
    y: float


def placements(sheet: LabelSheet, count: int, start: int = 1) -> list[Placement]:
    """Where ``count`` labels go when printing starts at label ``start`` of the first sheet."""
    per = sheet.per_sheet
    if not 1 <= start <= per:
        raise SheetProblem(BAD_START, per=per, sheet=sheet.name, start=start)
    spots = sheet.positions()
    out = []
    for k in range(count):
        slot = start - 1 + k
        page, index = divmod(slot, per)
        x, y = spots[index]
        out.append(Placement(page, index + 1, x, y))
    return out


def pages_needed(sheet: LabelSheet, count: int, start: int = 1) -> int:
    return 0 if count == 0 else (start - 1 + count - 1) // sheet.per_sheet + 1


# --- reading the template files -------------------------------------------------

@lru_cache(maxsize=1)
def _paper_sizes() -> dict[str, tuple[float, float]]:
    root = ET.parse(resource("labels", PAPER_FILE)).getroot()
    return {p.get("id"): (length_mm(p.get("width")), length_mm(p.get("height")))
            for p in root.iter("Paper-size")}


def _label_shape(el: ET.Element) -> tuple[str, float, float, float]:
    tag = el.tag
    if tag == "Label-rectangle":
        return "rectangle", length_mm(el.get("width")), length_mm(el.get("height")), \
            length_mm(el.get("round"))
    if tag == "Label-ellipse":
        return "ellipse", length_mm(el.get("width")), length_mm(el.get("height")), 0.0
    if tag in ("Label-round", "Label-cd"):
        d = 2 * length_mm(el.get("radius"))
        return ("round" if tag == "Label-round" else "cd"), d, d, d / 2
    raise SheetProblem(UNKNOWN_SHAPE, tag=tag)


def _read_template(t: ET.Element, papers: dict, source: str) -> LabelSheet | None:
    label = next((el for el in t if el.tag.startswith("Label-")), None)
    if label is None:
        return None
    size = t.get("size", "")
    if size in papers:
        page_w, page_h = papers[size]
    elif t.get("width") and t.get("height"):
        page_w, page_h = length_mm(t.get("width")), length_mm(t.get("height"))
    else:
        return None  # rolls and odd sizes: not for address sheets
    shape, w, h, r = _label_shape(label)
    margin_el = label.find("Markup-margin")
    margin = length_mm(margin_el.get("size")) if margin_el is not None else 0.0
    layouts = tuple(
        Layout(int(lay.get("nx", "1")), int(lay.get("ny", "1")), length_mm(lay.get("x0")),
               length_mm(lay.get("y0")), length_mm(lay.get("dx")), length_mm(lay.get("dy")))
        for lay in label.findall("Layout"))
    if not layouts:
        return None
    description = t.get("_description") or t.get("description") or ""
    return LabelSheet(t.get("brand", ""), t.get("part", ""), description, page_w, page_h,
                      w, h, r, margin, layouts, shape)


@lru_cache(maxsize=1)
def all_sheets() -> dict[str, LabelSheet]:
    """Every sheet in the shipped template files, by "Brand part"."""
    papers = _paper_sizes()
    sheets: dict[str, LabelSheet] = {}
    pending: list[tuple[str, str, str]] = []
    for name in TEMPLATE_FILES:
        path: Path = resource("labels", name)
        root = ET.parse(path).getroot()
        for t in root.iter("Template"):
            brand, part = t.get("brand", ""), t.get("part", "")
            if t.get("equiv"):
                pending.append((brand, part, t.get("equiv")))
                continue
            sheet = _read_template(t, papers, name)
            if sheet is not None:
                sheets[f"{brand} {part}"] = sheet
    for brand, part, equiv in pending:
        base = sheets.get(f"{brand} {equiv}")
        if base is not None:
            sheets[f"{brand} {part}"] = LabelSheet(
                brand, part, base.description, base.page_width, base.page_height,
                base.label_width, base.label_height, base.corner_radius, base.margin,
                base.layouts, base.shape)
    return sheets


def address_sheets() -> list[LabelSheet]:
    """Rectangular sheets, the common ones first, then by name: what a chooser lists."""
    sheets = [s for s in all_sheets().values() if s.shape == "rectangle"]
    order = {name: i for i, name in enumerate(COMMON_PARTS)}
    return sorted(sheets, key=lambda s: (order.get(s.name, len(order)), s.brand, s.part))


def find_sheet(name: str) -> LabelSheet:
    """A sheet by "Zweckform 3475", "3475", "l7160" or a custom spec (see custom_from_spec)."""
    text = " ".join(name.split())
    if text.lower().startswith("custom"):
        return custom_from_spec(text)
    sheets = all_sheets()
    low = text.casefold()
    exact = [s for key, s in sheets.items() if key.casefold() == low]
    if exact:
        return exact[0]
    by_part = [s for s in sheets.values() if s.part.casefold() == low]
    if len(by_part) == 1:
        return by_part[0]
    if len(by_part) > 1:
        names = ", ".join(sorted(s.name for s in by_part))
        raise SheetProblem(AMBIGUOUS_PART, name=name, names=names)
    raise SheetProblem(UNKNOWN_SHEET, name=name, examples=", ".join(COMMON_PARTS[:4]))


# --- custom sheets ----------------------------------------------------------------

PAGE_SIZES = {"a4": (210.0, 297.0), "letter": (215.9, 279.4), "a5": (148.0, 210.0)}


def custom_sheet(columns: int, rows: int, label_width: float, label_height: float,
                 left: float | None = None, top: float | None = None,
                 h_pitch: float | None = None, v_pitch: float | None = None,
                 page_width: float = 210.0, page_height: float = 297.0) -> LabelSheet:
    """A sheet the template files do not know, measured by the user (all in mm).

    Without margins the labels are centred on the page; without pitches they touch.
    """
    if columns < 1 or rows < 1:
        raise SheetProblem(CUSTOM_NO_GRID)
    if label_width <= 0 or label_height <= 0:
        raise SheetProblem(CUSTOM_NO_SIZE)
    dx = label_width if h_pitch is None else h_pitch
    dy = label_height if v_pitch is None else v_pitch
    if dx < label_width - 0.01 or dy < label_height - 0.01:
        raise SheetProblem(CUSTOM_OVERLAP)
    used_w = (columns - 1) * dx + label_width
    used_h = (rows - 1) * dy + label_height
    x0 = (page_width - used_w) / 2 if left is None else left
    y0 = (page_height - used_h) / 2 if top is None else top
    if x0 < -0.01 or y0 < -0.01 or x0 + used_w > page_width + 0.5 \
            or y0 + used_h > page_height + 0.5:
        raise SheetProblem(CUSTOM_TOO_BIG, columns=columns, rows=rows, width=label_width,
                           height=label_height, page_width=page_width, page_height=page_height)
    part = f"{columns}x{rows} {label_width:g}x{label_height:g} mm"
    return LabelSheet("Custom", part, "Custom labels", page_width, page_height, label_width,
                      label_height, 0.0, 0.0, (Layout(columns, rows, x0, y0, dx, dy),))


_SPEC = re.compile(
    r"^custom:(?P<cols>\d+)x(?P<rows>\d+):(?P<w>[\d.]+)x(?P<h>[\d.]+)"
    r"(?::(?P<left>[\d.]+),(?P<top>[\d.]+))?(?::(?P<dx>[\d.]+),(?P<dy>[\d.]+))?"
    r"(?::(?P<page>a4|a5|letter))?$", re.IGNORECASE)


def custom_from_spec(spec: str) -> LabelSheet:
    """"custom:3x8:70x36:0,4.5[:70,36][:a4|letter]" -> a custom sheet (mm)."""
    m = _SPEC.match(spec.replace(" ", ""))
    if not m:
        raise SheetProblem(NOT_A_SPEC, spec=spec)
    g = m.groupdict()
    num = lambda k: float(g[k]) if g[k] is not None else None  # noqa: E731
    page_w, page_h = PAGE_SIZES[(g["page"] or "a4").lower()]
    return custom_sheet(int(g["cols"]), int(g["rows"]), float(g["w"]), float(g["h"]),
                        num("left"), num("top"), num("dx"), num("dy"), page_w, page_h)
