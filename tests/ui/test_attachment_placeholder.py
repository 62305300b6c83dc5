"""An evidence file recorded on another desk, its bytes not here yet: a placeholder tile that
becomes the thumbnail once the bytes arrive; thumbnails are decoded off the GUI thread."""

from __future__ import annotations

import hashlib
import threading

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from app.queries.attachments import stored_path
from app.services import Changes
from app.services.attachments import attach_files, store_bytes
from tests.ui.conftest import settle
from ui.ticket import attachments_box
from ui.ticket.attachments_box import WAITING
from ui.ticket.thumbnails import THUMB


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_a_file_not_here_yet_shows_a_placeholder_then_its_thumbnail(qtbot, window, monkeypatch):
    ctx, box = window.ctx, window.ticket.attachments
    tid = window.ticket.detail.id
    data = _png(1600, 1200)
    sha = hashlib.sha256(data).hexdigest()
    record = {"filename": "买家照片.png", "sha256": sha, "size": len(data), "mime": "image/png"}
    # the record arrives (as a sync brings it) without the bytes
    changes = attach_files(ctx.sessions, actor=ctx.actor, ticket_id=tid, files=[record])
    ctx.publish(changes)
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=5000)
    settle(qtbot)
    item = box.list.item(0)
    waiting = QCoreApplication.translate("AttachmentsBox", "not downloaded yet")
    assert item.data(WAITING) is True
    assert waiting in item.text() and "买家照片.png" in item.text()
    assert not item.icon().isNull()  # the placeholder tile
    box._open(item)  # nothing to open yet: said so, no preview, no error
    assert "买家照片.png" in box.message.text()
    assert getattr(box, "preview", None) is None

    decoded_on = []
    real = attachments_box.thumbnail

    def recording(path):  # noqa: ANN001, ANN202
        decoded_on.append(threading.current_thread() is threading.main_thread())
        return real(path)

    monkeypatch.setattr(attachments_box, "thumbnail", recording)
    # the bytes arrive; the sync tells the panes which tickets it touched
    store_bytes(ctx.store.files_dir, data, "买家照片.png")
    assert stored_path(ctx.store.files_dir, sha).is_file()
    ctx.publish(Changes(tickets={tid}))
    qtbot.waitUntil(lambda: not box.list.item(0).data(WAITING), timeout=5000)
    settle(qtbot)
    item = box.list.item(0)
    assert item.text() == "买家照片.png"
    assert decoded_on == [False]  # decoded on a worker, not on the GUI thread
    size = item.icon().availableSizes()[0]
    assert (size.width(), size.height()) == (THUMB, THUMB * 1200 // 1600)


def test_the_placeholder_words_follow_the_language(qtbot, window):
    from ui import i18n

    ctx, box = window.ctx, window.ticket.attachments
    data = b"%PDF-1.4 a receipt not here yet"
    record = {"filename": "收据.pdf", "sha256": hashlib.sha256(data).hexdigest(),
              "size": len(data), "mime": "application/pdf"}  # fmt: skip
    tid = window.ticket.detail.id
    ctx.publish(attach_files(ctx.sessions, actor=ctx.actor, ticket_id=tid, files=[record]))
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=5000)
    settle(qtbot)
    app = QCoreApplication.instance()
    i18n.install(app, "en")
    qtbot.waitUntil(lambda: "not downloaded yet" in box.list.item(0).text(), timeout=5000)
    assert box.list.item(0).data(Qt.ItemDataRole.UserRole)
