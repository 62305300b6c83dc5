"""Thumbnails of evidence photos, decoded off the GUI thread, and the tile of a file whose
bytes have not reached this workstation yet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader, QPainter, QPen, QPixmap

THUMB = 72
KEEP = 200  # thumbnails kept in memory, by file hash


def thumbnail(path: Path, side: int = THUMB) -> QImage:
    """The picture at ``path`` fitted in ``side`` x ``side`` (a null image if unreadable).

    Worker-thread safe (QImage, never QPixmap). A large JPEG is decoded at about twice the
    thumbnail's size, not at its full size, and turned the way the camera says.
    """
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > 2 * side:
        reader.setScaledSize(size.scaled(2 * side, 2 * side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return image
    return image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)  # fmt: skip


def full_size(path: Path) -> QImage:
    """The picture at ``path`` at its own size, turned the way the camera says (a null image
    if unreadable). Worker-thread safe, like :func:`thumbnail`."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    return reader.read()


def waiting_icon(side: int = THUMB) -> QIcon:
    """A grey tile with a downward arrow: the file is on its way."""
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor("#eceff1"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#90a4ae"), 3)
    painter.setPen(pen)
    painter.drawRect(QRectF(1.5, 1.5, side - 3, side - 3))
    mid, top, bottom = side / 2, side * 0.28, side * 0.68
    painter.drawLine(int(mid), int(top), int(mid), int(bottom))
    painter.drawLine(int(mid - side * 0.15), int(bottom - side * 0.15), int(mid), int(bottom))
    painter.drawLine(int(mid + side * 0.15), int(bottom - side * 0.15), int(mid), int(bottom))
    painter.end()
    return QIcon(pixmap)


class ThumbCache:
    """Thumbnails already made (GUI thread only): a reload shows them at once."""

    def __init__(self) -> None:
        self._icons: dict[str, QIcon] = {}

    def get(self, sha256: str) -> QIcon | None:
        return self._icons.get(sha256)

    def put(self, sha256: str, image: QImage) -> QIcon:
        if len(self._icons) >= KEEP:
            self._icons.clear()
        icon = QIcon(QPixmap.fromImage(image))
        self._icons[sha256] = icon
        return icon
