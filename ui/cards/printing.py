"""Printing a card run's pages with Qt: the same mm layout the command line writes.

``PrintDialog`` chooses what to print (label sheet and start position, envelope
size, or the address list) and offers the preview, the system print dialog and a
PDF; ui.cards.page_painter paints the pages.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPen,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.cards.labels import LabelSheet, SheetProblem, address_sheets, custom_from_spec
from app.cards.page_layout import Page
from app.cards.print_layout import ENVELOPES, address_list_pages, envelope_pages, label_pages
from ui.cards.page_painter import page_layout_of, paint_on_printer, write_pdf_with_qt
from ui.common import file_dialogs
from ui.common.messages import TranslatedError, message_for
from ui.common.saved_file import tell_saved

LABELS, ENVELOPE, ADDRESS_LIST = "labels", "envelopes", "address list"


class SheetPreview(QWidget):
    """A small picture of the sheet: used labels grey, the first one to print marked.

    Clicking a label chooses it as the start position.

    Signals:
        startChosen(int): the label number clicked (1-based).
    """
    startChosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sheet: LabelSheet | None = None
        self.start = 1
        self.count = 0
        self.setMinimumSize(150, 200)
        self.setToolTip(self.tr("Click the first free label"))

    def set_state(self, sheet: LabelSheet | None, start: int, count: int) -> None:
        self.sheet, self.start, self.count = sheet, start, count
        self.update()

    def _scale(self) -> tuple[float, float, float]:
        s = self.sheet
        scale = min((self.width() - 4) / s.page_width, (self.height() - 4) / s.page_height)
        return scale, (self.width() - s.page_width * scale) / 2, \
            (self.height() - s.page_height * scale) / 2

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.sheet is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, ox, oy = self._scale()
        s = self.sheet
        p.setPen(QPen(self.palette().color(self.foregroundRole()), 1))
        p.setBrush(QColor("white"))
        p.drawRect(QRectF(ox, oy, s.page_width * scale, s.page_height * scale))
        for k, (x, y) in enumerate(s.positions(), 1):
            rect = QRectF(ox + x * scale, oy + y * scale, s.label_width * scale,
                          s.label_height * scale).adjusted(0.5, 0.5, -0.5, -0.5)
            if k < self.start:
                p.setBrush(QColor(200, 200, 200))  # already used
            elif k < self.start + self.count:
                p.setBrush(QColor(120, 170, 230) if k == self.start else QColor(200, 225, 250))
            else:
                p.setBrush(QColor("white"))
            p.setPen(QPen(QColor(90, 90, 90), 1))
            p.drawRect(rect)
        p.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.sheet is None:
            return
        scale, ox, oy = self._scale()
        x = (event.position().x() - ox) / scale
        y = (event.position().y() - oy) / scale
        for k, (lx, ly) in enumerate(self.sheet.positions(), 1):
            if lx <= x <= lx + self.sheet.label_width and ly <= y <= ly + self.sheet.label_height:
                self.startChosen.emit(k)
                return


class PrintDialog(QDialog):
    """Choose labels (sheet, start), envelopes (size) or the address list, then
    preview, print or save a PDF.

    ``blocks`` are the address blocks (one per envelope); ``entries`` the
    address list's (lines, details) pairs; ``left_out`` how many envelopes were
    left out for want of a postal address (said under the summary).

    Signals:
        printed(str): what was printed or saved, once it has been.
    """
    printed = Signal(str)

    def __init__(self, kind: str, title: str, blocks: list[list[str]], *,
                 sender_line: str = "", entries: list | None = None, left_out: int = 0,
                 parent=None):
        super().__init__(parent)
        self.kind = kind
        self.title = title
        self.blocks = blocks
        self.sender_line = sender_line
        self.entries = entries or []
        self.setWindowTitle({LABELS: self.tr("Print Labels"), ENVELOPE: self.tr("Print Envelopes"),
                             ADDRESS_LIST: self.tr("Print Address List")}[kind])
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.sheet_combo = QComboBox()
        self.start_spin = QSpinBox()
        self.outlines = QCheckBox(self.tr("Draw label outlines (for a test print on plain paper)"))
        self.custom_label = QLabel()
        self.preview = SheetPreview()
        self.size_combo = QComboBox()
        self._sheets = address_sheets()
        if kind == LABELS:
            for s in self._sheets:
                self.sheet_combo.addItem(f"{s.name} — {s.per_sheet} × {s.label_width:.1f} × "
                                         f"{s.label_height:.1f} mm", s.name)
            self.sheet_combo.addItem(self.tr("Custom size…"), "custom")
            self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
            form.addRow(self.tr("&Sheet:"), self.sheet_combo)
            self.start_spin.setRange(1, 1)
            self.start_spin.valueChanged.connect(self._update_preview)
            form.addRow(self.tr("Start at &label:"), self.start_spin)
            form.addRow("", self.outlines)
            form.addRow("", self.custom_label)
            self.preview.startChosen.connect(self.start_spin.setValue)
            layout.addWidget(self.preview, 1)
            self._custom: LabelSheet | None = None
        elif kind == ENVELOPE:
            for name, fmt in ENVELOPES.items():
                self.size_combo.addItem(f"{name} ({fmt.width:g} × {fmt.height:g} mm)", name)
            form.addRow(self.tr("Envelope &size:"), self.size_combo)
            note = QLabel(self.tr("The address is printed where a window envelope shows it "
                                  "(DIN 5008), with your sender line above it."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.left_out = QLabel(self.tr(
            "%n envelope(s) left out: no postal address (see the run's Problems).", "",
            left_out))
        self.left_out.setWordWrap(True)
        self.left_out.setVisible(left_out > 0)
        layout.addWidget(self.left_out)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        for b in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_now)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if kind == LABELS:
            self._sheet_changed()
        self._update_summary()

    # --- choices ------------------------------------------------------------
    def sheet(self) -> LabelSheet | None:
        name = self.sheet_combo.currentData()
        if name == "custom":
            return self._custom
        return next((s for s in self._sheets if s.name == name), None)

    def select_sheet(self, name: str) -> None:
        index = self.sheet_combo.findData(name)
        if index >= 0:
            self.sheet_combo.setCurrentIndex(index)

    def _sheet_changed(self) -> None:
        if self.sheet_combo.currentData() == "custom" and self.isVisible():
            self._ask_custom()
        sheet = self.sheet()
        self.start_spin.setRange(1, sheet.per_sheet if sheet else 1)
        self.custom_label.setText(sheet.summary() if sheet else
                                  self.tr("Choose a sheet, or enter a custom size."))
        self._update_preview()

    def _ask_custom(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        spec, ok = QInputDialog.getText(
            self, self.tr("Custom label size"),
            self.tr("Columns x rows : label width x height [: left, top margin] in mm, "
                    "e.g. 3x8:70x36:0,4.5"), text="3x8:70x36:0,4.5")
        if not ok:
            return
        try:
            self._custom = custom_from_spec("custom:" + spec.strip())
        except SheetProblem as exc:
            QMessageBox.warning(self, self.tr("Custom label size"), message_for(exc))

    def _update_preview(self) -> None:
        self.preview.set_state(self.sheet(), self.start_spin.value(), len(self.blocks))
        self._update_summary()

    def _update_summary(self) -> None:
        if self.kind == LABELS:
            sheet = self.sheet()
            if sheet is None:
                self.summary.setText("")
                return
            from app.cards.labels import pages_needed

            n = pages_needed(sheet, len(self.blocks), self.start_spin.value())
            self.summary.setText(self.tr("%n label(s)", "", len(self.blocks)) + " — "
                                 + self.tr("%n sheet(s)", "", n))
        elif self.kind == ENVELOPE:
            self.summary.setText(self.tr("%n envelope(s)", "", len(self.blocks)))
        else:
            self.summary.setText(self.tr("%n envelope(s) listed", "", len(self.entries)))

    def pages(self, *, outlines: bool | None = None) -> list[Page]:
        """The layout for the current choices (from app/, shared with the command line)."""
        if self.kind == LABELS:
            sheet = self.sheet()
            if sheet is None:
                raise TranslatedError(self.tr("Choose a label sheet first."))
            show = self.outlines.isChecked() if outlines is None else outlines
            return label_pages(self.blocks, sheet, self.start_spin.value(), outlines=show)
        if self.kind == ENVELOPE:
            return envelope_pages(self.blocks, self.size_combo.currentData(), self.sender_line)
        return address_list_pages(self.title, self.entries)

    # --- output -------------------------------------------------------------
    def _pages_or_warn(self) -> list[Page] | None:
        try:
            pages = self.pages()
        except (SheetProblem, TranslatedError) as exc:
            QMessageBox.warning(self, self.windowTitle(), message_for(exc))
            return None
        if not pages:
            QMessageBox.information(self, self.windowTitle(), self.tr("There is nothing to print."))
            return None
        return pages

    def _printer(self, pages: list[Page]) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setPageLayout(page_layout_of(pages[0]))
        return printer

    def show_preview(self) -> None:
        pages = self._pages_or_warn()
        if pages is None:
            return
        printer = self._printer(pages)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda p: paint_on_printer(p, pages, guides=True))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.printed.emit(self.kind)

    def print_now(self) -> None:
        pages = self._pages_or_warn()
        if pages is None:
            return
        printer = self._printer(pages)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            paint_on_printer(printer, pages, guides=self.outlines.isChecked())
        except (OSError, TranslatedError) as exc:
            QMessageBox.critical(self, self.windowTitle(), message_for(exc))
            return
        self.printed.emit(self.kind)

    def save_pdf(self, path: str | None = None) -> str | None:
        pages = self._pages_or_warn()
        if pages is None:
            return None
        if not path:
            path = file_dialogs.save_file(self, self.tr("Save PDF"),
                                          f"{self.title} {self.kind}.pdf",
                                          self.tr("PDF files (*.pdf)"), kind="pdf")
        if not path:
            return None
        try:
            write_pdf_with_qt(path, pages, self.title)
        except (OSError, TranslatedError) as exc:
            QMessageBox.critical(self, self.tr("Save PDF"),
                                 self.tr("The PDF could not be written to {0}: {1}").format(
                                     path, message_for(exc)))
            return None
        self.saved_box = tell_saved(self, path)
        self.printed.emit(self.kind)
        return path
