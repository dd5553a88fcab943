"""PDFs written without Qt (for the command line): fpdf2 with DejaVu fonts.

The window prints through Qt (QPrinter/QPdfWriter); the command line has no
Qt, so its PDFs (labels, briefings) come from here. Lay a page out in
millimetres once in app/, and hand the same layout to either writer.
"""
from __future__ import annotations

from fpdf import FPDF

from app.core.resources import resource

FONT = "DejaVu"


def new_document(width_mm: float = 210, height_mm: float = 297) -> FPDF:
    """An empty PDF in millimetres with Unicode fonts ("DejaVu", "" and "B")."""
    pdf = FPDF(unit="mm", format=(width_mm, height_mm))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.add_font(FONT, "", str(resource("fonts", "DejaVuSans.ttf")))
    pdf.add_font(FONT, "B", str(resource("fonts", "DejaVuSans-Bold.ttf")))
    pdf.set_font(FONT, size=10)
    return pdf
