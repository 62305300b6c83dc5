"""Logging in to the team server: address, user name, password; the network part runs in the
background, with the first download's progress shown."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from app.sync.client import SyncError, check_url
from app.sync.session import Connected, connect, relogin
from ui.errors import message_for
from ui.ops import run_op


class _Relay(QObject):
    sig_progress = Signal(str, int, int)


class ServerLoginDialog(QDialog):
    def __init__(
        self, url: str = "", username: str = "", parent: QWidget | None = None,
        *, connected: Connected | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("serverLogin")
        self.setWindowTitle(self.tr("Kefu Desk · team server"))
        self.connected = connected  # set: log in again to the same server and store
        self.result_: Connected | None = None
        self.server = QLineEdit(url, self)
        self.server.setObjectName("loginServer")
        self.server.setPlaceholderText("http://192.168.1.10:8765")
        self.username = QLineEdit(username, self)
        self.username.setObjectName("loginUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if connected is not None:
            self.server.setReadOnly(True)
            self.username.setReadOnly(True)
        self.message = QLabel(self)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.message)
        form.addRow(self.progress)
        form.addRow(self.buttons)
        (self.password if username else self.username).setFocus()
        self.relay = _Relay(self)
        self.relay.sig_progress.connect(self._on_progress)

    def _go(self) -> None:
        try:
            url = check_url(self.server.text())
        except SyncError as exc:
            self._show_error(exc)
            return
        user, password = self.username.text().strip(), self.password.text()
        if not user or not password:
            self.message.setText(self.tr("Enter your user name and password."))
            return
        self._busy(True)
        self.message.setText(self.tr("Connecting…"))
        if self.connected is not None:
            held = self.connected
            run_op(self, lambda: (relogin(held, password), held)[1]).on_success(
                self._done
            ).on_failure(self._failed).start()
            return
        emit = self.relay.sig_progress.emit
        run_op(self, lambda: connect(url, user, password, emit)).on_success(self._done).on_failure(
            self._failed
        ).start()

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if phase == "download":
            self.message.setText(self.tr("Downloading the team's data…"))

    def _done(self, connected: Connected) -> None:
        self.result_ = connected
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "unauthorized" and "wrong" in str(exc):
            self.message.setText(self.tr("Wrong user name or password."))
        else:
            self.message.setText(message_for(exc))

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        for field in (self.server, self.username, self.password):
            field.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
