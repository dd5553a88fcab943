"""The outputs of a run window's run: labels, envelopes, the address list, CSV.

They use what the window last loaded (its ``state``) and open their dialogs over it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from app.cards import envelopes as ce
from app.cards import runs as cards


class RunOutputs(QObject):
    """Opens the print and CSV dialogs for one run window.

    Signals:
        printed(list): labels or envelopes of these planned recipients were printed.
    """
    printed = Signal(list)

    def __init__(self, run_window):
        super().__init__(run_window)
        self.run_window = run_window

    def _printable(self) -> list[ce.Envelope]:
        envs = ce.with_address((self.run_window.state or {}).get("envelopes", []))
        if not envs:
            QMessageBox.information(self.run_window, self.tr("Print"),
                                    self.tr("No recipient of this run has a postal address."))
        return envs

    def print_dialog(self, kind: str):
        from ui.cards.printing import ADDRESS_LIST, PrintDialog

        state = self.run_window.state
        if state is None:
            return None  # still loading
        run = state["run"]
        if kind == ADDRESS_LIST:
            envs = state["envelopes"]
            words = self.run_window.model._status_words
            entries = [(e.lines, [self.tr("Salutation: {0}").format(e.salutation),
                                  self.tr("Status: {0}").format(words.get(e.status, e.status))])
                       for e in envs]
            return PrintDialog(kind, run.shown_name(), [e.lines for e in envs], entries=entries,
                               parent=self.run_window)
        envs = self._printable()
        if not envs:
            return None
        left_out = len(state["envelopes"]) - len(envs)
        dialog = PrintDialog(kind, run.shown_name(), [e.lines for e in envs],
                             sender_line=run.sender.line(), left_out=left_out,
                             parent=self.run_window)
        planned = [i for e in envs for i, s in zip(e.contact_ids, e.statuses)
                   if s == cards.PLANNED]
        dialog.printed.connect(lambda _kind: self.printed.emit(planned))
        return dialog

    def print_labels(self) -> None:
        from ui.cards.printing import LABELS

        dialog = self.print_dialog(LABELS)
        if dialog is not None:
            dialog.exec()

    def print_envelopes(self) -> None:
        from ui.cards.printing import ENVELOPE

        dialog = self.print_dialog(ENVELOPE)
        if dialog is not None:
            dialog.exec()

    def print_list(self) -> None:
        from ui.cards.printing import ADDRESS_LIST

        dialog = self.print_dialog(ADDRESS_LIST)
        if dialog is not None:
            dialog.exec()

    def export_csv(self) -> None:
        from ui.cards.csv_dialog import CsvExportDialog

        state = self.run_window.state
        if state is not None:
            CsvExportDialog(state["run"], state["envelopes"], self.run_window).exec()
