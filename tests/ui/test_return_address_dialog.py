"""The return addresses dialog (Knowledge ▸ Return addresses…): a supervisor adds a warehouse's
address and sees it listed, an incomplete one is refused naming what is missing with the typed
text kept, an address is removed after asking, and an agent only looks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from app.models import ReturnAddress, Role
from app.queries import lookups
from app.queries.product_knowledge import ticket_products
from app.queries.return_addresses import return_addresses
from app.services.return_addresses import save_return_address
from tests.app.builders import add_agent
from tests.app.knowledge.test_return_addresses import GUANGZHOU, HANGZHOU
from tests.app.service_support import rows
from tests.ui.conftest import settle
from tests.ui.knowledge.test_knowledge_ui import _boss_window
from tests.ui.presale.support import trigger
from ui.actions import ActionId
from ui.context import AppContext
from ui.knowledge.return_addresses import ReturnAddressDialog


def tr(text: str, context: str = "ReturnAddressDialog") -> str:
    return QCoreApplication.translate(context, text)


def _live(store) -> list[ReturnAddress]:  # noqa: ANN001
    return [r for r in rows(store, ReturnAddress) if r.deleted_at is None]


def _boss_dialog(qtbot, store, seeded, ctx):  # noqa: ANN001, ANN202
    boss = add_agent(store, name="boss", role=Role.SUPERVISOR)
    shop = ticket_products(store.sessions, seeded.tickets[0]).shop_id
    agent = next(a for a in lookups.agents(store.sessions) if a.id == boss.agent_id)
    boss_ctx = AppContext(store=store, agent=agent, bus=ctx.bus, drafts=ctx.drafts)
    dialog = ReturnAddressDialog(boss_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.shop.count() == 2, timeout=5000)
    dialog.select_shop(shop)
    return boss, shop, dialog


def _type(dialog, values: dict[str, str]) -> None:  # noqa: ANN001
    for name, edit in dialog.form.lines.items():
        edit.setText(values.get(name, ""))


def test_the_menu_opens_it_for_a_supervisor(qtbot, store, seeded, ctx):
    boss = add_agent(store, name="boss", role=Role.SUPERVISOR)
    window = _boss_window(qtbot, store, ctx, boss)
    action = window.ctx.actions[ActionId.RETURN_ADDRESSES]
    assert action.isEnabled() and action in window.knowledge.menu.actions()
    assert action.text() == tr("Return addresses…", "Actions")
    trigger(qtbot, window, ActionId.RETURN_ADDRESSES)
    dialog = window.knowledge.dialogs["return_addresses"]
    assert isinstance(dialog, ReturnAddressDialog) and dialog.isVisible()
    assert dialog.form.lines["warehouse"].isEnabled() and not dialog.caption.isVisible()


def test_a_supervisor_adds_a_warehouse_address_and_sees_it(qtbot, store, seeded, ctx, tmp_path):
    _boss, shop, dialog = _boss_dialog(qtbot, store, seeded, ctx)
    assert dialog.list.count() == 0 and not dialog.remove_button.isEnabled()
    assert dialog.form.make_default.isChecked()  # the shop's first address is its default
    _type(dialog, GUANGZHOU)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    [stored] = _live(store)
    assert (stored.shop_id, stored.warehouse, stored.city, stored.is_default) == (
        shop, "广州仓", "广州市", True,
    )  # fmt: skip
    line = dialog.list.item(0).text()
    assert line.startswith(tr("[default]")) and "广州仓" in line
    assert "广东省广州市白云区太和镇物流园3号 退货组 王五 0571-88886666" in line
    assert dialog.banner.text() == tr("Saved.") and dialog.editing == stored.id
    assert dialog.list.currentRow() == 0 and dialog.remove_button.isEnabled()
    assert not dialog.form.lines["warehouse"].isEnabled()  # it names the address
    # Ctrl+N: a second address, for the whole shop, made the default
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.editing is None and dialog.form.lines["phone"].text() == ""
    assert not dialog.form.make_default.isChecked() and dialog.form.make_default.isEnabled()
    _type(dialog, HANGZHOU)
    dialog.form.make_default.setChecked(True)
    dialog.save_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
    first = dialog.list.item(0).text()
    assert first.startswith(tr("[default]")) and tr("Shop address (no warehouse)") in first
    assert not dialog.list.item(1).text().startswith(tr("[default]"))
    assert {r.warehouse: r.is_default for r in _live(store)} == {"": True, "广州仓": False}
    dialog.grab().save(str(tmp_path / "return_addresses.png"))


def test_an_incomplete_address_says_what_is_missing_and_keeps_the_typing(qtbot, store, seeded, ctx):
    _boss, _shop, dialog = _boss_dialog(qtbot, store, seeded, ctx)
    _type(dialog, {**GUANGZHOU, "phone": "", "district": "  "})
    dialog.save_button.click()
    settle(qtbot)
    assert dialog.banner.isVisible() and dialog.banner.property("kind") == "error"
    assert dialog.banner.text() == "退货地址不完整:缺少或无效的电话、区县"  # the service's words
    assert _live(store) == [] and dialog.list.count() == 0
    assert dialog.form.values() == {**GUANGZHOU, "phone": "", "district": "  "}
    assert dialog.editing is None
    assert dialog.form.lines["phone"].hasFocus()  # the first part it lacks


def test_an_address_stored_incomplete_is_marked(qtbot, store, seeded, ctx):
    _boss, shop, dialog = _boss_dialog(qtbot, store, seeded, ctx)
    with store.sessions.begin() as s:  # synced in from before addresses were checked
        s.add(ReturnAddress(shop_id=shop, warehouse="老仓", contact_name="", phone="0571-1234567",
                            province="浙江省", city="杭州市", district="", street="某路1号",
                            is_default=True, version=1))  # fmt: skip
    dialog.reload()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    names = "、".join(
        QCoreApplication.translate("ReturnAddressForm", n) for n in ("Contact name", "District")
    )
    assert dialog.list.item(0).text().endswith(tr("incomplete: %1 missing").replace("%1", names))


def test_remove_asks_first_and_the_delete_key_asks_too(qtbot, store, seeded, ctx):
    boss, shop, dialog = _boss_dialog(qtbot, store, seeded, ctx)
    save_return_address(store.sessions, actor=boss, shop_id=shop, values=HANGZHOU)
    save_return_address(store.sessions, actor=boss, shop_id=shop, values=GUANGZHOU)
    dialog.reload()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
    dialog.list.setCurrentRow(0)  # the default, the shop's own
    assert dialog.form.lines["street"].text() == HANGZHOU["street"]
    dialog.remove_button.click()
    assert dialog.confirm is not None and dialog.confirm.isVisible()
    dialog.confirm.button(QMessageBox.StandardButton.No).click()
    settle(qtbot)
    assert len(_live(store)) == 2
    dialog.list.setFocus()
    qtbot.waitUntil(dialog.list.hasFocus, timeout=2000)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert dialog.confirm is not None and dialog.confirm.isVisible()
    dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert [(r.warehouse, r.is_default) for r in _live(store)] == [("广州仓", True)]
    assert dialog.list.item(0).text().startswith(tr("[default]"))
    assert dialog.banner.text() == tr("Removed.") and dialog.editing is None
    assert dialog.form.lines["street"].text() == "" and not dialog.remove_button.isEnabled()


def test_an_agent_sees_the_addresses_with_the_fields_disabled(qtbot, store, seeded, ctx, window):
    action = window.ctx.actions[ActionId.RETURN_ADDRESSES]
    assert action.isEnabled() and action in window.knowledge.menu.actions()
    boss = add_agent(store, name="boss", role=Role.SUPERVISOR)
    shop = ticket_products(store.sessions, seeded.tickets[0]).shop_id
    save_return_address(store.sessions, actor=boss, shop_id=shop, values=GUANGZHOU)
    trigger(qtbot, window, ActionId.RETURN_ADDRESSES)
    dialog = window.knowledge.dialogs["return_addresses"]
    qtbot.waitUntil(lambda: dialog.shop.count() == 2, timeout=5000)
    dialog.select_shop(shop)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    dialog.list.setCurrentRow(0)
    assert dialog.form.lines["city"].text() == "广州市"
    assert dialog.caption.isVisible()
    assert dialog.caption.text() == tr(
        "Only a supervisor changes the return addresses; you can look them up here."
    )
    assert not any(edit.isEnabled() for edit in dialog.form.lines.values())
    assert not dialog.form.make_default.isEnabled()
    for button in (dialog.save_button, dialog.new_button, dialog.remove_button):
        assert not button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    settle(qtbot)
    assert dialog.confirm is None and not dialog.banner.isVisible()
    assert [r.city for r in _live(store)] == ["广州市"]
    assert [a.city for s in return_addresses(store.sessions) for a in s.addresses] == ["广州市"]
