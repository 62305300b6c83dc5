"""The shop's return addresses (退货地址): pick a shop, see its addresses (the default marked,
incomplete ones marked with what they lack), edit one, add one, make one the default or
remove one. The return script tells buyers these addresses; only a supervisor changes them,
agents may look them up."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.queries.return_addresses import AddressRow, ShopAddresses, return_addresses
from app.services import Changes
from app.services.return_addresses import remove_return_address, save_return_address
from ui.context import AppContext
from ui.errors import message_for
from ui.knowledge.edit_panel import EditPanel, ask_to_remove
from ui.knowledge.return_address_form import ReturnAddressForm
from ui.labels import label
from ui.ops import run_op

ID_ROLE = Qt.ItemDataRole.UserRole


class ReturnAddressDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnAddresses")
        self.ctx = ctx
        self.can_edit = ctx.actor.is_supervisor
        self.resize(900, 520)
        self.shop = QComboBox(self)
        self.shop.setObjectName("returnAddressShop")
        self.list = QListWidget(self)
        self.list.setObjectName("returnAddressList")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.form = ReturnAddressForm(self)
        self.form.set_editable(self.can_edit)
        self.panel = EditPanel(
            "returnAddress", self.form, can_edit=self.can_edit, listing=self.list, parent=self
        )
        p = self.panel
        self.caption, self.banner = p.caption, p.banner
        self.new_button, self.save_button, self.remove_button = (
            p.new_button, p.save_button, p.remove_button
        )  # fmt: skip
        self.confirm: QMessageBox | None = None
        self._lay_out()
        self.shops: list[ShopAddresses] = []
        self.editing: uuid.UUID | None = None
        self.retranslate()
        self._connect_signals()
        self._update_state()
        self.reload()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.shop)
        left.addWidget(self.list, 1)
        row = QHBoxLayout(self)
        row.addLayout(left, 3)
        row.addWidget(self.panel, 4)

    def _connect_signals(self) -> None:
        self.shop.currentIndexChanged.connect(self._on_shop_changed)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.panel.sig_new.connect(self._on_new_clicked)
        self.panel.sig_save.connect(self._on_save_clicked)
        self.panel.sig_remove.connect(self._on_remove_clicked)

    @property
    def shop_id(self) -> uuid.UUID | None:
        return self.shop.currentData()

    def select_shop(self, shop_id: uuid.UUID) -> None:
        for i in range(self.shop.count()):
            if self.shop.itemData(i) == shop_id:
                self.shop.setCurrentIndex(i)

    def addresses(self) -> tuple[AddressRow, ...]:
        """The picked shop's addresses, as listed."""
        found = next((s for s in self.shops if s.id == self.shop_id), None)
        return found.addresses if found is not None else ()

    def reload(self, select: uuid.UUID | None = None) -> None:
        sessions = self.ctx.sessions
        run_op(self, lambda: return_addresses(sessions)).on_success(
            lambda shops: self._loaded(shops, select)
        ).on_failure(lambda e: self.banner.error(message_for(e))).start()

    def _loaded(self, shops: list[ShopAddresses], select: uuid.UUID | None) -> None:
        self.shops = shops
        keep = self.shop_id
        self.shop.blockSignals(True)
        self.shop.clear()
        for s in shops:
            self.shop.addItem("", s.id)
        if keep is not None:
            self.select_shop(keep)
        self.shop.blockSignals(False)
        self._shop_titles()
        self._fill_list(select)

    def _fill_list(self, select: uuid.UUID | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.addresses():
            item = QListWidgetItem(self.describe(row), self.list)
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.one_line)
        self.list.blockSignals(False)
        ids = [r.id for r in self.addresses()]
        if select in ids:
            self.list.setCurrentRow(ids.index(select))
        elif self.editing not in ids:
            self._on_new_clicked()
        self._update_state()

    def describe(self, row: AddressRow) -> str:
        """One line of the list: where, the address, the default marker, what it lacks."""
        where = row.warehouse or self.tr("Shop address (no warehouse)")
        marker = self.tr("[default]")
        lines = [f"{marker} {where}" if row.is_default else where, row.one_line]
        if row.missing:
            names = "、".join(self.form.part_name(p) for p in row.missing)
            lines.append("⚠ " + self.tr("incomplete: %1 missing").replace("%1", names))
        return "\n".join(lines)

    @Slot(int)
    def _on_shop_changed(self, _index: int) -> None:
        self.editing = None
        self.banner.clear_message()
        self._fill_list()

    @Slot(int)
    def _on_list_row_changed(self, index: int) -> None:
        rows = self.addresses()
        if not 0 <= index < len(rows):
            return
        self.editing = rows[index].id
        self.form.load(rows[index])
        self._update_state()

    @Slot()
    def _on_new_clicked(self) -> None:
        self.editing = None
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.form.clear(first=not self.addresses())
        self._update_state()
        if self.can_edit:
            self.form.lines["warehouse"].setFocus()

    @Slot()
    def _on_save_clicked(self) -> None:
        ctx, shop_id = self.ctx, self.shop_id
        if shop_id is None or not self.can_edit:
            return
        values, make_default = self.form.values(), self.form.make_default.isChecked()

        def saved(changes: Changes) -> None:
            ctx.publish(changes, self)
            self.editing = changes.created
            self.banner.info(self.tr("Saved."))
            self.reload(select=changes.created)

        run_op(
            self,
            lambda: save_return_address(
                ctx.sessions,
                actor=ctx.actor,
                shop_id=shop_id,
                values=values,
                is_default=make_default,
            ),
        ).on_success(saved).on_failure(self._on_failed).start()

    def _on_failed(self, exc: BaseException) -> None:
        self.banner.error(message_for(exc))
        field = exc.params.get("field") if isinstance(exc, InvalidInput) else None
        if field in self.form.lines:
            self.form.lines[field].setFocus()

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = next((r for r in self.addresses() if r.id == self.editing), None)
        if row is None or not self.can_edit:
            return
        where = row.warehouse or self.tr("Shop address (no warehouse)")
        text = self.tr("Remove the return address %1? Buyers are no longer sent there.")
        self.confirm = ask_to_remove(
            self, "returnAddressConfirmRemove", self.tr("Remove return address"),
            text.replace("%1", f"{where}: {row.one_line}"), lambda aid=row.id: self._remove(aid),
        )  # fmt: skip
        self.confirm.finished.connect(lambda _r: setattr(self, "confirm", None))

    def _remove(self, address_id: uuid.UUID) -> None:
        ctx = self.ctx

        def removed(changes: Changes) -> None:
            ctx.publish(changes, self)
            self.editing = None
            self.banner.info(self.tr("Removed."))
            self.reload()

        run_op(
            self,
            lambda: remove_return_address(ctx.sessions, actor=ctx.actor, address_id=address_id),
        ).on_success(removed).on_failure(self._on_failed).start()

    def _update_state(self) -> None:
        self.panel.update_state(editing=self.editing is not None, can_save=self.shop_id is not None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Return addresses"))
        self.caption.setText(
            self.tr("Only a supervisor changes the return addresses; you can look them up here.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._retitle()
        super().changeEvent(event)

    def _retitle(self) -> None:
        """The shop names and list lines in the new language; the form keeps what is typed."""
        self._shop_titles()
        for i, row in enumerate(self.addresses()[: self.list.count()]):
            self.list.item(i).setText(self.describe(row))

    def _shop_titles(self) -> None:
        for i, s in enumerate(self.shops[: self.shop.count()]):
            text = f"{s.name} · {label(s.platform)}"
            self.shop.setItemText(i, text + (self.tr(" (closed)") if s.closed else ""))
