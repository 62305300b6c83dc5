"""The full-size view of an evidence photo: decoded on a worker, shown scrollable at its own
size, for reading a label or a receipt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.ops import run_op
from ui.ticket.thumbnails import full_size


class Preview(QDialog):
    """An image at its size (scrollable), for reading a label or a receipt. It is decoded on a
    worker; "Loading…" shows meanwhile."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentPreview")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.state = "loading"  # then "shown" or "unreadable"
        self.image = QLabel(self)
        self.image.setObjectName("previewImage")
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        QVBoxLayout(self).addWidget(scroll)
        self.resize(800, 600)
        self.retranslate()
        run_op(self, lambda: full_size(path)).on_success(self._decoded).on_failure(
            lambda _exc: self._decoded(QImage())
        ).start()

    def _decoded(self, image: QImage) -> None:
        if image.isNull():
            self.state = "unreadable"
            self.retranslate()
            return
        self.state = "shown"
        self.image.setPixmap(QPixmap.fromImage(image))  # the pixmap is made here, on the GUI
        self.image.adjustSize()

    def retranslate(self) -> None:
        if self.state == "loading":
            self.image.setText(self.tr("Loading…"))
        elif self.state == "unreadable":
            self.image.setText(self.tr("This picture cannot be shown."))
        self.image.adjustSize()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
