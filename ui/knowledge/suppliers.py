"""The supervisor's directory of suppliers (供应商): who supplies which SKUs, how to reach them
and how long they have to answer an after-sale request. Agents may look, not change."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.queries.product_knowledge import shops
from app.queries.suppliers import SupplierInfo, supplier_directory
from app.services import Changes
from app.services.suppliers import remove_supplier, save_supplier, set_supplied_skus
from ui.context import AppContext
from ui.errors import message_for
from ui.knowledge.edit_panel import EditPanel, ask_to_remove
from ui.knowledge.supplier_form import SupplierForm
from ui.ops import run_op

ID_ROLE = Qt.ItemDataRole.UserRole


class SuppliersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suppliersDialog")
        self.ctx = ctx
        self.can_edit = ctx.actor.is_supervisor
        self.resize(1120, 600)
        self.list = QTreeWidget(self)
        self.list.setObjectName("suppliersList")
        self.list.setColumnCount(5)
        self.list.setRootIsDecorated(False)
        self.form = SupplierForm(self)
        self.panel = EditPanel(
            "suppliers", self.form, can_edit=self.can_edit, listing=self.list, parent=self
        )
        p = self.panel
        self.caption, self.banner = p.caption, p.banner
        self.new_button, self.save_button, self.remove_button = (
            p.new_button, p.save_button, p.remove_button
        )  # fmt: skip
        self.confirm: QMessageBox | None = None
        row = QHBoxLayout(self)
        row.addWidget(self.list, 5)
        row.addWidget(self.panel, 5)
        self.rows: list[SupplierInfo] = []
        self.editing: uuid.UUID | None = None
        self.retranslate()
        self._connect_signals()
        self._on_new_clicked()
        self.reload()

    def _connect_signals(self) -> None:
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.panel.sig_new.connect(self._on_new_clicked)
        self.panel.sig_save.connect(self._on_save_clicked)
        self.panel.sig_remove.connect(self._on_remove_clicked)

    # ---- loading ---------------------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None, *, fill: bool = True) -> None:
        """Read the shops and the directory again; select ``select`` (and show it in the
        form unless ``fill`` is false: what was typed stays)."""
        sessions = self.ctx.sessions

        def fetch() -> tuple[list[tuple[uuid.UUID, str, bool]], list[SupplierInfo]]:
            return shops(sessions), supplier_directory(sessions)

        run_op(self, fetch).on_success(lambda r: self._loaded(r, select, fill)).on_failure(
            self._on_failed
        ).start()

    def _loaded(
        self,
        result: tuple[list[tuple[uuid.UUID, str, bool]], list[SupplierInfo]],
        select: uuid.UUID | None,
        fill: bool,
    ) -> None:
        shop_rows, self.rows = result
        self.form.set_shops(shop_rows)
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for info in self.rows:
            item = QTreeWidgetItem(self.list)
            contact = " ".join(p for p in (info.contact_name, info.phone or info.im) if p)
            texts = (info.shop_name, info.name, contact, str(len(info.skus)))
            for col, text in enumerate((*texts, str(info.open_requests))):
                item.setText(col, text)
            item.setData(0, ID_ROLE, info.id)
            if info.id == select:
                chosen = item
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        for col in range(4):
            self.list.resizeColumnToContents(col)
        if chosen is not None and fill:
            self._show(self.info(select))

    def info(self, supplier_id: uuid.UUID | None) -> SupplierInfo | None:
        return next((r for r in self.rows if r.id == supplier_id), None)

    def _show(self, info: SupplierInfo | None) -> None:
        if info is None:
            return
        self.editing = info.id
        self.form.fill(info)
        self._update_state()

    def _update_state(self) -> None:
        self.form.set_editable(self.can_edit, new=self.editing is None)
        self.panel.update_state(editing=self.editing is not None)

    def _on_failed(self, exc: BaseException) -> None:
        self.banner.error(message_for(exc))

    # ---- acting ----------------------------------------------------------------------
    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        if item is not None:
            self.banner.clear_message()
            self._show(self.info(item.data(0, ID_ROLE)))

    @Slot()
    def _on_new_clicked(self) -> None:
        self.editing = None
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.form.clear()
        self._update_state()
        self.form.lines["name"].setFocus()

    @Slot()
    def _on_save_clicked(self) -> None:
        if not self.can_edit:
            return
        ctx, editing = self.ctx, self.editing
        info = self.info(editing)
        shop_id = info.shop_id if info is not None else self.form.shop_id
        if shop_id is None:
            self.banner.error(self.tr("Choose the shop first."))
            return
        values, skus = self.form.values(), self.form.sku_list()

        def work() -> tuple[list[Changes], BaseException | None]:
            saved = save_supplier(
                ctx.sessions, actor=ctx.actor, shop_id=shop_id, values=values, id=editing
            )
            try:
                listed = set_supplied_skus(
                    ctx.sessions, actor=ctx.actor, supplier_id=saved.created, skus=skus
                )
            except Exception as exc:  # noqa: BLE001 - the supplier is saved: said so below
                return [saved], exc
            return [saved, listed], None

        run_op(self, work).on_success(self._on_saved).on_failure(self._on_failed).start()

    def _on_saved(self, result: tuple[list[Changes], BaseException | None]) -> None:
        changes, sku_error = result
        self.editing = changes[0].created
        for change in changes:
            self.ctx.publish(change, self)
        if sku_error is None:
            self.banner.info(self.tr("Saved."))
            self.reload(select=self.editing)
        else:
            text = self.tr("The supplier is saved, but its SKUs are not: %1")
            self.banner.error(text.replace("%1", message_for(sku_error)))
            self.reload(select=self.editing, fill=False)
        self._update_state()

    @Slot()
    def _on_remove_clicked(self) -> None:
        info = self.info(self.editing)
        if info is None or not self.can_edit:
            return
        text = self.tr("Remove %1? Its SKUs become the shop's own stock again.")
        self.confirm = ask_to_remove(
            self, "suppliersConfirmRemove", self.tr("Remove supplier"),
            text.replace("%1", info.name), lambda sid=info.id: self._remove(sid),
        )  # fmt: skip
        self.confirm.finished.connect(lambda _r: setattr(self, "confirm", None))

    def _remove(self, supplier_id: uuid.UUID) -> None:
        ctx = self.ctx

        def removed(changes: Changes) -> None:
            ctx.publish(changes, self)
            self._on_new_clicked()
            self.banner.info(self.tr("Removed."))
            self.reload()

        run_op(
            self,
            lambda: remove_supplier(ctx.sessions, actor=ctx.actor, supplier_id=supplier_id),
        ).on_success(removed).on_failure(self._on_failed).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Suppliers"))
        self.list.setHeaderLabels(
            [
                self.tr("Shop"),
                self.tr("Supplier"),
                self.tr("Contact"),
                self.tr("SKUs"),
                self.tr("Open requests"),
            ]
        )
        self.caption.setText(
            self.tr("Only a supervisor changes the suppliers; you can look them up here.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
