"""The mouse wheel never changes a value by accident.

Combo boxes, spin boxes and date fields react to the wheel only when they
have the keyboard focus; otherwise the wheel scrolls the form (the nearest
scroll area) they sit in. Installed once for the whole application, so every
form in ui/ behaves the same, including forms added later.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox


def _guarded(obj) -> bool:
    return isinstance(obj, (QComboBox, QAbstractSpinBox))


class WheelGuard(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Polish and _guarded(obj) \
                and obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            # A wheel must not give these the focus (and with it the wheel).
            obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and _guarded(obj) and not obj.hasFocus():
            area = obj.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:
                QApplication.sendEvent(area.viewport(), event)
            event.accept()  # handled here: it must not travel on up to the form again
            return True
        return False


def install(app: QApplication) -> None:
    """Once per application."""
    if getattr(app, "_hearth_wheel_guard", None) is None:
        app._hearth_wheel_guard = WheelGuard(app)
        app.installEventFilter(app._hearth_wheel_guard)
