"""The supervisor's suppliers dialog (Knowledge ▸ Suppliers…): add a supplier with the SKUs it
supplies, a bad phone refused with the typed text kept, agents only look, remove."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from app.models import Role
from app.queries.product_knowledge import ticket_products
from app.queries.suppliers import supplier_directory
from app.services.suppliers import save_supplier, set_supplied_skus
from tests.app.builders import add_agent
from tests.ui.conftest import settle
from tests.ui.knowledge.test_knowledge_ui import _boss_window
from tests.ui.presale.support import trigger
from ui.actions import ActionId
from ui.knowledge.suppliers import SuppliersDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("SuppliersDialog", text)


def _open(qtbot, store, seeded, ctx):  # noqa: ANN001, ANN202
    boss = add_agent(store, name="boss", role=Role.SUPERVISOR)
    shop = ticket_products(store.sessions, seeded.tickets[0]).shop_id
    window = _boss_window(qtbot, store, ctx, boss)
    assert window.ctx.actions[ActionId.SUPPLIERS].isEnabled()
    assert window.ctx.actions[ActionId.SUPPLIERS] in window.knowledge.menu.actions()
    trigger(qtbot, window, ActionId.SUPPLIERS)
    dialog = window.knowledge.dialogs["suppliers"]
    assert dialog.objectName() == "suppliersDialog"
    qtbot.waitUntil(lambda: dialog.form.shop.count() == 2, timeout=5000)
    return boss, shop, dialog


def _type(dialog, shop, *, phone: str = "0579-85551234", skus: str = "SKU-0\nSKU-2") -> None:  # noqa: ANN001
    form = dialog.form
    form.select_shop(shop)
    form.lines["name"].setText("义乌袜业")
    form.lines["contact_name"].setText("刘经理")
    form.lines["phone"].setText(phone)
    form.lines["im"].setText("wx: yiwu_socks")
    form.hours.setValue(24)
    form.note.setPlainText("周日不发货")
    form.skus.setPlainText(skus)


def test_a_supervisor_adds_a_supplier_with_its_skus(qtbot, store, seeded, ctx, tmp_path):
    _boss, shop, dialog = _open(qtbot, store, seeded, ctx)
    assert dialog.list.topLevelItemCount() == 0
    assert dialog.form.hours.value() == 48 and not dialog.remove_button.isEnabled()
    _type(dialog, shop, skus="SKU-0, SKU-2\n")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=5000)
    [info] = supplier_directory(store.sessions)
    assert (info.shop_id, info.name, info.contact_name, info.phone, info.im) == (
        shop, "义乌袜业", "刘经理", "0579-85551234", "wx: yiwu_socks",
    )  # fmt: skip
    assert (info.answer_hours, info.note, info.skus) == (24, "周日不发货", ("SKU-0", "SKU-2"))
    row = dialog.list.topLevelItem(0)
    shown = [row.text(c) for c in range(5)]
    assert shown == ["山野茶舍", "义乌袜业", "刘经理 0579-85551234", "2", "0"]
    assert dialog.banner.text() == tr("Saved.")
    assert dialog.editing == info.id and not dialog.form.shop.isEnabled()
    assert dialog.form.skus.toPlainText() == "SKU-0\nSKU-2"
    dialog.grab().save(str(tmp_path / "suppliers.png"))
    # editing it drops a SKU; Ctrl+N starts an empty form again
    dialog.form.skus.setPlainText("SKU-2")
    dialog.save_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: supplier_directory(store.sessions)[0].skus == ("SKU-2",))
    assert len(supplier_directory(store.sessions)) == 1
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.editing is None and dialog.form.lines["name"].text() == ""
    assert dialog.form.shop.isEnabled()


def test_a_bad_phone_is_shown_and_nothing_is_stored(qtbot, store, seeded, ctx):
    _boss, shop, dialog = _open(qtbot, store, seeded, ctx)
    _type(dialog, shop, phone="call me")
    dialog.save_button.click()
    settle(qtbot)
    assert dialog.banner.isVisible() and dialog.banner.property("kind") == "error"
    assert dialog.banner.text() == "电话号码 call me 无效"  # the service's words, in Chinese
    assert supplier_directory(store.sessions) == []
    assert dialog.form.lines["phone"].text() == "call me"
    assert dialog.form.lines["name"].text() == "义乌袜业"
    assert dialog.form.skus.toPlainText() == "SKU-0\nSKU-2"
    assert dialog.editing is None


def test_skus_refused_after_the_supplier_is_saved_says_so(qtbot, store, seeded, ctx):
    _boss, shop, dialog = _open(qtbot, store, seeded, ctx)
    too_long = "X" * 65
    _type(dialog, shop, skus=f"SKU-0\n{too_long}")
    dialog.save_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=5000)
    [info] = supplier_directory(store.sessions)
    assert info.name == "义乌袜业" and info.skus == ()
    prefix = tr("The supplier is saved, but its SKUs are not: %1").split("%1")[0]
    assert dialog.banner.property("kind") == "error"
    assert dialog.banner.text().startswith(prefix) and "64" in dialog.banner.text()
    assert dialog.form.skus.toPlainText() == f"SKU-0\n{too_long}"  # kept, to correct
    assert dialog.editing == info.id
    dialog.form.skus.setPlainText("SKU-0")
    dialog.save_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: supplier_directory(store.sessions)[0].skus == ("SKU-0",))
    assert len(supplier_directory(store.sessions)) == 1


def test_an_agent_only_looks(qtbot, store, seeded, ctx, window):
    assert not window.ctx.actions[ActionId.SUPPLIERS].isEnabled()
    boss = add_agent(store, name="boss", role=Role.SUPERVISOR)
    shop = ticket_products(store.sessions, seeded.tickets[0]).shop_id
    values = {"name": "义乌袜业", "phone": "0579-85551234"}
    sid = save_supplier(store.sessions, actor=boss, shop_id=shop, values=values).created
    set_supplied_skus(store.sessions, actor=boss, supplier_id=sid, skus=["SKU-0"])
    dialog = SuppliersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=5000)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.form.lines["name"].text() == "义乌袜业"
    assert dialog.form.skus.toPlainText() == "SKU-0"
    assert dialog.caption.isVisible()
    assert dialog.form.lines["name"].isReadOnly() and dialog.form.skus.isReadOnly()
    assert dialog.form.hours.isReadOnly() and not dialog.form.shop.isEnabled()
    for button in (dialog.save_button, dialog.new_button, dialog.remove_button):
        assert not button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert not dialog.banner.isVisible()


def test_remove_asks_first(qtbot, store, seeded, ctx):
    _boss, shop, dialog = _open(qtbot, store, seeded, ctx)
    _type(dialog, shop)
    dialog.save_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.remove_button.isEnabled(), timeout=5000)
    dialog.remove_button.click()
    assert dialog.confirm is not None and dialog.confirm.isVisible()
    dialog.confirm.button(QMessageBox.StandardButton.No).click()
    settle(qtbot)
    assert len(supplier_directory(store.sessions)) == 1
    dialog.remove_button.click()
    dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0, timeout=5000)
    assert supplier_directory(store.sessions) == []
    assert dialog.banner.text() == tr("Removed.") and dialog.editing is None
