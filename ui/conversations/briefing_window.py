"""The pre-call briefing (F9): one screen, printable, savable as PDF."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from app.conversations import briefing
from app.core import clock
from ui.common import file_dialogs
from ui.common.messages import message_for
from ui.common.saved_file import tell_saved

MARGIN_MM = 15


class BriefingWindow(QDialog):
    def __init__(self, contact_id: int, parent=None, *, now: dt.datetime | None = None):
        super().__init__(parent)
        self.contact_id = contact_id
        self.data = briefing.briefing(contact_id, now or clock.local_now())
        self.setWindowTitle(self.tr("Briefing: {0}").format(self.data.name))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)  # tel: and mailto: go to the system
        self.browser.setHtml(briefing.to_html(self.data))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_briefing)
        self.pdf_button.clicked.connect(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 760)

    def document(self, page_width_pt: float, page_height_pt: float) -> QTextDocument:
        """The briefing laid out for a page of this size (in points)."""
        doc = QTextDocument()
        doc.setDefaultFont(self.browser.font())
        doc.setHtml(briefing.to_html(self.data))
        doc.setPageSize(QSizeF(page_width_pt, page_height_pt))
        return doc

    def _print_to(self, device) -> None:
        rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
        doc = self.document(rect.width(), rect.height())
        doc.print_(device)

    def print_briefing(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                               QPageLayout.Unit.Millimeter)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._print_to(printer)

    def write_pdf(self, path: str, page: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> None:
        writer = QPdfWriter(path)
        writer.setPageSize(QPageSize(page))
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                              QPageLayout.Unit.Millimeter)
        writer.setTitle(self.windowTitle())
        self._print_to(writer)
        del writer  # finishes the file

    def save_pdf(self) -> None:
        name = self.data.name.replace("/", "-")
        path = file_dialogs.save_file(self, self.tr("Save briefing as PDF"),
                                      self.tr("Briefing {0}.pdf").format(name),
                                      self.tr("PDF files (*.pdf)"), kind="pdf")
        if not path:
            return
        try:
            self.write_pdf(path)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("Could not write {0}: {1}").format(path, message_for(exc)))
            return
        self.saved_box = tell_saved(self, path)
