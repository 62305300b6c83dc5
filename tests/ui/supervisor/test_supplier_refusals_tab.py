"""The console's Suppliers tab: a refused supplier request with its reason, sent again or
closed with the shop bearing the cost; a sent request whose answer is overdue."""

from __future__ import annotations

import pendulum
from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import select

from app import clock
from app.models import Order, OrderItem, SupplierRequest, SupplierRequestStatus, TicketKind
from app.services import create_ticket
from app.services.supplier_requests import record_supplier_answer
from app.services.suppliers import save_supplier, set_supplied_skus
from tests.ui.conftest import open_window, settle
from tests.ui.supervisor.conftest import agent_actor, as_supervisor, open_console, show_tab

S = SupplierRequestStatus


def tr(text: str) -> str:
    return QCoreApplication.translate("SupplierRefusalsTab", text)


def _request(ctx, *, hours: int = 48):  # noqa: ANN001, ANN202
    """A return on the order's SKU-0, which the shop's supplier supplies: a request is sent."""
    with ctx.store.sessions() as s:
        item = s.scalar(select(OrderItem).where(OrderItem.sku == "SKU-0"))
        order = s.get(Order, item.order_id)
        shop_id, order_no, item_id = order.shop_id, order.order_no, item.id
    values = {"name": "义乌袜业", "phone": "0579-85551234", "answer_hours": hours}
    boss = ctx.actor
    sid = save_supplier(ctx.sessions, actor=boss, shop_id=shop_id, values=values).created
    set_supplied_skus(ctx.sessions, actor=boss, supplier_id=sid, skus=["SKU-0"])
    tid = create_ticket(
        ctx.sessions, actor=agent_actor(ctx), kind=TicketKind.RETURN, order_no=order_no,
        item_ids=[item_id], subject="袜子破洞",
    ).created  # fmt: skip
    with ctx.store.sessions() as s:
        req = s.scalar(select(SupplierRequest).where(SupplierRequest.ticket_id == tid))
        return tid, req.id, order_no


def _status(ctx, request_id):  # noqa: ANN001, ANN202
    with ctx.store.sessions() as s:
        return s.get(SupplierRequest, request_id).status


def _refused(qtbot, ctx):  # noqa: ANN001, ANN202
    as_supervisor(ctx)
    tid, rid, order_no = _request(ctx)
    record_supplier_answer(
        ctx.sessions, actor=agent_actor(ctx), request_id=rid, accepted=False, refusal="已超过质保期"
    )
    window = open_window(qtbot, ctx, expect_rows=False)
    console = open_console(qtbot, window)
    tab = console.suppliers
    show_tab(qtbot, console, tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    return console, tab, tid, rid, order_no


def test_a_refusal_is_listed_and_closed_with_the_shop_paying(qtbot, ctx, seeded, tmp_path):
    console, tab, tid, rid, order_no = _refused(qtbot, ctx)
    cells = [tab.table.item(0, c).text() for c in range(4)]
    assert cells == ["山野茶舍", order_no, "SKU-0", "义乌袜业"]
    assert tab.table.item(0, 4).text() == tr("Refused: %1").replace("%1", "已超过质保期")
    assert console.tabs.tabText(console.tabs.indexOf(tab)) == "Suppliers (1)"
    assert tab.send_again.isEnabled() and tab.close_request.isEnabled()
    tab.grab().save(str(tmp_path / "supplier_refusals.png"))
    at = tab.table.visualItemRect(tab.table.item(0, 1)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    with qtbot.waitSignal(console.sig_open_ticket) as opened:
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert opened.args == [tid]
    tab.close_request.click()
    prompt = tab.prompt
    assert prompt is not None and prompt.isVisible() and not prompt.ok_button.isEnabled()
    prompt.text.setPlainText("供应商不认，店铺承担运费")
    prompt.ok_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=5000)
    assert _status(ctx, rid) == S.DONE
    assert tab.banner.text() == tr("Closed: the shop bears the cost.")
    assert tab.empty.isVisible() and not tab.close_request.isEnabled()
    assert console.tabs.tabText(console.tabs.indexOf(tab)) == "Suppliers"


def test_sending_again_opens_a_new_request(qtbot, ctx, seeded):
    _console, tab, tid, rid, _order_no = _refused(qtbot, ctx)
    tab.send_again.click()
    prompt = tab.prompt
    assert prompt.text.toPlainText() == "袜子破洞"  # what was asked the first time
    prompt.text.setPlainText("有质检报告，请再核实")
    prompt.ok_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=5000)
    with ctx.store.sessions() as s:
        again = s.scalars(
            select(SupplierRequest).where(
                SupplierRequest.ticket_id == tid, SupplierRequest.id != rid
            )
        ).all()
    assert [(r.status, r.reason) for r in again] == [(S.SENT, "有质检报告，请再核实")]
    assert tab.banner.text() == tr("Sent again to %1.").replace("%1", "义乌袜业")


def test_an_overdue_answer_is_listed(qtbot, ctx, seeded):
    as_supervisor(ctx)
    two_hours_ago = clock.FrozenClock(pendulum.now("UTC").subtract(hours=2))
    with clock.use(two_hours_ago):
        _tid, rid, order_no = _request(ctx, hours=1)
    window = open_window(qtbot, ctx, expect_rows=False)
    console = open_console(qtbot, window)
    tab = console.suppliers
    show_tab(qtbot, console, tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    [row] = tab.rows
    assert row.request.id == rid and row.order_no == order_no
    due = row.request.due_at.in_timezone("Asia/Shanghai").format("MM-DD HH:mm")
    assert tab.table.item(0, 4).text() == tr("Overdue since %1").replace("%1", due)
    assert not tab.send_again.isEnabled() and not tab.close_request.isEnabled()
    assert tab.open_ticket.isEnabled()
    # the supplier answers: the row goes once the change is published
    changes = record_supplier_answer(
        ctx.sessions, actor=agent_actor(ctx), request_id=rid, accepted=True
    )
    ctx.publish(changes, None)
    settle(qtbot)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=5000)
