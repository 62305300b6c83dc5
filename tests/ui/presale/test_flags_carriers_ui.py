"""Flags with the shop's meanings and carriers; the carrier table and the carrier strip."""

from __future__ import annotations

from sqlalchemy import select

from app.models import FlagColor, Order, Role, Shop, Ticket
from app.queries import lookups
from app.queries.carriers import carriers, flag_meanings
from app.services import add_buyer_message
from app.services.carriers import save_carrier
from app.services.flag_meanings import set_flag_meanings
from tests.app.builders import add_agent
from tests.app.service_support import get
from tests.ui.conftest import settle
from tests.ui.presale.support import open_ticket, trigger
from ui.actions import ActionId
from ui.context import AppContext
from ui.presale.shop_settings import ShopSettings


def taobao_shop(store):  # noqa: ANN001, ANN201
    with store.sessions() as s:
        return s.scalar(select(Shop.id).where(Shop.name == "山野茶舍"))


def knowledge(store) -> None:  # noqa: ANN001
    boss = add_agent(store, name="boss", role=Role.SUPERVISOR)
    shop = taobao_shop(store)
    set_flag_meanings(store.sessions, actor=boss, shop_id=shop, meanings={"red": "顺丰发货"})
    for n, (name, speed, extra) in enumerate(
        (("中通快递", "2-3天", 0), ("顺丰速运", "次日达", 1000))
    ):
        save_carrier(
            store.sessions,
            actor=boss,
            shop_id=shop,
            name=name,
            speed=speed,
            cost="贵" if extra else "实惠",
            extra_fen=extra,
            position=n,
        )


def test_flag_the_ticket_order_red_with_a_carrier(qtbot, store, seeded, window):
    knowledge(store)
    open_ticket(qtbot, window, seeded.tickets[0])
    trigger(qtbot, window, ActionId.FLAG_ORDERS)
    qtbot.waitUntil(lambda: "flags" in window.presale.dialogs, timeout=5000)
    dialog = window.presale.dialogs["flags"]
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    assert len(dialog.checked()) == 1  # the ticket's order, ticked
    assert dialog.colour.currentText().endswith("顺丰发货")  # red, with the shop's meaning
    dialog.carrier.setCurrentIndex(2)
    dialog.carrier.activated.emit(2)
    assert "顺丰速运" in dialog.remark.text()
    dialog.apply_button.click()
    settle(qtbot)
    with store.sessions() as s:
        oid = s.get(Ticket, seeded.tickets[0]).order_id
    qtbot.waitUntil(lambda: get(store, Order, oid).flag == FlagColor.RED, timeout=5000)
    assert "顺丰速运" in get(store, Order, oid).flag_remark
    qtbot.waitUntil(lambda: window.ticket.order._meaning == "顺丰发货", timeout=5000)


def test_carrier_strip_when_the_buyer_asks_and_table_inserts(qtbot, store, seeded, window):
    knowledge(store)
    add_buyer_message(
        store.sessions, actor=seeded.agent, ticket_id=seeded.tickets[0], body="亲，发什么快递呀？"
    )
    open_ticket(qtbot, window, seeded.tickets[0])
    strip = window.presale.carrier_strip
    qtbot.waitUntil(strip.isVisible, timeout=5000)
    assert "顺丰速运" in strip.text() and "中通快递" in strip.text()
    trigger(qtbot, window, ActionId.CARRIERS)
    qtbot.waitUntil(lambda: "carriers" in window.presale.dialogs, timeout=5000)
    window.presale.dialogs["carriers"].use(1)
    assert (
        window.conversation.reply.editor.toPlainText()
        == "亲，可以发顺丰速运：次日达，贵，需补¥10.00。"
    )


def test_no_strip_for_other_questions(qtbot, store, seeded, window):
    knowledge(store)
    open_ticket(qtbot, window, seeded.tickets[2])  # "你好，我的订单…怎么样了"
    settle(qtbot)
    assert not window.presale.carrier_strip.isVisible()


def test_supervisor_edits_meanings_and_carriers(qtbot, store, seeded):
    add_agent(store, name="boss", role=Role.SUPERVISOR)
    boss = next(a for a in lookups.agents(store.sessions) if a.username == "boss")
    from app.drafts import Drafts
    from ui.bus import ChangeBus

    ctx = AppContext(store=store, agent=boss, bus=ChangeBus(), drafts=Drafts(store.path.parent))
    dialog = ShopSettings(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.shop.count() == 2, timeout=5000)
    dialog.select_shop(taobao_shop(store))
    settle(qtbot)
    dialog.meaning[FlagColor.RED].setText("顺丰发货")
    dialog.add_row.click()
    dialog.set_cell(0, "name", "顺丰速运")
    dialog.set_cell(0, "extra", "10")
    dialog.save.click()
    settle(qtbot)
    assert dialog.banner.text() == dialog.tr("Saved.")
    shop = taobao_shop(store)
    assert flag_meanings(store.sessions, shop) == {FlagColor.RED: "顺丰发货"}
    assert [(c.name, c.extra_fen) for c in carriers(store.sessions, shop)] == [("顺丰速运", 1000)]
    dialog.add_row.click()
    dialog.set_cell(1, "name", "顺丰速运")
    dialog.save.click()
    assert dialog.banner.text() == dialog.tr("Two carriers have the same name.")


def test_agent_sees_settings_read_only(qtbot, ctx, seeded):
    dialog = ShopSettings(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.save.isEnabled() and not dialog.flags_box.isEnabled()
