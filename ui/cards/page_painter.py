"""Painting app.cards.page_layout pages with Qt, in millimetres.

``paint_page`` paints one page onto any QPaintDevice (a QPrinter for the print
dialog and preview, a QPdfWriter for "Save PDF", a QImage for a screenshot);
the same layout the command line writes with fpdf.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from app.cards.page_layout import Page
from app.core.resources import resource
from ui.common.messages import TranslatedError


@lru_cache(maxsize=1)
def font_family() -> str:
    """DejaVu Sans from resources/fonts: the font the layout was measured with."""
    family = ""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family or "DejaVu Sans"


def paint_page(painter: QPainter, page: Page, px_per_mm: float, *,
               guides: bool = True) -> None:
    """Paint one page; the painter's origin is the page's top-left corner."""
    if guides and page.guides:
        painter.setPen(QPen(QColor(160, 160, 160), max(1.0, 0.2 * px_per_mm)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for r in page.guides:
            rect = QRectF(r.x * px_per_mm, r.y * px_per_mm, r.w * px_per_mm, r.h * px_per_mm)
            if r.radius:
                path = QPainterPath()
                path.addRoundedRect(rect, r.radius * px_per_mm, r.radius * px_per_mm)
                painter.drawPath(path)
            else:
                painter.drawRect(rect)
    painter.setPen(QColor(0, 0, 0))
    family = font_family()
    current = None
    for t in page.texts:
        if current != (t.size, t.bold):
            font = QFont(family)
            font.setKerning(False)  # fpdf2 measures without kerning; keep the same widths
            # Pixel size from the layout's points, so every device prints the same mm.
            font.setPixelSize(max(1, round(t.size * 25.4 / 72 * px_per_mm)))
            font.setBold(t.bold)
            painter.setFont(font)
            current = (t.size, t.bold)
        painter.drawText(QPointF(t.x * px_per_mm, t.y * px_per_mm), t.text)


def page_layout_of(page: Page) -> QPageLayout:
    size = QPageSize(QSizeF(page.width, page.height), QPageSize.Unit.Millimeter, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _set_page(printer: QPrinter | QPdfWriter, page: Page) -> None:
    """Change the paper only when it differs: a running QPrinter refuses any change."""
    current = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    if abs(current.width() - page.width) > 0.1 or abs(current.height() - page.height) > 0.1:
        printer.setPageLayout(page_layout_of(page))


def paint_on_printer(printer: QPrinter | QPdfWriter, pages: Sequence[Page], *,
                     guides: bool = False) -> None:
    """Every page onto a printer or PDF writer, full page, no margins."""
    if not pages:
        return
    if isinstance(printer, QPrinter):
        printer.setFullPage(True)
    _set_page(printer, pages[0])
    painter = QPainter()
    if not painter.begin(printer):
        raise TranslatedError(QCoreApplication.translate(
            "printing", "The printer could not be started."))
    try:
        for k, page in enumerate(pages):
            if k:
                _set_page(printer, page)
                printer.newPage()
            dpi = printer.resolution()
            # A printer's paint rectangle may start left of the paper edge: undo it.
            offset = QPointF(0, 0)
            if isinstance(printer, QPrinter):
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                offset = -paper.topLeft()
            painter.save()
            painter.translate(offset)
            paint_page(painter, page, dpi / 25.4, guides=guides)
            painter.restore()
    finally:
        painter.end()


def write_pdf_with_qt(path: Path | str, pages: Sequence[Page], title: str = "") -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    writer.setTitle(title)
    writer.setCreator("Hearth")
    paint_on_printer(writer, pages)
