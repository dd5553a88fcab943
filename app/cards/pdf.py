"""Writing laid-out pages (app.cards.page_layout) to a PDF with fpdf2, without Qt."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.cards.page_layout import Page
from app.core.i18n import N_
from app.core.pdf import FONT, new_document
from app.core.problems import Problem, problem_code
from app.storage.connection import refuse_database_as_output


class NothingToPrint(Problem, ValueError):
    """A PDF without pages."""


NO_PAGES = problem_code("cards.pdf.no_pages", N_("There is nothing to print: no pages."))


def write_pdf(pages: Sequence[Page], path: Path | str, *, title: str = "") -> Path:
    """Write ``pages`` to ``path``; guides are drawn as thin grey outlines."""
    if not pages:
        raise NothingToPrint(NO_PAGES)
    refuse_database_as_output(path)
    first = pages[0]
    pdf = new_document(first.width, first.height)
    if title:
        pdf.set_title(title)
    pdf.set_creator("Hearth")
    current = (None, None)
    for page in pages:
        pdf.add_page(format=(page.width, page.height))
        if page.guides:
            pdf.set_draw_color(170, 170, 170)
            pdf.set_line_width(0.15)
            for r in page.guides:
                pdf.rect(r.x, r.y, r.w, r.h, round_corners=r.radius > 0,
                         corner_radius=r.radius)
        for t in page.texts:
            style = "B" if t.bold else ""
            if current != (style, t.size):
                pdf.set_font(FONT, style, t.size)
                current = (style, t.size)
            pdf.text(t.x, t.y, t.text)
        current = (None, None)
    path = Path(path)
    pdf.output(str(path))
    return path
