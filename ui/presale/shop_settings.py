"""The shop's pre-sale settings for supervisors: what each flag colour means, and the carrier
table (name, speed, cost, what the buyer adds, coverage, note). Agents see them read-only."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import FlagColor
from app.queries import lookups
from app.queries.carriers import CarrierRow, carriers, flag_meanings
from app.services.carriers import delete_carrier, save_carrier
from app.services.flag_meanings import set_flag_meanings
from ui.context import AppContext
from ui.labels import label
from ui.ops import run_op
from ui.presale.common import parse_yuan, plain_yuan, presale_message, table
from ui.ticket.banner import Banner

COLOURS = [f for f in FlagColor if f != FlagColor.NONE]
FIELDS = ("name", "speed", "cost", "extra", "coverage", "note")


class ShopSettings(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presaleSettings")
        self.ctx = ctx
        self.resize(900, 560)
        self.shop = QComboBox(self)
        self.shop.setObjectName("settingsShop")
        self.flags_box = QGroupBox(self)
        form = QFormLayout(self.flags_box)
        self.meaning: dict[FlagColor, QLineEdit] = {}
        for flag in COLOURS:
            edit = QLineEdit(self.flags_box)
            edit.setObjectName(f"meaning_{flag.value}")
            self.meaning[flag] = edit
            form.addRow(label(flag), edit)
        self.carriers_box = QGroupBox(self)
        self.grid = table(self.carriers_box, "settingsCarriers", len(FIELDS))
        self.grid.setEditTriggers(self.grid.EditTrigger.AllEditTriggers)
        self.add_row = QPushButton(self.carriers_box)
        self.remove_row = QPushButton(self.carriers_box)
        col = QVBoxLayout(self.carriers_box)
        col.addWidget(self.grid)
        row = QHBoxLayout()
        row.addWidget(self.add_row)
        row.addWidget(self.remove_row)
        row.addStretch(1)
        col.addLayout(row)
        self.save = QPushButton(self)
        self.save.setObjectName("settingsSave")
        self.banner = Banner("settingsBanner", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.shop)
        top = QHBoxLayout()
        top.addWidget(self.flags_box, 1)
        top.addWidget(self.carriers_box, 3)
        layout.addLayout(top, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.save)
        self.rows: list[CarrierRow] = []
        self.retranslate()
        editable = ctx.actor.is_supervisor
        for w in (self.save, self.add_row, self.remove_row, self.flags_box):
            w.setEnabled(editable)
        if not editable:
            self.grid.setEditTriggers(self.grid.EditTrigger.NoEditTriggers)
        self.shop.currentIndexChanged.connect(self._on_shop_changed)
        self.add_row.clicked.connect(self._on_add_row_clicked)
        self.remove_row.clicked.connect(self._on_remove_row_clicked)
        self.save.clicked.connect(self._on_save_clicked)
        run_op(self, lambda: lookups.shops(ctx.sessions)).on_success(self._on_shops).start()

    def _on_shops(self, shops: list[lookups.ShopInfo]) -> None:
        for s in shops:
            self.shop.addItem(f"{s.name} · {label(s.platform)}", s.id)

    def select_shop(self, shop_id: uuid.UUID) -> None:
        for i in range(self.shop.count()):
            if self.shop.itemData(i) == shop_id:
                self.shop.setCurrentIndex(i)

    @property
    def shop_id(self) -> uuid.UUID | None:
        return self.shop.currentData()

    @Slot(int)
    def _on_shop_changed(self, _index: int) -> None:
        sessions, shop = self.ctx.sessions, self.shop_id
        if shop is None:
            return
        run_op(self, lambda: (flag_meanings(sessions, shop), carriers(sessions, shop))).on_success(
            self._on_loaded
        ).start()

    def _on_loaded(self, result: tuple) -> None:
        meanings, self.rows = result
        for flag, edit in self.meaning.items():
            edit.setText(meanings.get(flag, ""))
        self.grid.setRowCount(0)
        for c in self.rows:
            self._append((c.name, c.speed, c.cost, plain_yuan(c.extra_fen), c.coverage, c.note))
        self.grid.resizeColumnsToContents()

    def _append(self, values: tuple[str, ...]) -> None:
        r = self.grid.rowCount()
        self.grid.insertRow(r)
        for c, text in enumerate(values):
            self.grid.setItem(r, c, QTableWidgetItem(text))

    def cell(self, row: int, field: str) -> str:
        item = self.grid.item(row, FIELDS.index(field))
        return item.text().strip() if item else ""

    def set_cell(self, row: int, field: str, text: str) -> None:
        self.grid.item(row, FIELDS.index(field)).setText(text)

    @Slot()
    def _on_add_row_clicked(self) -> None:
        self._append(("", "", "", "0.00", "", ""))
        self.grid.setCurrentCell(self.grid.rowCount() - 1, 0)

    @Slot()
    def _on_remove_row_clicked(self) -> None:
        row = self.grid.currentRow()
        if row >= 0:
            self.grid.removeRow(row)

    @Slot()
    def _on_save_clicked(self) -> None:
        shop, ctx = self.shop_id, self.ctx
        if shop is None:
            return
        wanted = []
        for r in range(self.grid.rowCount()):
            extra = parse_yuan(self.cell(r, "extra") or "0")
            if not self.cell(r, "name") or extra is None:
                self.banner.error(
                    self.tr("Row %1: a carrier needs a name and an amount in yuan.").replace(
                        "%1", str(r + 1)
                    )
                )
                return
            wanted.append((r, extra))
        names = [self.cell(r, "name") for r, _ in wanted]
        if len(set(names)) != len(names):
            self.banner.error(self.tr("Two carriers have the same name."))
            return
        meanings = {f.value: e.text() for f, e in self.meaning.items()}
        known = {c.name: c.id for c in self.rows}
        kept = {self.cell(r, "name") for r, _ in wanted}
        removed = [cid for name, cid in known.items() if name not in kept]
        rows = [
            {
                "name": self.cell(r, "name"),
                "speed": self.cell(r, "speed"),
                "cost": self.cell(r, "cost"),
                "coverage": self.cell(r, "coverage"),
                "note": self.cell(r, "note"),
                "extra_fen": extra,
                "position": r,
            }
            for r, extra in wanted
        ]

        def write() -> None:
            s, actor = ctx.sessions, ctx.actor
            set_flag_meanings(s, actor=actor, shop_id=shop, meanings=meanings)
            for cid in removed:
                delete_carrier(s, actor=actor, carrier_id=cid)
            for values in rows:
                cid = known.get(values["name"])
                extra = {"id": cid} if cid else {}
                save_carrier(s, actor=actor, shop_id=shop, **values, **extra)

        def ok(_result: object) -> None:
            self.banner.info(self.tr("Saved."))
            self._on_shop_changed(self.shop.currentIndex())

        run_op(self, write).on_success(ok).on_failure(
            lambda e: self.banner.error(presale_message(e))
        ).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Carriers and flag meanings"))
        self.flags_box.setTitle(self.tr("What the flags mean"))
        self.carriers_box.setTitle(self.tr("Carriers"))
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Carrier"),
                self.tr("Speed"),
                self.tr("Cost"),
                self.tr("Buyer adds (yuan)"),
                self.tr("Coverage"),
                self.tr("Note"),
            ]
        )
        self.add_row.setText(self.tr("Add carrier"))
        self.remove_row.setText(self.tr("Remove carrier"))
        self.save.setText(self.tr("Save"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
