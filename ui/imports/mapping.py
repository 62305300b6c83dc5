"""The column-mapping editor: which column of an "other" file holds which field, saved by name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.connectors import mappings
from app.connectors.detect import read_header
from app.connectors.vocab import header_key, vocabulary
from ui.errors import message_for
from ui.imports.fields import field_label
from ui.ops import run_op
from ui.ticket.banner import Banner


class MappingEditor(QDialog):
    sig_saved = Signal(str)
    """A mapping was saved under this name."""

    def __init__(self, path: Path, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingEditor")
        self.path = Path(path)
        self.combos: dict[str, QComboBox] = {}
        self.name = QLineEdit(name, self)
        self.name.setObjectName("mappingName")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.banner = Banner("mappingBanner", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("mappingButtons")
        top = QFormLayout()
        self.name_label = QLabel(self)
        top.addRow(self.name_label, self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(520, 560)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.saved_columns = mappings.load(name) if name in mappings.names() else {}
        run_op(self, lambda: read_header(self.path)).on_success(self._show_header).on_failure(
            lambda exc: self.banner.error(message_for(exc))
        ).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Column mapping"))
        self.name_label.setText(self.tr("Mapping name"))
        self.intro.setText(
            self.tr(
                "Pick the field each column of %1 holds. Order number, order state and order time are required."
            ).replace("%1", self.path.name)
        )

    def _show_header(self, header: list[str]) -> None:
        fields = list(vocabulary().fields)
        # Columns the platforms' words already name are suggested; the user decides.
        guesses = {} if self.saved_columns else vocabulary().header_index()
        for column in header:
            if not column:
                continue
            combo = QComboBox(self.form_host)
            combo.setObjectName(f"mapping_{column}")
            combo.addItem(self.tr("(not imported)"), "")
            for field in fields:
                combo.addItem(field_label(field), field)
            chosen = self.saved_columns.get(column) or guesses.get(header_key(column), "")
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            self.form.addRow(column, combo)
            self.combos[column] = combo

    def columns(self) -> dict[str, str]:
        return {c: box.currentData() for c, box in self.combos.items() if box.currentData()}

    def choose(self, column: str, field: str) -> None:
        box = self.combos[column]
        box.setCurrentIndex(box.findData(field))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        name = self.name.text().strip()
        try:
            mappings.save(name, self.columns())
        except Exception as exc:  # noqa: BLE001 - shown inline, the dialog stays open
            self.banner.error(message_for(exc))
            return
        self.sig_saved.emit(name)
        self.accept()
