"""vCard files and folders dropped on the main window start an import."""
from __future__ import annotations


class FileDrops:
    """Mixed into MainWindow, which has ``import_vcards(paths)``."""

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        from ui.vcard.import_dialog import droppable_paths

        if droppable_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        from ui.vcard.import_dialog import droppable_paths

        paths = droppable_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_vcards(paths)
