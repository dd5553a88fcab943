"""How a temperature band looks: colour, shape and name, never colour alone.

Colours are from the Okabe-Ito palette, which stays distinguishable with
red-green colour blindness; each band also has its own shape (hot: flame-like
upward triangle, warm: filled circle, cool: hollow circle, cold: snowflake
star) and its name is always written beside it. A contact with no
conversation yet is shown as "new" (a green four-pointed sparkle), not as
its band: see :func:`look_of`.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from app.conversations import temperature as t

COLOURS = {t.HOT: "#D55E00", t.WARM: "#E69F00", t.COOL: "#56B4E9", t.COLD: "#0072B2",
           t.NEW: "#009E73"}


def look_of(temp: t.Temperature) -> str:
    """What a temperature is shown as: "new" before the first conversation, else its band."""
    return t.NEW if temp.new else temp.band


def band_name(band: str) -> str:
    """The name of a band, or of "new" (see look_of)."""
    names = {t.HOT: QCoreApplication.translate("temperature", "hot"),
             t.WARM: QCoreApplication.translate("temperature", "warm"),
             t.COOL: QCoreApplication.translate("temperature", "cool"),
             t.COLD: QCoreApplication.translate("temperature", "cold"),
             t.NEW: QCoreApplication.translate("temperature", "new")}
    return names.get(band, band)


def band_colour(band: str) -> QColor:
    return QColor(COLOURS.get(band, "#999999"))


def _paint_shape(p: QPainter, band: str, r: QRectF) -> None:
    colour = band_colour(band)
    p.setPen(QPen(colour.darker(130), 1.2))
    cx, cy, s = r.center().x(), r.center().y(), r.width() / 2
    if band == t.HOT:
        path = QPainterPath(QPointF(cx, cy - s))
        path.lineTo(cx + s * 0.9, cy + s * 0.85)
        path.lineTo(cx - s * 0.9, cy + s * 0.85)
        path.closeSubpath()
        p.setBrush(colour)
        p.drawPath(path)
    elif band == t.WARM:
        p.setBrush(colour)
        p.drawEllipse(QPointF(cx, cy), s * 0.8, s * 0.8)
    elif band == t.COOL:
        p.setPen(QPen(colour, 2.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(cx, cy), s * 0.7, s * 0.7)
    elif band == t.NEW:  # a four-pointed sparkle
        path = QPainterPath(QPointF(cx, cy - s))
        for k in range(1, 8):
            a = math.pi * k / 4
            reach = s * (0.95 if k % 2 == 0 else 0.3)
            path.lineTo(cx + math.sin(a) * reach, cy - math.cos(a) * reach)
        path.closeSubpath()
        p.setBrush(colour)
        p.drawPath(path)
    else:
        p.setPen(QPen(colour, 1.8))
        for k in range(3):
            a = math.pi * k / 3
            dx, dy = math.cos(a) * s * 0.9, math.sin(a) * s * 0.9
            p.drawLine(QPointF(cx - dx, cy - dy), QPointF(cx + dx, cy + dy))


_icons: dict[tuple[str, int], QIcon] = {}


def band_icon(band: str, size: int = 14) -> QIcon:
    key = (band, size)
    if key not in _icons:
        pix = QPixmap(size * 2, size * 2)
        pix.setDevicePixelRatio(2.0)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_shape(p, band, QRectF(1, 1, size - 2, size - 2))
        p.end()
        _icons[key] = QIcon(pix)
    return _icons[key]


def chip_style(band: str) -> str:
    """Style sheet for a QLabel chip: a tinted background with the band's colour as border."""
    c = band_colour(band)
    tint = QColor(c)
    tint.setAlpha(45)
    return (f"QLabel {{ border: 1px solid {c.name()}; border-radius: 9px; padding: 1px 8px; "
            f"background: rgba({tint.red()},{tint.green()},{tint.blue()},{tint.alpha()}); }}")
