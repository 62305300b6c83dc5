"""The ticket's evidence files: drop files on the box or paste a screenshot to attach them;
images show as thumbnails (decoded on a worker) and open in a preview; the bytes are kept once
per content. A file recorded on another workstation whose bytes have not arrived yet shows as
a placeholder until a sync brings them."""

from __future__ import annotations

import uuid
from pathlib import Path

import pendulum
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.queries.attachments import AttachmentInfo, stored_path, ticket_attachments
from app.services import Changes
from app.services.attachments import attach_files, store_bytes, store_file
from ui.context import AppContext
from ui.errors import message_for
from ui.ops import run_op
from ui.ticket.preview import Preview
from ui.ticket.thumbnails import THUMB, ThumbCache, thumbnail, waiting_icon

WAITING = Qt.ItemDataRole.UserRole + 1  # True: the file's bytes are not here yet


class AttachmentsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsBox")
        self.ctx = ctx
        self.ticket_id: uuid.UUID | None = None
        self.items: list[AttachmentInfo] = []
        self.here: set[str] = set()  # hashes whose bytes are in the files folder
        self._thumbs = ThumbCache()
        self._decoding: set[str] = set()  # hashes whose thumbnail a worker is making
        self._waiting_icon = waiting_icon()
        self.setAcceptDrops(True)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWrapping(True)
        self.list.setMaximumHeight(THUMB + 48)
        self.list.itemActivated.connect(self._open)
        self.hint = QLabel(self)
        self.hint.setObjectName("attachmentHint")
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("attachmentMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._choose)
        self.paste_button = QPushButton(self)
        self.paste_button.setObjectName("pasteScreenshot")
        self.paste_button.clicked.connect(self.paste)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        ctx.bus.sig_changed.connect(self._on_changed)
        self.retranslate()

    # -- showing ----------------------------------------------------------------------------

    def show_ticket(self, ticket_id: uuid.UUID | None) -> None:
        if ticket_id != self.ticket_id:
            self.message.clear()
        self.ticket_id = ticket_id
        if ticket_id is None:
            self._show([])
            return
        sessions, files = self.ctx.sessions, self.ctx.store.files_dir

        def load() -> tuple[list[AttachmentInfo], set[str]]:
            found = ticket_attachments(sessions, ticket_id)
            here = {a.sha256 for a in found if stored_path(files, a.sha256).is_file()}
            return found, here

        run_op(self, load).on_success(
            lambda got, tid=ticket_id: self._show(*got) if tid == self.ticket_id else None
        ).start()

    def _show(self, found: list[AttachmentInfo], here: set[str]) -> None:
        self.items, self.here = found, here
        self.list.clear()
        files = self.ctx.store.files_dir
        for info in found:
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(info.id))
            if info.sha256 not in here:
                item.setData(WAITING, True)
                item.setIcon(self._waiting_icon)
            elif info.is_image:
                icon = self._thumbs.get(info.sha256)
                if icon is not None:
                    item.setIcon(icon)
                else:
                    self._decode(info.sha256, stored_path(files, info.sha256))
            self._label(item, info)
        self.setTitle(self.tr("Evidence files (%1)").replace("%1", str(len(found))))
        self.list.setVisible(bool(found))

    def _label(self, item: QListWidgetItem, info: AttachmentInfo) -> None:
        added = info.added_at.in_timezone(pendulum.local_timezone()).format("MM-DD HH:mm")
        tip = f"{info.filename}\n{info.size / 1024:.0f} KB · {added} · {info.added_by}"
        if item.data(WAITING):
            waiting = self.tr("not downloaded yet")
            item.setText(f"{info.filename}\n({waiting})")
            item.setToolTip(f"{tip}\n{waiting}")
        else:
            item.setText(info.filename)
            item.setToolTip(tip)

    def _decode(self, sha256: str, path: Path) -> None:
        """Decode and scale the photo on a worker; the icon is made here when it comes."""
        if sha256 in self._decoding:
            return
        self._decoding.add(sha256)
        run_op(self, lambda: thumbnail(path)).on_success(
            lambda image: self._decoded(sha256, image)
        ).on_failure(lambda _exc: self._decoding.discard(sha256)).start()

    def _decoded(self, sha256: str, image: QImage) -> None:
        self._decoding.discard(sha256)
        if image.isNull():
            return
        icon = self._thumbs.put(sha256, image)
        wanted = {str(i.id) for i in self.items if i.sha256 == sha256}
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in wanted and not item.data(WAITING):
                item.setIcon(icon)

    def _on_changed(self, changes: Changes) -> None:
        if self.ticket_id is not None and self.ticket_id in changes.tickets:
            self.show_ticket(self.ticket_id)

    # -- adding -----------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        data = event.mimeData()
        if self.ticket_id is not None and (data.hasUrls() or data.hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        data = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
        if paths:
            self.attach_paths(paths)
        elif data.hasImage():
            self.attach_image(QImage(data.imageData()))
        event.acceptProposedAction()

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if names:
            self.attach_paths([Path(n) for n in names])

    def paste(self) -> None:
        """Attach the image on the clipboard (a screenshot), or the files copied there."""
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and data.hasUrls():
            paths = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
            if paths:
                self.attach_paths(paths)
                return
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self.message.setText(self.tr("The clipboard holds no picture to attach."))
            return
        self.attach_image(image)

    def attach_paths(self, paths: list[Path]) -> None:
        files_dir = self.ctx.store.files_dir
        self._attach(lambda: [store_file(files_dir, p) for p in paths])

    def attach_image(self, image: QImage) -> None:
        png = QByteArray()
        buffer = QBuffer(png)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        data = bytes(png.data())
        name = "截图-" + pendulum.now().format("YYYYMMDD-HHmmss") + ".png"
        files_dir = self.ctx.store.files_dir
        self._attach(lambda: [store_bytes(files_dir, data, name)])

    def _attach(self, store) -> None:  # noqa: ANN001
        ticket_id = self.ticket_id
        if ticket_id is None:
            return
        ctx = self.ctx
        self.message.setText(self.tr("Attaching…"))

        def work() -> Changes:
            stored = store()  # the bytes first, outside any transaction
            files = [f.as_dict() for f in stored]
            return attach_files(ctx.sessions, actor=ctx.actor, ticket_id=ticket_id, files=files)

        run_op(self, work).on_success(self._attached).on_failure(self._failed).start()

    def _attached(self, changes: Changes) -> None:
        self.message.clear()
        self.ctx.publish(changes, initiator=self)

    def _failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "file_too_large":
            p = exc.params  # type: ignore[attr-defined]
            self.message.setText(
                self.tr(
                    "%1 is too large (%2 MB): files up to %3 MB can be attached. Nothing was added."
                )
                .replace("%1", str(p["file"]))
                .replace("%2", str(p["size_mb"]))
                .replace("%3", str(p["limit_mb"]))
            )
        else:
            self.message.setText(message_for(exc))

    # -- opening ----------------------------------------------------------------------------

    def _open(self, item: QListWidgetItem) -> None:
        raw = item.data(Qt.ItemDataRole.UserRole)
        info = next((i for i in self.items if str(i.id) == raw), None)
        if info is None:
            return
        path = stored_path(self.ctx.store.files_dir, info.sha256)
        if item.data(WAITING) and not path.is_file():
            self.message.setText(
                self.tr("%1 has not been downloaded yet; it comes with the next sync.").replace(
                    "%1", info.filename
                )
            )
            return
        if info.is_image:
            self.preview = Preview(path, info.filename, self)
            self.preview.show()
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Evidence files (%1)").replace("%1", str(len(self.items))))
        by_id = {str(i.id): i for i in self.items}
        for row in range(self.list.count()):
            item = self.list.item(row)
            info = by_id.get(item.data(Qt.ItemDataRole.UserRole))
            if info is not None:
                self._label(item, info)
        self.hint.setText(self.tr("Drop files here or paste a screenshot (Ctrl+Shift+V)."))
        self.add_button.setText(self.tr("Add files…"))
        self.paste_button.setText(self.tr("Paste screenshot"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
