"""Evidence files on a ticket: dropped, pasted, previewed, stored once, refused when too big."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage

from app.queries.attachments import stored_path, ticket_attachments
from app.services import attachments as attachments_service
from tests.ui.conftest import settle
from ui.actions import ActionId


def _png(path: Path, colour: str = "red") -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    image.save(str(path), "PNG")
    return path


def _drop(box, paths: list[Path]) -> None:  # noqa: ANN001
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    box.dropEvent(event)


def test_dropped_files_are_attached_once_with_thumbnails(qtbot, window, tmp_path):
    box = window.ticket.attachments
    ticket_id = window.ticket.detail.id
    photo = _png(tmp_path / "破损照片.png")
    receipt = tmp_path / "快递单.pdf"
    receipt.write_bytes(b"%PDF-1.4 receipt")
    _drop(box, [photo, receipt])
    qtbot.waitUntil(lambda: box.list.count() == 2, timeout=5000)
    settle(qtbot)
    names = {box.list.item(i).text() for i in range(2)}
    assert names == {"破损照片.png", "快递单.pdf"}
    image_item = next(
        box.list.item(i) for i in range(2) if box.list.item(i).text().endswith(".png")
    )
    assert not image_item.icon().isNull()  # a thumbnail
    # the same photo again: a second record, but the bytes are kept once
    _drop(box, [photo])
    qtbot.waitUntil(lambda: box.list.count() == 3, timeout=5000)
    settle(qtbot)
    found = ticket_attachments(window.ctx.sessions, ticket_id)
    shas = [a.sha256 for a in found if a.filename == "破损照片.png"]
    assert len(shas) == 2 and len(set(shas)) == 1
    blob = stored_path(window.ctx.store.files_dir, shas[0])
    assert blob.read_bytes() == photo.read_bytes()
    # double-click an image: the preview opens
    image_item = next(
        box.list.item(i)
        for i in range(box.list.count())
        if box.list.item(i).text().endswith(".png")
    )
    box._open(image_item)
    preview = box.preview
    assert preview.isVisible()
    # decoded on a worker: "loading…" until the picture comes, then the picture at its size
    assert preview.image.text() == QCoreApplication.translate("Preview", "Loading…")
    qtbot.waitUntil(lambda: not preview.image.pixmap().isNull(), timeout=5000)
    shown = preview.image.pixmap()
    assert (shown.width(), shown.height()) == (40, 30)
    assert shown.toImage().pixelColor(20, 15) == QColor("red")
    preview.close()


def test_a_damaged_picture_says_so_in_the_preview(qtbot, window, tmp_path):
    box = window.ticket.attachments
    broken = tmp_path / "坏的照片.png"
    broken.write_bytes(b"\x89PNG not really a picture")
    _drop(box, [broken])
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=5000)
    settle(qtbot)
    box._open(box.list.item(0))
    unreadable = QCoreApplication.translate("Preview", "This picture cannot be shown.")
    qtbot.waitUntil(lambda: box.preview.image.text() == unreadable, timeout=5000)
    assert box.preview.image.pixmap().isNull()
    box.preview.close()


def test_a_pasted_screenshot_becomes_a_png_on_the_ticket(qtbot, window):
    box = window.ticket.attachments
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    QGuiApplication.clipboard().setImage(image)
    window.ctx.actions[ActionId.PASTE_SCREENSHOT].trigger()
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=5000)
    settle(qtbot)
    (found,) = ticket_attachments(window.ctx.sessions, window.ticket.detail.id)
    assert found.mime == "image/png" and found.filename.endswith(".png")
    stored = QImage(str(stored_path(window.ctx.store.files_dir, found.sha256)))
    assert (stored.width(), stored.height()) == (64, 48)


def test_a_file_over_the_limit_is_refused_with_a_clear_message(
    qtbot, window, tmp_path, monkeypatch
):
    monkeypatch.setattr(attachments_service, "MAX_BYTES", 1024)
    box = window.ticket.attachments
    big = tmp_path / "视频.mp4"
    big.write_bytes(b"x" * 4096)
    _drop(box, [big])
    qtbot.waitUntil(lambda: "视频.mp4" in box.message.text(), timeout=5000)
    settle(qtbot)
    assert "MB" in box.message.text()
    assert ticket_attachments(window.ctx.sessions, window.ticket.detail.id) == []
    assert not any(window.ctx.store.files_dir.rglob("*"))  # nothing half-stored


def test_an_empty_clipboard_says_so(qtbot, window):
    QGuiApplication.clipboard().clear()
    window.ticket.attachments.paste()
    assert window.ticket.attachments.message.text()
